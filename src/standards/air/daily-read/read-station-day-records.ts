import { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue, IssuePathSegment } from '../../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import { defineOptions } from '../../../_lib/options.js'
import { MAX_PLAUSIBLE_CO_24H } from '../co-bounds.js'
import { AQI_COLUMN_NAMES } from '../read/aqi-columns.js'
import { HOURLY_COLUMN_NAMES } from '../read/names.js'
import { createCoveredHourReader } from './_hours.js'

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

type Column =
  | 'station'
  | 'time'
  | 'day'
  | 'city'
  | 'so2'
  | 'no2'
  | 'co'
  | 'o3'
  | 'pm10'
  | 'pm25'
  | 'so2_24h'
  | 'no2_24h'
  | 'co_24h'
  | 'pm10_24h'
  | 'pm25_24h'
  | 'o3_24h'
  | 'o3_1h'
  | 'o3_8h'
  | 'o3_8h_24h'

const DAY_NAMES = ['day', 'date', '日期'] as const
const NAMES: Readonly<Record<Column, readonly string[]>> = {
  station: HOURLY_COLUMN_NAMES.station,
  time: HOURLY_COLUMN_NAMES.time,
  day: DAY_NAMES,
  city: HOURLY_COLUMN_NAMES.city,
  so2: HOURLY_COLUMN_NAMES.so2,
  no2: HOURLY_COLUMN_NAMES.no2,
  co: HOURLY_COLUMN_NAMES.co,
  o3: HOURLY_COLUMN_NAMES.o3,
  pm10: HOURLY_COLUMN_NAMES.pm10,
  pm25: HOURLY_COLUMN_NAMES.pm25,
  so2_24h: HOURLY_COLUMN_NAMES.so2_24h,
  no2_24h: HOURLY_COLUMN_NAMES.no2_24h,
  co_24h: HOURLY_COLUMN_NAMES.co_24h,
  pm10_24h: HOURLY_COLUMN_NAMES.pm10_24h,
  pm25_24h: HOURLY_COLUMN_NAMES.pm25_24h,
  o3_24h: HOURLY_COLUMN_NAMES.o3_24h,
  o3_1h: AQI_COLUMN_NAMES.o3_1h,
  o3_8h: AQI_COLUMN_NAMES.o3_8h,
  o3_8h_24h: HOURLY_COLUMN_NAMES.o3_8h_24h,
}
const UNIT_GROUP = /\s*[(（][^()（）]*\/[^()（）]*[)）]\s*$/
/**
 * A header in comparable form, as the hourly readers compare theirs: NFKC, lower case, without
 * a unit in brackets, a trailing `浓度`, spaces, `_`, `.`, `-` or `·` (`PM2.5(μg/m³)` is `pm25`).
 */
const headerName = (header: string) =>
  header
    .normalize('NFKC')
    .trim()
    .replace(UNIT_GROUP, '')
    .toLowerCase()
    .replace(/浓度$/, '')
    .replace(/[\s_.\-·]+/g, '')
const INDEX = new Map<string, Column>()
for (const [column, names] of Object.entries(NAMES) as [Column, readonly string[]][]) {
  for (const n of [column, ...names]) {
    const key = headerName(n)
    if (!INDEX.has(key)) INDEX.set(key, column)
  }
}
const WHAT: Partial<Record<Column, { zh: string; en: string }>> = {
  station: { zh: '站点', en: 'station' },
  time: { zh: '时间', en: 'time' },
  day: { zh: '日期', en: 'day' },
}
const columnNamed = (c: Column) => expect.columnNamed(WHAT[c] ?? { zh: c, en: c }, NAMES[c])
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const BELOW_LIMIT = text(
  '低于检出限的值也需写成数值',
  'a value below the detection limit needs a number',
)

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

const READER = defineOptions(
  'createStationDayReader',
  CreateStationDayReaderOptionsSchema,
  (o) => ({
    archive: o.layout === 'cnemc-archive',
    timestamp: o.timestamp ?? 'hour-ending',
  }),
)
const READ = defineOptions('readStationDayRecords', ReadStationDayRecordsOptionsSchema, (o) => o)
const SOURCE = defineOptions(
  'createStationDayReader source',
  StationDayRecordsSourceSchema,
  (o) => o,
)

