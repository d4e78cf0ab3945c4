import type { InputIssue } from './issue.js'
import { formatIssuePath } from './path.js'

/**
 * Thrown for input that cannot be used, everywhere in eco-targets: a negative or non-numeric
 * concentration, CO in the wrong unit, a bad date, an unknown or misspelt option, a duplicate or
 * contradictory record, a file whose header lacks a column. It carries a non-empty list of
 * {@link InputIssue}s, each with an array path, a code, what was expected and what was received,
 * in Chinese and English (zod's `ZodError` and valibot's `ValiError` have the same shape).
 *
 * `message` lists the issues in English, one per line, for logs and stack traces;
 * {@link formatInputError} renders them in Chinese or English, by path or by file location.
 *
 * Programming errors are not input errors: calling an evaluator with a target of another kind,
 * for example, throws a `TypeError`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { InputError, IsoDateSchema, parseInput } from 'eco-targets'
 * let error: InputError | undefined
 * try {
 *   parseInput(IsoDateSchema, '2022-02-30', 'asOf')
 * } catch (e) {
 *   if (e instanceof InputError) error = e
 * }
 * error?.issues[0].path          //=> ['asOf']
 * error?.issues[0].code          //=> 'invalid_format'
 * error?.issues[0].received      //=> '"2022-02-30"'
 * error?.issues[0].message.en    //=> 'expected a valid date YYYY-MM-DD, got "2022-02-30"'
 * ```
 */
export class InputError extends Error {
  override readonly name = 'InputError'
  /** What was being read, e.g. `dailyAqi input` or `observations.csv`. */
  readonly context: string
  /** Every problem found, at least one. */
  readonly issues: readonly [InputIssue, ...InputIssue[]]

  /**
   * @param context - what was being read, e.g. "dailyAqi input"
   * @param issues - the problems found (at least one)
   */
  constructor(context: string, issues: readonly InputIssue[]) {
    if (issues.length === 0) throw new TypeError('InputError needs at least one issue')
    const lines = issues.map((i) => {
      const at = i.path.length > 0 ? `\n  → at ${formatIssuePath(i.path)}` : ''
      return `✖ ${i.message.en}${at}`
    })
    super(`${context} is invalid:\n${lines.join('\n')}`)
    this.context = context
    this.issues = issues as readonly [InputIssue, ...InputIssue[]]
  }
}

/**
 * Whether a value is an {@link InputError}, also across two copies of the package (where
 * `instanceof` fails).
 *
 * @param value - anything caught
 * @returns true for an input error
 * @category Errors
 * @example
 * ```ts
 * import { isInputError } from 'eco-targets'
 * isInputError(new Error('x')) //=> false
 * ```
 */
export function isInputError(value: unknown): value is InputError {
  return (
    value instanceof InputError ||
    (value instanceof Error &&
      value.name === 'InputError' &&
      Array.isArray((value as { issues?: unknown }).issues))
  )
}
