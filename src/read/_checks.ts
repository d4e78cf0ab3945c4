import { expect, text } from '../_lib/errors/catalogue.js'
import { isInputError } from '../_lib/errors/input-error.js'
import type { InputIssue, IssueLocation } from '../_lib/errors/issue.js'
import { validateObservations } from '../evaluate/validate-observations.js'
import type { Observation } from '../schemas/observation/index.js'
import { issueAt } from './_header.js'
import type { ReadRecord } from './_reader.js'

const at = (location: IssueLocation) => `${location.file}:${location.line}`

/**
 * What only the whole set of observations shows, each problem at the file and line of its
 * record: a day given twice for one scope (naming where it was given first), else every check of
 * {@link validateObservations} across records (duplicates, contradictory records, the air
 * module's rules), so that what the reader accepts is what the evaluators accept.
 */
export function acrossRecords(records: readonly ReadRecord<Observation>[]): InputIssue[] {
  const seen = new Map<string, IssueLocation>()
  const problems: InputIssue[] = []
  for (const { location, value } of records) {
    if (value.kind !== 'airDaily') continue
    const key = `${value.scope}|${value.date}`
    const first = seen.get(key)
    if (first) {
      problems.push(
        issueAt(location.file ?? 'input', location.line, 'date', {
          code: 'duplicate',
          expected: expect.unique(text('日期', 'date')),
          received: value.date,
          hint: text(
            `${value.scope} 的这一天已在 ${at(first)} 给出`,
            `${value.scope} has this day at ${at(first)} too`,
          ),
        }),
      )
    } else seen.set(key, location)
  }
  if (problems.length > 0) return problems
  try {
    validateObservations(records.map((r) => r.value))
    return []
  } catch (error) {
    if (!isInputError(error)) throw error
    return error.issues.map((issue) => {
      const [, index, ...field] = issue.path
      const location = typeof index === 'number' ? records[index]?.location : undefined
      return location ? { ...issue, path: field, location } : issue
    })
  }
}
