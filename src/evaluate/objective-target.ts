import type { Plan } from '../schemas/plan.js'
import type { Target } from '../schemas/target.js'
import type { Task } from '../schemas/task.js'
import { METRICS } from '../schemas/vocabulary.js'

/**
 * Turns a task's measurable objective into a target the evaluators can judge: a rate objective
 * (废铅蓄电池规范化收集率 ≥ 50 %) keeps its value; a counted objective with a metric (13 重点排放单位
 * 清缴履约) becomes "all of them", 100 %. Returns `undefined` for objectives no metric measures.
 *
 * @param plan - the plan the task belongs to (for its period)
 * @param task - the task
 * @returns a target with the task's id, or `undefined`
 * @category Tasks
 * @example
 * ```ts
 * import { objectiveTarget } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks.find((t) => t.objective?.kind === 'rate')!
 * objectiveTarget(plan2022, task)?.value //=> 50
 * ```
 */
export function objectiveTarget(plan: Plan, task: Task): Target | undefined {
  const objective = task.objective
  const metricId = objective?.metric
  if (!objective || !metricId) return undefined
  const metric = METRICS[metricId]
  return {
    id: task.id,
    pillar: task.pillar,
    domain: task.domain,
    title: objective.subject,
    metric: metricId,
    comparator: 'atLeast',
    value: objective.kind === 'rate' ? objective.value : 100,
    unit: metric.unit,
    precision: metric.precision,
    scope: { id: 'city', zh: '全市', en: 'Whole city' },
    period: plan.period,
    ruleSet: metric.ruleSet,
    source: task.source,
  }
}
