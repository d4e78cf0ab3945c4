/**
 * The data part of "The 2022 plan" page, rendered from the plan data when the site is built:
 * the targets with how each is measured and what the data infer (推断), the tasks counted by
 * pillar and domain, the counted objectives, the dated windows, and every task by pillar and
 * domain with its inferences.
 */

import type { Lang } from '../../src/index.js'
import {
  DOMAINS,
  type Domain,
  formatInference,
  formatObjective,
  formatRequirement,
  formatWindow,
  INFERENCE_FIELD_LABELS,
  METRICS,
  type Plan,
  RULE_SETS,
  type RuleSetId,
  TASK_KIND_LABELS,
  type Target,
  type Task,
} from '../../src/index.js'
import {
  bilingualMarkdown,
  escapeMarkdown,
  formatReportDate,
  generatedNote,
  markdownTable,
} from './_markdown.js'

/** The page's text in its language: the Chinese site shows Chinese alone, the English one both. */
const both = (text: { zh: string; en: string }, lang: Lang) =>
  lang === 'zh' ? escapeMarkdown(text.zh) : bilingualMarkdown(text)

/** The method page each rule set is explained on, relative to `docs/generated/`. */
export const RULE_SET_PAGES: Readonly<Record<RuleSetId, string>> = {
  'cn-air-2012': '../guides/air-quality.md',
  'cn-air-2026': '../guides/air-quality.md',
  'cn-surface-water-2011': '../guides/water-quality.md',
  'cn-drinking-water-source': '../guides/water-quality.md',
  'cn-emission-reduction-14fyp': '../guides/other-rates.md',
  'cn-farmland-safe-use': '../guides/other-rates.md',
  'cn-contaminated-land-safe-use': '../guides/other-rates.md',
  'cn-lead-acid-battery-collection': '../guides/other-rates.md',
  'cn-carbon-allowance-compliance': '../guides/other-rates.md',
}

/** How a target is measured, in one short line: the metric, its precision and the rule set. */
export function measuredBy(target: Target, lang: Lang = 'en'): string {
  const metric = METRICS[target.metric]
  const pollutant = target.pollutant ? ` ${target.pollutant}` : ''
  if (lang === 'zh') {
    const ruleSet = RULE_SETS[target.ruleSet].name.zh
    const code = target.pollutant
      ? `\`${target.metric}\`（\`${target.pollutant}\`）`
      : `\`${target.metric}\``
    return `${code}，${metric.precision === 0 ? '取整数' : `保留${metric.precision}位小数`}，[${escapeMarkdown(ruleSet)}](${RULE_SET_PAGES[target.ruleSet]})`
  }
  const decimals = metric.precision === 1 ? '1 decimal' : `${metric.precision} decimals`
  return `\`${target.metric}\`${pollutant}, ${decimals}, [${target.ruleSet}](${RULE_SET_PAGES[target.ruleSet]})`
}

/** The fields a target or task infers: `范围、基准年` in Chinese, both languages in English. */
function inferredFields(item: Target | Task, lang: Lang): string {
  const labels = (item.inferences ?? []).map((i) => INFERENCE_FIELD_LABELS[i.field])
  if (labels.length === 0) return ''
  const zh = labels.map((l) => l?.zh).join('、')
  if (lang === 'zh') return `<br><small>推断：${zh}</small>`
  const en = labels.map((l) => l?.en).join(', ')
  return `<br><small>推断 · Inferred: ${zh} · ${en}</small>`
}

