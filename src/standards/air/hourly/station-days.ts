import { z } from 'zod'
import { defineOptions } from '../../../_lib/options.js'
import { maxPlausibleCoOption, timeZoneOption } from '../_options.js'
import { engineSettings, stationDaysOfRecords } from '../_station-engine.js'
import type { HourlyRecord } from '../schemas.js'
import { exactSettings, exactStationDays } from './_exact-station-days.js'
import { stationDaysOfCleanRecords } from './_record-columns.js'
import type { StationDay } from './types.js'

const count = (max: number) => z.number().int().positive().max(max).optional()

/**
 * Options of {@link aggregateStationDays}:
 *
 * - `timestamp`: what a record's timestamp means: `'hour-ending'` (default; the national
 *   platform labels 15:00–16:00 as 16时) or `'hour-beginning'`;
 * - `timeZone`: time zone of natural days and of timestamps without offset (default
 *   `'Asia/Shanghai'`);
 * - `minHours`: valid hours a 24-hour mean needs (default 20, GB 3095 表4);
 * - `minHoursPer8h`: valid hours an O3 8-hour mean needs (default 6, GB 3095 表4);
 * - `minWindowsPerDay`: valid 8-hour means the daily maximum needs (default 14 of 17, HJ 663
 *   §6.1.2; SECONDARY);
 * - `o3_8hLimit`: above this the daily maximum 8-hour O3 is valid even with fewer windows
 *   (default 160, the GB 3095 Grade II 8-hour limit; HJ 663 §6.1.2 "超过浓度限值", SECONDARY);
 * - `minHoursO3_1h`: valid hours the daily maximum 1-hour O3 needs (default 20; UNVERIFIED, no
 *   rule was read);
 * - `round`: round daily values by GB/T 8170 to integers (CO one decimal), as published
 *   (default true);
 * - `maxPlausibleCo`: largest 1-hour CO accepted, mg/m³ (default {@link MAX_PLAUSIBLE_CO_1H},
 *   150).
 *
 * @category Air
 * @example
 * ```ts
 * import { AggregateStationDaysOptionsSchema } from 'eco-targets/air'
 * Object.keys(AggregateStationDaysOptionsSchema.shape).includes('minHours') //=> true
 * ```
 */
export const AggregateStationDaysOptionsSchema = z.strictObject({
  timestamp: z.enum(['hour-ending', 'hour-beginning']).optional(),
  timeZone: timeZoneOption,
  minHours: count(24),
  minHoursPer8h: count(8),
  minWindowsPerDay: count(17),
  o3_8hLimit: z.number().positive().optional(),
  minHoursO3_1h: count(24),
  round: z.boolean().optional(),
  maxPlausibleCo: maxPlausibleCoOption,
})

/** Options of {@link aggregateStationDays}. @category Air */
export type AggregateStationDaysOptions = z.input<typeof AggregateStationDaysOptionsSchema>

const OPTIONS = defineOptions('aggregateStationDays', AggregateStationDaysOptionsSchema, (o) => {
  const engine = engineSettings(o)
  return { ...exactSettings(engine), engine }
})

/**
 * Daily values of monitoring stations from their hourly records, per GB 3095 and HJ 663:
 * 24-hour means of SO2, NO2, CO, PM10 and PM2.5 over the natural day in China Standard Time
 * (≥ 20 valid hours), the daily maximum 1-hour O3, and the daily maximum 8-hour O3 over the
 * moving means ending 08:00…24:00 (each with ≥ 6 hours; ≥ 14 valid means, or a maximum above
 * the limit). Missing hours are `null` or absent records, never zeros.
 *
 * Records without an issue go through the air engine's integer path; in China Standard Time
 * and UTC (one whole-hour offset, no daylight saving time) in batches of columns, the
 * covered hour by integer arithmetic on the timestamp (a `Date`, or a text stamp read once). Everything else (input with an issue,
 * a day of a daylight-saving change, a zone off the whole hour, a day with a value off the
 * integer grid) takes the exact rational path. The results are the same. Partition contract:
 * station days are independent per station.
 *
 * @param records - hourly records `{ station, time, so2, no2, co, o3, pm10, pm25 }` (CO
 *   mg/m³, the rest µg/m³), in any order; `'notMeasured'` for a pollutant the station does not
 *   measure: a day without a valid hour of it has the gap `'notMeasured'`
 * @param options - timestamp convention (default hour-ending), validity thresholds, rounding
 * @returns one {@link StationDay} per station and natural day that has records, sorted by
 *   station then date
 * @throws {@link InputError} for bad values, timestamps not on the hour, unreadable
 *   timestamps, two records for the same station and hour, or an unknown or misspelt option
 * @category Air
 * @see GB 3095-2012 §7 表4 / GB 3095-2026 §6.4 表4 (data validity), §3.8–3.10 (definitions);
 *   HJ 663-2013 §6.1.2 (daily maximum 8-hour validity; SECONDARY)
 * @example
 * ```ts
 * import { aggregateStationDays } from 'eco-targets/air'
 * // 24 hour-ending records of 2022-01-01: 01:00 … 24:00 (the last stamped 2022-01-02T00:00)
 * const records = Array.from({ length: 24 }, (_, h) => ({
 *   station: 'A', time: new Date(Date.UTC(2021, 11, 31, 17 + h)), pm25: h < 12 ? 30 : 41,
 * }))
 * aggregateStationDays(records)[0].pm25 //=> 36  (35.5 rounded half to even)
 * const noCo = records.map((r) => ({ ...r, co: 'notMeasured' as const }))
 * aggregateStationDays(noCo)[0].gaps.co //=> 'notMeasured'
 * ```
 */
export function aggregateStationDays(
  records: readonly HourlyRecord[],
  options?: AggregateStationDaysOptions,
): StationDay[] {
  const context = 'aggregateStationDays input'
  const settings = OPTIONS.resolve(options)
  // the air engine for input it reads as this function does (records without an issue, on
  // plain days), in columns when the zone's offset is fixed; otherwise the exact path, which
  // also lists the issues
  if (!Array.isArray(records)) return exactStationDays(records, settings, context)
  const exactDays = (rs: readonly HourlyRecord[]) => exactStationDays(rs, settings, context)
  const days =
    stationDaysOfCleanRecords(records, settings.engine, context, exactDays) ??
    stationDaysOfRecords(records, settings.engine, context, exactDays)
  return days ?? exactStationDays(records, settings, context)
}
