import type { InputError } from './input-error.js'
import type { InputIssue, IssueLocation } from './issue.js'
import { formatIssuePath } from './path.js'

/**
 * A location the way compilers print it, so editors can jump to it: `file:line:column`,
 * shorter when a part is unknown.
 *
 * @param location - file, line and column
 * @returns e.g. `days.csv:12:17`, `days.csv:12`, `days.csv`; an empty string without a file
 * @category Errors
 * @example
 * ```ts
 * import { formatIssueLocation } from 'eco-targets'
 * formatIssueLocation({ file: 'days.csv', line: 12, column: 17 }) //=> 'days.csv:12:17'
 * formatIssueLocation({ file: 'days.csv' })                       //=> 'days.csv'
 * ```
 */
export function formatIssueLocation(location: IssueLocation | undefined): string {
  if (!location?.file) return ''
  if (location.line === undefined) return location.file
  if (location.column === undefined) return `${location.file}:${location.line}`
  return `${location.file}:${location.line}:${location.column}`
}

/** Options of {@link formatInputIssue} and {@link formatInputError}. @category Errors */
export interface FormatIssueOptions {
  /** Language of the messages (default `'zh'`). */
  readonly lang?: 'zh' | 'en'
  /** A name for the whole input, the first segment of every path. */
  readonly root?: string
}

/**
 * One issue as a line: its file location (when it has one), its path and its message.
 *
 * @param issue - the issue
 * @param options - language (default Chinese) and a root name for paths
 * @returns e.g. `days.csv:3:12: pm25: expected a non-negative number (µg/m³), got -1`
 * @category Errors
 * @example
 * ```ts
 * import { formatInputIssue, InputError, IsoDateSchema, parseInput } from 'eco-targets'
 * let error: InputError | undefined
 * try {
 *   parseInput(IsoDateSchema, '2022-02-30', 'asOf')
 * } catch (e) {
 *   if (e instanceof InputError) error = e
 * }
 * formatInputIssue(error!.issues[0], { lang: 'en' })
 * //=> 'asOf: expected a valid date YYYY-MM-DD, got "2022-02-30"'
 * ```
 */
export function formatInputIssue(issue: InputIssue, options: FormatIssueOptions = {}): string {
  const lang = options.lang ?? 'zh'
  const where = formatIssueLocation(issue.location)
  const path = formatIssuePath(issue.path, options.root)
  const head = [where, path].filter((p) => p !== '').join(': ')
  return head === '' ? issue.message[lang] : `${head}: ${issue.message[lang]}`
}

/**
 * Every issue of an error, one per line, in the chosen language.
 *
 * @param error - the input error
 * @param options - language (default Chinese), a root name for paths, and how many issues to show
 *   (default all; the rest are counted on a last line)
 * @returns the lines joined by newlines
 * @category Errors
 * @example
 * ```ts
 * import { formatInputError, InputError, IsoDateSchema, parseInput } from 'eco-targets'
 * let error: InputError | undefined
 * try {
 *   parseInput(IsoDateSchema, '2022-02-30', 'asOf')
 * } catch (e) {
 *   if (e instanceof InputError) error = e
 * }
 * formatInputError(error!)
 * //=> 'asOf: 应为有效日期（YYYY-MM-DD），实际为 "2022-02-30"'
 * ```
 */
export function formatInputError(
  error: InputError,
  options: FormatIssueOptions & { readonly max?: number } = {},
): string {
  const max = options.max ?? Number.POSITIVE_INFINITY
  const lines = error.issues.slice(0, max).map((i) => formatInputIssue(i, options))
  const rest = error.issues.length - lines.length
  if (rest > 0) {
    lines.push(options.lang === 'en' ? `… and ${rest} more problems` : `……另有 ${rest} 处问题`)
  }
  return lines.join('\n')
}
