import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { asOfOption, DRINKING_WATER_OPTIONS, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

/**
 * Options of {@link evaluateDrinkingWaterRatio}: `asOf`, `schedule`, the annual `rule`
 * (`annualMean` by default or `everySampling`) and the source `level` (by default from the
 * target's scope: `county-sources` → 县级).
 *
 * @category Water
 */
export const EvaluateDrinkingWaterRatioOptionsSchema = z
  .object({
    asOf: asOfOption,
    schedule: scheduleOption,
    ...DRINKING_WATER_OPTIONS,
    level: z
      .enum(['prefecture', 'county'])
      .optional()
      .describe('Which sources count (default from the scope: county-sources → county)'),
  })
  .strict()
  .describe('Options of evaluateDrinkingWaterRatio')
/** @category Water */
export type EvaluateDrinkingWaterRatioOptions = z.input<
  typeof EvaluateDrinkingWaterRatioOptionsSchema
>

const OPTIONS = defineOptions(
  'evaluateDrinkingWaterRatio',
  EvaluateDrinkingWaterRatioOptionsSchema,
  (o) => contextOf({ asOf: o.asOf, schedule: o.schedule, drinkingWater: o }),
)

/**
 * Evaluates the share of centralised drinking-water sources meeting class Ⅲ (水质达到或优于Ⅲ类比例),
 * by source count. A surface source meets it when its basic-item class (22号, 21 indicators) is
 * Ⅲ or better and every supplied GB 3838 Table 2 / Table 3 item is within its limit; a
 * groundwater source when its GB/T 14848-2017 class is Ⅲ or better. By default the period mean of
 * each item is judged; with `rule: 'everySampling'` every sampling must meet, and a failed
 * sampling fails the source for the year. Sources without valid data are listed, never counted.
 *
 * @param target - a `drinkingWaterClassIIIRatio` target
 * @param observations - observations; `drinkingWaterSample` records of the level are read
 * @param options - `asOf`, the annual rule and the source level
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Water
 * @see GB 3838-2002 §5.3; GB/T 14848-2017; 环办〔2011〕22号
 * @example
 * ```ts
 * import { evaluateDrinkingWaterRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'water.drinking-water-prefecture')!
 * const r = evaluateDrinkingWaterRatio(t, [
 *   { kind: 'drinkingWaterSample', source: 'well-field-1', level: 'prefecture', sourceType: 'groundwater',
 *     date: '2022-03-01', values: { pH: 7.6, nitrate: 4.2, F: 0.6 } },
 * ], { asOf: '2022-12-31' })
 * r.status //=> 'met'
 * ```
 */
export function evaluateDrinkingWaterRatio(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateDrinkingWaterRatioOptions,
): TargetResult {
  return judgeWith(
    EVALUATORS.drinkingWaterClassIIIRatio,
    target,
    observations,
    OPTIONS.resolve(options),
  )
}
