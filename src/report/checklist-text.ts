import { renderTextTable } from '../_lib/text-table.js'
import type { Checklist } from '../schemas/checklist.js'
import type { Plan } from '../schemas/plan.js'
import { DOMAINS, type Domain } from '../schemas/vocabulary.js'
import { type Lang, TASK_STATUS_LABELS } from './labels.js'

type ChecklistTask = Checklist['tasks'][number]
const STATUSES = ['done', 'inProgress', 'notStarted', 'blocked', 'notApplicable'] as const

/** How many tasks have each status, and how many are overdue. @category Report */
export interface ChecklistCounts {
  readonly total: number
  readonly done: number
  readonly inProgress: number
  readonly notStarted: number
  readonly blocked: number
  readonly notApplicable: number
  readonly overdue: number
}

/** The counts of a checklist, overall, by pillar and by domain. @category Report */
export interface ChecklistSummary {
  readonly totals: ChecklistCounts
  /** The pillars that have tasks, in plan order. */
  readonly byPillar: readonly (ChecklistCounts & { readonly pillar: string })[]
  /** The domains that have tasks, in the order of their first task. */
  readonly byDomain: readonly (ChecklistCounts & { readonly domain: Domain })[]
  /** The ids of the overdue tasks. */
  readonly overdue: readonly string[]
  /** The ids of the counted tasks (those with progress). */
  readonly counted: readonly string[]
}

function countsOf(tasks: readonly ChecklistTask[]): ChecklistCounts {
  const c = {
    total: tasks.length,
    done: 0,
    inProgress: 0,
    notStarted: 0,
    blocked: 0,
    notApplicable: 0,
    overdue: 0,
  }
  for (const t of tasks) {
    c[t.status]++
    if (t.overdue) c.overdue++
  }
  return c
}

/**
 * The counts of a checklist's tasks: overall, by pillar (in plan order, pillars with tasks
 * only) and by domain, with the overdue and the counted tasks.
 *
 * @param plan - the plan the checklist was drawn up for (its pillars give the order)
 * @param checklist - the checklist, or part of it (its `tasks` filtered)
 * @returns the summary
 * @category Report
 * @example
 * ```ts
 * import { evaluateChecklist, summarizeChecklist } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const checklist = evaluateChecklist(plan2022, [], { asOf: '2022-06-30' })
 * summarizeChecklist(plan2022, checklist).totals.total === checklist.tasks.length //=> true
 * ```
 */
export function summarizeChecklist(plan: Plan, checklist: Checklist): ChecklistSummary {
  const { tasks } = checklist
  return {
    totals: countsOf(tasks),
    byPillar: plan.pillars
      .map((p) => ({ pillar: p.id, ...countsOf(tasks.filter((t) => t.pillar === p.id)) }))
      .filter((p) => p.total > 0),
    byDomain: [...new Set(tasks.map((t) => t.domain))].map((domain) => ({
      domain,
      ...countsOf(tasks.filter((t) => t.domain === domain)),
    })),
    overdue: tasks.filter((t) => t.overdue).map((t) => t.task),
    counted: tasks.filter((t) => t.progress).map((t) => t.task),
  }
}

const countRow = (name: string, c: ChecklistCounts) => [
  name,
  String(c.total),
  ...STATUSES.map((s) => String(c[s])),
  String(c.overdue),
]

function header(first: string, lang: Lang): string[] {
  return [
    first,
    lang === 'zh' ? '合计' : 'Total',
    ...STATUSES.map((s) => TASK_STATUS_LABELS[s][lang]),
    lang === 'zh' ? '逾期' : 'Overdue',
  ]
}

/** Options of {@link renderChecklistText}. @category Report */
export interface RenderChecklistTextOptions {
  /** Language of the words (default `zh`). */
  readonly lang?: Lang | undefined
  /** A line under the title (what the checklist was drawn from). */
  readonly note?: string | undefined
}

