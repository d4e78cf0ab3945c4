import type { CityStanding } from '../evaluate/city-ranking.js'
import type { PlanEvaluation } from '../schemas/evaluation.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import { DOMAINS } from '../schemas/vocabulary.js'
import { compositeSectionMarkdown } from './_composite.js'
import {
  actualText,
  bracketed,
  cell,
  formatReportDate,
  goalText,
  labelled,
  listText,
  marginText,
  periodText,
  titleOf,
} from './_format.js'
import { atRiskEntries, progressText, ruleSetEntries, statusCounts } from './_parts.js'
import { type Lang, TARGET_STATUS_LABELS, TASK_STATUS_LABELS, WORDS } from './labels.js'

/** Options of {@link renderReportMarkdown} and {@link renderReportHtml}. @category Report */
export interface RenderReportOptions {
  /** The plan the evaluation is of (for titles of targets, tasks and pillars). */
  readonly plan: Plan
  /** Report language; default `zh`. */
  readonly lang?: Lang
  /** A note printed under the title, e.g. that the data are synthetic. */
  readonly note?: string
  /**
   * The city's composite air-quality index and rank among the cities given, from
   * {@link evaluateCityRanking}: shown as its own section.
   */
  readonly cityRanking?: CityStanding
}

function targetsTable(results: readonly TargetResult[], plan: Plan, lang: Lang): string[] {
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  const rows = results.map(
    (r) =>
      `| ${cell(titleOf(plan, r.target, lang))} | ${cell(goalText(r, lang))} | ${actualText(r, lang)} | ${TARGET_STATUS_LABELS[r.status][lang]} | ${marginText(r, lang)} |`,
  )
  return [
    `| ${w('target')} | ${w('goal')} | ${w('actual')} | ${w('status')} | ${w('margin')} |`,
    '|---|---|---|---|---|',
    ...rows,
  ]
}

function explanations(results: readonly TargetResult[], plan: Plan, lang: Lang): string[] {
  return results.map((r) =>
    labelled(`- **${titleOf(plan, r.target, lang)}**`, r.explanation[lang], lang),
  )
}

function checklistLines(evaluation: PlanEvaluation, plan: Plan, lang: Lang): string[] {
  const c = evaluation.checklist
  if (!c) return []
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  const statuses = ['done', 'inProgress', 'notStarted', 'blocked', 'notApplicable'] as const
  const lines = [`## ${w('checklist')}`, '']
  lines.push(
    `| ${w('pillar')} | ${w('total')} | ${statuses.map((s) => TASK_STATUS_LABELS[s][lang]).join(' | ')} | ${w('overdue')} |`,
    `|---|---|${statuses.map(() => '---|').join('')}---|`,
  )
  for (const p of c.byPillar) {
    const title = plan.pillars.find((x) => x.id === p.pillar)?.title[lang] ?? p.pillar
    lines.push(
      `| ${cell(title)} | ${p.total} | ${statuses.map((s) => p[s]).join(' | ')} | ${p.overdue} |`,
    )
  }
  const t = c.totals
  lines.push(
    `| **${w('total')}** | ${t.total} | ${statuses.map((s) => t[s]).join(' | ')} | ${t.overdue} |`,
    '',
  )
  const counted = c.tasks.filter((x) => x.progress)
  if (counted.length) {
    lines.push(`### ${w('counted')}`, '')
    for (const x of counted) {
      const status = bracketed(TASK_STATUS_LABELS[x.status][lang], lang)
      lines.push(
        labelled(`- ${cell(x.title[lang])}`, `${progressText(x, plan, lang)}${status}`, lang),
      )
    }
    lines.push('')
  }
  lines.push(`### ${w('overdue')}`, '')
  const overdue = c.tasks.filter((x) => x.overdue)
  lines.push(
    ...(overdue.length
      ? overdue.map(
          (x) =>
            `- ${x.title[lang]}${bracketed(`${w('due')}${lang === 'zh' ? '' : ' '}${formatReportDate(x.due, lang)}`, lang)} \`${x.task}\``,
        )
      : [`- ${w('none')}`]),
    '',
  )
  const atRisk = atRiskEntries(evaluation, plan, lang)
  if (atRisk.length) {
    lines.push(`### ${w('atRiskTasks')}`, '')
    for (const r of atRisk) {
      lines.push(
        `- **${r.title}**${bracketed(r.status, lang)}${r.tasks.length ? '' : ` ${w('none')}`}`,
      )
      for (const task of r.tasks) lines.push(`  - ${cell(task.title)} \`${task.id}\``)
    }
    lines.push('')
  }
  const domains = c.byDomain.map((d) => `${DOMAINS[d.domain][lang]} ${d.done}/${d.total}`)
  lines.push(domains.join(' · '), '')
  return lines
}

/**
 * Renders a plan evaluation as Markdown: the targets table with statuses and margins, the
 * explanation and reachability of each target, the task objectives, and the checklist by pillar
 * with counted progress, overdue tasks and the tasks serving targets at risk. In Chinese every
 * word is Chinese: units (吨, 家, 个), dates (2022年6月30日), task titles rather than ids, rule
 * sets by name, full-width punctuation; ids appear only in code spans.
 *
 * @param evaluation - the result of {@link evaluatePlan}
 * @param options - the plan, the language (default `zh`) and an optional note
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * import { evaluatePlan, renderReportMarkdown } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const evaluation = evaluatePlan(plan2022, [], { asOf: '2022-06-30' })
 * renderReportMarkdown(evaluation, { plan: plan2022, lang: 'en' }).split('\n')[0]
 * //=> '# * City ecological-environment protection work plan, 2022'
 * renderReportMarkdown(evaluation, { plan: plan2022 }).split('\n')[2]
 * //=> '评估日期：2022年6月30日 · 评估期：2022年1月1日至2022年12月31日'
 * ```
 */
export function renderReportMarkdown(
  evaluation: PlanEvaluation,
  options: RenderReportOptions,
): string {
  const { plan } = options
  const lang = options.lang ?? 'zh'
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  const { start, end } = evaluation.plan.period
  const lines: string[] = [`# ${evaluation.plan.title[lang]}`, '']
  lines.push(
    `${labelled(w('asOf'), formatReportDate(evaluation.asOf, lang), lang)} · ${labelled(w('period'), periodText(start, end, lang), lang)}`,
    '',
  )
  if (options.note) lines.push(`> ${options.note}`, '')
  const counts = statusCounts(evaluation.summary.targets).map(
    ([s, n]) => `${TARGET_STATUS_LABELS[s][lang]} ${n}`,
  )
  lines.push(
    `## ${w('targets')}`,
    '',
    counts.join(' · '),
    '',
    ...targetsTable(evaluation.targets, plan, lang),
    '',
  )
  lines.push(`### ${w('explanation')}`, '', ...explanations(evaluation.targets, plan, lang), '')
  if (options.cityRanking) lines.push(...compositeSectionMarkdown(options.cityRanking, lang))
  if (evaluation.objectives.length) {
    lines.push(`## ${w('objectives')}`, '', ...targetsTable(evaluation.objectives, plan, lang), '')
    lines.push(...explanations(evaluation.objectives, plan, lang), '')
  }
  lines.push(...checklistLines(evaluation, plan, lang))
  const ruleSets = ruleSetEntries(evaluation, lang).map(
    (r) => `- ${labelled(r.name, listText(r.documents, lang), lang)}`,
  )
  lines.push('---', '', `**${w('ruleSets')}**`, '', ...ruleSets, '')
  return lines.join('\n')
}
