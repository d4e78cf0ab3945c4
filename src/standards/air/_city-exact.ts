import { type Rational, roundHalfEven, toNumber } from '../../_lib/rational.js'
import type { CityDay } from './_city-day.js'
import { dailyAqiOfExact, type ResolvedDailyOptions } from './_daily-core.js'
import { decimalString } from './_decimal.js'
import { exact, meanOfPresent } from './_means.js'
import { AIR_POLLUTANTS, type AirPollutant } from './indicators.js'

/** The settings a city day is computed with. */
export interface CityDaySettings {
  readonly round: boolean
  readonly minStations: number
  readonly daily: ResolvedDailyOptions
}

const N = AIR_POLLUTANTS.length

/**
 * One city day through exact rationals, from the daily values of its `n` stations (7 a
 * station in the order of `AIR_POLLUTANTS`, `NaN`: none): the reference of the integer path,
 * and its path for a value off the grid of published concentrations.
 */
export function exactCityDay(
  date: string,
  values: ArrayLike<number>,
  n: number,
  s: CityDaySettings,
): CityDay {
  const exactValues: Partial<Record<AirPollutant, Rational | null>> = {}
  const exactText: Partial<Record<AirPollutant, string | null>> = {}
  const counts: Partial<Record<AirPollutant, number>> = {}
  const published: Partial<Record<AirPollutant, number | null>> = {}
  AIR_POLLUTANTS.forEach((key, k) => {
    const column: (Rational | null)[] = []
    for (let j = 0; j < n; j++) {
      const v = values[j * N + k] as number
      column.push(exact(Number.isNaN(v) ? null : v))
    }
    const { mean, count } = meanOfPresent(column, s.minStations)
    counts[key] = count
    exactText[key] = mean === null ? null : decimalString(mean)
    const value = mean === null || !s.round ? mean : roundHalfEven(mean, key === 'co' ? 1 : 0)
    exactValues[key] = value
    published[key] = value === null ? null : toNumber(value)
  })
  return {
    date,
    so2: published.so2 ?? null,
    no2: published.no2 ?? null,
    co: published.co ?? null,
    pm10: published.pm10 ?? null,
    pm25: published.pm25 ?? null,
    o3_1h: published.o3_1h ?? null,
    o3_8h: published.o3_8h ?? null,
    exact: exactText as CityDay['exact'],
    stations: counts as CityDay['stations'],
    aqi: dailyAqiOfExact(exactValues, s.daily),
  }
}
