import type { z } from 'zod'
import { expect, text } from '../_lib/errors/catalogue.js'
import { safeParseInput } from '../_lib/errors/from-zod.js'
import type { InputIssue, IssueLocation } from '../_lib/errors/issue.js'
import { noValueOf } from '../_lib/missing-values.js'
import { coerceCsvRow, missingCsvKeys } from './_coerce.js'
import { type HeaderMapping, headerNamesOf, issueAt, mapHeaders } from './_header.js'
import { OBSERVATION_COLUMNS } from './observation-columns.js'

/**
 * The one path from records of a file to typed records that the observation and task-status
 * readers share: CSV rows (keyed by header as written) are mapped through
 * {@link OBSERVATION_COLUMNS} and built into the objects the schema expects, JSON values are
 * taken as they are, every record is parsed by the schema, and every problem carries the file,
 * the line and the column as written.
 */

/** Where a batch of records was read. */
export interface Source {
  readonly file?: string | undefined
  readonly lines?: readonly number[] | undefined
  readonly header?: readonly string[] | undefined
}

/** What was read from one file. */
export interface FileTally {
  /** The file as named in the source. */
  readonly file: string
  /** Records read, valid or not. */
  records: number
  /** Problems found in the file. */
  problems: number
}

/** A valid record and where it was read. */
export interface ReadRecord<T> {
  readonly value: T
  readonly location: IssueLocation
}

/** Everything a reader read. */
export interface ReadOutcome<T> {
  readonly records: ReadRecord<T>[]
  readonly files: FileTally[]
  readonly problems: InputIssue[]
  readonly stoppedAfter: number | null
}

export interface CoreOptions {
  readonly kind?: string | undefined
  readonly kindOption?: string | undefined
  readonly maxProblems: number
  readonly allowEmpty: boolean
}

interface FileState {
  readonly tally: FileTally
  /** The header's mapping, `false` when the header is unusable, undefined until the first record. */
  mapping?: HeaderMapping | false
  /** The header was checked against the schema (with the first record). */
  checked: boolean
  /** The file itself had a problem (unreadable, malformed): it is not also reported empty. */
  broken: boolean
}

export interface CoreReader<T> {
  read(records: readonly unknown[], source?: Source): boolean
  addProblems(issues: readonly InputIssue[]): boolean
  finish(check?: (records: readonly ReadRecord<T>[]) => InputIssue[]): ReadOutcome<T>
  readonly stopped: boolean
}

const isMissing = (cell: string) => noValueOf(cell) !== null

/** The column an issue's path names: the CSV column as written for the longest part of the path. */
function columnOf(
  columns: Readonly<Record<string, string>> | undefined,
  path: readonly (string | number)[],
): readonly (string | number)[] {
  if (path.length === 0 || !columns) return path
  for (let n = path.length; n > 0; n--) {
    const header = columns[path.slice(0, n).join('.')]
    if (header !== undefined) return [header]
  }
  return path
}

/**
 * The header problem of a CSV file that lacks a column the schema needs, reported once at line 1
 * with the headers found and the names each missing column may have.
 */
function headerProblem(
  file: string,
  mapping: HeaderMapping,
  schema: z.ZodType,
  defaults: Readonly<Record<string, string>>,
  kindOption: string | undefined,
): InputIssue | undefined {
  const missing = missingCsvKeys(schema, Object.keys(mapping.columns), defaults)
  if (missing.length === 0) return undefined
  const names = (key: string) => {
    const column = OBSERVATION_COLUMNS.find((c) => c.key === key)
    return column ? [...new Set([key, ...headerNamesOf(column)])] : [key]
  }
  const found = Object.values(mapping.columns)
  const discriminator = (schema.def as unknown as { discriminator?: string }).discriminator
  const hint = kindOption
    ? text(
        `各行同一类时，用 ${kindOption} KIND 给出`,
        `give ${kindOption} KIND when every row is of one kind`,
      )
    : text('各行同一类时，用 kind 选项给出', 'give the kind option when every row is of one kind')
  return issueAt(file, 1, undefined, {
    code: 'missing_column',
    expected:
      missing.length === 1
        ? expect.columnNamed(
            text(` ${missing[0]} `, missing[0] as string),
            names(missing[0] as string),
          )
        : expect.columnsNamed(missing.map((key) => ({ key, names: names(key) }))),
    receivedText: found.length ? found.map((f) => JSON.stringify(f)).join(', ') : null,
    ...(missing[0] === discriminator ? { hint } : {}),
  })
}