/** The column a daily value is read from, given the columns of the record. */
function dailyColumn(key: StationDayKey, has: (c: Column) => boolean, archive: boolean): Column {
  if (key === 'o3_1h') {
    if (has('o3_1h')) return 'o3_1h'
    return archive ? 'o3' : 'o3_24h'
  }
  if (key === 'o3_8h') return archive || !has('o3_8h_24h') ? 'o3_8h' : 'o3_8h_24h'
  const daily = `${key}_24h` as Column
  return has(daily) ? daily : key
}

/** A record's fields: column → header as written, with `values` one level down read too. */
interface Fields {
  readonly headers: ReadonlyMap<Column, string>
  readonly cells: Readonly<Record<string, unknown>>
}

const shapes = new Map<string, ReadonlyMap<Column, string>>()
function headersOf(names: readonly string[]): ReadonlyMap<Column, string> {
  const id = names.join('\u0000')
  const known = shapes.get(id)
  if (known) return known
  const out = new Map<Column, string>()
  for (const name of names) {
    const column = INDEX.get(headerName(name))
    if (column !== undefined && !out.has(column)) out.set(column, name)
  }
  if (shapes.size > 1000) shapes.clear()
  shapes.set(id, out)
  return out
}

function fieldsOf(record: Readonly<Record<string, unknown>>): Fields {
  let cells = record
  const nested = record.values
  if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) {
    const flat: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(record)) {
      if (k === 'values') Object.assign(flat, v)
      else flat[k] = v
    }
    cells = flat
  }
  return { headers: headersOf(Object.keys(cells)), cells }
}

/**
 * A reader of station daily values (CSV rows keyed by header, or JSON objects, one record per
 * station and day): headers by the one table of the hourly readers ({@link HOURLY_COLUMN_NAMES},
 * with `date`/`day` and the daily report's ozone columns of {@link AQI_COLUMN_NAMES}), the
 * 24-hour column of each pollutant when the file has one (`so2_24h` over `so2`), the layout's
 * ozone columns, the no-value texts of the one table (`--`, `NA`, `/`, … as missing), plain
 * decimal numbers, no negative value and no daily CO above {@link MAX_PLAUSIBLE_CO_24H} mg/m³.
 * The day is the `date` column, else the record that closes the day in a `timepoint` column
 * (00:00 hour-ending: the 23:00–24:00 hour); a second record of a station and day is a problem.
 * The records are not changed.
 *
 * @param options - ozone layout and timestamp convention
 * @returns the reader
 * @throws {@link InputError} on bad options
 * @category Air
 * @see HJ 633-2012 §5.1.2
 * @example
 * ```ts
 * import { createStationDayReader } from 'eco-targets/air'
 * const reader = createStationDayReader({ layout: 'cnemc-archive' })
 * const row = { stationcode: '2197A', date: '2022-01-01', o3: '80', o3_24h: '95', o3_8h: '70' }
 * reader.read([row]).stationDays[0]?.values.o3_1h //=> 80
 * ```
 */
