import type { Plan } from '../schemas/plan.js'
import type { Target } from '../schemas/target.js'
import type { Task } from '../schemas/task.js'
import { DOMAINS, type Domain } from '../schemas/vocabulary.js'
import type { Lang } from './labels.js'

/** A pillar and a domain that select part of a plan (each optional). @category Report */
export interface PlanFilters {
  /** Keep the items of this pillar (a pillar id of the plan). */
  readonly pillar?: string | undefined
  /** Keep the items of this domain. */
  readonly domain?: Domain | undefined
}

/** The targets and tasks a filter selects. @category Report */
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
 * @category Report
 * @example
 * ```ts
 * import { selectPlanItems } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * selectPlanItems(plan2022, { domain: 'air' }).targets.map((t) => t.id)
 * //=> ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio']
 * ```
 */
export function selectPlanItems(plan: Plan, filters: PlanFilters): PlanSelection {
  const keep = (item: { pillar: string; domain: string }) =>
    (filters.pillar === undefined || item.pillar === filters.pillar) &&
    (filters.domain === undefined || item.domain === filters.domain)
  return { targets: plan.targets.filter(keep), tasks: plan.tasks.filter(keep) }
}

/**
 * The part of a plan that the filters keep, still a plan: every pillar, the selected targets
 * and tasks, and of each task's links only those to targets kept (what `eco-targets plan
 * --json` writes as a plan file).
 *
 * @param plan - the plan
 * @param filters - pillar and domain; without either, the plan itself
 * @returns the filtered plan
 * @category Report
 * @example
 * ```ts
 * import { filterPlan } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * filterPlan(plan2022, { domain: 'water' }).targets.length //=> 4
 * ```
 */
export function filterPlan(plan: Plan, filters: PlanFilters): Plan {
  if (filters.pillar === undefined && filters.domain === undefined) return plan
  const { targets, tasks } = selectPlanItems(plan, filters)
  const kept = new Set(targets.map((t) => t.id))
  return {
    ...plan,
    targets: [...targets],
    tasks: tasks.map((t) => ({ ...t, targets: t.targets.filter((id) => kept.has(id)) })),
  }
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
 * @category Report
 * @example
 * ```ts
 * import { describeExpectation } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * describeExpectation(plan2022.targets[0]!, 'en') //=> '≥ 91.6%'
 * ```
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

/** Options of {@link renderPlanText}. @category Report */
export interface RenderPlanTextOptions extends PlanFilters {
  /** Language of titles and texts (default `zh`). */
  readonly lang?: Lang | undefined
}

/**
 * The plan's targets and tasks as text, as `eco-targets plan` prints them: the targets with
 * their expected values, then the tasks grouped by pillar, each with its kind, objective and
 * due date; with a pillar or a domain, only the items they select.
 *
 * @param plan - the plan
 * @param options - the filters and the language
 * @returns the text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * import { renderPlanText } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * renderPlanText(plan2022, { domain: 'air', lang: 'en' }).split('\n')[4] //=> 'Targets (3 of 13)'
 * ```
 */
export function renderPlanText(plan: Plan, options: RenderPlanTextOptions = {}): string {
  const lang = options.lang ?? 'zh'
  const filters: PlanFilters = { pillar: options.pillar, domain: options.domain }
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
