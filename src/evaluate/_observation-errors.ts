import { relocate, text } from '../_lib/errors/catalogue.js'
import { InputError, isInputError } from '../_lib/errors/input-error.js'
import type { InputIssue, IssuePathSegment } from '../_lib/errors/issue.js'

/**
 * An error of a standard's function on a subset of the observations, with every issue path
 * mapped back to the record of the caller's list: `[1, 'co']` of the filtered days becomes
 * `['observations', 3, 'co']`. Any other error is returned unchanged.
 *
 * @param error - what the standard threw
 * @param indices - for each item passed to the standard, its index in the observations
 */
export function remapToObservations(error: unknown, indices: readonly number[]): unknown {
  const issues = issuesOf(error)
  if (!issues) return error
  const mapped = issues.map((issue) => {
    const [first, ...rest] = issue.path
    const index = typeof first === 'number' ? indices[first] : undefined
    return index === undefined
      ? relocate(issue, { prefix: ['observations'] })
      : relocate({ ...issue, path: rest }, { prefix: ['observations', index] })
  })
  return new InputError('observations input', mapped)
}

/**
 * The issues of an input error of the library, also of an error of the older air shape
 * (`{ path, message }` with an English message), which become `custom` issues.
 */
function issuesOf(error: unknown): readonly InputIssue[] | null {
  if (isInputError(error)) return error.issues
  const issues = (error as { issues?: unknown } | null)?.issues
  if (!(error instanceof Error) || !Array.isArray(issues)) return null
  const plain = issues.filter(
    (i): i is { path: IssuePathSegment[]; message: string } =>
      typeof i === 'object' && i !== null && Array.isArray(i.path) && typeof i.message === 'string',
  )
  if (plain.length === 0 || plain.length !== issues.length) return null
  return plain.map((i) => {
    const expected = text(i.message, i.message)
    return {
      code: 'custom',
      path: i.path,
      expected,
      received: null,
      message: { zh: i.message, en: i.message },
    } satisfies InputIssue
  })
}