export function createStationDayReader(options?: CreateStationDayReaderOptions): StationDayReader {
  const { archive: archiveLayout, timestamp } = READER.resolve(options)
  const readHour = createCoveredHourReader(timestamp)
  const seen = new Map<string, { file: string | undefined; line: number | undefined }>()
  const started = new Set<string>()
  const notes: string[] = []
  let skipped = 0
  let index = 0

  const read: StationDayReader['read'] = (records, source) => {
    const where = source === undefined ? null : SOURCE.resolve(source)
    if (!Array.isArray(records)) {
      throw new InputError('readStationDayRecords input', [
        issue({ code: 'invalid_type', path: [], expected: expect.array(), received: records }),
      ])
    }
    const file = where?.file
    const lines = where?.lines
    const archive = where?.layout === undefined ? archiveLayout : where.layout === 'cnemc-archive'
    const problems: InputIssue[] = []
    const stationDays: StationDayValues[] = []
    const first = file === undefined ? index === 0 : !started.has(file)
    if (file !== undefined && records.length > 0) started.add(file)
    if (first && where?.header !== undefined && records.length > 0) {
      const header = headerProblem(where.header, file)
      if (header) throw new InputError(file ?? 'readStationDayRecords input', [header])
    }
    for (let i = 0; i < records.length; i++) {
      const n = index++
      const line = lines?.[i]
      const location: { file: string; line?: number } | undefined =
        file === undefined ? undefined : { file, ...(line !== undefined ? { line } : {}) }
      const at = location ? { location } : {}
      const prefix: IssuePathSegment[] = line === undefined ? [i] : []
      const record = records[i]
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        problems.push(
          issue({
            code: 'invalid_type',
            path: prefix,
            expected: expect.jsonObject(),
            received: record,
            ...at,
          }),
        )
        continue
      }
      const fields = fieldsOf(record as Record<string, unknown>)
      const has = (c: Column) => fields.headers.has(c)
      const pathOf = (c: Column): IssuePathSegment[] => [...prefix, fields.headers.get(c) ?? c]
      /** The cell as text (numbers as written), null when missing; an issue when neither. */
      const textOf = (c: Column): string | null | InputIssue => {
        const header = fields.headers.get(c)
        if (header === undefined) return null
        const raw = fields.cells[header]
        if (raw === null || raw === undefined) return null
        if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
        if (typeof raw === 'string') return noValueOf(raw) !== null ? null : raw.trim()
        return issue({
          code: 'invalid_type',
          path: pathOf(c),
          expected: expect.textOrNumber(),
          received: raw,
          ...at,
        })
      }
      const required = (c: Column): string | null => {
        const t = textOf(c)
        if (t !== null && typeof t === 'object') {
          problems.push(t)
          return null
        }
        if (t === null) {
          problems.push(
            has(c)
              ? issue({
                  code: 'invalid_type',
                  path: pathOf(c),
                  expected: expect.nonEmptyText(),
                  receivedText: null,
                  ...at,
                })
              : issue({
                  code: 'missing_column',
                  path: prefix,
                  expected: columnNamed(c),
                  receivedText: null,
                  ...at,
                }),
          )
        }
        return t
      }
      const dateOf = (): string | null => {
        if (has('day')) {
          const date = required('day')
          if (date !== null && !IsoDateSchema.safeParse(date).success) {
            problems.push(
              issue({
                code: 'invalid_format',
                path: pathOf('day'),
                expected: expect.isoDate(),
                received: date,
                ...at,
              }),
            )
            return null
          }
          return date
        }
        const time = required('time')
        if (time === null) return null
        const slot = readHour(time)
        if (typeof slot === 'string') {
          problems.push(
            issue({
              code: 'invalid_format',
              path: pathOf('time'),
              expected: slot === 'onHour' ? expect.timestampOnHour() : expect.hourlyStamp(),
              received: time,
              ...at,
            }),
          )
          return null
        }
        // Only the record that closes a day (the 23:00–24:00 hour) holds that day's 24-hour values.
        if (slot.hour !== 23) {
          skipped++
          return null
        }
        return slot.date
      }
      /** A daily concentration: a plain number, not negative, CO within the 24-hour bound. */
      const dailyValue = (key: StationDayKey): number | null | InputIssue => {
        const c = dailyColumn(key, has, archive)
        const header = fields.headers.get(c)
        if (header === undefined) return null
        const raw = fields.cells[header]
        let value: number
        if (typeof raw === 'number' && Number.isFinite(raw)) value = raw
        else {
          const t = textOf(c)
          if (t === null || typeof t === 'object') return t
          if (!NUMBER.test(t) || !Number.isFinite(Number(t))) {
            return issue({
              code: 'invalid_type',
              path: pathOf(c),
              expected: expect.number(),
              received: t,
              ...(/^[<＜]/.test(t) ? { hint: BELOW_LIMIT } : {}),
              ...at,
            })
          }
          value = Number(t)
        }
        const unit = key === 'co' ? 'mg/m³' : 'µg/m³'
        if (value < 0) {
          return issue({
            code: 'too_small',
            path: pathOf(c),
            expected: expect.nonNegative(unit),
            received: value,
            ...at,
          })
        }
        // the top of the HJ 633 24-hour CO column: these are daily means
        if (key === 'co' && value > MAX_PLAUSIBLE_CO_24H) {
          return issue({
            code: 'implausible',
            path: pathOf(c),
            expected: expect.plausibleCo(MAX_PLAUSIBLE_CO_24H, text('24 小时平均', '24-hour')),
            received: value,
            hint: text('CO 单位为 mg/m³：是否误用了 µg/m³？', 'CO is in mg/m³: was it µg/m³?'),
            ...at,
          })
        }
        return value
      }

      if (first && i === 0) {
        const absent = STATION_DAY_KEYS.map((k) => dailyColumn(k, has, archive)).filter(
          (c) => !has(c),
        )
        if (absent.length) {
          notes.push(
            `${file === undefined ? '' : `${file}: `}no column ${absent.join(', ')}: that indicator is missing on every day`,
          )
        }
      }
      const station = required('station')
      if (station === null) continue
      const date = dateOf()
      if (date === null) continue
      const key = `${station}|${date}`
      const earlier = seen.get(key)
      if (earlier) {
        const also = `${earlier.file ?? ''}${earlier.line === undefined ? '' : `:${earlier.line}`}`
        problems.push(
          issue({
            code: 'duplicate',
            path: pathOf(has('day') ? 'day' : 'time'),
            expected: text('每个站点每天一条记录', 'one record per station and day'),
            receivedText: `${station} ${date}`,
            hint: text(`这一天已在 ${also} 给出`, `also given at ${also}`),
            ...at,
          }),
        )
        continue
      }
      seen.set(key, { file, line })
      const values: Partial<Record<StationDayKey, number | null>> = {}
      let bad: InputIssue | null = null
      for (const k of STATION_DAY_KEYS) {
        const v = dailyValue(k)
        if (v !== null && typeof v === 'object') {
          bad = v
          break
        }
        values[k] = v
      }
      if (bad) {
        problems.push(bad)
        continue
      }
      const area = textOf('city')
      stationDays.push({
        record: n,
        ...(location ? { location } : {}),
        station,
        date,
        area: typeof area === 'string' ? area : null,
        values: values as Record<StationDayKey, number | null>,
      })
    }
    return { stationDays, problems }
  }
  const finish = () => ({ skipped, notes: [...notes] })
  return { read, finish }
}

