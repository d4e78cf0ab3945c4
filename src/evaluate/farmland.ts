import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { asOfOption, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

/**
 * Options of {@link evaluateFarmlandSafeUse}: `asOf` and `schedule`.
 *
 * @category Soil
 */
export const EvaluateFarmlandSafeUseOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption })
  .strict()
  .describe('Options of evaluateFarmlandSafeUse')
/** @category Soil */
export type EvaluateFarmlandSafeUseOptions = z.input<typeof EvaluateFarmlandSafeUseOptionsSchema>

const OPTIONS = defineOptions(
  'evaluateFarmlandSafeUse',
  EvaluateFarmlandSafeUseOptionsSchema,
  (o) => contextOf({ asOf: o.asOf, schedule: o.schedule }),
)

/**
 * Evaluates the safe-use rate of contaminated farmland, A = (B + C + D) / E × 100 %, where B is
 * lightly polluted land under priority protection, C light-to-moderate land under safe-use
 * measures with crops up to standard, D heavily polluted land under strict control and E all
 * contaminated farmland (受污染耕地安全利用率核算方法（试行）; the formula is reconstructed from
 * its definitions, as the docs say). The record of the target's year is used; with none, or with
 * E = 0, the status is `insufficientData`.
 *
 * Within the year the reachability says how much more area must be brought under the measures.
 *
 * @param target - a `farmlandSafeUseRatio` target
 * @param observations - observations; `farmlandSafeUse` records are read
 * @param options - `asOf`
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Soil
 * @see 受污染耕地安全利用率核算方法（试行）
 * @example
 * ```ts
 * import { evaluateFarmlandSafeUse } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'soil.farmland-safe-use')!
 * const r = evaluateFarmlandSafeUse(t, [{
 *   kind: 'farmlandSafeUse', year: 2022, areaUnit: 'mu',
 *   lightProtected: 1000, safeUseAchieved: 3000, strictControlled: 900, totalContaminated: 5000,
 * }], { asOf: '2022-12-31' })
 * r.actual?.published //=> 98   (4900 / 5000)
 * r.status            //=> 'met'
 * ```
 */
export function evaluateFarmlandSafeUse(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateFarmlandSafeUseOptions,
): TargetResult {
  return judgeWith(EVALUATORS.farmlandSafeUseRatio, target, observations, OPTIONS.resolve(options))
}
