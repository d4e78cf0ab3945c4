import type { z } from 'zod'
import { InputError, type InputProblem } from '../errors.js'
import { coerceCsvRecord } from './coerce.js'
import { describeZodIssues } from './issues.js'
import { isCsvRecord, type ReadRecordsOptions, readRecords } from './read.js'
import type { InputRecord } from './records.js'
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
  readonly onInvalid?: ((problems: InputProblem[]) => void) | undefined
}

/**
 * Streams the records of any input validated by a schema: CSV rows are first built into the
 * objects the schema expects ({@link coerceCsvRecord}), JSON records are taken as they are,
 * and every record is parsed with the schema (defaults applied). Problems name the file, the
 * line and the column. This is the one path from a file to typed records that the commands
 * share.
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
  for await (const record of readRecords(source, options)) {
    let candidate: InputRecord = record
    if (isCsvRecord(record)) {
      const value = { ...record.value }
      for (const [key, text] of defaults) value[key] ??= text
      candidate = coerceCsvRecord({ ...record, value }, schema)
    }
    const result = schema.safeParse(candidate.value)
    if (result.success) {
      yield { origin: record.origin, value: result.data }
      continue
    }
    const problems = describeZodIssues(result.error, candidate)
    if (!options.onInvalid) throw new InputError(problems)
    options.onInvalid(problems)
  }
}
