import type { z } from 'zod'
import { type InputIssue, safeParseInput } from '../../index.js'
import { inputError, locateIssue } from './located.js'
import type { InputRecord } from './records.js'

/**
 * The column or field an issue's path names: the CSV column as written in the header for the
 * longest part of the path that is a column (`values.pH` → `pH(无量纲)`), else the JSON field
 * path itself.
 */
function columnOf(
  record: InputRecord,
  path: readonly (string | number)[],
): readonly (string | number)[] {
  if (path.length === 0 || !record.columns) return path
  for (let n = path.length; n > 0; n--) {
    const header = record.columns[path.slice(0, n).join('.')]
    if (header !== undefined) return [header]
  }
  return path
}

/**
 * The library's issues of a record (paths as the schema gives them) located in its file: the
 * record's file and line, and the CSV column as written (or the JSON field path) as the path.
 *
 * @param issues - the issues of the library's parse
 * @param record - the record, with its origin and (for CSV) its columns
 * @returns the issues, each with `{ file, line }`
 * @category CLI
 * @example
 * ```ts
 * const parsed = safeParseInput(schema, record.value)
 * if (!parsed.success) locateRecordIssues(parsed.issues, record)
 * ```
 */
export function locateRecordIssues(
  issues: readonly InputIssue[],
  record: InputRecord,
): InputIssue[] {
  const { file, line } = record.origin
  return issues.map((i) => ({
    ...locateIssue(i, { file, line }),
    path: columnOf(record, i.path),
  }))
}

/**
 * Parses one record with its schema.
 *
 * @param schema - the schema
 * @param record - the record
 * @returns the parsed value
 * @throws the library's `InputError`, located in the file ({@link locateRecordIssues})
 * @category CLI
 */
export function parseRecord<S extends z.ZodType>(schema: S, record: InputRecord): z.output<S> {
  const result = safeParseInput(schema, record.value)
  if (result.success) return result.data as z.output<S>
  throw inputError(locateRecordIssues(result.issues, record))
}
