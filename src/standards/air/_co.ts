import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import type { InputIssue, IssuePathSegment } from '../../_lib/errors/issue.js'
import { throwIfAny } from './_input.js'

/** Which CO bound applies: 1-hour values or daily (24-hour) means. */
export type CoAveraging = '1h' | '24h'

const AVERAGING = {
  '1h': text('1小时平均', '1-hour'),
  '24h': text('24小时平均', '24-hour'),
} as const

/** The issue of a CO value above the plausibility bound: CO given in µg/m³ by mistake. */
export function implausibleCo(
  path: readonly IssuePathSegment[],
  value: number,
  bound: number,
  averaging: CoAveraging,
): InputIssue {
  return issue({
    code: 'implausible',
    path,
    expected: expect.plausibleCo(bound, AVERAGING[averaging]),
    received: value,
    hint: text(
      `不合理：CO 以 mg/m³ 计，是否误用了 µg/m³？（${value} µg/m³ = ${value / 1000} mg/m³）`,
      `implausible: CO is in mg/m³, was it µg/m³? (${value} µg/m³ = ${value / 1000} mg/m³)`,
    ),
  })
}

/**
 * Rejects CO values above the plausibility bound (µg/m³ given where mg/m³ is expected).
 * `items` are `[path, value]` pairs.
 */
export function checkCoPlausible(
  context: string,
  items: Iterable<readonly [readonly IssuePathSegment[], number | null | undefined]>,
  bound: number,
  averaging: CoAveraging,
): void {
  const issues: InputIssue[] = []
  for (const [path, value] of items) {
    if (value !== null && value !== undefined && value > bound) {
      issues.push(implausibleCo(path, value, bound, averaging))
    }
  }
  throwIfAny(context, issues)
}
