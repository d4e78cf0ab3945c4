import { z } from 'zod'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { decimal } from '../../../_lib/rational.js'
import { createHourReader, dayStartIndex, expectedTimestamp } from '../_clock.js'
import { checkCoPlausible } from '../_co.js'
import { parseAirInput, throwIfAny } from '../_input.js'
import { exact } from '../_means.js'
import { type HourlyKey, takeNotMeasured, withNotMeasured } from '../_not-measured.js'
import type { EngineSettings } from '../_station-engine.js'
import { HourlyRecordSchema } from '../schemas.js'
import { type HourValues, type StationDaySettings, stationDay } from './_station-day.js'
import type { StationDay, TimestampConvention } from './types.js'

const RECORD_KEYS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const

/** Resolved settings of {@link exactStationDays}. */
export interface ExactStationDaysSettings extends StationDaySettings {
  readonly timestamp: TimestampConvention
  readonly timeZone: string
  readonly maxPlausibleCo: number
}

/**
 * The station days of `records` on the exact rational path, every check of
 * `aggregateStationDays` included (the records' fields, the CO bound, the hours): the reference
 * the air engine is held to, and its path for a day with a value off the integer grid.
 */
export function exactStationDays(
  records: unknown,
  settings: ExactStationDaysSettings,
  context: string,
): StationDay[] {
  // 'notMeasured' values are read as no value, and remembered by record
  const unmeasured: (ReadonlySet<string> | null)[] = []
  let values: unknown = records
  if (Array.isArray(records)) {
    let copy: unknown[] | null = null
    records.forEach((r: unknown, i) => {
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

/** The engine's settings for the exact path. */
export const exactSettings = (s: EngineSettings): ExactStationDaysSettings => ({
  timestamp: s.timestamp,
  timeZone: s.timeZone,
  minHours: s.minHours,
  minPer8h: s.minHoursPer8h,
  minWindows: s.minWindowsPerDay,
  o3Limit: decimal(s.o3_8hLimit),
  minO3_1h: s.minHoursO3_1h,
  round: s.round,
  maxPlausibleCo: s.maxPlausibleCo,
})
