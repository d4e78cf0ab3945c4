import { type Rational, roundHalfEven, toNumber } from '../../../_lib/rational.js'
import { decimalString } from '../_decimal.js'
import { dailyMax8h, maxOfPresent, meanOfPresent } from '../_means.js'
import type { AirPollutant } from '../indicators.js'
import type { StationDay, StationDayGap } from './types.js'

export const MEANS = ['so2', 'no2', 'co', 'pm10', 'pm25'] as const
export type HourValues = Readonly<Record<(typeof MEANS)[number] | 'o3', Rational | null>>

/** Thresholds of {@link stationDay}. */
export interface StationDaySettings {
  readonly minHours: number
  readonly minPer8h: number
  readonly minWindows: number
  readonly o3Limit: Rational
  readonly minO3_1h: number
  readonly round: boolean
}

/** One station's daily values from the 24 hours of its natural day. */
export function stationDay(
  station: string,
  date: string,
  hours: readonly (HourValues | undefined)[],
  s: StationDaySettings,
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
