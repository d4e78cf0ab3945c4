import {
  type Checklist,
  DOMAINS,
  evaluateChecklist,
  type Plan,
  TASK_STATUS_LABELS,
} from '../../index.js'
import { defineCommand } from '../command/index.js'
import { EXIT_CODES, UsageError } from '../errors.js'
import { parseMaxProblems } from '../input/problems.js'
import { openInput } from '../input/source.js'
import { writeResult } from '../output/result.js'
import { renderTable } from '../output/table.js'
import { openSampleTaskStatus, SAMPLE_NOTE } from '../sample.js'
import { parseDateOption, parseDomainOption, pillarChoiceMessage } from './_option-values.js'
import {
  ALLOW_EMPTY_OPTION,
  AS_OF_OPTION,
  INPUT_FORMAT_OPTION,
  JSON_OPTION,
  MAX_PROBLEMS_OPTION,
  OUT_OPTION,
} from './_options.js'
import { latestDateOf, readPlanInputs } from './_plan-inputs.js'
import { loadPlan, PLAN_OPTION } from './_plan-source.js'

type Lang = 'zh' | 'en'
type Task = Checklist['tasks'][number]
const STATUSES = ['done', 'inProgress', 'notStarted', 'blocked', 'notApplicable'] as const

function counts(tasks: readonly Task[]) {
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

function countRows(groups: [string, Task[]][]): string[][] {
  return groups.map(([name, tasks]) => {
    const c = counts(tasks)
    return [name, String(c.total), ...STATUSES.map((s) => String(c[s])), String(c.overdue)]
  })
}

function header(first: string, lang: Lang): string[] {
  return [
    first,
    lang === 'zh' ? '合计' : 'Total',
    ...STATUSES.map((s) => TASK_STATUS_LABELS[s][lang]),
    lang === 'zh' ? '逾期' : 'Overdue',
  ]
}

function renderChecklistText(
  plan: Plan,
  checklist: Checklist,
  tasks: readonly Task[],
  lang: Lang,
  note: string | undefined,
): string {
  const zh = lang === 'zh'
  const right = [1, 2, 3, 4, 5, 6, 7]
  const lines: string[] = [
    `${plan.title[lang]}: ${zh ? '重点工作' : 'task checklist'} ${zh ? '截至' : 'as of'} ${checklist.asOf}`,
  ]
  if (note) lines.push(note)
  lines.push('')
  const byPillar = plan.pillars
    .map(
      (p) =>
        [`${p.order}. ${p.title[lang]}`, tasks.filter((t) => t.pillar === p.id)] as [
          string,
          Task[],
        ],
    )
    .filter(([, list]) => list.length > 0)
  lines.push(
    renderTable(
      header(zh ? '板块' : 'Pillar', lang),
      [...countRows(byPillar), countRows([[zh ? '合计' : 'Total', [...tasks]]])[0] as string[]],
      { right },
    ).trimEnd(),
    '',
  )
  const domains = [...new Set(tasks.map((t) => t.domain))]
  const byDomain = domains.map(
    (d) => [DOMAINS[d][lang], tasks.filter((t) => t.domain === d)] as [string, Task[]],
  )
  lines.push(
    renderTable(header(zh ? '领域' : 'Domain', lang), countRows(byDomain), { right }).trimEnd(),
    '',
  )
  const counted = tasks.filter((t) => t.progress)
  lines.push(zh ? '量化任务进度：' : 'Counted progress:')
  if (counted.length === 0) lines.push(zh ? '  （无）' : '  (none)')
  for (const t of counted) {
    const p = t.progress as NonNullable<Task['progress']>
    const share = p.ratio === null ? '—' : `${Math.round(p.ratio * 100)} %`
    // the plan's counting word in the reader's language (家, 个), else the checklist's unit
    const objective = plan.tasks.find((x) => x.id === t.task)?.objective
    const unit = objective?.kind === 'count' ? objective.unit[lang] : p.unit
    const status = TASK_STATUS_LABELS[t.status][lang]
    const below = t.flags.includes('doneBelowObjective')
    lines.push(
      zh
        ? `  ${t.task}  ${p.value ?? '—'} / ${p.objective} ${unit}（${share}，${status}）${below ? '，报告完成但未达到数量' : ''}`
        : `  ${t.task}  ${p.value ?? '—'} / ${p.objective} ${unit} (${share}, ${status})${below ? ', reported done below its count' : ''}`,
    )
  }
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

/**
 * `eco-targets tasks`: the task checklist of the 2022 plan as of a date, from status files (or
 * the bundled sample), with counts by pillar and domain, counted progress and overdue tasks.
 *
 * @category CLI
 * @example
 * ```ts
 * await tasksCommand.execute(['--sample', '--as-of', '2022-06-30'], io) //=> 0
 * ```
 */
export const tasksCommand = defineCommand({
  name: 'tasks',
  summary: {
    zh: '依据任务状态文件，列出截至某日的任务清单',
    en: 'The task checklist as of a date, from status files',
  },
  usage: {
    zh: '[--tasks 文件]… | --sample [--plan 文件] [--as-of 日期] [--pillar 编号] [--domain 编号] [--json] [--lang zh|en] [--out 文件]',
    en: '[--tasks FILE]… | --sample [--plan FILE] [--as-of DATE] [--pillar ID] [--domain ID] [--json] [--lang zh|en] [--out FILE]',
  },
  description: {
    zh: [
      '读取任务状态更新（CSV、JSON、JSON Lines：`task`、`date`、`status`、`progress`、`note`、`evidence`），',
      '列出方案截至某日的任务清单：每项任务在该日及以前的最近一次更新（没有更新即未开始），',
      '计数任务只在达到计数时才算完成，另列到期日和逾期任务，并按工作板块和领域计数。',
      '未给 --as-of 时，日期取最近一次更新；--sample 读取内置的合成状态文件（默认截至 2022-12-31）。',
      '--pillar 和 --domain 筛选任务；--json 输出任务清单对象。方案为内置的 2022 年方案，',
      '或 --plan 给出的方案文件。',
    ].join('\n'),
    en: [
      'Reads task status updates (CSV, JSON, JSON Lines: task, date, status, progress, note,',
      'evidence) and draws up the checklist of a plan as of a date: each task’s latest update',
      'on or before it (none: not started), counted tasks done only when their count is reached,',
      'due dates and overdue tasks, with counts by pillar and domain. Without --as-of the date is',
      'the latest update; --sample reads the bundled synthetic status files (default 2022-12-31).',
      '--pillar and --domain keep some tasks; --json prints the checklist object. The plan is the',
      'bundled 2022 plan, or the plan file given with --plan.',
    ].join('\n'),
  },
  options: {
    tasks: {
      type: 'string',
      value: { zh: '文件', en: 'FILE' },
      multiple: true,
      description: {
        zh: '任务状态更新（可重复；`-` 表示标准输入）。',
        en: 'Task status updates (repeatable; - for standard input).',
      },
    },
    sample: {
      type: 'boolean',
      description: { zh: '内置的合成状态文件。', en: 'The bundled synthetic status files.' },
    },
    plan: PLAN_OPTION,
    'as-of': AS_OF_OPTION,
    pillar: {
      type: 'string',
      value: { zh: '编号', en: 'ID' },
      description: { zh: '只列该工作板块的任务。', en: 'Only tasks of this pillar.' },
    },
    domain: {
      type: 'string',
      value: { zh: '编号', en: 'ID' },
      description: {
        zh: '只列该领域的任务（`air`、`water`、`soil` 等）。',
        en: 'Only tasks of this domain (air, water, soil, …).',
      },
    },
    json: JSON_OPTION,
    'input-format': INPUT_FORMAT_OPTION,
    'max-problems': MAX_PROBLEMS_OPTION,
    'allow-empty': ALLOW_EMPTY_OPTION,
    out: OUT_OPTION,
  },
  examples: [
    {
      command: '--sample --as-of 2022-06-30',
      result: {
        zh: '年中：100 项推进中，4 项已完成，1 项受阻，1 项不适用，1 项未开始。',
        en: 'Mid-year: 100 tasks in progress, 4 done, 1 blocked, 1 not applicable, 1 not started.',
      },
    },
    {
      command: '--tasks status-2022.csv --domain water --json',
      result: { zh: '以 JSON 输出水领域任务的清单。', en: 'The water tasks’ checklist as JSON.' },
    },
  ],
  async run({ io, options, lang }) {
    if (options.sample && options.tasks)
      throw new UsageError({
        zh: '--tasks 与 --sample 只能给出其一',
        en: 'give either --tasks or --sample',
      })
    if (!options.sample && !options.tasks)
      throw new UsageError({
        zh: '请用 --tasks 文件 给出任务状态文件，或用 --sample',
        en: 'give status files with --tasks FILE, or --sample',
      })
    const domain = parseDomainOption(options.domain)
    const plan = await loadPlan(io, options.plan)
    const pillar = options.pillar
    if (pillar !== undefined && !plan.pillars.some((p) => p.id === pillar)) {
      throw new UsageError(pillarChoiceMessage(plan.pillars, pillar))
    }
    const asOfGiven = options['as-of'] && parseDateOption('--as-of', options['as-of'])
    const sources = options.sample
      ? openSampleTaskStatus(io).map((t) => t.source)
      : (options.tasks ?? []).map((p) => openInput(p, io))
    const inputs = await readPlanInputs([], sources, io, {
      plan,
      format: options['input-format'],
      maxProblems: parseMaxProblems(options['max-problems']),
      allowEmpty: options['allow-empty'],
    })
    const asOf = asOfGiven || (options.sample ? '2022-12-31' : latestDateOf(inputs))
    if (!asOf)
      throw new UsageError({
        zh: '状态文件中没有更新日期；请用 --as-of 日期 给出',
        en: 'the status files hold no update; give --as-of DATE',
      })
    const checklist = evaluateChecklist(plan, inputs.updates, { asOf })
    const tasks = checklist.tasks.filter(
      (t) => (!options.pillar || t.pillar === options.pillar) && (!domain || t.domain === domain),
    )
    const notes = [
      ...(options.sample ? [SAMPLE_NOTE[lang]] : []),
      ...(!asOfGiven && !options.sample
        ? [
            lang === 'zh'
              ? `截至最晚的更新日期 ${asOf}（未指定 --as-of）。`
              : `As of the latest update, ${asOf} (no --as-of given).`,
          ]
        : []),
    ]
    const note = notes.length ? notes.join(' ') : undefined
    let text: string
    if (options.json) {
      text = `${JSON.stringify(
        {
          asOf,
          filters: { pillar: options.pillar ?? null, domain: domain ?? null },
          ...(note ? { note } : {}),
          totals: counts(tasks),
          byPillar: plan.pillars
            .map((p) => ({ pillar: p.id, ...counts(tasks.filter((t) => t.pillar === p.id)) }))
            .filter((p) => p.total > 0),
          byDomain: [...new Set(tasks.map((t) => t.domain))].map((d) => ({
            domain: d,
            ...counts(tasks.filter((t) => t.domain === d)),
          })),
          overdue: tasks.filter((t) => t.overdue).map((t) => t.task),
          counted: tasks.filter((t) => t.progress).map((t) => t.task),
          tasks,
        },
        null,
        2,
      )}\n`
    } else text = renderChecklistText(plan, checklist, tasks, lang, note)
    await writeResult(io, text, options.out)
    return EXIT_CODES.ok
  },
})
