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
 * Options of {@link evaluateBatteryCollectionRate}: `asOf` and `schedule`.
 *
 * @category Soil
 */
export const EvaluateBatteryCollectionRateOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption })
  .strict()
  .describe('Options of evaluateBatteryCollectionRate')
/** @category Soil */
export type EvaluateBatteryCollectionRateOptions = z.input<
  typeof EvaluateBatteryCollectionRateOptionsSchema
>

const OPTIONS = defineOptions(
  'evaluateBatteryCollectionRate',
  EvaluateBatteryCollectionRateOptionsSchema,
  (o) => contextOf({ asOf: o.asOf, schedule: o.schedule }),
)

/**
 * Evaluates the standardised collection rate of waste lead-acid batteries: tonnes collected by
 * licensed collectors / tonnes generated × 100 % (the municipal definition was not found; the
 * docs say so). The record of the target's year is used.
 *
 * @param target - a `batteryCollectionRate` target (the plan states it as a task objective;
 *   {@link objectiveTarget} turns it into a target)
 * @param observations - observations; `batteryCollection` records are read
 * @param options - `asOf`
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Soil
 * @see 废铅蓄电池污染防治行动方案（环办固体〔2019〕3号）
 * @example
 * ```ts
 * import { evaluateBatteryCollectionRate, objectiveTarget } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks.find((t) => t.objective?.kind === 'rate')!
 * const r = evaluateBatteryCollectionRate(objectiveTarget(plan2022, task)!, [
 *   { kind: 'batteryCollection', year: 2022, collectedTonnes: 2100, generatedTonnes: 4000 },
 * ], { asOf: '2022-12-31' })
 * r.actual?.published //=> 52.5
 * r.status            //=> 'met'
 * ```
 */
export function evaluateBatteryCollectionRate(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateBatteryCollectionRateOptions,
): TargetResult {
  return judgeWith(EVALUATORS.batteryCollectionRate, target, observations, OPTIONS.resolve(options))
}
