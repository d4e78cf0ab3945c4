import { z } from 'zod'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { defineOptions } from '../../../_lib/options.js'
import { decimal } from '../../../_lib/rational.js'
import { CHINA_TIME_ZONE, createHourReader, dayStartIndex, expectedTimestamp } from '../_clock.js'
import { checkCoPlausible } from '../_co.js'
import { parseAirInput, throwIfAny } from '../_input.js'
import { exact } from '../_means.js'
import { type HourlyKey, takeNotMeasured, withNotMeasured } from '../_not-measured.js'
import { maxPlausibleCoOption, timeZoneOption } from '../_options.js'
import { type HourlyRecord, HourlyRecordSchema, MAX_PLAUSIBLE_CO_1H } from '../schemas.js'
import { type HourValues, stationDay } from './_station-day.js'
import type { StationDay } from './types.js'

const RECORD_KEYS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const

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

const OPTIONS = defineOptions('aggregateStationDays', AggregateStationDaysOptionsSchema, (o) => ({
  timestamp: o.timestamp ?? ('hour-ending' as const),
  timeZone: o.timeZone ?? CHINA_TIME_ZONE,
  minHours: o.minHours ?? 20,
  minPer8h: o.minHoursPer8h ?? 6,
  minWindows: o.minWindowsPerDay ?? 14,
  o3Limit: decimal(o.o3_8hLimit ?? 160),
  minO3_1h: o.minHoursO3_1h ?? 20,
  round: o.round ?? true,
  maxPlausibleCo: o.maxPlausibleCo ?? MAX_PLAUSIBLE_CO_1H,
}))

/**
 * Daily values of monitoring stations from their hourly records, per GB 3095 and HJ 663:
 * 24-hour means of SO2, NO2, CO, PM10 and PM2.5 over the natural day in China Standard Time
 * (≥ 20 valid hours), the daily maximum 1-hour O3, and the daily maximum 8-hour O3 over the
 * moving means ending 08:00…24:00 (each with ≥ 6 hours; ≥ 14 valid means, or a maximum above
 * the limit). Missing hours are `null` or absent records, never zeros.
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
  // 'notMeasured' values are read as no value, and remembered by record
  const unmeasured: (ReadonlySet<string> | null)[] = []
  let values: unknown = records
  if (Array.isArray(records)) {
    let copy: unknown[] | null = null
    records.forEach((r, i) => {
      const t = takeNotMeasured(r, RECORD_KEYS)
      unmeasured[i] = t.notMeasured
      if (t.notMeasured !== null) {
        copy ??= [...records]
        copy[i] = t.values
      }
    })
    if (copy !== null) values = copy
  }
  const parsed = parseAirInput(z.array(HourlyRecordSchema), values, context)
  checkCoPlausible(
    context,
    parsed.map((r, i) => [[i, 'co'], r.co] as const),
    settings.maxPlausibleCo,
    '1h',
  )
  const zone = settings.timeZone
  const read = createHourReader(settings.timestamp, zone)
  const stations = new Map<
    string,
    {
      hours: Map<number, HourValues>
      dates: Set<string>
      notMeasured: Map<string, Set<HourlyKey>>
    }
  >()
  const issues: InputIssue[] = []
  parsed.forEach((r, i) => {
    const slot = read(r.time)
    if (typeof slot === 'string') {
      issues.push(
        issue({
          code: 'invalid_format',
          path: [i, 'time'],
          expected: expectedTimestamp(slot),
          received: r.time,
        }),
      )
      return
    }
    let station = stations.get(r.station)
    if (!station) {
      station = { hours: new Map(), dates: new Set(), notMeasured: new Map() }
      stations.set(r.station, station)
    }
    if (station.hours.has(slot.index)) {
      const hour = `${slot.date} ${slot.hour}:00–${slot.hour + 1}:00`
      issues.push(
        issue({
          code: 'duplicate',
          path: [i, 'time'],
          expected: expect.unique(text('站点与小时', 'station and hour')),
          receivedText: hour,
          hint: text(
            `站点 ${r.station} 已有该小时的记录`,
            `a second record for station ${r.station}`,
          ),
        }),
      )
      return
    }
    station.dates.add(slot.date)
    const nm = unmeasured[i]
    if (nm) {
      let keys = station.notMeasured.get(slot.date)
      if (!keys) {
        keys = new Set()
        station.notMeasured.set(slot.date, keys)
      }
      for (const key of nm) keys.add(key as HourlyKey)
    }
    station.hours.set(slot.index, {
      so2: exact(r.so2),
      no2: exact(r.no2),
      co: exact(r.co),
      pm10: exact(r.pm10),
      pm25: exact(r.pm25),
      o3: exact(r.o3),
    })
  })
  throwIfAny(context, issues)

  const out: StationDay[] = []
  const starts = new Map<string, number>()
  for (const code of [...stations.keys()].sort()) {
    const station = stations.get(code) as NonNullable<ReturnType<typeof stations.get>>
    for (const date of [...station.dates].sort()) {
      let start = starts.get(date)
      if (start === undefined) {
        start = dayStartIndex(date, zone)
        starts.set(date, start)
      }
      const hours = Array.from({ length: 24 }, (_, h) => station.hours.get(start + h))
      const day = stationDay(code, date, hours, settings)
      const nm = station.notMeasured.get(date)
      out.push(nm ? withNotMeasured(day, nm) : day)
    }
  }
  return out
}
