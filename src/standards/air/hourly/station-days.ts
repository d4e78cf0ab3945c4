import { z } from 'zod'
import { decimal, type Rational, roundHalfEven, toNumber } from '../../../_lib/rational.js'
import { checkCoPlausible } from '../_co.js'
import { decimalString } from '../_decimal.js'
import { parseAirInput } from '../_parse.js'
import { AirInputError, type AirInputIssue } from '../errors.js'
import type { AirPollutant } from '../indicators.js'
import { type HourlyRecord, HourlyRecordSchema } from '../schemas.js'
import {
  CHINA_TIME_ZONE,
  createHourReader,
  dayStartIndex,
  type TimestampConvention,
} from './_clock.js'
import { dailyMax8h, exact, maxOfPresent, meanOfPresent } from './_o3.js'

/** Options of {@link aggregateStationDays}. @category Air */
export interface AggregateStationDaysOptions {
  /**
   * What a record's timestamp means: `'hour-ending'` (default; the national platform labels
   * 15:00–16:00 as 16时) or `'hour-beginning'`.
   */
  readonly timestamp?: TimestampConvention
  /** Time zone of natural days and of timestamps without offset (default `'Asia/Shanghai'`). */
  readonly timeZone?: string
  /** Valid hours a 24-hour mean needs (default 20, GB 3095 表4). */
  readonly minHours?: number
  /** Valid hours an O3 8-hour mean needs (default 6, GB 3095 表4). */
  readonly minHoursPer8h?: number
  /** Valid 8-hour means the daily maximum needs (default 14 of 17, HJ 663 §6.1.2; SECONDARY). */
  readonly minWindowsPerDay?: number
  /**
   * Above this the daily maximum 8-hour O3 is valid even with fewer windows (default 160, the
   * GB 3095 Grade II 8-hour limit; HJ 663 §6.1.2 "超过浓度限值", SECONDARY).
   */
  readonly o3_8hLimit?: number
  /** Valid hours the daily maximum 1-hour O3 needs (default 20; UNVERIFIED, no rule was read). */
  readonly minHoursO3_1h?: number
  /** Round daily values by GB/T 8170 to integers (CO one decimal), as published (default true). */
  readonly round?: boolean
  /** Largest CO value accepted, mg/m³ (default {@link MAX_PLAUSIBLE_CO}). */
  readonly maxPlausibleCo?: number
}

/** Why a daily value is missing. @category Air */
export type StationDayGap = 'tooFewHours' | 'tooFewWindows'

/**
 * A station's daily values for one natural day, in the shape {@link dailyAqi} and
 * {@link aggregateCityDays} read (`null`: no valid value), with the evidence behind them.
 *
 * @category Air
 */
export interface StationDay {
  readonly station: string
  readonly date: string
  readonly so2: number | null
  readonly no2: number | null
  readonly co: number | null
  readonly pm10: number | null
  readonly pm25: number | null
  readonly o3_1h: number | null
  readonly o3_8h: number | null
  /** The unrounded values as exact decimals (up to 10 decimals). */
  readonly exact: Readonly<Record<AirPollutant, string | null>>
  /** Valid hourly values of the day per pollutant (`o3` for both O3 statistics). */
  readonly validHours: Readonly<Record<'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3', number>>
  /** Valid 8-hour O3 means among the 17 windows ending 08:00…24:00. */
  readonly o3_8hWindows: number
  /** True when the O3 8-hour maximum is kept under the exceedance exception of HJ 663 §6.1.2. */
  readonly o3_8hByExceedance: boolean
  /** Why each missing value is missing. */
  readonly gaps: Readonly<Partial<Record<AirPollutant, StationDayGap>>>
}

const MEANS = ['so2', 'no2', 'co', 'pm10', 'pm25'] as const
type HourValues = Readonly<Record<(typeof MEANS)[number] | 'o3', Rational | null>>

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
 * aggregateStationDays(records)[0].pm25 //=> 36 (35.5 rounded half to even)
 * ```
 */
export function aggregateStationDays(
  records: readonly HourlyRecord[],
  options: AggregateStationDaysOptions = {},
): StationDay[] {
  const context = 'aggregateStationDays input'
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
  for (const code of [...stations.keys()].sort()) {
    const station = stations.get(code) as NonNullable<ReturnType<typeof stations.get>>
    for (const date of [...station.dates].sort()) {
      const start = dayStartIndex(date, zone)
      const hours = Array.from({ length: 24 }, (_, h) => station.hours.get(start + h))
      out.push(stationDay(code, date, hours, settings))
    }
  }
  return out
}

function stationDay(
  station: string,
  date: string,
  hours: readonly (HourValues | undefined)[],
  s: {
    minHours: number
    minPer8h: number
    minWindows: number
    o3Limit: Rational
    minO3_1h: number
    round: boolean
  },
): StationDay {
  const exactValues: Partial<Record<AirPollutant, Rational | null>> = {}
  const validHours: Partial<Record<keyof HourValues, number>> = {}
  const gaps: Partial<Record<AirPollutant, StationDayGap>> = {}
  for (const key of MEANS) {
    // GB 3095 表4: 日平均 needs at least 20 hourly values
    const { mean, count } = meanOfPresent(
      hours.map((h) => h?.[key]),
      s.minHours,
    )
    exactValues[key] = mean
    validHours[key] = count
    if (mean === null) gaps[key] = 'tooFewHours'
  }
  const o3 = hours.map((h) => h?.o3)
  const max1h = maxOfPresent(o3, s.minO3_1h)
  exactValues.o3_1h = max1h.max
  validHours.o3 = max1h.count
  if (max1h.max === null) gaps.o3_1h = 'tooFewHours'
  const mda8 = dailyMax8h(o3, s.minPer8h, s.minWindows, s.o3Limit, (r) => roundHalfEven(r, 0))
  exactValues.o3_8h = mda8.max
  if (mda8.max === null) gaps.o3_8h = 'tooFewWindows'

  const publish = (key: AirPollutant): number | null => {
    const v = exactValues[key]
    if (v === null || v === undefined) return null
    return toNumber(s.round ? roundHalfEven(v, key === 'co' ? 1 : 0) : v)
  }
  const exactText = (key: AirPollutant): string | null => {
    const v = exactValues[key]
    return v === null || v === undefined ? null : decimalString(v)
  }
  return {
    station,
    date,
    so2: publish('so2'),
    no2: publish('no2'),
    co: publish('co'),
    pm10: publish('pm10'),
    pm25: publish('pm25'),
    o3_1h: publish('o3_1h'),
    o3_8h: publish('o3_8h'),
    exact: {
      so2: exactText('so2'),
      no2: exactText('no2'),
      co: exactText('co'),
      pm10: exactText('pm10'),
      pm25: exactText('pm25'),
      o3_1h: exactText('o3_1h'),
      o3_8h: exactText('o3_8h'),
    },
    validHours: validHours as StationDay['validHours'],
    o3_8hWindows: mda8.windows,
    o3_8hByExceedance: mda8.exceptionApplied,
    gaps,
  }
}
