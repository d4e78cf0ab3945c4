import type { z } from 'zod'
import type { AirPeriodSummary } from '../period/types.js'
import type {
  CityRankingEntrySchema,
  CityRankingGapSchema,
  CityRankingKeySchema,
  CityRankingOrderSchema,
  CityRankingSchema,
} from '../result-schemas.js'
import type { AirDayInput } from '../schemas.js'

/**
 * One city for {@link rankCities}: its daily values (and the dates flagged as dust days), or
 * its period summary; optionally the same for the same period of the previous year, for the
 * change ranking (变化程度排名).
 *
 * @category Air
 */
export type RankCityInput =
  | {
      readonly city: string
      /** Daily values of the city (city days: the mean of its evaluation stations). */
      readonly days: readonly AirDayInput[]
      /** Dates flagged by the monitoring authority as affected by sand and dust. */
      readonly dustDates?: readonly string[]
      readonly previous?: {
        readonly days: readonly AirDayInput[]
        readonly dustDates?: readonly string[]
      }
    }
  | {
      readonly city: string
      /** The city's period summary from {@link summarizeAirPeriod}. */
      readonly summary: AirPeriodSummary
      readonly previous?: AirPeriodSummary
    }

/**
 * What a city ranking orders by: the composite index, one pollutant's concentration, the
 * good-days ratio, or the change of the composite index on the previous year.
 *
 * @category Air
 */
export type CityRankingKey = z.output<typeof CityRankingKeySchema>

/** Why a city is listed apart from a ranking. @category Air */
export type CityRankingGap = z.output<typeof CityRankingGapSchema>

/** One ranking: the ranked cities and those listed apart. @category Air */
export type CityRankingOrder = z.output<typeof CityRankingOrderSchema>

/** One city of a {@link CityRanking}. @category Air */
export type CityRankingEntry = z.output<typeof CityRankingEntrySchema>

/** The result of {@link rankCities}. @category Air */
export type CityRanking = z.output<typeof CityRankingSchema>
