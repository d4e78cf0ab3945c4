import { expect, issue } from '../../_lib/errors/catalogue.js'
import type { InputIssue, IssuePathSegment } from '../../_lib/errors/issue.js'
import { type CoAveraging, implausibleCo } from './_co.js'

/** Issues kept per error: enough to show a pattern, bounded for a column of millions. */
export const MAX_ISSUES = 100

/** What a concentration column must hold. */
export interface ValueRule {
  readonly unit: 'µg/m³' | 'mg/m³'
  /** The largest accepted value (the CO plausibility bound), or Infinity. */
  readonly max: number
  /** The averaging time the CO bound is stated for. */
  readonly averaging: CoAveraging
}

/**
 * The issue of one bad concentration, or `null` when `v` is a value or missing (`null`,
 * `undefined`, `NaN`, `-Infinity`). The codes and messages are those of the object functions
 * (`parseAirInput` and `checkCoPlausible`): a number, not negative, finite, CO within the
 * plausibility bound of its averaging time.
 */
export function valueIssue(
  v: unknown,
  rule: ValueRule,
  path: readonly IssuePathSegment[],
): InputIssue | null {
  if (v === null || v === undefined) return null
  const expected = expect.nonNegative(rule.unit)
  if (typeof v !== 'number') return issue({ code: 'invalid_type', path, expected, received: v })
  // NaN: missing; -Infinity: not measured (NOT_MEASURED of the readers), also no value
  if (Number.isNaN(v) || v === Number.NEGATIVE_INFINITY) return null
  if (v < 0) return issue({ code: 'too_small', path, expected, received: v })
  if (v === Number.POSITIVE_INFINITY) {
    return issue({ code: 'not_finite', path, expected, received: v })
  }
  if (v > rule.max) return implausibleCo(path, v, rule.max, rule.averaging)
  return null
}