/** One line for each inference of the targets, with every target that shares it. */
function targetInferences(plan: Plan, lang: Lang): string[] {
  const shared = new Map<string, string[]>()
  for (const t of plan.targets) {
    for (const inference of t.inferences ?? []) {
      const line = formatInference(inference, lang === 'zh' ? 'zh' : undefined)
      shared.set(line, [...(shared.get(line) ?? []), `\`${t.id}\``])
    }
  }
  if (shared.size === 0) return []
  if (lang === 'zh') {
    return [
      '### 推断',
      '',
      '原文没有写明、由数据推断的取值，以及推断的依据。',
      '',
      ...[...shared].map(([line, ids]) => `- ${ids.join('、')}：**推断**，${line}`),
      '',
    ]
  }
  return [
    '### 推断 · Inferences',
    '',
    '原文没有写明、由数据推断的取值，以及推断的依据。',
    'Values the source does not state but the data infer, and why.',
    '',
    ...[...shared].map(([line, ids]) => `- ${ids.join(', ')}: **推断 · Inferred**, ${line}`),
    '',
  ]
}

function targetsSection(plan: Plan, lang: Lang): string[] {
  const zh = lang === 'zh'
  const rows = plan.targets.map((t, i) => [
    String(i + 1),
    zh
      ? `${escapeMarkdown(t.title.zh)}<br><small>${measuredBy(t, lang)}</small>${inferredFields(t, lang)}`
      : `${escapeMarkdown(t.title.zh)}<br>${escapeMarkdown(t.title.en)}<br><small>${measuredBy(t)}</small>${inferredFields(t, lang)}`,
    zh ? formatRequirement(t, 'zh') : formatRequirement(t).replace(' · ', '<br>'),
    zh
      ? escapeMarkdown(t.scope.zh)
      : `${escapeMarkdown(t.scope.zh)}<br>${escapeMarkdown(t.scope.en)}`,
  ])
  const ruleSets = [...new Set(plan.targets.map((t) => t.ruleSet))]
  const ruleSetRows = ruleSets.map((id) => [
    `[\`${id}\`](${RULE_SET_PAGES[id]})`,
    both(RULE_SETS[id].name, lang),
    RULE_SETS[id].documents.map(escapeMarkdown).join(zh ? '；' : '; '),
  ])
  if (zh) {
    return [
      `## 具体指标（${plan.targets.length}项）`,
      '',
      '指标名称引自原文。名称下方注明计量指标、发布时保留的小数位数和评价规则集。实际值先按 GB/T 8170',
      '修约到该位数，再与指标要求比较（项目决定6）。',
      '',
      markdownTable(['序号', '指标', '要求', '范围'], rows),
      '',
      '各规则集是固定的一组依据文件，指标值按这些文件计算：',
      '',
      markdownTable(['规则集', '名称', '依据'], ruleSetRows),
      '',
      ...targetInferences(plan, lang),
    ]
  }
  return [
    `## 具体指标 · The ${plan.targets.length} targets`,
    '',
    'The Chinese title is quoted from the source. Under each title: the metric it is measured by,',
    'the decimals it is published with, and its rule set. The actual figure is rounded to those',
    'decimals with GB/T 8170 before it is compared with the requirement (project decision 6).',
    '',
    markdownTable(['#', '指标 · Target', '要求 · Requirement', '范围 · Scope'], rows),
    '',
    'The rule sets, each a pinned list of the documents a figure is computed by:',
    '',
    markdownTable(['rule set', '名称 · Name', '依据 · Documents'], ruleSetRows),
    '',
    ...targetInferences(plan, lang),
  ]
}

/** Pillars in order, each with its tasks in plan order. */
function byPillar(plan: Plan): { pillar: Plan['pillars'][number]; tasks: Task[] }[] {
  return [...plan.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({ pillar, tasks: plan.tasks.filter((t) => t.pillar === pillar.id) }))
}

/** Domains in order of first appearance among the tasks. */
function domainsOf(tasks: readonly Task[]): Domain[] {
  return [...new Set(tasks.map((t) => t.domain))]
}

