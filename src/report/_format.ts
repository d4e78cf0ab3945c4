import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import type { Unit } from '../schemas/vocabulary.js'
import { COMPARATOR_SIGNS, type Lang, UNIT_LABELS } from './labels.js'

/** A number as published: fixed decimals, or "—". */
export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined ? '—' : value.toFixed(Math.max(0, digits))
}

/**
 * Unit text after a value: symbols after a space (`23 µg/m³`), `%` and Chinese unit words
 * without one (`93.0%`, `650.00吨`), as Chinese reports print them.
 */
export function unitText(unit: Unit, lang: Lang): string {
  const label = UNIT_LABELS[unit][lang]
  if (label === '' || label === '%') return label
  return lang === 'zh' && /^[\u4e00-\u9fff]/.test(label) ? label : ` ${label}`
}

/** "≥ 91.6%" or "完成下达减排量 4.0%". */
export function goalText(r: TargetResult, lang: Lang): string {
  const sign = COMPARATOR_SIGNS[r.expected.comparator][lang]
  if (r.expected.value === null) return sign
  const digits = r.actual?.precision ?? 1
  return `${sign} ${fixed(r.expected.value, r.unit === '%' ? Math.min(digits, 1) : digits)}${unitText(r.unit, lang)}`
}

/** The published actual value with its unit. */
export function actualText(r: TargetResult, lang: Lang): string {
  return r.actual
    ? `${fixed(r.actual.published, r.actual.precision)}${unitText(r.unit, lang)}`
    : '—'
}

/** A signed margin with its unit. */
export function marginText(r: TargetResult, lang: Lang): string {
  if (r.margin === null) return '—'
  const digits = r.actual?.precision ?? 1
  const sign = r.margin > 0 ? '+' : r.margin < 0 ? '−' : '±'
  return `${sign}${fixed(Math.abs(r.margin), digits)}${unitText(r.unit, lang)}`
}

/**
 * A date as a report prints it: `2022年6月30日` in Chinese, ISO `2022-06-30` in English.
 *
 * @param iso - the date, `YYYY-MM-DD`
 * @param lang - the language
 * @returns the date as text
 * @category Report
 * @example
 * ```ts
 * import { formatReportDate } from 'eco-targets'
 * formatReportDate('2022-06-30', 'zh') //=> '2022年6月30日'
 * formatReportDate('2022-06-30', 'en') //=> '2022-06-30'
 * ```
 */
export function formatReportDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso
  const [y, m, d] = iso.split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

/** A period: `2022年1月1日至2022年12月31日`, `2022-01-01 – 2022-12-31`. */
export function periodText(start: string, end: string, lang: Lang): string {
  return lang === 'zh'
    ? `${formatReportDate(start, lang)}至${formatReportDate(end, lang)}`
    : `${start} – ${end}`
}

/** A label and its value: `评估日期：…` with the full-width colon, `As of: …`. */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：${value}` : `${label}: ${value}`
}

/** Text in brackets after other text: full-width `（…）` in Chinese, ` (…)` in English. */
export function bracketed(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`
}

/** Items of a list in a sentence: `、` in Chinese, `, ` in English. */
export function listText(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ')
}

/** The title of a target or task objective in the plan. */
export function titleOf(plan: Plan, id: string, lang: Lang): string {
  const target = plan.targets.find((t) => t.id === id)
  if (target) {
    // The scope is added only where two targets share a title (a plan may name the same figure
    // for two scopes, such as prefecture-level and county-level drinking-water sources).
    const shared = plan.targets.some((t) => t.id !== id && t.title[lang] === target.title[lang])
    if (!shared) return target.title[lang]
    return `${target.title[lang]}${bracketed(target.scope[lang], lang)}`
  }
  const task = plan.tasks.find((t) => t.id === id)
  return task?.objective ? task.objective.subject[lang] : id
}

/**
 * Escapes text for HTML, as the HTML report does: `&`, `<`, `>`, `"` and `'` as character
 * references.
 *
 * @param text - the text
 * @returns the text, safe inside an element or a quoted attribute
 * @category Report
 * @example
 * ```ts
 * import { escapeHtml } from 'eco-targets'
 * escapeHtml('<b>&</b>') //=> '&#60;b&#62;&#38;&#60;/b&#62;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Escapes the characters a Markdown table cell cannot hold. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
