import type { MetricId, Plan, Task, TaskStatusUpdate } from '../../src/index.js'
import { hashText, mulberry32, round } from './prng.js'

/** The two reporting dates of the sample. */
export const STATUS_DATES = { midYear: '2022-06-30', yearEnd: '2022-12-31' } as const

/** Year-end values of rate objectives the sample also has data for. */
const RATE_RESULTS: Partial<Record<MetricId, number>> = {
  batteryCollectionRate: round((2146.5 / 4030) * 100, 1),
}

interface Roles {
  readonly blockedMidYear?: string | undefined
  readonly blockedYearEnd?: string | undefined
  readonly notApplicable?: string | undefined
  readonly unfinished: ReadonlySet<string>
  readonly shortCount?: string | undefined
}

/**
 * Picks, for whatever tasks the plan has, the few that get an unusual story: blocked at mid-year
 * (then done), blocked at year end, not applicable, still in progress at year end, and a counted
 * task that falls short. The order is a hash of the id, so the picks are stable.
 */
function assignRoles(tasks: readonly Task[], seed: number): Roles {
  const order = [...tasks].sort(
    (a, b) => hashText(`${seed}:${a.id}`) - hashText(`${seed}:${b.id}`) || a.id.localeCompare(b.id),
  )
  const finite = order.filter((t) => t.kind === 'oneOff' || t.kind === 'document').map((t) => t.id)
  const counted = order.find((t) => t.objective?.kind === 'count' && t.objective.value > 1)
  return {
    blockedMidYear: finite[0],
    blockedYearEnd: finite[1],
    notApplicable: finite[2],
    unfinished: new Set(finite.slice(3, 5)),
    shortCount: counted?.id,
  }
}

const evidence = (task: Task, date: string) =>
  `https://example.org/eco-targets-sample/2022/${task.id}/${date}`

function counted(task: Task, progress: number, date: string, done: boolean): TaskStatusUpdate {
  const objective = task.objective
  const note =
    objective?.kind === 'count'
      ? `已完成${progress}${objective.unit.zh}，目标${objective.value}${objective.unit.zh}`
      : `${progress}%（目标${objective?.value}%）`
  return {
    task: task.id,
    date,
    status: done ? 'done' : 'inProgress',
    progress,
    note,
    ...(done ? { evidence: evidence(task, date) } : {}),
  }
}

function midYear(task: Task, roles: Roles, r: number): TaskStatusUpdate {
  const date = STATUS_DATES.midYear
  const base = { task: task.id, date }
  if (task.id === roles.notApplicable) {
    return { ...base, status: 'notApplicable', note: '本年度本市不涉及' }
  }
  if (task.id === roles.blockedMidYear) {
    return { ...base, status: 'blocked', note: '等待资金批复' }
  }
  const finishedWindows = task.windows?.length && task.windows.every((w) => w.end <= date)
  const objective = task.objective
  if (finishedWindows || (task.due !== undefined && task.due <= date)) {
    if (objective?.kind === 'count') return counted(task, objective.value, date, true)
    return { ...base, status: 'done', evidence: evidence(task, date) }
  }
  if (objective?.kind === 'count') {
    const progress = Math.round((objective.value * 2) / 3)
    return counted(task, progress, date, progress >= objective.value)
  }
  if (objective?.kind === 'rate') {
    const final = RATE_RESULTS[objective.metric] ?? objective.value + 2
    return counted(task, round(final * 0.75, 1), date, false)
  }
  if (task.kind === 'document' && r < 0.3) {
    return { ...base, status: 'done', evidence: evidence(task, date) }
  }
  if (task.kind === 'oneOff' && r < 0.25) return { ...base, status: 'done' }
  if (task.kind === 'oneOff' && r >= 0.85) {
    return { ...base, status: 'notStarted', note: '计划下半年开展' }
  }
  return { ...base, status: 'inProgress' }
}

function yearEnd(task: Task, roles: Roles, r: number): TaskStatusUpdate {
  const date = STATUS_DATES.yearEnd
  const base = { task: task.id, date }
  if (task.id === roles.notApplicable) {
    return { ...base, status: 'notApplicable', note: '本年度本市不涉及' }
  }
  if (task.id === roles.blockedYearEnd) {
    return { ...base, status: 'blocked', note: '等待其他部门审批' }
  }
  if (roles.unfinished.has(task.id)) {
    return { ...base, status: 'inProgress', note: '结转至2023年' }
  }
  const objective = task.objective
  if (objective?.kind === 'count') {
    const short = task.id === roles.shortCount
    const progress = short
      ? objective.value - Math.max(1, Math.round(objective.value / 20))
      : objective.value
    return counted(task, progress, date, !short)
  }
  if (objective?.kind === 'rate') {
    const final = RATE_RESULTS[objective.metric] ?? objective.value + 2
    return counted(task, final, date, final >= objective.value)
  }
  if (task.kind === 'ongoing') {
    return {
      ...base,
      status: 'done',
      note: '全年持续开展',
      ...(r < 0.5 ? { evidence: evidence(task, date) } : {}),
    }
  }
  return {
    ...base,
    status: 'done',
    ...(task.kind === 'document' || r < 0.6 ? { evidence: evidence(task, date) } : {}),
  }
}

/**
 * Status updates for every task of a plan as of mid-year and at year end. Each task's story
 * depends only on its id, kind, objective, windows and due date, so the generator works for
 * whatever tasks the plan holds: counted tasks report progress (two thirds of the count at
 * mid-year, e.g. 30 of 45 villages), and a few tasks are blocked, not applicable or unfinished.
 *
 * @param plan - the plan
 * @param seed - the generator seed
 * @returns the updates of each date, in plan order
 */
export function generateTaskStatus(
  plan: Plan,
  seed: number,
): { midYear: TaskStatusUpdate[]; yearEnd: TaskStatusUpdate[] } {
  const roles = assignRoles(plan.tasks, seed)
  const draws = plan.tasks.map((t) => mulberry32(seed ^ hashText(t.id))())
  return {
    midYear: plan.tasks.map((t, i) => midYear(t, roles, draws[i] as number)),
    yearEnd: plan.tasks.map((t, i) => yearEnd(t, roles, draws[i] as number)),
  }
}
