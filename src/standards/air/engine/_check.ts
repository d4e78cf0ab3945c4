import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue, IssuePathSegment } from '../../../_lib/errors/issue.js'
import type { LocalizedText } from '../../../_lib/localized-text.js'

/** Issues kept per error: enough to show a pattern, bounded for a column of millions. */
export const MAX_ISSUES = 100

const CO_HINT = text('一氧化碳应以 mg/m³ 计，是否误用了 µg/m³？', 'CO is in mg/m³: was it µg/m³?')

/** What a concentration column must hold. */
export interface ValueRule {
  readonly unit: 'µg/m³' | 'mg/m³'
  /** The largest accepted value (the CO plausibility bound), or Infinity. */
  readonly max: number
  readonly averaging: LocalizedText
}

export const HOURLY = text('小时均值', '1-hour')
export const DAILY = text('日均', 'daily mean')

/**
 * The issue of one bad concentration, or `null` when `v` is a value or missing (`null`,
 * `undefined`, `NaN`). The rules and codes are those of the readers and schemas: a number, not
 * negative, finite, CO below the plausibility bound.
 */
export function valueIssue(
  v: unknown,
  rule: ValueRule,
  path: readonly IssuePathSegment[],
): InputIssue | null {
  if (v === null || v === undefined) return null
  if (typeof v !== 'number') {
    return issue({ code: 'invalid_type', path, expected: expect.number(rule.unit), received: v })
  }
  // NaN: missing; -Infinity: not measured (NOT_MEASURED of the readers), also no value
  if (Number.isNaN(v) || v === Number.NEGATIVE_INFINITY) return null
  if (v < 0) {
    return issue({ code: 'too_small', path, expected: expect.nonNegative(rule.unit), received: v })
  }
  if (v === Number.POSITIVE_INFINITY) {
    return issue({ code: 'not_finite', path, expected: expect.finite(), received: v })
  }
  if (v > rule.max) {
    return issue({
      code: 'implausible',
      path,
      expected: expect.plausibleCo(rule.max, rule.averaging),
      received: v,
      hint: CO_HINT,
    })
  }
  return null
}
