import type { IssuePathSegment } from './issue.js'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * A path as a dot path: `[3, 'co']` → `[3].co`, `['values', 'pH']` → `values.pH`; keys that are
 * not identifiers are quoted (`values["PM2.5"]`). With a `root` the path starts with it
 * (`observations[3].co`).
 *
 * @param path - the issue's path
 * @param root - a name for the whole input
 * @returns the dot path; `root` (or an empty string) for an empty path
 * @category Errors
 * @example
 * ```ts
 * import { formatIssuePath } from 'eco-targets'
 * formatIssuePath([3, 'co'])                   //=> '[3].co'
 * formatIssuePath([3, 'co'], 'observations')   //=> 'observations[3].co'
 * formatIssuePath(['values', 'PM2.5'])         //=> 'values["PM2.5"]'
 * ```
 */
export function formatIssuePath(path: readonly IssuePathSegment[], root = ''): string {
  let out = root
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (!IDENTIFIER.test(segment)) out += `[${JSON.stringify(segment)}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}
