import { z } from 'zod'
import { decimal } from '../../../_lib/rational.js'
import { checkCoPlausible } from '../_co.js'
import { exact } from '../_means.js'
import { checkAirOptions } from '../_options.js'
import { parseAirInput } from '../_parse.js'
import { AirInputError, type AirInputIssue } from '../errors.js'
import { type HourlyRecord, HourlyRecordSchema } from '../schemas.js'
import { CHINA_TIME_ZONE, createHourReader, dayStartIndex } from './_clock.js'
import { type HourValues, stationDay } from './_station-day.js'
import type { AggregateStationDaysOptions, StationDay } from './types.js'

/**
 * Daily values of monitoring stations from their hourly records, per GB 3095 and HJ 663:
 * 24-hour means of SO2, NO2, CO, PM10 and PM2.5 over the natural day in China Standard Time
 * (≥ 20 valid hours), the daily maximum 1-hour O3, and the daily maximum 8-hour O3 over the
 * moving means ending 08:00…24:00 (each with ≥ 6 hours; ≥ 14 valid means, or a maximum above
 * the limit). Missing hours are `null` or absent records, never zeros.
 *
 * @param records - hourly records `{ station, time, so2, no2, co, o3, pm10, pm25 }` (CO
 *   mg/m³, the rest µg/m³), in any order
 * @param options - timestamp convention (default hour-ending), validity thresholds, rounding
 * @returns one {@link StationDay} per station and natural day that has records, sorted by
 *   station then date
 * @throws {@link AirInputError} for bad values, timestamps not on the hour, unreadable
 *   timestamps, or two records for the same station and hour
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
 * ```
 */
export function aggregateStationDays(
  records: readonly HourlyRecord[],
  options: AggregateStationDaysOptions = {},
): StationDay[] {
  const context = 'aggregateStationDays input'
  checkAirOptions(options, 'aggregateStationDays')
  const parsed = parseAirInput(z.array(HourlyRecordSchema), records, context)
  checkCoPlausible(
    context,
    parsed.map((r, i) => [[i, 'co'], r.co] as const),
    options.maxPlausibleCo,
  )
  const zone = options.timeZone ?? CHINA_TIME_ZONE
  const read = createHourReader(options.timestamp ?? 'hour-ending', zone)
  const stations = new Map<string, { hours: Map<number, HourValues>; dates: Set<string> }>()
  const issues: AirInputIssue[] = []
  parsed.forEach((r, i) => {
    const slot = read(r.time)
    if (typeof slot === 'string') {
      issues.push({ path: [i, 'time'], message: slot })
      return
    }
    let station = stations.get(r.station)
    if (!station) {
      station = { hours: new Map(), dates: new Set() }
      stations.set(r.station, station)
    }
    if (station.hours.has(slot.index)) {
      issues.push({
        path: [i, 'time'],
        message: `a second record for station ${r.station} and the hour ${slot.date} ${slot.hour}:00–${slot.hour + 1}:00`,
      })
      return
    }
    station.dates.add(slot.date)
    station.hours.set(slot.index, {
      so2: exact(r.so2),
      no2: exact(r.no2),
      co: exact(r.co),
      pm10: exact(r.pm10),
      pm25: exact(r.pm25),
      o3: exact(r.o3),
    })
  })
  if (issues.length > 0) throw new AirInputError(context, issues)

  const settings = {
    minHours: options.minHours ?? 20,
    minPer8h: options.minHoursPer8h ?? 6,
    minWindows: options.minWindowsPerDay ?? 14,
    o3Limit: decimal(options.o3_8hLimit ?? 160),
    minO3_1h: options.minHoursO3_1h ?? 20,
    round: options.round ?? true,
  }
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
      out.push(stationDay(code, date, hours, settings))
    }
  }
  return out
}
