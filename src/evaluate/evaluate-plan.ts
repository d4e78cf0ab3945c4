import { IsoDateSchema } from '../schemas/common.js'
import type { AirCalendarDay, PlanEvaluation } from '../schemas/evaluation.js'
import {
  type Observation,
  type ObservationInput,
  ObservationsSchema,
} from '../schemas/observation.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult, TargetStatus } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { type TaskStatusUpdateInput, TaskStatusUpdatesSchema } from '../schemas/task-status.js'
import { parseInput } from '../schemas/validate.js'
import type { MetricId } from '../schemas/vocabulary.js'
import { type AirTargetOptions, airSummaryFor } from './_air-summary.js'
import { insufficientResult, periodFor } from './_result.js'
import { evaluateGoodDaysRatio, evaluateHeavyPollutionDaysRatio } from './air-days.js'
import {
  type EvaluateAllowanceComplianceOptions,
  evaluateAllowanceCompliance,
} from './allowance-compliance.js'
import { evaluateBatteryCollectionRate } from './battery-collection.js'
import { evaluateChecklist } from './checklist.js'
import {
  type EvaluateDrinkingWaterRatioOptions,
  evaluateDrinkingWaterRatio,
} from './drinking-water.js'
import { type EvaluateEmissionTotalOptions, evaluateEmissionTotal } from './emissions.js'
import { evaluateFarmlandSafeUse } from './farmland.js'
import { evaluateContaminatedLandSafeUse } from './land-plots.js'
import { objectiveTarget } from './objective-target.js'
import { evaluatePm25Mean } from './pm25-mean.js'
import { type EvaluateSectionsRatioOptions, evaluateSectionsRatio } from './water-sections.js'

/** Options of {@link evaluatePlan}. @category Report */
export interface EvaluatePlanOptions {
  /** The date the evaluation is made as of (YYYY-MM-DD). */
  readonly asOf: string
  /** Task status updates for the checklist; without them the checklist is omitted. */
  readonly taskUpdates?: readonly TaskStatusUpdateInput[]
  /** Air options: dust deduction, valid-day rule, annual validity. */
  readonly air?: AirTargetOptions
  readonly sections?: Omit<EvaluateSectionsRatioOptions, 'asOf'>
  readonly drinkingWater?: Omit<EvaluateDrinkingWaterRatioOptions, 'asOf' | 'level'>
  readonly emissions?: Omit<EvaluateEmissionTotalOptions, 'asOf'>
  readonly allowances?: Omit<EvaluateAllowanceComplianceOptions, 'asOf'>
}

type Evaluator = (
  target: Target,
  observations: readonly Observation[],
  options: EvaluatePlanOptions,
) => TargetResult

const EVALUATORS: Partial<Record<MetricId, Evaluator>> = {
  goodDaysRatio: (t, o, opts) => evaluateGoodDaysRatio(t, o, { ...opts.air, asOf: opts.asOf }),
  pm25Mean: (t, o, opts) => evaluatePm25Mean(t, o, { ...opts.air, asOf: opts.asOf }),
  heavyPollutionDaysRatio: (t, o, opts) =>
    evaluateHeavyPollutionDaysRatio(t, o, { ...opts.air, asOf: opts.asOf }),
  sectionsClassIToIIIRatio: (t, o, opts) =>
    evaluateSectionsRatio(t, o, { ...opts.sections, asOf: opts.asOf }),
  sectionsWorseThanVRatio: (t, o, opts) =>
    evaluateSectionsRatio(t, o, { ...opts.sections, asOf: opts.asOf }),
  drinkingWaterClassIIIRatio: (t, o, opts) =>
    evaluateDrinkingWaterRatio(t, o, { ...opts.drinkingWater, asOf: opts.asOf }),
  emissionTotal: (t, o, opts) =>
    evaluateEmissionTotal(t, o, { ...opts.emissions, asOf: opts.asOf }),
  farmlandSafeUseRatio: (t, o, opts) => evaluateFarmlandSafeUse(t, o, opts),
  contaminatedLandSafeUseRatio: (t, o, opts) => evaluateContaminatedLandSafeUse(t, o, opts),
  batteryCollectionRate: (t, o, opts) => evaluateBatteryCollectionRate(t, o, opts),
  allowanceComplianceRatio: (t, o, opts) =>
    evaluateAllowanceCompliance(t, o, { ...opts.allowances, asOf: opts.asOf }),
}

