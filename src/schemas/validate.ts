import type { $ZodType } from 'zod/v4/core'
import { parseOrThrow, safeParseInput as safeParseIssues } from '../_lib/errors/from-zod.js'
import type { InputIssue } from '../_lib/errors/issue.js'

/**
 * Parses data with a schema, or throws an {@link InputError} whose issue paths start with
 * `label` (`['observations', 12, 'pm25']`).
 *
 * @param schema - the zod schema
 * @param data - the input
 * @param label - name of the input, the first segment of every path
 * @returns the parsed data (a new object; the input is not changed)
 * @throws {@link InputError} when the data does not match
 * @category Errors
 * @example
 * ```ts
 * import { formatIssuePath, InputError, ObservationsSchema, parseInput } from 'eco-targets'
 * parseInput(ObservationsSchema, [{ kind: 'dustDay', date: '2022-03-15' }], 'observations')[0].date
 * //=> '2022-03-15'
 * try {
 *   parseInput(ObservationsSchema, [{ kind: 'dustDay', date: '2022-02-30' }], 'observations')
 * } catch (e) {
 *   e instanceof InputError //=> true
 *   formatIssuePath((e as InputError).issues[0].path) //=> 'observations[0].date'
 * }
 * ```
 */
export function parseInput<S extends $ZodType>(
  schema: S,
  data: unknown,
  label: string,
): S['_zod']['output'] {
  return parseOrThrow(schema, data, `${label} input`, { prefix: [label] })
}

/**
 * Parses data with a schema without throwing: the parsed data, or every problem as an
 * {@link InputIssue} (paths as the schema gives them), for a reader that adds a file location
 * or a column name to each before it throws one {@link InputError}.
 *
 * @param schema - the zod schema
 * @param data - the input
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @category Errors
 * @example
 * ```ts
 * import { IsoDateSchema, safeParseInput } from 'eco-targets'
 * const result = safeParseInput(IsoDateSchema, '2022-02-30')
 * result.success //=> false
 * ```
 */
export function safeParseInput<S extends $ZodType>(
  schema: S,
  data: unknown,
):
  | { readonly success: true; readonly data: S['_zod']['output'] }
  | { readonly success: false; readonly issues: InputIssue[] } {
  return safeParseIssues(schema, data)
}
