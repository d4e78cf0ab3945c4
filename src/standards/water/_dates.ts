import { expect, issue } from '../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../_lib/errors/issue.js'
import type { Path } from './_input.js'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether a text is a calendar date `YYYY-MM-DD` that exists (2022-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** The problem with a sampling date, or `null`. */
export function isoDateIssue(path: Path, value: unknown): InputIssue | null {
  if (isIsoDate(value)) return null
  return issue({
    code: typeof value === 'string' ? 'invalid_format' : 'invalid_type',
    path,
    expected: expect.isoDate(),
    received: value,
  })
}
