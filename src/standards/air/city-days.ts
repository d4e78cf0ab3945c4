import { z } from 'zod'
import { IsoDateSchema } from '../../_lib/iso-date.js'
import { type Rational, roundHalfEven, toNumber } from '../../_lib/rational.js'
import { checkCoPlausible } from './_co.js'
import { dailyAqiOfExact, resolveDailyOptions } from './_daily-core.js'
import { decimalString } from './_decimal.js'
import { exact, meanOfPresent } from './_means.js'
import { checkAirOptions } from './_options.js'
import { parseAirInput } from './_parse.js'
import type { DailyAqiOptions } from './daily.js'
import { AirInputError, type AirInputIssue } from './errors.js'
import { AIR_POLLUTANTS, type AirDailyValues, type AirPollutant } from './indicators.js'
import type { AqiResult } from './result.js'
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
export const StationDayInputSchema = DailyAqiInputSchema.extend({
  station: z.string().min(1, 'expected a station code'),
  date: IsoDateSchema,
})

/** @category Air */
export type StationDayInput = z.input<typeof StationDayInputSchema>

/** Options of {@link aggregateCityDays}. @category Air */
export interface AggregateCityDaysOptions extends DailyAqiOptions {
  /** Stations left out, e.g. background (对照) stations that city figures do not use. */
  readonly excludeStations?: readonly string[]
  /** Round city values by GB/T 8170 to integers (CO one decimal) before the AQI (default true). */
  readonly round?: boolean
  /** Valid station values a city value needs (default 1; no official minimum was found, UNVERIFIED). */
  readonly minStations?: number
}

/** A city's daily values, the number of stations behind each, and the city daily AQI. @category Air */
export interface CityDay extends AirDailyValues {
  readonly date: string
  /** The unrounded station means as exact decimals (up to 10 decimals). */
  readonly exact: Readonly<Record<AirPollutant, string | null>>
  /** Valid station values behind each city value. */
  readonly stations: Readonly<Record<AirPollutant, number>>
  /** The city daily AQI report computed from the city values. */
  readonly aqi: AqiResult
}

/**
 * City daily values as the arithmetic mean of the valid station values of each pollutant (the
 * O3 8-hour maximum too: the mean of the stations' daily maxima), rounded as published, then
 * the city daily AQI from those values. Stations can be left out (background stations).
 *
 * @param stationDays - station daily values, e.g. from {@link aggregateStationDays}
 * @param options - stations to leave out, rounding, minimum stations, and the AQI options
 * @returns one {@link CityDay} per date, sorted
 * @throws {@link AirInputError} for bad values or a station given twice for one date
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
  options: AggregateCityDaysOptions = {},
): CityDay[] {
  const context = 'aggregateCityDays input'
  checkAirOptions(options, 'aggregateCityDays')
  const parsed = parseAirInput(z.array(StationDayInputSchema), stationDays, context)
  checkCoPlausible(
    context,
    parsed.map((d, i) => [[i, 'co'], d.co] as const),
    options.maxPlausibleCo,
  )
  const excluded = new Set(options.excludeStations ?? [])
  const byDate = new Map<string, Map<string, (typeof parsed)[number]>>()
  const issues: AirInputIssue[] = []
  parsed.forEach((d, i) => {
    if (excluded.has(d.station)) return
    let day = byDate.get(d.date)
    if (!day) {
      day = new Map()
      byDate.set(d.date, day)
    }
    if (day.has(d.station)) {
      issues.push({ path: [i], message: `station ${d.station} is given twice for ${d.date}` })
    }
    day.set(d.station, d)
  })
  if (issues.length > 0) throw new AirInputError(context, issues)

  const round = options.round ?? true
  const minStations = options.minStations ?? 1
  const daily = resolveDailyOptions(options)
  return [...byDate.keys()].sort().map((date) => {
    const rows = [...(byDate.get(date)?.values() ?? [])]
    const values: Partial<Record<AirPollutant, Rational | null>> = {}
    const exactText: Partial<Record<AirPollutant, string | null>> = {}
    const counts: Partial<Record<AirPollutant, number>> = {}
    const published: Partial<Record<AirPollutant, number | null>> = {}
    for (const key of AIR_POLLUTANTS) {
      const { mean, count } = meanOfPresent(
        rows.map((r) => exact(r[key])),
        minStations,
      )
      counts[key] = count
      exactText[key] = mean === null ? null : decimalString(mean)
      const value = mean === null || !round ? mean : roundHalfEven(mean, key === 'co' ? 1 : 0)
      values[key] = value
      published[key] = value === null ? null : toNumber(value)
    }
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
      aqi: dailyAqiOfExact(values, daily),
    }
  })
}
