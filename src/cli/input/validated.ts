import type { z } from 'zod'
import { safeParseInput } from '../../index.js'
import { coerceCsvRecord, missingCsvKeys } from './coerce.js'
import { type HeaderLayout, headerNamesOf } from './headers/index.js'
import { locateRecordIssues } from './issues.js'
import { expectations, type InputIssue, inputError, issueAt, localizedText } from './located.js'
import { emptyInputProblem } from './problems.js'
import { isCsvRecord, type ReadRecordsOptions, readRecords } from './read.js'
import type { CsvRecord, InputRecord } from './records.js'
import type { InputSource } from './source.js'

/** Options of {@link readValidatedRecords}. @category CLI */
export interface ReadValidatedRecordsOptions extends ReadRecordsOptions {
  /**
   * Text for CSV cells that are missing or empty, e.g. `{ kind: 'airDaily' }` for files without
   * a kind column.
   */
  readonly csvDefaults?: Readonly<Record<string, string>> | undefined
  /**
   * Receives the problems of each invalid record, which is then skipped. Without it the first
   * invalid record stops the stream with an {@link InputError}.
   */
  readonly onInvalid?: ((problems: InputIssue[]) => void) | undefined
  /** Accept an input with no record (by default an input error at line 1). */
  readonly allowEmpty?: boolean | undefined
  /** The option that gives the kind of every row, named in the hint (default `--kind`). */
  readonly kindOption?: string | undefined
}

/**
 * The header problem of a CSV file that lacks a column the schema needs, reported once at
 * line 1 with the headers found and the names each missing column may have.
 */
function headerProblem(
  record: CsvRecord,
  schema: z.ZodType,
  layout: HeaderLayout | undefined,
  defaults: Readonly<Record<string, string>>,
  kindOption: string,
): InputIssue | undefined {
  const missing = missingCsvKeys(schema, Object.keys(record.columns), defaults)
  if (missing.length === 0) return undefined
  const names = (key: string) => {
    const column = layout?.columns.find((c) => c.key === key)
    return column ? [...new Set([key, ...headerNamesOf(column)])] : [key]
  }
  const found = Object.values(record.columns)
  const discriminator = (schema.def as unknown as { discriminator?: string }).discriminator
  return issueAt(
    { file: record.origin.file, line: 1 },
    {
      code: 'missing_column',
      expected:
        missing.length === 1
          ? expectations.columnNamed(
              localizedText(` ${missing[0]} `, missing[0] as string),
              names(missing[0] as string),
            )
          : expectations.columnsNamed(missing.map((key) => ({ key, names: names(key) }))),
      receivedText: found.length ? found.map((f) => JSON.stringify(f)).join(', ') : null,
      ...(missing[0] === discriminator
        ? {
            hint: localizedText(
              `各行同一类时，用 ${kindOption} KIND 给出`,
              `give ${kindOption} KIND when every row is of one kind`,
            ),
          }
        : {}),
    },
  )
}

/**
 * Streams the records of any input validated by a schema: CSV rows are first built into the
 * objects the schema expects ({@link coerceCsvRecord}), JSON records are taken as they are,
 * and every record is parsed with the schema (defaults applied). Problems name the file, the
 * line and the column. A CSV header without a column the schema needs is one problem at line 1
 * (the headers found, the names expected), and reading stops there; an input without any
 * record is an error unless `allowEmpty`. This is the one path from a file to typed records
 * that the commands share.
 *
 * @param source - the file or standard input
 * @param schema - the schema of one record (e.g. `ObservationSchema`)
 * @param options - format, CSV layout and defaults, and what to do with invalid records
 * @returns the valid records with their origin
 * @throws {@link InputError} on malformed input, and on the first invalid record unless
 *   `onInvalid` is given
 * @category CLI
 * @example
 * ```ts
 * const observations = []
 * for await (const r of readValidatedRecords(openInput('city.csv', io), ObservationSchema, {
 *   layout: OBSERVATION_LAYOUT, csvDefaults: { kind: 'airDaily' },
 * })) observations.push(r.value)
 * ```
 */
export async function* readValidatedRecords<S extends z.ZodType>(
  source: InputSource,
  schema: S,
  options: ReadValidatedRecordsOptions = {},
): AsyncGenerator<InputRecord<z.output<S>>> {
  const defaults = Object.entries(options.csvDefaults ?? {})
  let count = 0
  for await (const record of readRecords(source, options)) {
    count++
    let candidate: InputRecord = record
    if (isCsvRecord(record)) {
      if (count === 1) {
        const problem = headerProblem(
          record,
          schema,
          options.layout,
          options.csvDefaults ?? {},
          options.kindOption ?? '--kind',
        )
        if (problem) throw inputError([problem])
      }
      const value = { ...record.value }
      for (const [key, text] of defaults) value[key] ??= text
      candidate = coerceCsvRecord({ ...record, value }, schema)
    }
    const result = safeParseInput(schema, candidate.value)
    if (result.success) {
      yield { origin: record.origin, value: result.data as z.output<S> }
      continue
    }
    const problems = locateRecordIssues(result.issues, candidate)
    if (!options.onInvalid) throw inputError(problems)
    options.onInvalid(problems)
  }
  if (count === 0 && !options.allowEmpty) throw inputError([emptyInputProblem(source.name)])
}
