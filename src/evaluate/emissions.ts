import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { asOfOption, EMISSION_OPTIONS, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

/**
 * Options of {@link evaluateEmissionTotal}: `asOf`, `schedule` and what "持续减少" is measured
 * against (`decreaseAgainst`).
 *
 * @category Emissions
 */
export const EvaluateEmissionTotalOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption, ...EMISSION_OPTIONS })
  .strict()
  .describe('Options of evaluateEmissionTotal')
/** @category Emissions */
export type EvaluateEmissionTotalOptions = z.input<typeof EvaluateEmissionTotalOptionsSchema>

const OPTIONS = defineOptions('evaluateEmissionTotal', EvaluateEmissionTotalOptionsSchema, (o) =>
  contextOf({ asOf: o.asOf, schedule: o.schedule, emissions: o }),
)

/**
 * Evaluates an emission-total target (NOx, VOCs, COD, NH3-N): the year's total must fall
 * (持续减少) and reach the reduction the region assigned (达到自治区下达减排目标), given either as a
 * percentage below the base-year total, (E_base − E_year) / E_base × 100 ≥ assigned %, or as
 * tonnes of key-project reductions, Σ project tonnes ≥ assigned tonnes.
 *
 * Annual totals are compiled after the year ends; before then a total for the year is treated as
 * provisional (`onTrack` / `atRisk`). Without the year's total or the assignment the status is
 * `insufficientData`, never a pass.
 *
 * @param target - an `emissionTotal` target
 * @param observations - observations; `emissionTotal`, `emissionAssignment` and
 *   `emissionProjectReduction` records of the target's pollutant are read
 * @param options - `asOf` and what the decrease is measured against
 * @returns the verdict with the reduction achieved as the actual value
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Emissions
 * @see 国发〔2021〕33号 "十四五"节能减排综合工作方案
 * @example
 * ```ts
 * import { evaluateEmissionTotal } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const nox = TARGETS_2022.find((t) => t.id === 'emissions.nox')!
 * const r = evaluateEmissionTotal(nox, [
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2020, tonnes: 50000 },
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2021, tonnes: 49000 },
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 48000 },
 *   { kind: 'emissionAssignment', pollutant: 'NOx', year: 2022, baseYear: 2020, reductionPercent: 3 },
 * ], { asOf: '2023-03-31' })
 * r.status          //=> 'met'
 * r.actual?.value   //=> 4   (% below 2020)
 * r.margin          //=> 1
 * ```
 */
export function evaluateEmissionTotal(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateEmissionTotalOptions,
): TargetResult {
  return judgeWith(EVALUATORS.emissionTotal, target, observations, OPTIONS.resolve(options))
}
