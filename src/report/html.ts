import type { PlanEvaluation } from '../schemas/evaluation.js'
import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import { HJ633_2012_CATEGORIES } from '../standards/air/index.js'
import { compositeSectionHtml } from './_composite.js'
import { actualText, escapeHtml, goalText, marginText, titleOf } from './_format.js'
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

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#24292f;background:#fff}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.meta{color:#57606a}.note{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}.num{text-align:right;white-space:nowrap}
.chip{display:inline-block;color:#fff;border-radius:10px;padding:1px 8px;font-size:.85rem;white-space:nowrap}
.why{color:#57606a;font-size:.9rem}.gauges{display:flex;flex-wrap:wrap;gap:12px}
.gauge-title{font-size:12px;fill:#24292f}.gauge-value{font-size:12px;fill:#57606a}
.cal-axis{font-size:10px;fill:#57606a;text-anchor:middle}.cal-month{font-size:10px;fill:#57606a;text-anchor:start}.cal-legend{font-size:11px;fill:#24292f}
.bar{background:#eaeef2;border-radius:4px;height:8px;min-width:80px}.bar>span{display:block;height:8px;border-radius:4px;background:#2da44e}
footer{margin-top:32px;color:#57606a;font-size:.85rem}
`

function chip(status: TargetResult['status'], lang: Lang): string {
  const l = TARGET_STATUS_LABELS[status]
  return `<span class="chip" style="background:${l.colour}">${escapeHtml(l[lang])}</span>`
}

function targetRows(results: readonly TargetResult[], plan: Plan, lang: Lang): string {
  return results
    .map(
      (r) =>
        `<tr id="t-${escapeHtml(r.target)}"><td>${escapeHtml(titleOf(plan, r.target, lang))}<div class="why">${escapeHtml(r.explanation[lang])}</div></td><td class="num">${escapeHtml(goalText(r, lang))}</td><td class="num">${escapeHtml(actualText(r))}</td><td>${chip(r.status, lang)}</td><td class="num">${escapeHtml(marginText(r))}</td></tr>`,
    )
    .join('')
}

function table(results: readonly TargetResult[], plan: Plan, lang: Lang): string {
  const w = (k: keyof typeof WORDS) => escapeHtml(WORDS[k][lang])
  return `<table><thead><tr><th>${w('target')}</th><th>${w('goal')}</th><th>${w('actual')}</th><th>${w('status')}</th><th>${w('margin')}</th></tr></thead><tbody>${targetRows(results, plan, lang)}</tbody></table>`
}

/**
 * Renders a plan evaluation as one self-contained HTML page (inline CSS and SVG, no external
 * assets, not even a favicon request): the targets table with status colours and margins, a gauge per target, the AQI
 * calendar of the year's days coloured by category when daily air data were given, the task
 * objectives, and the checklist by pillar.
 *
 * @param evaluation - the result of {@link evaluatePlan}
 * @param options - the plan, the language and an optional note
 * @returns an HTML document
 * @category Report
 * @example
 * ```ts
 * import { evaluatePlan, renderReportHtml } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const html = renderReportHtml(evaluatePlan(plan2022, [], { asOf: '2022-06-30' }), { plan: plan2022 })
 * html.startsWith('<!doctype html>') //=> true
 * ```
 */
export function renderReportHtml(evaluation: PlanEvaluation, options: RenderReportOptions): string {
  const { plan } = options
  const lang = options.lang ?? 'zh'
  const w = (k: keyof typeof WORDS) => escapeHtml(WORDS[k][lang])
  const body: string[] = []
  body.push(
    `<header><h1>${escapeHtml(evaluation.plan.title[lang])}</h1><p class="meta">${w('asOf')}: ${evaluation.asOf} · ${w('period')}: ${evaluation.plan.period.start} – ${evaluation.plan.period.end}</p>${options.note ? `<p class="note">${escapeHtml(options.note)}</p>` : ''}</header>`,
  )
  const counts = Object.entries(evaluation.summary.targets)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${chip(s as TargetResult['status'], lang)} ${n}`)
    .join(' ')
  body.push(
    `<section id="targets"><h2>${w('targets')}</h2><p>${counts}</p>${table(evaluation.targets, plan, lang)}</section>`,
  )
  const gauges = evaluation.targets
    .filter((r) => r.actual !== null)
    .map((r) => renderGaugeSvg(r, titleOf(plan, r.target, lang)))
  if (gauges.length)
    body.push(`<section id="gauges"><div class="gauges">${gauges.join('')}</div></section>`)
  if (evaluation.airCalendar.length) {
    body.push(
      `<section id="calendar"><h2>${w('calendar')}</h2>${renderAqiCalendarSvg(evaluation.airCalendar, LEVEL_STYLES, lang)}</section>`,
    )
  }
  if (options.cityRanking) body.push(compositeSectionHtml(options.cityRanking, lang))
  if (evaluation.objectives.length) {
    body.push(
      `<section id="objectives"><h2>${w('objectives')}</h2>${table(evaluation.objectives, plan, lang)}</section>`,
    )
  }
  const c = evaluation.checklist
  if (c) {
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
      .flatMap((x) => (x.progress ? [{ ...x, progress: x.progress }] : []))
      .map((x) => {
        const p = x.progress
        const share = Math.min(100, Math.round((p.ratio ?? 0) * 100))
        return `<tr><td>${escapeHtml(x.title[lang])}</td><td class="num">${p.value ?? '—'} / ${p.objective} ${escapeHtml(p.unit)}</td><td>${escapeHtml(TASK_STATUS_LABELS[x.status][lang])}</td><td><div class="bar"><span style="width:${share}%"></span></div></td></tr>`
      })
      .join('')
    const overdue = c.tasks.filter((x) => x.overdue)
    body.push(
      `<section id="checklist"><h2>${w('checklist')}</h2><table><thead>${head}</thead><tbody>${rows}</tbody></table>` +
        (counted ? `<h3>${w('counted')}</h3><table><tbody>${counted}</tbody></table>` : '') +
        `<h3>${w('overdue')}</h3>${overdue.length ? `<ul>${overdue.map((x) => `<li><code>${escapeHtml(x.task)}</code> ${escapeHtml(x.title[lang])} (${x.due})</li>`).join('')}</ul>` : `<p>${w('none')}</p>`}` +
        (c.atRisk.length
          ? `<h3>${w('atRiskTasks')}</h3><ul>${c.atRisk.map((r) => `<li><strong>${escapeHtml(titleOf(plan, r.target, lang))}</strong>: ${r.tasks.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ') || w('none')}</li>`).join('')}</ul>`
          : '') +
        '</section>',
    )
  }
  const ruleSets = [
    ...new Set([...evaluation.targets, ...evaluation.objectives].map((r) => r.ruleSet)),
  ]
  body.push(`<footer>${w('ruleSets')}: ${escapeHtml(ruleSets.join(', '))} · eco-targets</footer>`)
  return `<!doctype html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(evaluation.plan.title[lang])} · ${evaluation.asOf}</title><style>${CSS}</style></head><body><main>${body.join('\n')}</main></body></html>\n`
}
