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
 * Options of {@link evaluateContaminatedLandSafeUse}: `asOf` and `schedule`.
 *
 * @category Soil
 */
export const EvaluateContaminatedLandSafeUseOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption })
  .strict()
  .describe('Options of evaluateContaminatedLandSafeUse')
/** @category Soil */
export type EvaluateContaminatedLandSafeUseOptions = z.input<
  typeof EvaluateContaminatedLandSafeUseOptionsSchema
>

const OPTIONS = defineOptions(
  'evaluateContaminatedLandSafeUse',
  EvaluateContaminatedLandSafeUseOptionsSchema,
  (o) => contextOf({ asOf: o.asOf, schedule: o.schedule }),
)

/**
 * Evaluates the safe-use rate of contaminated land plots: plots whose use met the soil
 * requirements of their planned use / plots assessed × 100 %, counted by plot, not area. Plots
 * whose outcome is not yet known (`safeUse: null`) are listed; at the end of the year the verdict
 * stands only if they could not change it, otherwise it is `insufficientData`.
 *
 * The national accounting method (环办土壤函〔2023〕7号) was not available; this count-based form
 * follows the 土十条 target wording and is documented as such.
 *
 * @param target - a `contaminatedLandSafeUseRatio` target
 * @param observations - observations; `landPlot` records of the target's year are read (the last
 *   record of a plot wins)
 * @param options - `asOf`
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Soil
 * @see 土壤污染防治行动计划（国发〔2016〕31号）
 * @example
 * ```ts
 * import { evaluateContaminatedLandSafeUse } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'soil.contaminated-land-safe-use')!
 * const plots = Array.from({ length: 10 }, (_, i) => ({
 *   kind: 'landPlot' as const, plot: `p${i}`, year: 2022, safeUse: i < 9,
 * }))
 * evaluateContaminatedLandSafeUse(t, plots, { asOf: '2022-12-31' }).status //=> 'met'  (9 of 10 = 90 %)
 * ```
 */
export function evaluateContaminatedLandSafeUse(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateContaminatedLandSafeUseOptions,
): TargetResult {
  return judgeWith(
    EVALUATORS.contaminatedLandSafeUseRatio,
    target,
    observations,
    OPTIONS.resolve(options),
  )
}
