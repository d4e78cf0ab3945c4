import type { PlanEvaluation } from '../schemas/evaluation.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import { HJ633_2012_CATEGORIES } from '../standards/air/index.js'
import { compositeSectionHtml } from './_composite.js'
import {
  actualText,
  bracketed,
  escapeHtml,
  formatReportDate,
  goalText,
  labelled,
  listText,
  marginText,
  periodText,
  titleOf,
} from './_format.js'
import { REPORT_CSS } from './_html-style.js'
import { atRiskEntries, progressText, ruleSetEntries, statusCounts } from './_parts.js'
import { type Lang, TARGET_STATUS_LABELS, TASK_STATUS_LABELS, WORDS } from './labels.js'
import type { RenderReportOptions } from './markdown.js'
import { type LevelStyle, renderAqiCalendarSvg } from './svg/aqi-calendar.js'
import { renderGaugeSvg } from './svg/gauge.js'

// HJ 633-2012 表2 / 附录A 表A.1: the category names and colours are the same in the 2026 edition.
const LEVEL_STYLES: readonly LevelStyle[] = HJ633_2012_CATEGORIES.map((c) => ({
  hex: c.color.hex,
  zh: c.name.zh,
  en: c.name.en,
}))

function chip(status: TargetResult['status'], lang: Lang): string {
  const l = TARGET_STATUS_LABELS[status]
  return `<span class="chip" style="background:${l.colour}">${escapeHtml(l[lang])}</span>`
}

/** A table cell that names its column when the table is shown as cards on a narrow screen. */
function td(label: string, content: string, lang: Lang, cls = ''): string {
  const name = escapeHtml(labelled(label, '', lang))
  return `<td${cls ? ` class="${cls}"` : ''} data-label="${name}">${content}</td>`
}

