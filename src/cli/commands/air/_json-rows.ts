import {
  expectations,
  type HourlyTable,
  type InputIssue,
  isInputError,
  readHourlyRows,
} from '../../../standards/air/index.js'
import type { InputFormat } from '../../input/format.js'
import { inputError, issueAt, locateIssue } from '../../input/located.js'
import { emptyInputProblem } from '../../input/problems.js'
import { readRecords } from '../../input/read.js'
import type { InputSource } from '../../input/source.js'

/**
 * A library issue as the command line shows it: in its file, its path the column or field it
 * names (the wide layout's `["PM2.5"]["1001A"]` is the column `1001A`).
 */
export function problemOf(issue: InputIssue, file: string): InputIssue {
  // the command line's flag, as every command words it
  if (issue.code === 'empty_input') return emptyInputProblem(issue.location?.file ?? file)
  const column = [...issue.path].reverse().find((p) => typeof p === 'string')
  return { ...locateIssue(issue, { file }), path: column === undefined ? [] : [column] }
}

/** Runs `work`, turning the library's input errors into the command line's. */
export async function located<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!isInputError(error)) throw error
    throw inputError(error.issues.map((i) => problemOf(i, file)))
  }
}

/** JSON or JSON Lines records: the header is every key met, in order; each row keeps its line. */
async function jsonRows(source: InputSource, format: InputFormat) {
  const keys: string[] = []
  const index = new Map<string, number>()
  const values: Record<string, unknown>[] = []
  const lines: number[] = []
  for await (const record of readRecords(source, { format })) {
    const value = record.value
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw inputError([
        issueAt(record.origin, {
          code: 'invalid_type',
          expected: expectations.jsonObject(),
          received: value,
        }),
      ])
    }
    for (const key of Object.keys(value)) {
      if (!index.has(key)) {
        index.set(key, keys.length)
        keys.push(key)
      }
    }
    values.push(value as Record<string, unknown>)
    lines.push(record.origin.line)
  }
  const cell = (v: unknown) =>
    v === undefined || v === null ? null : typeof v === 'number' ? v : String(v)
  const rows = [keys, ...values.map((v) => keys.map((k) => cell(v[k])))]
  return { rows, lines }
}

/**
 * JSON or JSON Lines hourly records through the library's {@link readHourlyRows} (the layouts
 * and names of the CSV reader), as one batch whose lines are the records' lines.
 */
export async function readJsonHourly(
  source: InputSource,
  format: InputFormat,
  reading: Parameters<typeof readHourlyRows>[1],
): Promise<HourlyTable> {
  const { rows, lines } = await jsonRows(source, format)
  const table = await located(source.name, async () => {
    try {
      return readHourlyRows(rows, reading)
    } catch (error) {
      if (!isInputError(error)) throw error
      // rows are counted from the header (row 1): back to the record's line
      throw inputError(
        error.issues.map((i) => {
          const p = problemOf(i, source.name)
          const at = p.location?.line
          const line = at === undefined ? undefined : lines[at - 2]
          return { ...p, location: { file: source.name, ...(line === undefined ? {} : { line }) } }
        }),
      )
    }
  })
  return {
    ...table,
    source: {
      file: source.name,
      lines: Int32Array.from(table.source.lines, (l) => lines[l - 2] ?? l),
    },
  }
}
