import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { contextOf } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { AIR_OPTIONS, asOfOption, scheduleOption } from './_options.js'
import { judgeWith } from './_public.js'

const airDaysOptions = () =>
  z
    .object({ asOf: asOfOption, schedule: scheduleOption, ...AIR_OPTIONS })
    .strict()
    .describe('Options of an air days ratio')

/**
 * Options of {@link evaluateGoodDaysRatio}: `asOf`, `schedule` and the air options
 * (`dustRatioMethod`, `verdictBasis`, `validDay`, `missingIndicators`,
 * `requireAnnualValidity`).
 *
 * @category Air
 */
export const EvaluateGoodDaysRatioOptionsSchema = airDaysOptions()
/** @category Air */
export type EvaluateGoodDaysRatioOptions = z.input<typeof EvaluateGoodDaysRatioOptionsSchema>

/** Options of {@link evaluateHeavyPollutionDaysRatio}, the same as the good-days ratio's. @category Air */
export const EvaluateHeavyPollutionDaysRatioOptionsSchema = airDaysOptions()
/** @category Air */
export type EvaluateHeavyPollutionDaysRatioOptions = z.input<
  typeof EvaluateHeavyPollutionDaysRatioOptionsSchema
>

/** Options of {@link evaluateSeverePollutionDaysRatio}, the same as the good-days ratio's. @category Air */
export const EvaluateSeverePollutionDaysRatioOptionsSchema = airDaysOptions()
/** @category Air */
export type EvaluateSeverePollutionDaysRatioOptions = z.input<
  typeof EvaluateSeverePollutionDaysRatioOptionsSchema
>

const fill = (o: z.output<ReturnType<typeof airDaysOptions>>) =>
  contextOf({ asOf: o.asOf, schedule: o.schedule, air: o })
const GOOD = defineOptions('evaluateGoodDaysRatio', EvaluateGoodDaysRatioOptionsSchema, fill)
const HEAVY = defineOptions(
  'evaluateHeavyPollutionDaysRatio',
  EvaluateHeavyPollutionDaysRatioOptionsSchema,
  fill,
)
const SEVERE = defineOptions(
  'evaluateSeverePollutionDaysRatio',
  EvaluateSeverePollutionDaysRatioOptionsSchema,
  fill,
)

/**
 * Evaluates the good-air-days ratio (优良天数比例): days with daily AQI ≤ 100 / valid days ×
 * 100 %, from daily city values (HJ 633-2012 daily AQI; a day is valid when its AQI can be
 * computed from every daily indicator, project decision 5). Dust-affected days (`dustDay`
 * observations) are deducted by default and both figures are returned (decision 7). At the end
 * of the year the GB 3095 annual validity (324 days) is required before a verdict.
 *
 * Within the year the reachability gives the non-good days the rest of the year can absorb,
 * with every remaining day counted as valid; `unreachable` once even all-good remaining days
 * fall short. A region (a scope with `members`) is judged on the mean of its members' ratios,
 * and a period over several years on the year evaluated against its milestone (时序进度).
 *
 * @param target - a `goodDaysRatio` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 *   (or of its members) are read; checked as {@link validateObservations} does unless they come
 *   from it
 * @param options - `asOf`, `schedule` and the air options
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Air
 * @see HJ 633-2012 表2; GB 3095-2012 表4; 环办监测〔2016〕120号
 * @example
 * ```ts
 * import { evaluateGoodDaysRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.good-days-ratio')!
 * const day = (date: string, pm25: number) => ({ kind: 'airDaily' as const, scope: 'central-city',
 *   date, so2: 10, no2: 20, co: 0.5, pm10: 40, pm25, o3_1h: 80, o3_8h: 70 })
 * // 9 good days (PM2.5 30) and 1 lightly polluted day (PM2.5 90) up to 10 January
 * const days = Array.from({ length: 10 }, (_, i) => day(`2022-01-${String(i + 1).padStart(2, '0')}`, i === 4 ? 90 : 30))
 * const r = evaluateGoodDaysRatio(t, days, { asOf: '2022-01-10' })
 * r.status                            //=> 'atRisk'  (90 % so far, below 91.6 %)
 * r.actual?.published                 //=> 90
 * r.reachability?.requirement.value   //=> 29  (365 days need 335 good: 30 non-good, 1 used)
 * ```
 */
