import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { AirCalendarDay, PlanEvaluation } from '../schemas/evaluation.js'
import type { Observation, ObservationInput } from '../schemas/observation/index.js'
import { type Plan, PlanSchema } from '../schemas/plan.js'
import type { TargetResult, TargetStatus } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { TaskStatusUpdatesSchema } from '../schemas/task-status.js'
import { parseInput } from '../schemas/validate.js'
import { airSummaryFor } from './_air-summary.js'
import { checklistOf } from './_checklist.js'
import { evaluateTarget } from './_forms/index.js'
import { scheduleOf } from './_forms/schedule.js'
import { contextOf, type EvaluationContext } from './_kernel.js'
import { EVALUATORS } from './_kernels/index.js'
import { checkObservations } from './_observations.js'
import {
  AIR_OPTIONS,
  ALLOWANCE_OPTIONS,
  asOfOption,
  DRINKING_WATER_OPTIONS,
  EMISSION_OPTIONS,
  SECTIONS_OPTIONS,
  scheduleOption,
} from './_options.js'
import { objectiveTarget } from './objective-target.js'

/**
 * Options of {@link evaluatePlan}: the date, task status updates for the checklist, the rule
 * for the years before a multi-year target's last (`schedule`), and the options of each kind of
 * target, grouped (`air`, `sections`, `drinkingWater`, `emissions`, `allowances`). Unknown keys,
 * at any level, are rejected.
 *
 * @category Report
 */
export const EvaluatePlanOptionsSchema = z
  .object({
    asOf: asOfOption,
    taskUpdates: TaskStatusUpdatesSchema.optional().describe(
      'Task status updates for the checklist; without them the checklist is omitted',
    ),
    schedule: scheduleOption,
    air: z.object(AIR_OPTIONS).strict().optional().describe('Options of the air targets'),
    sections: z
      .object(SECTIONS_OPTIONS)
      .strict()
      .optional()
      .describe('Options of the surface-water section targets'),
    drinkingWater: z
      .object(DRINKING_WATER_OPTIONS)
      .strict()
      .optional()
      .describe('Options of the drinking-water targets'),
    emissions: z
      .object(EMISSION_OPTIONS)
      .strict()
      .optional()
      .describe('Options of the emission totals'),
    allowances: z
      .object(ALLOWANCE_OPTIONS)
      .strict()
      .optional()
      .describe('Options of the carbon-allowance objective'),
  })
  .strict()
  .describe('Options of evaluatePlan')
/** @category Report */
export type EvaluatePlanOptions = z.input<typeof EvaluatePlanOptionsSchema>

const OPTIONS = defineOptions('evaluatePlan', EvaluatePlanOptionsSchema, (o) => ({
  context: contextOf(o),
  taskUpdates: o.taskUpdates ?? null,
}))

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

/**
 * The daily AQI calendar of the scope of the plan's first good-days target of one scope (of the
 * year evaluated, for a multi-year target).
 */
function airCalendarOf(
  plan: Plan,
  observations: readonly Observation[],
  context: EvaluationContext,
): AirCalendarDay[] {
  const target = plan.targets.find((t) => t.metric === 'goodDaysRatio' && !t.scope.members)
  if (!target) return []
  const yearTarget = scheduleOf(target, observations, context)?.target ?? target
  const summary = airSummaryFor(yearTarget, observations, context.asOf, context.air)
  return (summary?.days ?? []).map((d) => ({
    date: d.date,
    aqi: d.aqi,
    level: d.level,
    primary: [...d.primaryPollutants],
    dust: d.dust,
    valid: d.valid,
  }))
}

/**
 * Evaluates a plan on observations as of a date: every target's verdict with its margin and
 * within-year reachability, the measurable task objectives (battery collection, allowance
 * compliance), and the task checklist when status updates are given. Pure and synchronous: the
 * plan, the observations and the updates are validated and never changed.
 *
 * Observations are checked as {@link validateObservations} checks them (the same function the
 * `validate` command uses); data of unknown shape can go through it first, and a list it
 * returned is not checked again. Every target form is judged: decreases relative to a base
 * year, regions (scopes with members), and periods over several years (时序进度).
 *
 * @param plan - the plan (for example `plan2022` from `eco-targets/plan-2022`, or one read by
 *   {@link readPlanFile}); checked against {@link PlanSchema}
 * @param observations - observations of any kind ({@link ObservationSchema}); unknown fields,
 *   bad values, impossible dates, duplicates and contradictions are rejected with their path
 * @param options - `asOf`, task updates, `schedule`, and options per kind of target
 * @returns the evaluation, described by {@link PlanEvaluationSchema}, with the options used
 * @throws {@link InputError} when the plan, an observation, an update or an option does not
 *   match (paths `plan…`, `observations[i]…`, `options…`)
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
  observations: readonly ObservationInput[],
  options: EvaluatePlanOptions,
): PlanEvaluation {
  const { context, taskUpdates } = OPTIONS.resolve(options)
  const checkedPlan = parseInput(PlanSchema, plan, 'plan')
  const checked = checkObservations(observations)
  const judge = (t: Target) => evaluateTarget(t, checked, context, EVALUATORS[t.metric])
  const targets = checkedPlan.targets.map(judge)
  const objectives = checkedPlan.tasks.flatMap((task) => {
    const t = objectiveTarget(checkedPlan, task)
    return t ? [judge(t)] : []
  })
  const checklist = taskUpdates
    ? checklistOf(checkedPlan, taskUpdates, context.asOf, targets, ['options', 'taskUpdates'])
    : null
  return {
    plan: {
      id: checkedPlan.id,
      title: checkedPlan.title,
      year: checkedPlan.year,
      period: checkedPlan.period,
    },
    asOf: context.asOf,
    targets,
    objectives,
    checklist,
    airCalendar: airCalendarOf(checkedPlan, checked, context),
    summary: { targets: tally(targets), objectives: tally(objectives) },
    options: context,
  }
}
