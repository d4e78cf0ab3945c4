import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import { IdSchema } from '../schemas/common.js'
import type { AirDailyObservation } from '../schemas/observation/index.js'
import type { CityDay } from '../standards/air/index.js'

/**
 * Options of {@link airDailyObservationsFromCityDays}: the `scope` the days belong to (default
 * `central-city`).
 *
 * @category Air
 */
export const AirDailyObservationsFromCityDaysOptionsSchema = z
  .object({ scope: IdSchema.optional().describe('Scope the days belong to; default central-city') })
  .strict()
  .describe('Options of airDailyObservationsFromCityDays')
/** @category Air */
export type AirDailyObservationsFromCityDaysOptions = z.input<
  typeof AirDailyObservationsFromCityDaysOptionsSchema
>

const OPTIONS = defineOptions(
  'airDailyObservationsFromCityDays',
  AirDailyObservationsFromCityDaysOptionsSchema,
  (o) => ({ scope: o.scope ?? 'central-city' }),
)

/**
 * Turns city daily values computed from hourly station records ({@link air!aggregateStationDays}
 * then {@link air!aggregateCityDays}) into `airDaily` observations for {@link evaluatePlan}: the
 * way from hourly monitoring exports to the plan's air targets.
 *
 * @param cityDays - city days, as published (rounded) values
 * @param options - the scope the days belong to
 * @returns one observation per day
 * @throws {@link InputError} for an unknown option or a scope that is not an id
 * @category Air
 * @example
 * ```ts
 * import { airDailyObservationsFromCityDays } from 'eco-targets'
 * import { aggregateCityDays } from 'eco-targets/air'
 * const [day] = airDailyObservationsFromCityDays(aggregateCityDays([
 *   { station: 'A', date: '2022-01-01', so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 30, o3_1h: 80, o3_8h: 70 },
 *   { station: 'B', date: '2022-01-01', so2: 12, no2: 24, co: 0.7, pm10: 50, pm25: 41, o3_1h: 90, o3_8h: 72 },
 * ]))
 * day.pm25  //=> 36  (35.5 rounded half to even)
 * day.scope //=> 'central-city'
 * ```
 */
export function airDailyObservationsFromCityDays(
  cityDays: readonly CityDay[],
  options: AirDailyObservationsFromCityDaysOptions = {},
): AirDailyObservation[] {
  const { scope } = OPTIONS.resolve(options)
  return cityDays.map((d) => ({
    kind: 'airDaily',
    date: d.date,
    scope,
    so2: d.so2,
    no2: d.no2,
    co: d.co,
    pm10: d.pm10,
    pm25: d.pm25,
    o3_1h: d.o3_1h,
    o3_8h: d.o3_8h,
  }))
}
