/** One problem found in air input: where it is and what was expected. @category Air */
export interface AirInputIssue {
  readonly path: readonly (string | number)[]
  readonly message: string
}

/**
 * Thrown when air input cannot be used: a value that is negative, not a number, not finite, a
 * CO value that can only be µg/m³, a bad date or timestamp, a duplicate record. The message
 * lists every problem with where it is (`→ at [3].co`); `issues` has them as data.
 *
 * @category Air
 * @example
 * ```ts
 * import { AirInputError, dailyAqi } from 'eco-targets/air'
 * let error: AirInputError | undefined
 * try {
 *   dailyAqi({ pm25: -1 })
 * } catch (e) {
 *   error = e as AirInputError
 * }
 * error?.issues[0]?.path //=> ['pm25']
 * ```
 */
export class AirInputError extends Error {
  override readonly name = 'AirInputError'
  /** Every problem found. */
  readonly issues: readonly AirInputIssue[]

  /**
   * @param context - what was being read, e.g. "dailyAqi input"
   * @param issues - the problems found
   */
  constructor(context: string, issues: readonly AirInputIssue[]) {
    const lines = issues.map((i) => {
      const at = i.path.length > 0 ? `\n  → at ${formatPath(i.path)}` : ''
      return `✖ ${i.message}${at}`
    })
    super(`${context} is invalid:\n${lines.join('\n')}`)
    this.issues = issues
  }
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}