function table(results: readonly TargetResult[], plan: Plan, lang: Lang): string {
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  const head = (['target', 'goal', 'actual', 'status', 'margin'] as const)
    .map((k) => `<th>${escapeHtml(w(k))}</th>`)
    .join('')
  const rows = results
    .map(
      (r) =>
        `<tr id="t-${escapeHtml(r.target)}"><td>${escapeHtml(titleOf(plan, r.target, lang))}<div class="why">${escapeHtml(r.explanation[lang])}</div></td>${td(w('goal'), escapeHtml(goalText(r, lang)), lang, 'num')}${td(w('actual'), escapeHtml(actualText(r, lang)), lang, 'num')}${td(w('status'), chip(r.status, lang), lang)}${td(w('margin'), escapeHtml(marginText(r, lang)), lang, 'num')}</tr>`,
    )
    .join('')
  return `<table class="cards"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

function checklistSection(evaluation: PlanEvaluation, plan: Plan, lang: Lang): string {
  const c = evaluation.checklist
  if (!c) return ''
  const w = (k: keyof typeof WORDS) => escapeHtml(WORDS[k][lang])
  const statuses = ['done', 'inProgress', 'notStarted', 'blocked', 'notApplicable'] as const
  const head = `<tr><th>${w('pillar')}</th><th>${w('total')}</th>${statuses.map((s) => `<th>${escapeHtml(TASK_STATUS_LABELS[s][lang])}</th>`).join('')}<th>${w('overdue')}</th><th></th></tr>`
  const rows = c.byPillar
    .map((p) => {
      const title = plan.pillars.find((x) => x.id === p.pillar)?.title[lang] ?? p.pillar
      const share = p.total ? Math.round((p.done / p.total) * 100) : 0
      return `<tr><td>${escapeHtml(title)}</td><td class="num">${p.total}</td>${statuses.map((s) => `<td class="num">${p[s]}</td>`).join('')}<td class="num">${p.overdue}</td><td><div class="bar"><span style="width:${share}%"></span></div></td></tr>`
    })
    .join('')
  const counted = c.tasks
    .filter((x) => x.progress)
    .map((x) => {
      const share = Math.min(100, Math.round((x.progress?.ratio ?? 0) * 100))
      return `<tr><td>${escapeHtml(x.title[lang])}</td><td class="num">${escapeHtml(progressText(x, plan, lang))}</td><td>${escapeHtml(TASK_STATUS_LABELS[x.status][lang])}</td><td><div class="bar"><span style="width:${share}%"></span></div></td></tr>`
    })
    .join('')
  const overdue = c.tasks.filter((x) => x.overdue)
  const due = (x: (typeof overdue)[number]) =>
    bracketed(`${WORDS.due[lang]}${lang === 'zh' ? '' : ' '}${formatReportDate(x.due, lang)}`, lang)
  const atRisk = atRiskEntries(evaluation, plan, lang)
  return (
    `<section id="checklist"><h2>${w('checklist')}</h2><div class="scroll"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>` +
    (counted
      ? `<h3>${w('counted')}</h3><div class="scroll"><table><tbody>${counted}</tbody></table></div>`
      : '') +
    `<h3>${w('overdue')}</h3>${overdue.length ? `<ul>${overdue.map((x) => `<li>${escapeHtml(x.title[lang])}${escapeHtml(due(x))} <code>${escapeHtml(x.task)}</code></li>`).join('')}</ul>` : `<p>${w('none')}</p>`}` +
    (atRisk.length
      ? `<h3>${w('atRiskTasks')}</h3><ul>${atRisk
          .map(
            (r) =>
              `<li><strong>${escapeHtml(r.title)}</strong>${escapeHtml(bracketed(r.status, lang))}${
                r.tasks.length
                  ? `<ul class="tasks">${r.tasks.map((t) => `<li>${escapeHtml(t.title)} <code>${escapeHtml(t.id)}</code></li>`).join('')}</ul>`
                  : ` ${w('none')}`
              }</li>`,
          )
          .join('')}</ul>`
      : '') +
    '</section>'
  )
}

/**
 * Renders a plan evaluation as one self-contained HTML page (inline CSS and SVG, no external
 * assets, not even a favicon request): the targets table with status colours and margins, a
 * gauge per target, the AQI calendar of the year's days coloured by category when daily air data
 * were given, the task objectives, and the checklist by pillar. The page fits any width, from a
 * desktop to a phone or a narrow frame: tables scroll in their own box or become cards.
 *
 * @param evaluation - the result of {@link evaluatePlan}
 * @param options - the plan, the language (default `zh`) and an optional note
 * @returns an HTML document
 * @category Report
 * @example
 * ```ts
 * import { evaluatePlan, renderReportHtml } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const html = renderReportHtml(evaluatePlan(plan2022, [], { asOf: '2022-06-30' }), { plan: plan2022 })
 * html.startsWith('<!doctype html>') //=> true
 * html.includes('<html lang="zh-CN">') //=> true
 * ```
 */
export function renderReportHtml(evaluation: PlanEvaluation, options: RenderReportOptions): string {
  const { plan } = options
  const lang = options.lang ?? 'zh'
  const w = (k: keyof typeof WORDS) => escapeHtml(WORDS[k][lang])
  const { start, end } = evaluation.plan.period
  const body: string[] = []
  const meta = `${labelled(WORDS.asOf[lang], formatReportDate(evaluation.asOf, lang), lang)} · ${labelled(WORDS.period[lang], periodText(start, end, lang), lang)}`
  body.push(
    `<header><h1>${escapeHtml(evaluation.plan.title[lang])}</h1><p class="meta">${escapeHtml(meta)}</p>${options.note ? `<p class="note">${escapeHtml(options.note)}</p>` : ''}</header>`,
  )
  const counts = statusCounts(evaluation.summary.targets)
    .map(([s, n]) => `${chip(s, lang)} ${n}`)
    .join(' ')
  body.push(
    `<section id="targets"><h2>${w('targets')}</h2><p>${counts}</p>${table(evaluation.targets, plan, lang)}</section>`,
  )
  const gauges = evaluation.targets
    .filter((r) => r.actual !== null)
    .map((r) => renderGaugeSvg(r, titleOf(plan, r.target, lang), lang))
  if (gauges.length)
    body.push(`<section id="gauges"><div class="gauges">${gauges.join('')}</div></section>`)
  if (evaluation.airCalendar.length) {
    body.push(
      `<section id="calendar"><h2>${w('calendar')}</h2><div class="scroll">${renderAqiCalendarSvg(evaluation.airCalendar, LEVEL_STYLES, lang)}</div></section>`,
    )
  }
  if (options.cityRanking) body.push(compositeSectionHtml(options.cityRanking, lang))
  if (evaluation.objectives.length) {
    body.push(
      `<section id="objectives"><h2>${w('objectives')}</h2>${table(evaluation.objectives, plan, lang)}</section>`,
    )
  }
  body.push(checklistSection(evaluation, plan, lang))
  const ruleSets = ruleSetEntries(evaluation, lang)
    .map((r) => `<li>${escapeHtml(labelled(r.name, listText(r.documents, lang), lang))}</li>`)
    .join('')
  body.push(`<footer>${w('ruleSets')}<ul>${ruleSets}</ul>eco-targets</footer>`)
  return `<!doctype html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(evaluation.plan.title[lang])} · ${escapeHtml(formatReportDate(evaluation.asOf, lang))}</title><style>${REPORT_CSS}</style></head><body><main>${body.filter(Boolean).join('\n')}</main></body></html>\n`
}
