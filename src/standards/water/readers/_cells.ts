import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue, IssueLocation } from '../../../_lib/errors/issue.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import type { Path } from '../_input.js'

// Plain decimal notation only, so `1,234`, `12a` or `0.5mg/L` are errors rather than guesses.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const NOT_DETECTED: ReadonlySet<string> = new Set(['nd', '未检出', '不得检出', 'notdetected'])

/** A cell read: a number, no value, not detected, or a word of a described item. */
export type Cell = number | null | 'notDetected' | 'none' | 'present'

/**
 * Reads one cell as the readers do: a number or numeric text (plain decimal notation); a
 * no-value text of the shared table (`--`, empty, `NA`, `/`, `未监测`, …, case-insensitive) is
 * `null`; with `groundwater`, `ND` / `未检出` is `'notDetected'` and `无` / `有` are `'none'` /
 * `'present'`. Anything else is an issue (`"<0.01"` with a detection-limit hint).
 */
export function readCell(
  raw: unknown,
  path: Path,
  options: { readonly groundwater?: boolean; readonly location?: IssueLocation | undefined },
): { value: Cell } | { issue: InputIssue } {
  if (raw === null || raw === undefined) return { value: null }
  if (typeof raw === 'number') return { value: raw }
  const at = options.location ? { location: options.location } : {}
  if (typeof raw !== 'string') {
    return {
      issue: issue({ code: 'invalid_type', path, expected: expect.number(), received: raw, ...at }),
    }
  }
  const t = raw.trim()
  if (noValueOf(t) !== null) return { value: null }
  if (options.groundwater) {
    const lower = t.toLowerCase()
    if (NOT_DETECTED.has(lower)) return { value: 'notDetected' }
    if (t === '无' || lower === 'none') return { value: 'none' }
    if (t === '有' || lower === 'present') return { value: 'present' }
  }
  if (NUMBER.test(t)) {
    const n = Number(t)
    if (Number.isFinite(n)) return { value: n }
  }
  const hint = /^[<＜]/.test(t)
    ? text(
        '低于检出限的值需写成数值，或留空',
        'a value below the detection limit needs a number, or leave it empty',
      )
    : /\d/.test(t)
      ? text('只写数值，不带单位', 'write the number alone, without a unit')
      : undefined
  return {
    issue: issue({
      code: 'invalid_type',
      path,
      expected: expect.number(),
      received: raw,
      ...(hint ? { hint } : {}),
      ...at,
    }),
  }
}
