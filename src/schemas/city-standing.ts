import { z } from 'zod'
import { IsoDateSchema } from '../_lib/iso-date.js'
import { LocalizedTextSchema } from '../_lib/localized-text.js'
import {
  CityRankingSchema,
  CompositeIndexResultSchema,
  PeriodChangeSchema,
} from '../standards/air/index.js'
import { ActualValueSchema } from '../standards/figures.js'

const rank = z.number().int().positive().nullable()

/**
 * A city's place among the cities given, for one period: the result of
 * {@link evaluateCityRanking}.
 *
 * @category Air
 * @example
 * ```ts
 * import { CityStandingSchema, evaluateCityRanking } from 'eco-targets'
 * const day = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }
 * const standing = evaluateCityRanking(
 *   [
 *     { city: 'A', days: [{ date: '2022-06-01', ...day }] },
 *     { city: 'B', days: [{ date: '2022-06-01', ...day, pm25: 30 }] },
 *   ],
 *   { city: 'B' },
 * )
 * CityStandingSchema.parse(standing).rank //=> 2
 * ```
 */
export const CityStandingSchema = z
  .strictObject({
    city: z.string(),
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .nullable(),
    period: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).readonly(),
    compositeIndex: CompositeIndexResultSchema,
    rank: rank.describe('Rank by the composite index; null when the index is insufficient'),
    tied: z.boolean(),
    of: z.number().int().nonnegative().describe('Cities ranked by the composite index'),
    goodDaysRatio: z.strictObject({ value: ActualValueSchema.nullable(), rank }).readonly(),
    change: PeriodChangeSchema.nullable(),
    changeRank: rank,
    explanation: LocalizedTextSchema,
    ranking: CityRankingSchema,
  })
  .readonly()
  .describe('A city’s place among the cities given, for one period')