/**
 * The header problem of a CSV file without the columns station daily values need, once, at
 * line 1: the columns missing with the names they may have, and the headers found.
 */
function headerProblem(header: readonly string[], file: string | undefined): InputIssue | null {
  const columns = headersOf(header)
  const missing = ['station' as const, columns.has('day') ? ('day' as const) : ('time' as const)]
    .filter((c) => !columns.has(c))
    .map((c) => {
      if (c !== 'time') return columnNamed(c)
      const [time, day] = [columnNamed('time'), columnNamed('day')]
      return text(`${time.zh}或${day.zh}`, `${time.en} or ${day.en}`)
    })
  if (missing.length === 0) return null
  return issue({
    code: 'missing_column',
    path: [],
    expected: text(missing.map((m) => m.zh).join('，'), missing.map((m) => m.en).join(', and ')),
    receivedText: header.length ? header.map((h) => JSON.stringify(h)).join(', ') : null,
    ...(file !== undefined ? { location: { file, line: 1 } } : {}),
  })
}

/**
 * Reads station daily values (rows of a CSV keyed by header, or JSON objects; one record per
 * station and day) with the rules of {@link createStationDayReader}: the one header table, the
 * 24-hour columns, the layout's ozone columns, the one no-value table, numbers only, no negative
 * value, plausible daily CO.
 *
 * @param records - the records, in file order
 * @param options - ozone layout, timestamp convention, problem limit, and where the records
 *   were read
 * @returns the station days in record order, the records skipped at other hours and remarks
 * @throws {@link InputError} listing every problem (up to `maxProblems`), each with its column
 * as path and, with `source`, its file and line
 * @category Air
 * @see HJ 633-2012 §5.1.2
 * @example
 * ```ts
 * import { readStationDayRecords } from 'eco-targets/air'
 * const { stationDays } = readStationDayRecords([
 *   { station: '2197A', date: '2022-01-01', so2: '9', so2_24h: '10', co: '0.5', pm25: 'NA' },
 * ])
 * stationDays[0]?.values.so2  //=> 10
 * stationDays[0]?.values.pm25 //=> null
 * ```
 */
export function readStationDayRecords(
  records: readonly unknown[],
  options?: ReadStationDayRecordsOptions,
): StationDayRecords {
  const { source, maxProblems, ...rest } = READ.resolve(options) as ReadStationDayRecordsOptions
  const reader = createStationDayReader(rest)
  const { stationDays, problems } = reader.read(records, source)
  if (problems.length > 0) {
    const limit = maxProblems ? maxProblems : problems.length
    throw new InputError(source?.file ?? 'readStationDayRecords input', problems.slice(0, limit))
  }
  return { stationDays, ...reader.finish() }
}