const STATUSES: readonly TargetStatus[] = [
  'met',
  'notMet',
  'onTrack',
  'atRisk',
  'unreachable',
  'insufficientData',
]

function tally(results: readonly TargetResult[]): Record<TargetStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>
  for (const r of results) counts[r.status]++
  return counts
}

/** The daily AQI calendar of the scope of the plan's first good-days target. */
function airCalendarOf(
  plan: Plan,
  observations: readonly Observation[],
  options: EvaluatePlanOptions,
): AirCalendarDay[] {
  const target = plan.targets.find((t) => t.metric === 'goodDaysRatio')
  const summary = target
    ? airSummaryFor(target, observations, options.asOf, options.air ?? {})
    : null
  return (summary?.days ?? []).map((d) => ({
    date: d.date,
    aqi: d.aqi,
    level: d.level,
    primary: [...d.primaryPollutants],
    dust: d.dust,
    valid: d.valid,
  }))
}

function unsupported(target: Target, options: EvaluatePlanOptions): TargetResult {
  return insufficientResult({
    target,
    progress: periodFor(target, options.asOf),
    coverage: { unit: 'records', used: 0, excluded: [] },
    explanation: {
      zh: `没有计算指标 ${target.metric} 的方法。`,
      en: `No evaluator computes the metric ${target.metric}.`,
    },
  })
}

/**
 * Evaluates a plan on observations as of a date: every target's verdict with its margin and
 * within-year reachability, the measurable task objectives (battery collection, allowance
 * compliance), and the task checklist when status updates are given. Pure and synchronous: the
 * observations and updates are validated with zod and never changed.
 *
 * @param plan - the plan (for example `plan2022` from `eco-targets/plan-2022`)
 * @param observations - observations of any kind ({@link ObservationSchema}); unknown fields,
 *   bad values and impossible dates are rejected with their path
 * @param options - `asOf`, task updates, and options per target kind
 * @returns the evaluation, described by {@link PlanEvaluationSchema}
 * @throws {@link InputError} when an observation or update does not match its schema
 * @category Report
 * @example
 * ```ts
 * import { evaluatePlan } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const evaluation = evaluatePlan(plan2022, [
 *   { kind: 'landPlot', plot: 'p1', year: 2022, safeUse: true },
 * ], { asOf: '2022-12-31' })
 * evaluation.targets.find((t) => t.target === 'soil.contaminated-land-safe-use')?.status //=> 'met'
 * evaluation.targets.find((t) => t.target === 'soil.farmland-safe-use')?.status          //=> 'insufficientData'
 * ```
 */
export function evaluatePlan(
  plan: Plan,
  observations: readonly ObservationInput[] | readonly unknown[],
  options: EvaluatePlanOptions,
): PlanEvaluation {
  const asOf = parseInput(IsoDateSchema, options.asOf, 'asOf')
  const parsed = parseInput(ObservationsSchema, observations, 'observations')
  const opts = { ...options, asOf }
  const judge = (t: Target) =>
    (EVALUATORS[t.metric] ?? ((x: Target) => unsupported(x, opts)))(t, parsed, opts)
  const targets = plan.targets.map(judge)
  const objectives = plan.tasks.flatMap((task) => {
    const t = objectiveTarget(plan, task)
    return t ? [judge(t)] : []
  })
  const updates = options.taskUpdates
    ? parseInput(TaskStatusUpdatesSchema, options.taskUpdates, 'taskUpdates')
    : null
  return {
    plan: { id: plan.id, title: plan.title, year: plan.year, period: plan.period },
    asOf,
    targets,
    objectives,
    checklist: updates ? evaluateChecklist(plan, updates, { asOf, targetResults: targets }) : null,
    airCalendar: airCalendarOf(plan, parsed, opts),
    summary: { targets: tally(targets), objectives: tally(objectives) },
  }
}
