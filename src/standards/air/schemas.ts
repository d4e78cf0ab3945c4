import { z } from 'zod'
import { IsoDateSchema } from '../../_lib/iso-date.js'

// The CO bounds live in a file without zod, for the AQI functions that do not use it.
export { MAX_PLAUSIBLE_CO, MAX_PLAUSIBLE_CO_1H, MAX_PLAUSIBLE_CO_24H } from './co-bounds.js'

function concentration(unit: string) {
  return z
    .number({
      error: (i) =>
        `expected a concentration in ${unit} (a number) or null, got ${describe(i.input)}`,
    })
    .min(0, {
      error: (i) => `expected a non-negative concentration in ${unit}, got ${String(i.input)}`,
    })
    .nullable()
}

function describe(input: unknown): string {
  if (typeof input === 'string') return `the text "${input}"`
  try {
    return String(input)
  } catch {
    // an object without a prototype (Object.create(null)) has no text of its own
    return 'an object'
  }
}

const ug = concentration('µg/m³')
const mg = concentration('mg/m³')

/**
 * Input of {@link dailyAqi}: 24-hour means of SO2, NO2, CO, PM10 and PM2.5 and the daily
 * maximum 1-hour and 8-hour O3 (CO in mg/m³, the rest µg/m³). A missing key or `null` is a
 * missing indicator; any other key is an error (a misspelt `PM25` never leaves an AQI computed
 * from nothing).
 *
 * @category Air
 * @example
 * ```ts
 * import { DailyAqiInputSchema } from 'eco-targets/air'
 * DailyAqiInputSchema.parse({ pm25: 80, co: 1.2 }).pm25 //=> 80
 * ```
 */
export const DailyAqiInputSchema = z.strictObject({
  so2: ug.optional().describe('SO2 24-hour mean, µg/m³'),
  no2: ug.optional().describe('NO2 24-hour mean, µg/m³'),
  co: mg.optional().describe('CO 24-hour mean, mg/m³'),
  pm10: ug.optional().describe('PM10 24-hour mean, µg/m³'),
  pm25: ug.optional().describe('PM2.5 24-hour mean, µg/m³'),
  o3_1h: ug.optional().describe('O3 daily maximum 1-hour mean, µg/m³'),
  o3_8h: ug.optional().describe('O3 daily maximum 8-hour moving mean, µg/m³'),
})

/**
 * The value of an indicator that the station does not measure (`/` in the national feed), in
 * the object inputs of {@link iaqi}, {@link dailyAqi} and {@link realtimeAqi}: a third state
 * beside a number and `null` (missing). How it counts is the `notMeasured` option; in columns
 * the same state is {@link NOT_MEASURED}.
 *
 * @category Air
 */
export type NotMeasured = 'notMeasured'

/**
 * Input of {@link dailyAqi}: the values {@link DailyAqiInputSchema} reads, each also
 * {@link NotMeasured}.
 *
 * @category Air
 */
export type DailyAqiInput = {
  [K in keyof z.input<typeof DailyAqiInputSchema>]:
    | z.input<typeof DailyAqiInputSchema>[K]
    | NotMeasured
}

/**
 * Input of {@link realtimeAqi}: the hour's 1-hour means of SO2, NO2, CO, O3, PM10 and PM2.5,
 * the O3 8-hour moving mean, the SO2 24-hour mean (for the SO2 > 800 µg/m³ rule of 2012) and,
 * optionally, the PM 24-hour moving means. Any other key is an error.
 *
 * @category Air
 * @example
 * ```ts
 * import { RealtimeAqiInputSchema } from 'eco-targets/air'
 * RealtimeAqiInputSchema.parse({ o3: 180, pm25: 20 }).o3 //=> 180
 * ```
 */