/** The problem of an input with no record: an empty file, or a header without rows. */
export function emptyInputProblem(file: string): InputIssue {
  return issueAt(file, 1, undefined, {
    code: 'empty_input',
    expected: expect.records(),
    receivedText: null,
    hint: text(
      '文件为空或只有表头；--allow-empty 可接受空输入',
      'the input is empty or has only a header; --allow-empty accepts an empty input',
    ),
  })
}

/**
 * A reader of records validated by a schema, over several files read one after another.
 *
 * @param schema - the schema of one record
 * @param options - the kind of rows without a kind column, the problem limit, empty inputs
 */
export function createCoreReader<T>(schema: z.ZodType, options: CoreOptions): CoreReader<T> {
  const limit = options.maxProblems > 0 ? options.maxProblems : Number.POSITIVE_INFINITY
  const defaults: Readonly<Record<string, string>> = options.kind ? { kind: options.kind } : {}
  const records: ReadRecord<T>[] = []
  const files: FileTally[] = []
  const problems: InputIssue[] = []
  let current: FileState | undefined
  let stopped = false

  const note = (found: readonly InputIssue[], tally: FileTally | undefined): boolean => {
    for (const p of found) {
      if (stopped) break
      problems.push(p)
      const at = p.location?.file
      const owner = tally ?? files.find((f) => f.file === at)
      if (owner) owner.problems++
      if (problems.length >= limit) stopped = true
    }
    return !stopped
  }

  const close = () => {
    if (current && current.tally.records === 0 && !current.broken && !options.allowEmpty) {
      note([emptyInputProblem(current.tally.file)], current.tally)
    }
    current = undefined
  }

  const open = (file: string): FileState => {
    if (current?.tally.file === file) return current
    close()
    const tally: FileTally = { file, records: 0, problems: 0 }
    files.push(tally)
    current = { tally, checked: false, broken: false }
    return current
  }

  /** The header's mapping, or false (with its problems noted) when the file cannot be read on. */
  const mappingOf = (state: FileState, header: readonly string[]): HeaderMapping | false => {
    if (state.mapping !== undefined) return state.mapping
    const mapped = mapHeaders(header, OBSERVATION_COLUMNS, state.tally.file)
    if (Array.isArray(mapped)) {
      note(mapped, state.tally)
      state.mapping = false
      state.broken = true
    } else state.mapping = mapped
    return state.mapping
  }

  const parse = (
    state: FileState,
    value: unknown,
    location: IssueLocation,
    columns: Readonly<Record<string, string>> | undefined,
  ): boolean => {
    state.tally.records++
    const result = safeParseInput(schema, value)
    if (result.success) {
      records.push({ value: result.data as T, location })
      return true
    }
    const located = result.issues.map((i) => ({
      ...i,
      location: { ...i.location, ...location },
      path: columnOf(columns, i.path),
    }))
    return note(located, state.tally)
  }

  return {
    get stopped() {
      return stopped
    },
    read(batch, source = {}) {
      if (stopped) return false
      const file = source.file ?? 'input'
      const state = open(file)
      const header = source.header
      if (header) {
        const mapping = mappingOf(state, header)
        if (mapping === false) return false
        for (let i = 0; i < batch.length; i++) {
          const line = source.lines?.[i]
          const location: IssueLocation = line === undefined ? { file } : { file, line }
          if (!state.checked) {
            state.checked = true
            const problem = headerProblem(file, mapping, schema, defaults, options.kindOption)
            if (problem) {
              note([problem], state.tally)
              state.mapping = false
              state.broken = true
              return false
            }
          }
          const raw = (batch[i] ?? {}) as Readonly<Record<string, unknown>>
          const row: Record<string, string | null> = {}
          for (let k = 0; k < mapping.keys.length; k++) {
            const cell = raw[header[k] as string]
            const t = cell === null || cell === undefined ? '' : String(cell).trim()
            row[mapping.keys[k] as string] = isMissing(t) ? null : t
          }
          for (const [key, given] of Object.entries(defaults)) row[key] ??= given
          const built = coerceCsvRow(row, mapping.columns, schema)
          if (!parse(state, built.value, location, built.columns)) return false
        }
        return true
      }
      for (let i = 0; i < batch.length; i++) {
        const line = source.lines?.[i]
        const location: IssueLocation = line === undefined ? { file } : { file, line }
        if (!parse(state, batch[i], location, undefined)) return false
      }
      return true
    },
    addProblems(issues) {
      if (stopped) return false
      const file = issues[0]?.location?.file
      const state = file === undefined ? current : open(file)
      if (state) state.broken = true
      return note(issues, state?.tally)
    },
    finish(check) {
      close()
      if (!stopped && check) note(check(records), undefined)
      return { records, files, problems, stoppedAfter: stopped ? limit : null }
    },
  }
}
