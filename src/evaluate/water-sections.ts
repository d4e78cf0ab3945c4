import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { asOfOption, SECTIONS_OPTIONS, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

/**
 * Options of {@link evaluateSectionsRatio}: `asOf`, `schedule`, the 5+X `indicators`,
 * `minSamplings` (default 1) and the `network` (default `national`).
 *
 * @category Water
 */
export const EvaluateSectionsRatioOptionsSchema = z
  .object({ asOf: asOfOption, schedule: scheduleOption, ...SECTIONS_OPTIONS })
  .strict()
  .describe('Options of evaluateSectionsRatio')
/** @category Water */
export type EvaluateSectionsRatioOptions = z.input<typeof EvaluateSectionsRatioOptionsSchema>

const OPTIONS = defineOptions('evaluateSectionsRatio', EvaluateSectionsRatioOptionsSchema, (o) =>
  contextOf({ asOf: o.asOf, schedule: o.schedule, sections: o }),
)

/**
 * Evaluates a ratio of a set of surface-water sections: the share of sections of class Ⅰ–Ⅲ
 * (`sectionsClassIToIIIRatio`) or worse than class Ⅴ (`sectionsWorseThanVRatio`). Each
 * section's class for the year is the class of the mean of each indicator over its samplings up
 * to `asOf` (22号 年度评价; worst of the 21 indicators, never water temperature, TN or fecal
 * coliform; lake and reservoir TP limits by water body). Sections without valid data (dried up,
 * frozen, not sampled) are left out of both numerator and denominator and listed (decision 8).
 *
 * Within the year the classes rest on the means so far and can still change; the reachability
 * says how many more sections must reach class Ⅲ, or how many may still be worse than Ⅴ.
 *
 * @param target - a sections-ratio target
 * @param observations - observations; `waterSample` records of the network are read
 * @param options - `asOf`, 5+X indicators, minimum samplings, network
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Water
 * @see 环办〔2011〕22号 地表水环境质量评价办法（试行）; GB 3838-2002
 * @example
 * ```ts
 * import { evaluateSectionsRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'water.national-sections-class-i-iii')!
 * const sample = (section: string, NH3N: number) => ({
 *   kind: 'waterSample' as const, section, waterBody: 'river' as const, date: '2022-06-10',
 *   values: { pH: 7.8, DO: 7, CODMn: 4, NH3N, TP: 0.1 },
 * })
 * // NH3N 0.8 is class Ⅲ, 1.8 class Ⅴ: 2 of 3 sections are Ⅰ–Ⅲ = 66.67 % → 66.7 %
 * const r = evaluateSectionsRatio(t, [sample('a', 0.8), sample('b', 0.8), sample('c', 1.8)], { asOf: '2022-12-31' })
 * r.actual?.published //=> 66.7
 * r.status            //=> 'met'
 * ```
 */
export function evaluateSectionsRatio(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateSectionsRatioOptions,
): TargetResult {
  return judgeWith(
    EVALUATORS.sectionsClassIToIIIRatio,
    target,
    observations,
    OPTIONS.resolve(options),
  )
}
