import type { z } from 'zod'
import { isInputError } from '../../index.js'
import type { InputFormat } from '../input/format.js'
import type { HeaderLayout } from '../input/headers/index.js'
import { DEFAULT_MAX_PROBLEMS, problemLog } from '../input/problems.js'
import type { RecordOrigin } from '../input/records.js'
import type { InputSource } from '../input/source.js'
import { readValidatedRecords } from '../input/validated.js'
import type { CliIO } from '../io.js'
import { trackProgress } from '../output/progress.js'

/** What {@link readAllValidated} reads: sources and how to read them. */
export interface ReadAllValidatedOptions {
  /** The input format (default: by extension, else detected). */
  readonly format?: InputFormat | undefined
  /** The CSV layout. */
  readonly layout: HeaderLayout
  /** Text for CSV cells that are missing, e.g. `{ kind: 'airDaily' }`. */
  readonly csvDefaults?: Readonly<Record<string, string>> | undefined
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept inputs without records. */
  readonly allowEmpty?: boolean | undefined
}

/**
 * Reads every record of every source and validates it with the schema; problems in any file
 * are collected and thrown together once everything has been read, so bad input never yields a
 * result and the user sees all of it at once. Reading stops after `maxProblems` problems
 * (default 50); an input without records is a problem unless `allowEmpty`.
 *
 * @param sources - the files or standard input
 * @param schema - the schema of one record
 * @param io - the process's input and output (progress on a terminal)
 * @param options - format, CSV layout and defaults
 * @returns the valid records with their origin, in input order
 * @throws the library's `InputError` with every problem found
 */
export async function readAllValidated<S extends z.ZodType>(
  sources: readonly InputSource[],
  schema: S,
  io: CliIO,
  options: ReadAllValidatedOptions,
): Promise<{ origin: RecordOrigin; value: z.output<S> }[]> {
  const records: { origin: RecordOrigin; value: z.output<S> }[] = []
  const log = problemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS)
  for (const source of sources) {
    try {
      const stream = readValidatedRecords(source, schema, {
        format: options.format,
        layout: options.layout,
        csvDefaults: options.csvDefaults,
        allowEmpty: options.allowEmpty,
        onInvalid: log.note,
      })
      for await (const record of trackProgress(stream, io, source.name)) records.push(record)
    } catch (error) {
      if (!isInputError(error)) throw error
      log.note(error.issues)
    }
  }
  log.throwIfAny()
  return records
}
