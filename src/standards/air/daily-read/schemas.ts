import { z } from 'zod'
import * as zm from 'zod/mini'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'

/**
 * The seven daily values of a station day, in the order results show them (HJ 633 §5.1.2:
 * 24-hour means, the day's maximum 1-hour and 8-hour O3).
 *
 * @category Air
 * @example
 * ```ts
 * import { STATION_DAY_KEYS } from 'eco-targets/air'
 * STATION_DAY_KEYS //=> ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h']
 * ```
 */
export const STATION_DAY_KEYS = Object.freeze([
  'so2',
  'no2',
  'co',
  'pm10',
  'pm25',
  'o3_1h',
  'o3_8h',
] as const)

/** A daily value of a station day. @category Air */
export type StationDayKey = (typeof STATION_DAY_KEYS)[number]

const LAYOUT = zm.enum(['cnemc', 'cnemc-archive'])

/**
 * Where a batch of station daily values was read: the file, the 1-based line of each record,
 * for a CSV file the header row as written (its header is then checked once, at line 1) and,
 * when it is not the reader's, the file's layout (a file found to be the CNEMC archive).
 *
 * @category Air
 * @example
 * ```ts
 * import { StationDayRecordsSourceSchema } from 'eco-targets/air'
 * Object.keys(StationDayRecordsSourceSchema.def.shape) //=> ['file', 'lines', 'header', 'layout']
 * ```
 */
export const StationDayRecordsSourceSchema = zm.strictObject({
  file: zm.string(),
  lines: zm.optional(zm.readonly(zm.array(zm.int()))),
  header: zm.optional(zm.readonly(zm.array(zm.string()))),
  layout: zm.optional(LAYOUT),
})

/** Where a batch of station daily values was read. @category Air */
export type StationDayRecordsSource = z.input<typeof StationDayRecordsSourceSchema>

/**
 * Options of {@link createStationDayReader}: the layout's ozone columns (`cnemc`, the default:
 * the CNEMC export, `o3_24h` the day's maximum 1-hour O3 and `o3_8h_24h` its maximum 8-hour
 * mean; `cnemc-archive`: the public archive of those exports, whose pairs are swapped, `o3` and
 * `o3_8h`) and the timestamp convention of a `timepoint` column (`hour-ending`, the default, or
 * `hour-beginning`).
 *
 * @category Air
 * @example
 * ```ts
 * import { CreateStationDayReaderOptionsSchema } from 'eco-targets/air'
 * Object.keys(CreateStationDayReaderOptionsSchema.def.shape) //=> ['layout', 'timestamp']
 * ```
 */
export const CreateStationDayReaderOptionsSchema = zm.strictObject({
  layout: zm.optional(LAYOUT),
  timestamp: zm.optional(zm.enum(['hour-ending', 'hour-beginning'])),
})

/** Options of {@link createStationDayReader}. @category Air */
export type CreateStationDayReaderOptions = z.input<typeof CreateStationDayReaderOptionsSchema>

/**
 * Options of {@link readStationDayRecords}: those of {@link createStationDayReader}, where the
 * records were read (`source`) and how many problems to find before reading stops
 * (`maxProblems`, default no limit).
 *
 * @category Air
 * @example
 * ```ts
 * import { ReadStationDayRecordsOptionsSchema } from 'eco-targets/air'
 * Object.keys(ReadStationDayRecordsOptionsSchema.def.shape)
 * //=> ['layout', 'timestamp', 'source', 'maxProblems']
 * ```
 */
export const ReadStationDayRecordsOptionsSchema = zm.strictObject({
  ...CreateStationDayReaderOptionsSchema.def.shape,
  source: zm.optional(StationDayRecordsSourceSchema),
  maxProblems: zm.optional(zm.int().check(zm.gte(0))),
})

/** Options of {@link readStationDayRecords}. @category Air */
export type ReadStationDayRecordsOptions = z.input<typeof ReadStationDayRecordsOptionsSchema>

const concentration = z.number().nonnegative().nullable()

/**
 * One station day read from a record: the station, the natural day, the city column's text
 * (`null` without one) and the seven daily values (CO mg/m³, the rest µg/m³; `null` when
 * missing or not measured).
 *
 * @category Air
 * @example
 * ```ts
 * import { readStationDayRecords, StationDayValuesSchema } from 'eco-targets/air'
 * const { stationDays } = readStationDayRecords([{ station: 'A', date: '2022-01-01', pm25: '80' }])
 * StationDayValuesSchema.parse(stationDays[0]).values.pm25 //=> 80
 * ```
 */
export const StationDayValuesSchema = z
  .strictObject({
    record: z.number().int().nonnegative().describe('Index of the record in the input'),
    location: z
      .strictObject({
        file: z.string(),
        line: z.number().int().positive().exactOptional(),
      })
      .readonly()
      .exactOptional(),
    station: z.string().min(1),
    date: IsoDateSchema,
    area: z.string().nullable().describe('The city column as written, null without one'),
    values: z
      .strictObject({
        so2: concentration,
        no2: concentration,
        co: concentration,
        pm10: concentration,
        pm25: concentration,
        o3_1h: concentration,
        o3_8h: concentration,
      })
      .readonly(),
  })
  .readonly()

/** One station day read from a record. @category Air */
export type StationDayValues = z.output<typeof StationDayValuesSchema>

/**
 * What {@link readStationDayRecords} gives: the station days in record order, the count of
 * records skipped at other hours (a `timepoint` column: only the record that closes a day holds
 * its 24-hour values) and remarks (an indicator without a column in a file).
 *
 * @category Air
 * @example
 * ```ts
 * import { readStationDayRecords, StationDayRecordsSchema } from 'eco-targets/air'
 * StationDayRecordsSchema.parse(readStationDayRecords([])).skipped //=> 0
 * ```
 */
export const StationDayRecordsSchema = z
  .strictObject({
    stationDays: z.array(StationDayValuesSchema).readonly(),
    skipped: z.number().int().nonnegative(),
    notes: z.array(z.string()).readonly(),
  })
  .readonly()

/** What {@link readStationDayRecords} gives. @category Air */
export type StationDayRecords = z.output<typeof StationDayRecordsSchema>

/**
 * A reader of station daily values over several files or batches: `read` each batch with its
 * source, then `finish`. {@link readStationDayRecords} is one `read` and `finish`.
 *
 * @category Air
 */
export interface StationDayReader {
  /**
   * Reads a batch of records: the station days read and the problems found, each located.
   *
   * @throws {@link InputError} at a header problem (a CSV header without a station column or
   * without a day or time column), reported once at line 1 with the headers found
   */
  read(
    records: readonly unknown[],
    source?: StationDayRecordsSource,
  ): { stationDays: StationDayValues[]; problems: InputIssue[] }
  /** The count of records skipped at other hours, and the remarks on the files read. */
  finish(): { skipped: number; notes: string[] }
}
