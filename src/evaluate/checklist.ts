import type { Checklist, TaskProgress } from '../schemas/checklist.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import type { Task } from '../schemas/task.js'
import type { TaskStatusUpdate } from '../schemas/task-status.js'

/** Options of {@link evaluateChecklist}. @category Tasks */
export interface EvaluateChecklistOptions {
  /** The date the checklist is drawn up as of (YYYY-MM-DD). */
  readonly asOf: string
  /** Target results, to list the tasks serving targets that are at risk. */
  readonly targetResults?: readonly TargetResult[]
}

const TROUBLE = new Set(['atRisk', 'unreachable', 'notMet'])

/**
 * The due date of a task: its own, else the end of its last window, else the end of the plan period.
 *
 * @param task - a task of `plan`
 * @param plan - the plan (for its period)
 * @returns the due date, `YYYY-MM-DD`
 * @category Tasks
 * @example
 * ```ts
 * import { dueDateOf } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * dueDateOf(plan2022.tasks.find((t) => t.id === 'air.winter-games')!, plan2022) //=> '2022-03-13'
 * dueDateOf(plan2022.tasks[0]!, plan2022) //=> '2022-12-31'
 * ```
 */
export function dueDateOf(task: Task, plan: Plan): string {
  if (task.due) return task.due
  const ends = (task.windows ?? []).map((w) => w.end).sort()
  return ends.at(-1) ?? plan.period.end
}

function progressOfTask(
  task: Task,
  plan: Plan,
  updates: readonly TaskStatusUpdate[],
  asOf: string,
  atRisk: ReadonlySet<string>,
): TaskProgress {
  let last: TaskStatusUpdate | undefined
  for (const u of updates)
    if (u.task === task.id && u.date <= asOf && (!last || u.date >= last.date)) last = u
  const flags: TaskProgress['flags'] = []
  let status = last?.status ?? 'notStarted'
  if (!last) flags.push('noUpdate')
  const objective = task.objective
  let progress: TaskProgress['progress'] = null
  if (objective) {
    const value = last?.progress ?? null
    const unit = objective.kind === 'rate' ? '%' : objective.unit.en
    progress = {
      value,
      objective: objective.value,
      unit,
      ratio: value === null ? null : value / objective.value,
    }
    const reached = value !== null && value >= objective.value
    // A counted task is done only when its count is reached, whatever the update says.
    if (status === 'done' && !reached) {
      status = 'inProgress'
      flags.push('doneBelowObjective')
    } else if (reached && status !== 'done' && status !== 'notApplicable') {
      status = 'done'
      flags.push('objectiveReached')
    }
  }
  const due = dueDateOf(task, plan)
  const overdue = asOf > due && status !== 'done' && status !== 'notApplicable'
  if ((task.windows ?? []).some((w) => w.start <= asOf && asOf <= w.end)) flags.push('inWindow')
  if (task.targets.some((t) => atRisk.has(t))) flags.push('servesAtRiskTarget')
  return {
    task: task.id,
    pillar: task.pillar,
    domain: task.domain,
    title: { zh: task.text.zh, en: task.text.en },
    status,
    reportedStatus: last?.status ?? null,
    lastUpdate: last
      ? {
          date: last.date,
          ...(last.note ? { note: last.note } : {}),
          ...(last.evidence ? { evidence: last.evidence } : {}),
        }
      : null,
    progress,
    due,
    overdue,
    targets: [...task.targets],
    flags,
  }
}

function countsOf(items: readonly TaskProgress[]) {
  const c = {
    total: items.length,
    notStarted: 0,
    inProgress: 0,
    done: 0,
    blocked: 0,
    notApplicable: 0,
    overdue: 0,
  }
  for (const t of items) {
    c[t.status]++
    if (t.overdue) c.overdue++
  }
  return c
}

function groupBy<K extends string>(
  items: readonly TaskProgress[],
  key: (t: TaskProgress) => K,
): Map<K, TaskProgress[]> {
  const groups = new Map<K, TaskProgress[]>()
  for (const t of items) groups.set(key(t), [...(groups.get(key(t)) ?? []), t])
  return groups
}

/**
 * Draws up the task checklist as of a date from status updates: each task's latest update on or
 * before the date (none means not started), counted tasks done only when their count is reached,
 * due dates (the task's own, the end of its last window, else the end of the plan year) and
 * overdue tasks, with counts by pillar and domain and the tasks serving targets at risk.
 *
 * @param plan - the plan
 * @param updates - status updates (validated; unknown task ids are rejected)
 * @param options - `asOf`, and target results to link tasks to targets at risk
 * @returns the checklist
 * @throws RangeError when an update names a task the plan does not have
 * @category Tasks
 * @example
 * ```ts
 * import { evaluateChecklist } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks[0]!
 * const c = evaluateChecklist(plan2022, [
 *   { task: task.id, date: '2022-03-01', status: 'done' },
 * ], { asOf: '2022-06-30' })
 * c.totals.done //=> 1
 * ```
 */
export function evaluateChecklist(
  plan: Plan,
  updates: readonly TaskStatusUpdate[],
  options: EvaluateChecklistOptions,
): Checklist {
  const known = new Set(plan.tasks.map((t) => t.id))
  const unknown = updates.map((u, i) => [u.task, i] as const).filter(([id]) => !known.has(id))
  if (unknown.length) {
    throw new RangeError(
      `status updates name tasks the plan does not have: ${unknown.map(([id, i]) => `[${i}] ${id}`).join(', ')}`,
    )
  }
  const atRiskTargets = (options.targetResults ?? []).filter((r) => TROUBLE.has(r.status))
  const atRisk = new Set(atRiskTargets.map((r) => r.target))
  const tasks = plan.tasks.map((t) => progressOfTask(t, plan, updates, options.asOf, atRisk))
  const byPillar = groupBy(tasks, (t) => t.pillar)
  const byDomain = groupBy(tasks, (t) => t.domain)
  return {
    asOf: options.asOf,
    tasks,
    totals: countsOf(tasks),
    byPillar: plan.pillars.map((p) => ({ pillar: p.id, ...countsOf(byPillar.get(p.id) ?? []) })),
    byDomain: [...byDomain].map(([domain, items]) => ({ domain, ...countsOf(items) })),
    overdue: tasks.filter((t) => t.overdue).map((t) => t.task),
    counted: tasks.filter((t) => t.progress !== null).map((t) => t.task),
    atRisk: atRiskTargets.map((r) => ({
      target: r.target,
      status: r.status,
      tasks: plan.tasks.filter((t) => t.targets.includes(r.target)).map((t) => t.id),
    })),
  }
}
