/**
 * The data part of "The 2022 plan" page, rendered from the plan data when the site is built:
 * the targets with how each is measured and what the data infer (推断), the tasks counted by
 * pillar and domain, the counted objectives, the dated windows, and every task by pillar and
 * domain with its inferences.
 */
import {
  DOMAINS,
  type Domain,
  METRICS,
  type Plan,
  RULE_SETS,
  type RuleSetId,
  type Target,
  type Task,
} from '../../src/index.js'
import {
  formatInference,
  formatObjective,
  formatRequirement,
  formatWindow,
  INFERENCE_FIELD_LABELS,
  KIND_LABELS,
} from '../../src/report/_markdown.js'
import { bilingual, escapeMarkdown, generatedNote, markdownTable } from './_markdown.js'

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
export function measuredBy(target: Target): string {
  const metric = METRICS[target.metric]
  const pollutant = target.pollutant ? ` ${target.pollutant}` : ''
  const decimals = metric.precision === 1 ? '1 decimal' : `${metric.precision} decimals`
  return `\`${target.metric}\`${pollutant}, ${decimals}, [${target.ruleSet}](${RULE_SET_PAGES[target.ruleSet]})`
}

/** The fields a target or task infers, named in both languages: `范围、基准年 · scope, base year`. */
function inferredFields(item: Target | Task): string {
  const labels = (item.inferences ?? []).map((i) => INFERENCE_FIELD_LABELS[i.field])
  const zh = labels.map((l) => l?.zh).join('、')
  const en = labels.map((l) => l?.en).join(', ')
  return labels.length ? `<br><small>推断 · Inferred: ${zh} · ${en}</small>` : ''
}

/** One line for each inference of the targets, with every target that shares it. */
function targetInferences(plan: Plan): string[] {
  const shared = new Map<string, string[]>()
  for (const t of plan.targets) {
    for (const inference of t.inferences ?? []) {
      const line = formatInference(inference)
      shared.set(line, [...(shared.get(line) ?? []), `\`${t.id}\``])
    }
  }
  if (shared.size === 0) return []
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

function targetsSection(plan: Plan): string[] {
  const rows = plan.targets.map((t, i) => [
    String(i + 1),
    `${escapeMarkdown(t.title.zh)}<br>${escapeMarkdown(t.title.en)}<br><small>${measuredBy(t)}</small>${inferredFields(t)}`,
    formatRequirement(t).replace(' · ', '<br>'),
    `${escapeMarkdown(t.scope.zh)}<br>${escapeMarkdown(t.scope.en)}`,
  ])
  const ruleSets = [...new Set(plan.targets.map((t) => t.ruleSet))]
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
    markdownTable(
      ['rule set', '名称 · Name', '依据 · Documents'],
      ruleSets.map((id) => [
        `[\`${id}\`](${RULE_SET_PAGES[id]})`,
        bilingual(RULE_SETS[id].name),
        RULE_SETS[id].documents.map(escapeMarkdown).join('; '),
      ]),
    ),
    '',
    ...targetInferences(plan),
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

function countsSection(plan: Plan): string[] {
  const rows = byPillar(plan).flatMap(({ pillar, tasks }) =>
    domainsOf(tasks).map((domain, i) => {
      const of = tasks.filter((t) => t.domain === domain)
      const kinds = (['ongoing', 'oneOff', 'document', 'counted'] as const).map((k) =>
        String(of.filter((t) => t.kind === k).length),
      )
      return [
        i === 0 ? `${pillar.order}. ${bilingual(pillar.title)}` : '',
        bilingual(DOMAINS[domain]),
        ...kinds,
        String(of.length),
      ]
    }),
  )
  const kinds = (['ongoing', 'oneOff', 'document', 'counted'] as const).map((k) =>
    bilingual(KIND_LABELS[k]),
  )
  rows.push([
    '**合计 · Total**',
    '',
    ...(['ongoing', 'oneOff', 'document', 'counted'] as const).map(
      (k) => `**${plan.tasks.filter((t) => t.kind === k).length}**`,
    ),
    `**${plan.tasks.length}**`,
  ])
  return [
    `## 重点工作 · The ${plan.tasks.length} tasks by pillar and domain`,
    '',
    markdownTable(['大任务 · Pillar', '领域 · Domain', ...kinds, '合计 · Total'], rows),
    '',
  ]
}

function objectivesSection(plan: Plan): string[] {
  const counted = plan.tasks.filter((t) => t.objective)
  const windowed = plan.tasks.filter((t) => t.windows?.length || t.due)
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
        (t.windows ?? []).map(formatWindow).join('<br>'),
        t.due ?? plan.period.end,
      ]),
    ),
    '',
  ]
}

function taskLine(t: Task): string[] {
  const facts = [bilingual(KIND_LABELS[t.kind])]
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

function tasksSection(plan: Plan): string[] {
  const out = ['## 全部任务 · Every task', '']
  for (const { pillar, tasks } of byPillar(plan)) {
    out.push(`### ${pillar.order}. ${bilingual(pillar.title)}`, '')
    for (const domain of domainsOf(tasks)) {
      const of = tasks.filter((t) => t.domain === domain)
      out.push(`#### ${bilingual(DOMAINS[domain])} (${of.length})`, '', ...of.flatMap(taskLine), '')
    }
  }
  return out
}

/**
 * The plan's summary as Markdown for the plan page (headings from level 2): identity, targets
 * with how each is measured, task counts by pillar and domain, counted objectives and windows.
 */
export function renderPlanSummary(plan: Plan): string {
  const out = [
    generatedNote('scripts/docs/plan-page.ts from the bundled plan data'),
    '',
    `- 标题 · Title: ${bilingual(plan.title)}`,
    `- 期间 · Period: ${plan.period.start} – ${plan.period.end}`,
    `- 发布机关 · Issuer: ${bilingual(plan.issuer)}`,
    `- 来源 · Source: ${bilingual(plan.source.title)}, SHA-256 \`${plan.source.sha256}\``,
    '',
    ...targetsSection(plan),
    ...countsSection(plan),
    ...objectivesSection(plan),
  ]
  return `${out.join('\n').trimEnd()}\n`
}

/** Every task of the plan by pillar and domain, as Markdown (headings from level 2). */
export function renderPlanTasks(plan: Plan): string {
  const out = [
    generatedNote('scripts/docs/plan-page.ts from the bundled plan data'),
    '',
    ...tasksSection(plan),
  ]
  return `${out.join('\n').trimEnd()}\n`
}