function countsSection(plan: Plan, lang: Lang): string[] {
  const zh = lang === 'zh'
  const rows = byPillar(plan).flatMap(({ pillar, tasks }) =>
    domainsOf(tasks).map((domain, i) => {
      const of = tasks.filter((t) => t.domain === domain)
      const kinds = (['ongoing', 'oneOff', 'document', 'counted'] as const).map((k) =>
        String(of.filter((t) => t.kind === k).length),
      )
      return [
        i === 0 ? `${pillar.order}. ${both(pillar.title, lang)}` : '',
        both(DOMAINS[domain], lang),
        ...kinds,
        String(of.length),
      ]
    }),
  )
  const kinds = (['ongoing', 'oneOff', 'document', 'counted'] as const).map((k) =>
    both(TASK_KIND_LABELS[k], lang),
  )
  rows.push([
    zh ? '**合计**' : '**合计 · Total**',
    '',
    ...(['ongoing', 'oneOff', 'document', 'counted'] as const).map(
      (k) => `**${plan.tasks.filter((t) => t.kind === k).length}**`,
    ),
    `**${plan.tasks.length}**`,
  ])
  return [
    zh
      ? `## 重点工作（${plan.tasks.length}项）：按大任务和领域统计`
      : `## 重点工作 · The ${plan.tasks.length} tasks by pillar and domain`,
    '',
    markdownTable(
      zh
        ? ['大任务', '领域', ...kinds, '合计']
        : ['大任务 · Pillar', '领域 · Domain', ...kinds, '合计 · Total'],
      rows,
    ),
    '',
  ]
}

function objectivesSection(plan: Plan, lang: Lang): string[] {
  const counted = plan.tasks.filter((t) => t.objective)
  const windowed = plan.tasks.filter((t) => t.windows?.length || t.due)
  if (lang === 'zh') {
    return [
      `## 量化任务（${counted.length}项）`,
      '',
      markdownTable(
        ['任务', '目标', '原文条款'],
        counted.map((t) => [
          `\`${t.id}\``,
          t.objective ? formatObjective(t.objective, 'zh') : '',
          escapeMarkdown(t.text.zh),
        ]),
      ),
      '',
      '## 时段与期限',
      '',
      '其余任务的期限均为工作要点年度末。',
      '',
      markdownTable(
        ['任务', '时段', '期限'],
        windowed.map((t) => [
          `\`${t.id}\` ${escapeMarkdown(t.text.zh)}`,
          (t.windows ?? []).map((w) => formatWindow(w, 'zh')).join('<br>'),
          formatReportDate(t.due ?? plan.period.end, 'zh'),
        ]),
      ),
      '',
    ]
  }
  return [
    `## 量化任务 · The ${counted.length} counted objectives`,
    '',
    markdownTable(
      ['任务 · Task', '目标 · Objective', '原文 · Source clause'],
      counted.map((t) => [
        `\`${t.id}\``,
        t.objective ? formatObjective(t.objective) : '',
        escapeMarkdown(t.text.zh),
      ]),
    ),
    '',
    '## 时段与期限 · Windows and due dates',
    '',
    'Every other task is due at the end of the plan year.',
    '',
    markdownTable(
      ['任务 · Task', '时段 · Windows', '期限 · Due'],
      windowed.map((t) => [
        `\`${t.id}\` ${escapeMarkdown(t.text.en)}`,
        (t.windows ?? []).map((w) => formatWindow(w)).join('<br>'),
        t.due ?? plan.period.end,
      ]),
    ),
    '',
  ]
}

function taskLineZh(t: Task): string[] {
  const facts = [TASK_KIND_LABELS[t.kind].zh]
  if (t.objective) facts.push(`目标${formatObjective(t.objective, 'zh')}`)
  for (const w of t.windows ?? []) facts.push(formatWindow(w, 'zh'))
  if (t.due) facts.push(`期限${formatReportDate(t.due, 'zh')}`)
  if (t.targets.length) facts.push(`服务指标 ${t.targets.map((id) => `\`${id}\``).join('、')}`)
  return [
    `- **\`${t.id}\`** ${escapeMarkdown(t.text.zh)}`,
    `  <br><small>${facts.join(' · ')} · 第${t.source.paragraph}段</small>`,
    ...(t.inferences ?? []).map(
      (inference) => `  <br><small>**推断**，${formatInference(inference, 'zh')}</small>`,
    ),
  ]
}

