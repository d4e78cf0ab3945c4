import type { z } from 'zod'

/** One problem found in input data: where it is and what was expected. @category Schemas */
export interface ValidationIssue {
  /** Path into the input, e.g. `observations[12].pm25`. */
  readonly path: string
  readonly message: string
}

/**
 * Input data that does not match its schema. The message lists every problem with its path, so a
 * caller can point at the offending record and field.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ObservationsSchema, parseInput, ValidationError } from 'eco-targets'
 * try {
 *   parseInput(ObservationsSchema, [{ kind: 'dustDay', date: '2022-02-30' }], 'observations')
 * } catch (e) {
 *   e instanceof ValidationError //=> true
 *   ;(e as ValidationError).issues[0].path //=> 'observations[0].date'
 * }
 * ```
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError'
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
    this.issues = issues
  }
}

function pathText(label: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    label,
  )
}

/**
 * Parses data with a schema, or throws a {@link ValidationError} whose paths start with `label`.
 *
 * @param schema - the zod schema
 * @param data - the input
 * @param label - name of the input, the first segment of every path
 * @returns the parsed data (a new object; the input is not changed)
 * @throws ValidationError when the data does not match
 * @category Schemas
 * @example
 * ```ts
 * import { parseInput, TaskStatusUpdateSchema } from 'eco-targets'
 * parseInput(TaskStatusUpdateSchema, { task: 'air.dust', date: '2022-06-30', status: 'done' }, 'update').status
 * //=> 'done'
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  label: string,
): z.output<S> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: pathText(label, issue.path),
      message: issue.message,
    })),
  )
}