export function evaluateGoodDaysRatio(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateGoodDaysRatioOptions,
): TargetResult {
  return judgeWith(EVALUATORS.goodDaysRatio, target, observations, GOOD.resolve(options))
}

/**
 * Evaluates the heavy-pollution days ratio (重污染天数比率, also written 重度及以上污染天数比率): days
 * with daily AQI > 200 (重度 201–300 and 严重 > 300) / valid days × 100 %. Against a 0 % target
 * the first heavy day decides `notMet`, since even one day in a year publishes as at least
 * 0.3 %; against a limit such as ≤ 0.5 % the reachability says how many more heavy days the
 * year can absorb. A decrease relative to a base year, a region and a multi-year period are
 * judged as for the other air targets.
 *
 * @param target - a `heavyPollutionDaysRatio` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 * @param options - `asOf`, `schedule` and the air options
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Air
 * @see HJ 633-2012 表2 (重度污染 201–300, 严重污染 > 300)
 * @example
 * ```ts
 * import { evaluateHeavyPollutionDaysRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.heavy-pollution-days-ratio')!
 * const r = evaluateHeavyPollutionDaysRatio(t, [{ kind: 'airDaily', scope: 'central-city', date: '2022-01-05',
 *   so2: 10, no2: 40, co: 1.5, pm10: 260, pm25: 180, o3_1h: 40, o3_8h: 30 }], { asOf: '2022-01-31' })
 * r.status //=> 'notMet'  (PM2.5 180 → IAQI 230 > 200)
 * ```
 */
export function evaluateHeavyPollutionDaysRatio(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateHeavyPollutionDaysRatioOptions,
): TargetResult {
  return judgeWith(EVALUATORS.heavyPollutionDaysRatio, target, observations, HEAVY.resolve(options))
}

/**
 * Evaluates the severe-pollution days ratio (严重污染天数比率): days with daily AQI > 300 (HJ 633
 * level 6) / valid days × 100 %, with the same valid-day, dust and annual-validity rules as the
 * other ratios. (The 重度及以上 ratio of plans is {@link evaluateHeavyPollutionDaysRatio}: AQI
 * > 200.)
 *
 * @param target - a `severePollutionDaysRatio` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 * @param options - `asOf`, `schedule` and the air options
 * @returns the verdict
 * @throws TypeError for a target of another metric (a programming error)
 * @throws {@link InputError} for a malformed target, observation or option
 * @category Air
 * @see HJ 633-2012 表2 (严重污染 > 300)
 * @example
 * ```ts
 * import { evaluateSeverePollutionDaysRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const heavy = TARGETS_2022.find((t) => t.id === 'air.heavy-pollution-days-ratio')!
 * const t = { ...heavy, id: 'air.severe', metric: 'severePollutionDaysRatio' as const, value: 0.5 }
 * const day = (date: string, pm25: number) => ({ kind: 'airDaily' as const, date,
 *   so2: 10, no2: 40, co: 1, pm10: 100, pm25, o3_1h: 40, o3_8h: 30 })
 * // PM2.5 260 → IAQI 330 (严重); 180 → 230 (重度, not counted)
 * const r = evaluateSeverePollutionDaysRatio(t, [day('2022-01-01', 260), day('2022-01-02', 180)], { asOf: '2022-01-02' })
 * r.actual?.published                //=> 50
 * // the year may hold 2 severe days (2 / 365 = 0.548 % → 0.5 %; 3 are 0.82 %): 1 more
 * r.reachability?.requirement.value  //=> 1
 * ```
 */
export function evaluateSeverePollutionDaysRatio(
  target: Target,
  observations: readonly ObservationInput[],
  options: EvaluateSeverePollutionDaysRatioOptions,
): TargetResult {
  return judgeWith(
    EVALUATORS.severePollutionDaysRatio,
    target,
    observations,
    SEVERE.resolve(options),
  )
}