function taskLine(t: Task): string[] {
  const facts = [bilingualMarkdown(TASK_KIND_LABELS[t.kind])]
  if (t.objective) facts.push(formatObjective(t.objective))
  for (const w of t.windows ?? []) facts.push(formatWindow(w))
  if (t.due) facts.push(`期限 · due ${t.due}`)
  if (t.targets.length)
    facts.push(`指标 · targets ${t.targets.map((id) => `\`${id}\``).join(', ')}`)
  return [
    `- **\`${t.id}\`** ${escapeMarkdown(t.text.zh)}`,
    `  <br>${escapeMarkdown(t.text.en)}`,
    `  <br><small>${facts.join(' · ')} · ¶${t.source.paragraph}</small>`,
    ...(t.inferences ?? []).map(
      (inference) => `  <br><small>**推断 · Inferred**, ${formatInference(inference)}</small>`,
    ),
  ]
}

function tasksSection(plan: Plan, lang: Lang): string[] {
  const zh = lang === 'zh'
  const out = [zh ? '## 全部任务' : '## 全部任务 · Every task', '']
  for (const { pillar, tasks } of byPillar(plan)) {
    out.push(`### ${pillar.order}. ${both(pillar.title, lang)}`, '')
    for (const domain of domainsOf(tasks)) {
      const of = tasks.filter((t) => t.domain === domain)
      const heading = zh
        ? `#### ${both(DOMAINS[domain], lang)}（${of.length}项）`
        : `#### ${bilingualMarkdown(DOMAINS[domain])} (${of.length})`
      out.push(heading, '', ...of.flatMap(zh ? taskLineZh : taskLine), '')
    }
  }
  return out
}

/**
 * The plan's summary as Markdown for the plan page (headings from level 2): identity, targets
 * with how each is measured, task counts by pillar and domain, counted objectives and windows;
 * in Chinese alone for the Chinese site, in both languages for the English one.
 */
export function renderPlanSummary(plan: Plan, lang: Lang = 'en'): string {
  const identity =
    lang === 'zh'
      ? [
          `- 标题：${escapeMarkdown(plan.title.zh)}`,
          `- 期间：${formatReportDate(plan.period.start, 'zh')}至${formatReportDate(plan.period.end, 'zh')}`,
          `- 发布机关：${escapeMarkdown(plan.issuer.zh)}`,
          `- 来源：${escapeMarkdown(plan.source.title.zh)}，\`SHA-256 ${plan.source.sha256}\``,
        ]
      : [
          `- 标题 · Title: ${bilingualMarkdown(plan.title)}`,
          `- 期间 · Period: ${plan.period.start} – ${plan.period.end}`,
          `- 发布机关 · Issuer: ${bilingualMarkdown(plan.issuer)}`,
          `- 来源 · Source: ${bilingualMarkdown(plan.source.title)}, SHA-256 \`${plan.source.sha256}\``,
        ]
  const out = [
    generatedNote('scripts/docs/plan-page.ts from the bundled plan data'),
    '',
    ...identity,
    '',
    ...targetsSection(plan, lang),
    ...countsSection(plan, lang),
    ...objectivesSection(plan, lang),
  ]
  return `${out.join('\n').trimEnd()}\n`
}

/** Every task of the plan by pillar and domain, as Markdown (headings from level 2). */
export function renderPlanTasks(plan: Plan, lang: Lang = 'en'): string {
  const out = [
    generatedNote('scripts/docs/plan-page.ts from the bundled plan data'),
    '',
    ...tasksSection(plan, lang),
  ]
  return `${out.join('\n').trimEnd()}\n`
}
