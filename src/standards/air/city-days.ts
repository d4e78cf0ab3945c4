import { z } from 'zod'
import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../_lib/iso-date.js'
import { defineOptions } from '../../_lib/options.js'
import { type Rational, roundHalfEven, toNumber } from '../../_lib/rational.js'
import { checkCoPlausible } from './_co.js'
import { dailyAqiOfExact, resolveDailyOptions } from './_daily-core.js'
import { decimalString } from './_decimal.js'
import { parseAirInput, throwIfAny } from './_input.js'
import { exact, meanOfPresent } from './_means.js'
import { AGGREGATE_AQI_OPTIONS } from './_options.js'
import { AIR_POLLUTANTS, type AirPollutant } from './indicators.js'
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

const OPTIONS = defineOptions('aggregateCityDays', AggregateCityDaysOptionsSchema, (o) => ({
  daily: resolveDailyOptions(o),
  excludeStations: o.excludeStations ?? [],
  round: o.round ?? true,
  minStations: o.minStations ?? 1,
}))

/** A city's daily values, the number of stations behind each, and the city daily AQI. @category Air */
export type CityDay = z.output<typeof CityDaySchema>

/**
 * City daily values as the arithmetic mean of the valid station values of each pollutant (the
 * O3 8-hour maximum too: the mean of the stations' daily maxima), rounded as published, then
 * the city daily AQI from those values. Stations can be left out (background stations).
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
  const parsed = parseAirInput(z.array(StationDayInputSchema), stationDays, context)
  checkCoPlausible(
    context,
    parsed.map((d, i) => [[i, 'co'], d.co] as const),
    opts.daily.maxPlausibleCo,
    '24h',
  )
  const excluded = new Set(opts.excludeStations)
  const byDate = new Map<string, Map<string, (typeof parsed)[number]>>()
  const issues: InputIssue[] = []
  parsed.forEach((d, i) => {
    if (excluded.has(d.station)) return
    let day = byDate.get(d.date)
    if (!day) {
      day = new Map()
      byDate.set(d.date, day)
    }
    if (day.has(d.station)) {
      issues.push(
        issue({
          code: 'duplicate',
          path: [i, 'station'],
          expected: expect.unique(text(`站点（每日一条）`, `station per date`)),
          received: d.station,
          hint: text(
            `站点 ${d.station} 在 ${d.date} 重复给出`,
            `station ${d.station} is given twice for ${d.date}`,
          ),
        }),
      )
    }
    day.set(d.station, d)
  })
  throwIfAny(context, issues)

  const { round, minStations, daily } = opts
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
