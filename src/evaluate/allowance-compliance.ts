import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { ALLOWANCE_OPTIONS, asOfOption, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

/**
 * Options of {@link evaluateAllowanceCompliance}: `asOf`, `schedule`, the `emissionYear` (default
 * the year before the target's), `expectedUnits` and the `offsetCap` (share of the obligation
 * offsets may cover, default 0.05).
 *
 * @category Emissions
 */
export const EvaluateAllowanceComplianceOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption, ...ALLOWANCE_OPTIONS })
  .strict()
  .describe('Options of evaluateAllowanceCompliance')
/** @category Emissions */
export type EvaluateAllowanceComplianceOptions = z.input<
  typeof EvaluateAllowanceComplianceOptionsSchema
>

const OPTIONS = defineOptions(
  'evaluateAllowanceCompliance',
  EvaluateAllowanceComplianceOptionsSchema,
  (o) => contextOf({ asOf: o.asOf, schedule: o.schedule, allowances: o }),
)

/**
 * Evaluates carbon-allowance surrender compliance (碳排放配额清缴履约) of the key emitting units: a
 * unit complies when it surrendered on time allowances plus offsets (capped at 5 % of its
 * obligation) at least equal to its obligation, which defaults to its verified emissions. The
 * ratio is compliant units / units × 100 %.
 *
 * @param target - an `allowanceComplianceRatio` target ({@link objectiveTarget} builds it from
 *   the plan's counted task)
 * @param observations - observations; `carbonAllowance` records of the emission year are read
 * @param options - `asOf`, the emission year, expected unit count and offset cap
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Emissions
 * @see 碳排放权交易管理办法（试行）（生态环境部令第19号）
 * @example
 * ```ts
 * import { evaluateAllowanceCompliance, objectiveTarget } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks.find((t) => t.objective?.kind === 'count' && t.objective.value === 13)!
 * const r = evaluateAllowanceCompliance(objectiveTarget(plan2022, task)!, [
 *   { kind: 'carbonAllowance', unit: 'plant-a', year: 2021, verifiedEmissions: 1000,
 *     allowancesSurrendered: 960, offsetsSurrendered: 60, onTime: true },
 * ], { asOf: '2022-12-31', expectedUnits: 1 })
 * r.status //=> 'met'  (960 + min(60, 50) = 1010 ≥ 1000)
 * ```
 */
export function evaluateAllowanceCompliance(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateAllowanceComplianceOptions,
): TargetResult {
  return judgeWith(
    EVALUATORS.allowanceComplianceRatio,
    target,
    observations,
    OPTIONS.resolve(options),
  )
}
