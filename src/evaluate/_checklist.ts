import { expect, issue } from '../_lib/errors/catalogue.js'
import { InputError } from '../_lib/errors/input-error.js'
import type { IssuePathSegment } from '../_lib/errors/issue.js'
import type { Checklist, TaskProgress } from '../schemas/checklist.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import type { Task } from '../schemas/task.js'
import type { TaskStatusUpdate } from '../schemas/task-status.js'
import { dueDateOf } from './due-date.js'

const TROUBLE = new Set(['atRisk', 'unreachable', 'notMet'])

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
 * The checklist of validated updates; an update naming a task the plan does not have is an
 * input error at `[...prefix, i, 'task']`.
 */
export function checklistOf(
  plan: Plan,
  updates: readonly TaskStatusUpdate[],
  asOf: string,
  targetResults: readonly Pick<TargetResult, 'target' | 'status'>[],
  prefix: readonly IssuePathSegment[],
): Checklist {
  const known = plan.tasks.map((t) => t.id)
  const knownSet = new Set(known)
  const unknown = updates.flatMap((u, i) => (knownSet.has(u.task) ? [] : [[u.task, i] as const]))
  if (unknown.length) {
    throw new InputError(
      'task status updates',
      unknown.map(([id, i]) =>
        issue({
          code: 'invalid_value',
          path: [...prefix, i, 'task'],
          expected: expect.knownId({ zh: '任务', en: 'task' }, known),
          received: id,
        }),
      ),
    )
  }
  const atRiskTargets = targetResults.filter((r) => TROUBLE.has(r.status))
  const atRisk = new Set(atRiskTargets.map((r) => r.target))
  const tasks = plan.tasks.map((t) => progressOfTask(t, plan, updates, asOf, atRisk))
  const byPillar = groupBy(tasks, (t) => t.pillar)
  const byDomain = groupBy(tasks, (t) => t.domain)
  return {
    asOf,
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
