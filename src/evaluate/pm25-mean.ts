import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { AIR_OPTIONS, asOfOption, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

/**
 * Options of {@link evaluatePm25Mean}: `asOf`, `schedule` and the air options (`dustRatioMethod`,
 * `verdictBasis`, `validDay`, `missingIndicators`, `requireAnnualValidity`).
 *
 * @category Air
 */
export const EvaluatePm25MeanOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption, ...AIR_OPTIONS })
  .strict()
  .describe('Options of evaluatePm25Mean')
/** @category Air */
export type EvaluatePm25MeanOptions = z.input<typeof EvaluatePm25MeanOptionsSchema>

const OPTIONS = defineOptions('evaluatePm25Mean', EvaluatePm25MeanOptionsSchema, (o) =>
  contextOf({ asOf: o.asOf, schedule: o.schedule, air: o }),
)

/**
 * Evaluates the PM2.5 annual mean (细颗粒物年均浓度): the arithmetic mean of the valid daily means
 * of the period (GB 3095-2012 §3), published as an integer µg/m³ by GB/T 8170 and compared with
 * the limit. PM2.5 values of dust-affected days leave the mean by default (decision 7; the raw
 * mean is returned too). At the end of the year the GB 3095 表4 annual validity (≥ 324 daily
 * values, ≥ 27 a month, 25 in February) is required before a verdict.
 *
 * Within the year the reachability gives the mean the remaining days must stay below:
 * (S + X·R) / (n + R) must publish within the limit, so X < (E·(n + R) − S) / R with E the
 * rounding edge (23.5 for 23).
 *
 * @param target - a `pm25Mean` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 * @param options - `asOf` and the air options
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Air
 * @see GB 3095-2012 表1, 表4; HJ 663-2013; GB/T 8170-2008
 * @example
 * ```ts
 * import { evaluatePm25Mean } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.pm25-annual-mean')!
 * const days = ['2022-01-01', '2022-01-02'].map((date, i) => ({ kind: 'airDaily' as const, scope: 'central-city',
 *   date, so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: i === 0 ? 30 : 20, o3_1h: 80, o3_8h: 70 }))
 * const r = evaluatePm25Mean(t, days, { asOf: '2022-01-02' })
 * r.actual?.published //=> 25
 * r.status            //=> 'atRisk'
 * // the other 363 days must average below (23.5 × 365 − 50) / 363 = 23.49…
 * r.reachability?.requirement.value //=> 23.49
 * ```
 */
export function evaluatePm25Mean(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluatePm25MeanOptions,
): TargetResult {
  return judgeWith(EVALUATORS.pm25Mean, target, observations, OPTIONS.resolve(options))
}