/** The counted tasks' lines: value / objective, share and status. */
function progressLines(plan: Plan, tasks: readonly ChecklistTask[], lang: Lang): string[] {
  const zh = lang === 'zh'
  const counted = tasks.filter((t) => t.progress)
  if (counted.length === 0) return [zh ? '  （无）' : '  (none)']
  return counted.map((t) => {
    const p = t.progress as NonNullable<ChecklistTask['progress']>
    const share = p.ratio === null ? '—' : `${Math.round(p.ratio * 100)} %`
    // the plan's counting word in the reader's language (家, 个), else the checklist's unit
    const objective = plan.tasks.find((x) => x.id === t.task)?.objective
    const unit = objective?.kind === 'count' ? objective.unit[lang] : p.unit
    const status = TASK_STATUS_LABELS[t.status][lang]
    const below = t.flags.includes('doneBelowObjective')
    return zh
      ? `  ${t.task}  ${p.value ?? '—'} / ${p.objective} ${unit}（${share}，${status}）${below ? '，报告完成但未达到数量' : ''}`
      : `  ${t.task}  ${p.value ?? '—'} / ${p.objective} ${unit} (${share}, ${status})${below ? ', reported done below its count' : ''}`
  })
}

/**
 * A task checklist as text, as `eco-targets tasks` prints it: tables of the counts by pillar
 * and by domain, the counted tasks' progress, the overdue tasks, and the blocked or not
 * started ones with their notes.
 *
 * @param plan - the plan the checklist was drawn up for
 * @param checklist - the checklist, or part of it (its `tasks` filtered)
 * @param options - language and a note under the title
 * @returns the text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * import { evaluateChecklist, renderChecklistText } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const checklist = evaluateChecklist(plan2022, [], { asOf: '2022-06-30' })
 * renderChecklistText(plan2022, checklist, { lang: 'en' }).split('\n')[0]
 * //=> '* City ecological-environment protection work plan, 2022: task checklist as of 2022-06-30'
 * ```
 */
export function renderChecklistText(
  plan: Plan,
  checklist: Checklist,
  options: RenderChecklistTextOptions = {},
): string {
  const lang = options.lang ?? 'zh'
  const zh = lang === 'zh'
  const { tasks } = checklist
  const summary = summarizeChecklist(plan, checklist)
  const right = [1, 2, 3, 4, 5, 6, 7]
  const lines: string[] = [
    `${plan.title[lang]}: ${zh ? '重点工作' : 'task checklist'} ${zh ? '截至' : 'as of'} ${checklist.asOf}`,
  ]
  if (options.note) lines.push(options.note)
  lines.push('')
  const pillarRows = summary.byPillar.map((c) => {
    const p = plan.pillars.find((x) => x.id === c.pillar)
    return countRow(p ? `${p.order}. ${p.title[lang]}` : c.pillar, c)
  })
  lines.push(
    renderTextTable(
      header(zh ? '板块' : 'Pillar', lang),
      [...pillarRows, countRow(zh ? '合计' : 'Total', summary.totals)],
      { right },
    ).trimEnd(),
    '',
  )
  const domainRows = summary.byDomain.map((c) => countRow(DOMAINS[c.domain][lang], c))
  lines.push(
    renderTextTable(header(zh ? '领域' : 'Domain', lang), domainRows, { right }).trimEnd(),
    '',
  )
  lines.push(zh ? '量化任务进度：' : 'Counted progress:', ...progressLines(plan, tasks, lang))
  lines.push('', zh ? '逾期任务：' : 'Overdue:')
  const overdue = tasks.filter((t) => t.overdue)
  if (overdue.length === 0) lines.push(zh ? '  （无）' : '  (none)')
  for (const t of overdue)
    lines.push(
      zh
        ? `  ${t.task}  截止 ${t.due}，${TASK_STATUS_LABELS[t.status][lang]}：${t.title[lang]}`
        : `  ${t.task}  due ${t.due}, ${TASK_STATUS_LABELS[t.status][lang]}: ${t.title[lang]}`,
    )
  const open = tasks.filter((t) => t.status === 'blocked' || t.status === 'notStarted')
  if (open.length) {
    lines.push('', zh ? '受阻或未开始：' : 'Blocked or not started:')
    for (const t of open)
      lines.push(
        `  ${t.task}  ${TASK_STATUS_LABELS[t.status][lang]}${t.lastUpdate?.note ? `${zh ? '：' : ': '}${t.lastUpdate.note}` : ''}`,
      )
  }
  return `${lines.join('\n')}\n`
}