export const RealtimeAqiInputSchema = z.strictObject({
  so2: ug.optional().describe('SO2 1-hour mean, µg/m³'),
  no2: ug.optional().describe('NO2 1-hour mean, µg/m³'),
  co: mg.optional().describe('CO 1-hour mean, mg/m³'),
  o3: ug.optional().describe('O3 1-hour mean, µg/m³'),
  pm10: ug.optional().describe('PM10 1-hour mean, µg/m³'),
  pm25: ug.optional().describe('PM2.5 1-hour mean, µg/m³'),
  o3_8h: ug.optional().describe('O3 8-hour moving mean, µg/m³'),
  so2_24h: ug.optional().describe('SO2 24-hour mean, µg/m³'),
  pm10_24h: ug.optional().describe('PM10 24-hour moving mean, µg/m³'),
  pm25_24h: ug.optional().describe('PM2.5 24-hour moving mean, µg/m³'),
})

/**
 * Input of {@link realtimeAqi}: the values {@link RealtimeAqiInputSchema} reads, each also
 * {@link NotMeasured}.
 *
 * @category Air
 */
export type RealtimeAqiInput = {
  [K in keyof z.input<typeof RealtimeAqiInputSchema>]:
    | z.input<typeof RealtimeAqiInputSchema>[K]
    | NotMeasured
}

/**
 * One day of daily values for period statistics: the shape of `AirDailyObservation` without
 * `kind` and `scope` (which are accepted and ignored). Every indicator key must be present,
 * with `null` for no valid value, so a misspelt key is caught; `o3_1h` may be left out when
 * only HJ 633-2026 (which does not use it) is applied.
 *
 * @category Air
 * @example
 * ```ts
 * import { AirDayInputSchema } from 'eco-targets/air'
 * AirDayInputSchema.parse({
 *   date: '2022-01-01', so2: 18, no2: 34, co: 0.6, pm10: 56, pm25: 25, o3_1h: 78, o3_8h: 73,
 * }).date //=> '2022-01-01'
 * ```
 */
export const AirDayInputSchema = z.object({
  date: IsoDateSchema,
  so2: ug.describe('SO2 24-hour mean, µg/m³'),
  no2: ug.describe('NO2 24-hour mean, µg/m³'),
  co: mg.describe('CO 24-hour mean, mg/m³'),
  pm10: ug.describe('PM10 24-hour mean, µg/m³'),
  pm25: ug.describe('PM2.5 24-hour mean, µg/m³'),
  o3_1h: ug.optional().describe('O3 daily maximum 1-hour mean, µg/m³'),
  o3_8h: ug.describe('O3 daily maximum 8-hour moving mean, µg/m³'),
})

/** @category Air */
export type AirDayInput = z.input<typeof AirDayInputSchema>

/**
 * One hourly record of a monitoring station. `time` is an ISO 8601 timestamp on the hour (a
 * timestamp without offset is China Standard Time, as the national platform publishes it) or
 * a `Date`; which hour it stands for is set by the `timestamp` option of
 * {@link aggregateStationDays}. A date alone (`2022-01-02`) names no hour and is rejected by
 * the functions that read the records.
 *
 * @category Air
 * @example
 * ```ts
 * import { HourlyRecordSchema } from 'eco-targets/air'
 * HourlyRecordSchema.parse({ station: '2197A', time: '2022-01-02T00:00:00', pm25: 20 }).station
 * //=> '2197A'
 * ```
 */
export const HourlyRecordSchema = z.object({
  station: z.string().min(1, 'expected a station code'),
  time: z.union([z.string().min(1), z.date()], {
    error: 'expected an ISO 8601 timestamp or a Date',
  }),
  so2: ug.optional().describe('SO2 1-hour mean, µg/m³'),
  no2: ug.optional().describe('NO2 1-hour mean, µg/m³'),
  co: mg.optional().describe('CO 1-hour mean, mg/m³'),
  o3: ug.optional().describe('O3 1-hour mean, µg/m³'),
  pm10: ug.optional().describe('PM10 1-hour mean, µg/m³'),
  pm25: ug.optional().describe('PM2.5 1-hour mean, µg/m³'),
})

/**
 * One hourly record of a monitoring station: the values {@link HourlyRecordSchema} reads, each
 * concentration also {@link NotMeasured}.
 *
 * @category Air
 */
export type HourlyRecord = {
  [K in keyof z.input<typeof HourlyRecordSchema>]: K extends 'station' | 'time'
    ? z.input<typeof HourlyRecordSchema>[K]
    : z.input<typeof HourlyRecordSchema>[K] | NotMeasured
}
