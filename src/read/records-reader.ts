import type { z } from 'zod'
import * as zm from 'zod/mini'
import type { InputIssue, IssueLocation } from '../_lib/errors/issue.js'

/**
 * Where a batch of records was read: the file as the user named it, the 1-based line of each
 * record and, for a CSV file, the header row as written. With a `header` the records are CSV
 * rows keyed by that header (cells as text); without one they are JSON values.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RecordsSourceSchema } from 'eco-targets'
 * Object.keys(RecordsSourceSchema.def.shape) //=> ['file', 'lines', 'header']
 * ```
 */
export const RecordsSourceSchema = zm.strictObject({
  file: zm.optional(zm.string()),
  lines: zm.optional(zm.readonly(zm.array(zm.int()))),
  header: zm.optional(zm.readonly(zm.array(zm.string()))),
})

/** Where a batch of records was read ({@link RecordsSourceSchema}). @category Schemas */
export type RecordsSource = z.input<typeof RecordsSourceSchema>

/** What was read from one file: records (valid or not) and problems. @category Schemas */
export interface RecordsFileTally {
  /** The file as named in the source. */
  readonly file: string
  /** Records read, valid or not. */
  readonly records: number
  /** Problems found in the file. */
  readonly problems: number
}

/**
 * What a reader read: the valid records in input order with where each was read (`locations[i]`
 * is where `values[i]` is), a tally per file, every problem in input order (each with its file,
 * line and column) and, when reading stopped at `maxProblems`, the limit.
 *
 * @category Schemas
 */
export interface RecordsRead<T> {
  /** The valid records, parsed (defaults filled in), in input order. */
  readonly values: readonly T[]
  /** Where each valid record was read. */
  readonly locations: readonly IssueLocation[]
  /** Records and problems per file, in the order the files were read. */
  readonly files: readonly RecordsFileTally[]
  /** Every problem found, in input order. */
  readonly problems: readonly InputIssue[]
  /** The `maxProblems` limit when reading stopped at it, else null. */
  readonly stoppedAfter: number | null
}

/**
 * A reader of records over several files: `read` each file's records (in batches, if need be)
 * with its source, then `finish`.
 *
 * @category Schemas
 */
export interface RecordsReader<T> {
  /**
   * Reads a batch of records. Batches of one file (the same `source.file`) follow one another; the
   * header is looked at with the first. A header without a column the records need is one
   * problem at line 1, and the rest of that file is left.
   *
   * @returns `false` when reading should stop: the rest of the file is not wanted, or
   *   `maxProblems` problems have been found
   */
  read(records: readonly unknown[], source?: RecordsSource): boolean
  /**
   * Adds problems of a file itself, found while reading it (unreadable, bad syntax), so that they
   * count towards `maxProblems` and come in input order. Such a file is not also reported empty.
   *
   * @returns `false` once `maxProblems` problems have been found
   */
  addProblems(problems: readonly InputIssue[]): boolean
  /** Whether reading stopped because `maxProblems` problems were found. */
  readonly stopped: boolean
  /** The records read and every problem found; nothing is thrown for bad records. */
  finish(): RecordsRead<T>
}
