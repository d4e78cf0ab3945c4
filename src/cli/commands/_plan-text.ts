import { DOMAINS, type Domain, type Plan, type Target, type Task } from '../../index.js'

/** Language of the text output. */
export type Lang = 'zh' | 'en'

/** The pillar and domain filters of `eco-targets plan`. */
export interface PlanFilters {
  readonly pillar?: string | undefined
  readonly domain?: Domain | undefined
}

/** The targets and tasks a filter selects. */
export interface PlanSelection {
  readonly targets: readonly Target[]
  readonly tasks: readonly Task[]
}

/**
 * The targets and tasks of a plan that match the filters (all when none is given).
 *
 * @param plan - the plan
 * @param filters - pillar and domain
 * @returns the selected targets and tasks, in plan order
 */
export function selectPlanItems(plan: Plan, filters: PlanFilters): PlanSelection {
  const keep = (item: { pillar: string; domain: string }) =>
    (filters.pillar === undefined || item.pillar === filters.pillar) &&
    (filters.domain === undefined || item.domain === filters.domain)
  return { targets: plan.targets.filter(keep), tasks: plan.tasks.filter(keep) }
}

const LABELS = {
  en: {
    period: 'Period',
    to: 'to',
    targets: 'Targets',
    tasks: 'Tasks',
    none: '(none)',
    due: 'due',
    filters: 'Filters',
    of: 'of',
  },
  zh: {
    period: '期间',
    to: '至',
    targets: '具体指标',
    tasks: '重点工作',
    none: '（无）',
    due: '截止',
    filters: '筛选',
    of: '/',
  },
} as const

const KINDS = {
  en: { ongoing: 'ongoing', oneOff: 'one-off', document: 'document', counted: 'counted' },
  zh: { ongoing: '持续', oneOff: '一次性', document: '文件', counted: '量化' },
} as const

const amount = (value: number, unit: string) => (unit === '%' ? `${value}%` : `${value} ${unit}`)

/**
 * The expected value of a target in words: `≥ 91.6%`, `≤ 23 µg/m³`, `below 2020`.
 *
 * @param target - the target
 * @param lang - language
 * @returns the expectation
 */
export function describeExpectation(target: Target, lang: Lang): string {
  const base = target.baseYear ?? ''
  switch (target.comparator) {
    case 'atLeast':
      return `≥ ${amount(target.value ?? 0, target.unit)}`
    case 'atMost':
      return `≤ ${amount(target.value ?? 0, target.unit)}`
    case 'equals':
      return `= ${amount(target.value ?? 0, target.unit)}`
    case 'decrease':
      if (target.value === null) return lang === 'zh' ? `低于${base}年` : `below ${base}`
      return lang === 'zh'
        ? `较${base}年下降 ≥ ${target.value}%`
        : `≥ ${target.value}% below ${base}`
    case 'reachReduction':
      return lang === 'zh' ? `达到下达减排目标（基准${base}年）` : `assigned reduction vs ${base}`
  }
}

function taskLine(task: Task, lang: Lang): string {
  const objective = task.objective
    ? ` ${task.objective.kind === 'count' ? amount(task.objective.value, task.objective.unit[lang]) : `${task.objective.value}%`}`
    : ''
  const due = task.due ? `, ${LABELS[lang].due} ${task.due}` : ''
  return `    ${task.id}  [${KINDS[lang][task.kind]}${objective}${due}]  ${task.text[lang]}`
}

/**
 * The plan's selected targets and tasks as text: the targets with their expected values,
 * then the tasks grouped by pillar.
 *
 * @param plan - the plan
 * @param filters - the filters that made the selection
 * @param lang - language of titles and texts
 * @returns the text, ending with a newline
 */
export function renderPlanText(plan: Plan, filters: PlanFilters, lang: Lang): string {
  const l = LABELS[lang]
  const { targets, tasks } = selectPlanItems(plan, filters)
  const pillarTitle = plan.pillars.find((p) => p.id === filters.pillar)?.title[lang]
  const domainTitle =
    filters.domain === undefined ? undefined : DOMAINS[filters.domain as Domain]?.[lang]
  const active =
    lang === 'zh'
      ? [
          filters.pillar && `板块 ${pillarTitle ?? filters.pillar}`,
          filters.domain && `领域 ${domainTitle ?? filters.domain}`,
        ].filter(Boolean)
      : [
          filters.pillar && `pillar ${filters.pillar}`,
          filters.domain && `domain ${filters.domain}`,
        ].filter(Boolean)
  const idWidth = Math.max(0, ...targets.map((t) => t.id.length)) + 2
  const expectations = targets.map((t) => describeExpectation(t, lang))
  const expWidth = Math.max(0, ...expectations.map((e) => e.length)) + 2
  const lines = [
    lang === 'zh' ? `${plan.title.zh}（\`${plan.id}\`）` : `${plan.title.en} (${plan.id})`,
    `${l.period}: ${plan.period.start} ${l.to} ${plan.period.end}`,
    ...(active.length
      ? [
          lang === 'zh'
            ? `${l.filters}：${active.join('，')}`
            : `${l.filters}: ${active.join(', ')}`,
        ]
      : []),
    '',
    `${l.targets} (${targets.length} ${l.of} ${plan.targets.length})`,
    ...(targets.length
      ? targets.map(
          (t, i) => `  ${t.id.padEnd(idWidth)}${expectations[i]?.padEnd(expWidth)}${t.title[lang]}`,
        )
      : [`  ${l.none}`]),
    '',
    `${l.tasks} (${tasks.length} ${l.of} ${plan.tasks.length})`,
  ]
  if (tasks.length === 0) lines.push(`  ${l.none}`)
  for (const pillar of plan.pillars) {
    const own = tasks.filter((t) => t.pillar === pillar.id)
    if (own.length === 0) continue
    lines.push(`  ${pillar.order}. ${pillar.title[lang]} (${pillar.id})`)
    lines.push(...own.map((t) => taskLine(t, lang)))
  }
  return `${lines.join('\n')}\n`
}
