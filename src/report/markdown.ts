import type { CityStanding } from '../evaluate/city-ranking.js'
import type { PlanEvaluation } from '../schemas/evaluation.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import { DOMAINS } from '../schemas/vocabulary.js'
import { compositeSectionMarkdown } from './_composite.js'
import { actualText, cell, goalText, marginText, titleOf } from './_format.js'
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
      `| ${cell(titleOf(plan, r.target, lang))} | ${cell(goalText(r, lang))} | ${actualText(r)} | ${TARGET_STATUS_LABELS[r.status][lang]} | ${marginText(r)} |`,
  )
  return [
    `| ${w('target')} | ${w('goal')} | ${w('actual')} | ${w('status')} | ${w('margin')} |`,
    '|---|---|---|---|---|',
    ...rows,
  ]
}

function explanations(results: readonly TargetResult[], plan: Plan, lang: Lang): string[] {
  return results.map((r) => `- **${titleOf(plan, r.target, lang)}**: ${r.explanation[lang]}`)
}

/**
 * Renders a plan evaluation as Markdown: the targets table with statuses and margins, the
 * explanation and reachability of each target, the task objectives, and the checklist by pillar
 * with counted progress, overdue tasks and the tasks serving targets at risk.
 *
 * @param evaluation - the result of {@link evaluatePlan}
 * @param options - the plan, the language and an optional note
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * import { evaluatePlan, renderReportMarkdown } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const md = renderReportMarkdown(evaluatePlan(plan2022, [], { asOf: '2022-06-30' }), { plan: plan2022, lang: 'en' })
 * md.split('\n')[0] //=> '# * City ecological-environment protection work plan, 2022'
 * ```
 */
export function renderReportMarkdown(
  evaluation: PlanEvaluation,
  options: RenderReportOptions,
): string {
  const { plan } = options
  const lang = options.lang ?? 'zh'
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  const lines: string[] = [`# ${evaluation.plan.title[lang]}`, '']
  lines.push(
    `${w('asOf')}: ${evaluation.asOf} · ${w('period')}: ${evaluation.plan.period.start} – ${evaluation.plan.period.end}`,
    '',
  )
  if (options.note) lines.push(`> ${options.note}`, '')
  const counts = Object.entries(evaluation.summary.targets)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${TARGET_STATUS_LABELS[s as TargetResult['status']][lang]} ${n}`)
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
  const c = evaluation.checklist
  if (c) {
    const statuses = ['done', 'inProgress', 'notStarted', 'blocked', 'notApplicable'] as const
    lines.push(`## ${w('checklist')}`, '')
    lines.push(
      `| ${w('pillar')} | ${w('total')} | ${statuses.map((s) => TASK_STATUS_LABELS[s][lang]).join(' | ')} | ${w('overdue')} |`,
    )
    lines.push(`|---|---|${statuses.map(() => '---|').join('')}---|`)
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
        const p = x.progress
        if (!p) continue
        const value = p.value === null ? '—' : String(p.value)
        lines.push(
          `- ${cell(x.title[lang])}: ${value} / ${p.objective} ${p.unit} (${TASK_STATUS_LABELS[x.status][lang]})`,
        )
      }
      lines.push('')
    }
    lines.push(`### ${w('overdue')}`, '')
    const overdue = c.tasks.filter((x) => x.overdue)
    lines.push(
      ...(overdue.length
        ? overdue.map((x) => `- \`${x.task}\` ${x.title[lang]} (${x.due})`)
        : [`- ${w('none')}`]),
      '',
    )
    if (c.atRisk.length) {
      lines.push(`### ${w('atRiskTasks')}`, '')
      for (const r of c.atRisk) {
        lines.push(
          `- **${titleOf(plan, r.target, lang)}** (${TARGET_STATUS_LABELS[r.status as TargetResult['status']]?.[lang] ?? r.status}): ${r.tasks.map((id) => `\`${id}\``).join(', ') || w('none')}`,
        )
      }
      lines.push('')
    }
    const domains = c.byDomain.map((d) => `${DOMAINS[d.domain][lang]} ${d.done}/${d.total}`)
    lines.push(domains.join(' · '), '')
  }
  const ruleSets = [
    ...new Set([...evaluation.targets, ...evaluation.objectives].map((r) => r.ruleSet)),
  ]
  lines.push(`---`, '', `${w('ruleSets')}: ${ruleSets.join(', ')}`, '')
  return lines.join('\n')
}
