import type { Plan } from '../schemas/plan.js'
import type { TargetResult } from '../schemas/result.js'
import { COMPARATOR_SIGNS, type Lang } from './labels.js'

/** A number as published: fixed decimals, or "—". */
export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined ? '—' : value.toFixed(Math.max(0, digits))
}

/** Unit text after a value. */
export function unitText(unit: string): string {
  return unit === '%' ? '%' : ` ${unit}`
}

/** "≥ 91.6%" or "reach assigned reduction". */
export function goalText(r: TargetResult, lang: Lang): string {
  const sign = COMPARATOR_SIGNS[r.expected.comparator][lang]
  if (r.expected.value === null) return sign
  const digits = r.actual?.precision ?? 1
  return `${sign} ${fixed(r.expected.value, r.unit === '%' ? Math.min(digits, 1) : digits)}${unitText(r.unit)}`
}

/** The published actual value with its unit. */
export function actualText(r: TargetResult): string {
  return r.actual ? `${fixed(r.actual.published, r.actual.precision)}${unitText(r.unit)}` : '—'
}

/** A signed margin with its unit. */
export function marginText(r: TargetResult): string {
  if (r.margin === null) return '—'
  const digits = r.actual?.precision ?? 1
  const sign = r.margin > 0 ? '+' : r.margin < 0 ? '−' : '±'
  return `${sign}${fixed(Math.abs(r.margin), digits)}${unitText(r.unit)}`
}

/** The title of a target or task objective in the plan. */
export function titleOf(plan: Plan, id: string, lang: Lang): string {
  const target = plan.targets.find((t) => t.id === id)
  if (target) {
    // The scope is added only where two targets share a title (a plan may name the same figure
    // for two scopes, such as prefecture-level and county-level drinking-water sources).
    const shared = plan.targets.some((t) => t.id !== id && t.title[lang] === target.title[lang])
    if (!shared) return target.title[lang]
    return `${target.title[lang]}${lang === 'zh' ? `（${target.scope.zh}）` : ` (${target.scope.en})`}`
  }
  const task = plan.tasks.find((t) => t.id === id)
  return task?.objective ? task.objective.subject[lang] : id
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Escapes the characters a Markdown table cell cannot hold. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
