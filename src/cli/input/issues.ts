import type { z } from 'zod'
import { InputError, type InputProblem } from '../errors.js'
import { notANumberMessage } from './cells.js'
import type { InputRecord } from './records.js'

type Issue = z.core.$ZodIssue

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value)
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function messageOf(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected
      if (value === undefined) return `is missing (expected ${expected})`
      if (value === null) return `is empty (expected ${expected})`
      if (issue.expected === 'number' && typeof value === 'string') return notANumberMessage(value)
      return `${show(value)} is not ${expected}`
    }
    case 'invalid_value':
      return `${show(value)} is not one of ${issue.values.map(String).join(', ')}`
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options
      if (!options) return issue.message
      const list = options.map(String).join(', ')
      return value === undefined
        ? `is missing (expected one of ${list})`
        : `${show(value)} is not one of ${list}`
    }
    case 'invalid_format':
      if (issue.format === 'date') return `${show(value)} is not a date (expected YYYY-MM-DD)`
      if (issue.format === 'url') return `${show(value)} is not a URL`
      return `${show(value)}: ${issue.message}`
    case 'too_small':
    case 'too_big': {
      if (issue.origin !== 'number') return `${show(value)}: ${issue.message}`
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
      const sign =
        issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<'
      return `${show(value)} must be ${sign} ${String(bound)}`
    }
    default:
      return issue.message
  }
}

function locate(
  record: InputRecord,
  path: readonly PropertyKey[],
): Pick<InputProblem, 'column' | 'columnKind'> {
  if (path.length === 0) return {}
  for (let n = path.length; record.columns && n > 0; n--) {
    const header = record.columns[path.slice(0, n).join('.')]
    if (header !== undefined) return { column: header, columnKind: 'column' }
  }
  return { column: path.map(String).join('.'), columnKind: 'field' }
}

/**
 * Turns a zod error on a record into problems that name the file, the line, the column (as the
 * CSV header writes it) or field path (JSON), and what was expected, e.g.
 * `stations.csv:1204: column pm2_5: "12a" is not a number`.
 *
 * @param error - the zod error from parsing `record.value`
 * @param record - the record that was parsed
 * @returns one problem per issue (one per unknown key)
 * @category CLI
 * @example
 * ```ts
 * const result = ObservationSchema.safeParse(record.value)
 * if (!result.success) describeZodIssues(result.error, record).map(formatInputProblem)
 * //=> ['obs.csv:3: column pm2_5: "12a" is not a number']
 * ```
 */
export function describeZodIssues(error: z.ZodError, record: InputRecord): InputProblem[] {
  const { file, line } = record.origin
  return error.issues.flatMap((issue): InputProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line,
        ...locate(record, [...issue.path, key]),
        message: 'is not a known field',
      }))
    }
    const message = messageOf(issue, valueAt(record.value, issue.path))
    return [{ file, line, ...locate(record, issue.path), message }]
  })
}

/**
 * Validates a record with a zod schema at the boundary.
 *
 * @param schema - the schema
 * @param record - the record
 * @returns the parsed value (with defaults applied)
 * @throws {@link InputError} with every problem ({@link describeZodIssues})
 * @category CLI
 * @example
 * ```ts
 * parseRecord(DustDayObservationSchema, record).scope //=> 'central-city'
 * ```
 */
export function parseRecord<S extends z.ZodType>(schema: S, record: InputRecord): z.output<S> {
  const result = schema.safeParse(record.value)
  if (result.success) return result.data
  throw new InputError(describeZodIssues(result.error, record))
}
