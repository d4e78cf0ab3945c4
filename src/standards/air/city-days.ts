import { z } from 'zod'
import { IsoDateSchema } from '../../_lib/iso-date.js'
import { defineOptions } from '../../_lib/options.js'
import { type CityRowsSettings, cityDaysOfRows, type StationDayRow } from './_city-rows.js'
import { isCleanConcentration, resolveDailyOptions } from './_daily-core.js'
import { parseAirInput } from './_input.js'
import { AGGREGATE_AQI_OPTIONS } from './_options.js'
import type { CityDaySchema } from './result-schemas.js'
import { DailyAqiInputSchema } from './schemas.js'

/**
 * A station's daily values as {@link aggregateCityDays} reads them: `station`, `date` and the
 * seven daily keys (a {@link StationDay} fits).
 *
 * @category Air
 * @example
 * ```ts
 * import { StationDayInputSchema } from 'eco-targets/air'
 * StationDayInputSchema.parse({ station: '2197A', date: '2022-01-01', pm25: 27 }).station //=> '2197A'
 * ```
 */
export const StationDayInputSchema = z.object({
  ...DailyAqiInputSchema.shape,
  station: z.string().min(1, 'expected a station code'),
  date: IsoDateSchema,
})

/** @category Air */
export type StationDayInput = z.input<typeof StationDayInputSchema>

/**
 * Options of {@link aggregateCityDays}: those of {@link DailyAqiOptionsSchema} for the city
 * daily AQI, and `excludeStations` (stations left out, e.g. background (对照) stations that
 * city figures do not use), `round` (round city values by GB/T 8170 to integers, CO one
 * decimal, before the AQI; default true), `minStations` (valid station values a city value
 * needs; default 1, no official minimum was found, UNVERIFIED).
 *
 * @category Air
 * @example
 * ```ts
 * import { AggregateCityDaysOptionsSchema } from 'eco-targets/air'
 * Object.keys(AggregateCityDaysOptionsSchema.shape).includes('excludeStations') //=> true
 * ```
 */
export const AggregateCityDaysOptionsSchema = z.strictObject({
  ...AGGREGATE_AQI_OPTIONS,
  excludeStations: z.array(z.string()).readonly().optional().describe('Stations left out'),
  round: z.boolean().optional().describe('Round city values by GB/T 8170 (default true)'),
  minStations: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Valid station values a city value needs (default 1)'),
})

/** Options of {@link aggregateCityDays}. @category Air */
export type AggregateCityDaysOptions = z.input<typeof AggregateCityDaysOptionsSchema>

const OPTIONS = defineOptions(
  'aggregateCityDays',
  AggregateCityDaysOptionsSchema,
  (o): CityRowsSettings => ({
    daily: resolveDailyOptions(o),
    excluded: new Set(o.excludeStations ?? []),
    round: o.round ?? true,
    minStations: o.minStations ?? 1,
  }),
)

/** A city's daily values, the number of stations behind each, and the city daily AQI. @category Air */
export type CityDay = z.output<typeof CityDaySchema>

/**
 * City daily values as the arithmetic mean of the valid station values of each pollutant (the
 * O3 8-hour maximum too: the mean of the stations' daily maxima), rounded as published, then
 * the city daily AQI from those values. Stations can be left out (background stations).
 *
 * Exact at machine speed: a date whose station values are all published values (integers, CO
 * one decimal) is computed with integer arithmetic (sums, exact quotients, GB/T 8170 half to
 * even), by the same city-day core as {@link aggregateAir}; a date with a finer value takes
 * exact rationals. Both give the same figures. The input is read with a cheap check per value;
 * input that {@link StationDayInputSchema} would refuse or change goes through that schema,
 * so an error names the same row, field and rule.
 *
 * Partition contract: city days are independent per city (a city day depends only on the
 * station days of that city and date), so an archive can be split by city and the outputs
 * concatenated.
 *
 * @param stationDays - station daily values, e.g. from {@link aggregateStationDays}
 * @param options - stations to leave out, rounding, minimum stations, and the AQI options
 * @returns one {@link CityDay} per date, sorted
 * @throws {@link InputError} for bad values, a station given twice for one date, or an unknown
 *   or misspelt option
 * @category Air
 * @see HJ 663-2013 (city values from station values; SECONDARY); HJ 633-2012 §5.1.2
 * @example
 * ```ts
 * import { aggregateCityDays } from 'eco-targets/air'
 * const day = { date: '2022-01-21', so2: 22, no2: 48, co: 1.4, o3_1h: 36, o3_8h: 28 }
 * const [city] = aggregateCityDays([
 *   { ...day, station: 'A', pm10: 100, pm25: 75 },
 *   { ...day, station: 'B', pm10: 108, pm25: 77 },
 * ])
 * city.pm25     //=> 76
 * city.aqi.aqi  //=> 102
 * ```
 */
export function aggregateCityDays(
  stationDays: readonly StationDayInput[],
  options?: AggregateCityDaysOptions,
): CityDay[] {
  const context = 'aggregateCityDays input'
  const opts = OPTIONS.resolve(options)
  // the cheap check accepts only what the schema accepts and returns as it is; zod reads
  // anything else and builds the error
  const rows = isCleanStationDays(stationDays)
    ? stationDays
    : parseAirInput(z.array(StationDayInputSchema), stationDays, context)
  return cityDaysOfRows(rows, opts, context)
}

// A calendar date as the input schema reads it (`IsoDateSchema`, `z.iso.date()`)
const ISO_DATE = z.regexes.date

/**
 * Whether `z.array(StationDayInputSchema)` accepts `days` and gives back their values as they
 * are: an array of objects (not arrays), each with a non-empty station code, a calendar date
 * and the seven values absent, `null` or a finite number ≥ 0 (other keys are ignored, as the
 * schema strips them).
 */
function isCleanStationDays(days: unknown): days is readonly StationDayRow[] {
  if (!Array.isArray(days)) return false
  for (let i = 0; i < days.length; i++) {
    if (!(i in days)) return false
    const d: unknown = days[i]
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return false
    const day = d as Readonly<Record<string, unknown>>
    const { station, date } = day
    if (typeof station !== 'string' || station.length === 0) return false
    if (typeof date !== 'string' || !ISO_DATE.test(date)) return false
    if (
      !isCleanConcentration(day.so2) ||
      !isCleanConcentration(day.no2) ||
      !isCleanConcentration(day.co) ||
      !isCleanConcentration(day.pm10) ||
      !isCleanConcentration(day.pm25) ||
      !isCleanConcentration(day.o3_1h) ||
      !isCleanConcentration(day.o3_8h)
    ) {
      return false
    }
  }
  return true
}
