import * as zm from 'zod/mini'
import { defineOptions } from '../../../_lib/options.js'
import type { AirPeriodSummary } from '../period/types.js'
import { compositeOf } from './_composite.js'
import { readSummary } from './_summary.js'
import type { CompositeIndexResult } from './composite-index-types.js'
import { gb3095EditionOn } from './edition-on.js'

const EDITIONS = ['GB3095-2012', 'GB3095-2026-transitional', 'GB3095-2026'] as const

/**
 * Options of {@link compositeIndex}: `edition` of GB 3095 for the standard values (default: the
 * edition in force on the period's first day), `concentrationBasis` (`'deducted'`, the
 * default, uses the dust-deducted figures when the summary has them, as the monthly releases
 * do; `'raw'` keeps dust days) and `roundConcentrations` (default `true`: each Cᵢ is the
 * published statistic, rounded by GB/T 8170 to an integer, CO to one decimal, before it is
 * divided, as in the national worked example).
 *
 * @category Air
 * @example
 * ```ts
 * import { CompositeIndexOptionsSchema } from 'eco-targets/air'
 * Object.keys(CompositeIndexOptionsSchema.def.shape)
 * //=> ['edition', 'concentrationBasis', 'roundConcentrations']
 * ```
 */
export const CompositeIndexOptionsSchema = zm.strictObject({
  edition: zm.optional(zm.enum(EDITIONS)),
  concentrationBasis: zm.optional(zm.enum(['raw', 'deducted'])),
  roundConcentrations: zm.optional(zm.boolean()),
})

/** @category Air */
export type CompositeIndexOptions = zm.input<typeof CompositeIndexOptionsSchema>

const OPTIONS = defineOptions('compositeIndex', CompositeIndexOptionsSchema, (o) => ({
  edition: o.edition ?? null,
  concentrationBasis: o.concentrationBasis ?? ('deducted' as const),
  roundConcentrations: o.roundConcentrations ?? true,
}))

/**
 * The composite air-quality index (环境空气质量综合指数) of a period: Iᵢ = Cᵢ / Sᵢ for SO2,
 * NO2, PM10, PM2.5 (Cᵢ the period mean), CO (the 95th percentile of the daily means) and O3
 * (the 90th percentile of the daily maximum 8-hour means), with Sᵢ the edition's Grade II
 * limits ({@link COMPOSITE_INDEX_LIMITS}); Iₛᵤₘ = ΣIᵢ, and the largest Iᵢ names the primary
 * pollutant. Cᵢ is the published statistic (GB/T 8170: integers, CO one decimal) by default;
 * Iᵢ and Iₛᵤₘ are exact and published to two decimals, Iₛᵤₘ summed from the exact Iᵢ. A
 * pollutant without data makes the index insufficient (`index: null`), never zero.
 *
 * @param summary - the period summary of {@link summarizeAirPeriod} (with its default CO 95th
 *   and O3 90th percentiles)
 * @param options - edition, dust basis, rounding of Cᵢ
 * @returns the {@link CompositeIndexResult}
 * @throws {@link InputError} for a bad option, a summary of another shape, or a summary whose CO
 *   or O3 percentile is not the 95th or 90th
 * @category Air
 * @see 《城市环境空气质量排名技术规定》(环办〔2014〕64号) 三 (SECONDARY: opening read in a copy;
 *   formula, limits and the worked example 21/35+39/70+9/60+15/40+192/160+0.7/4=3.06 from
 *   provincial releases); GB 3095-2012 表1; GB/T 8170
 * @example
 * ```ts
 * import { compositeIndex, summarizeAirPeriod } from 'eco-targets/air'
 * const day = { so2: 9, no2: 15, co: 0.7, pm10: 39, pm25: 21, o3_1h: 200, o3_8h: 192 }
 * const summary = summarizeAirPeriod([
 *   { date: '2022-07-01', ...day },
 *   { date: '2022-07-02', ...day },
 * ])
 * const ci = compositeIndex(summary)
 * ci.index?.published            //=> 3.06
 * ci.subIndices.o3_8h?.index.exact //=> '1.2'
 * ci.primaryPollutants           //=> ['o3_8h']
 * ```
 */
export function compositeIndex(
  summary: AirPeriodSummary,
  options?: CompositeIndexOptions,
): CompositeIndexResult {
  const opts = OPTIONS.resolve(options)
  const context = 'compositeIndex input'
  const read = readSummary(summary, context, ['summary'])
  const settings = { ...opts, edition: opts.edition ?? gb3095EditionOn(read.period.start) }
  return compositeOf(read, settings, context, ['summary']).result
}
