import type { InputIssue, RecordsReader } from '../../index.js'
import type { InputFormat } from '../input/format.js'
import { inputError } from '../input/located.js'
import { ProblemLimitError } from '../input/problems.js'
import { readRecordsUntilBroken } from '../input/read.js'
import type { InputSource } from '../input/source.js'
import type { CliIO } from '../io.js'
import { trackProgress } from '../output/progress.js'

const BATCH = 500

/**
 * Opens each file and hands its records to a reader of the library
 * (`createObservationReader`, `createTaskStatusReader`) in batches, so that reading stops soon
 * after the problem limit: CSV rows keyed by the header as written, with their lines and the
 * header, or JSON values. The input rules (column names, no-value texts, numbers, the header
 * problem, empty inputs) are the library's; a file that cannot be read or is malformed is one
 * problem of the reader, after the records read before it.
 *
 * @param reader - the library's reader
 * @param sources - the files or standard input
 * @param io - the process's input and output (progress on a terminal)
 * @param format - the input format (default: by extension, else detected)
 * @returns false when reading stopped at the problem limit
 */
export async function feedReader(
  reader: RecordsReader<unknown>,
  sources: readonly InputSource[],
  io: CliIO,
  format: InputFormat | undefined,
): Promise<boolean> {
  for (const source of sources) {
    let records: unknown[] = []
    let lines: number[] = []
    let header: string[] | undefined
    const flush = () => {
      const wanted = reader.read(records, {
        file: source.name,
        lines,
        ...(header ? { header } : {}),
      })
      records = []
      lines = []
      return wanted
    }
    const broken: InputIssue[] = []
    let wanted = true
    for await (const r of trackProgress(
      readRecordsUntilBroken(source, { format }, broken),
      io,
      source.name,
    )) {
      if (r.columns && header === undefined) header = Object.values(r.columns)
      records.push(r.value)
      lines.push(r.origin.line)
      if (records.length === BATCH && !flush()) {
        wanted = false
        break
      }
    }
    if (wanted) flush()
    if (broken.length > 0) reader.addProblems(broken)
    if (reader.stopped) return false
  }
  return true
}

/**
 * The problems of a reader as the error the command line prints: a {@link ProblemLimitError}
 * (with the note that reading stopped) when reading stopped at the limit.
 *
 * @param problems - the problems (at least one)
 * @param stoppedAfter - the limit when reading stopped at it, else null
 * @returns the error to throw
 */
export function problemsError(problems: readonly InputIssue[], stoppedAfter: number | null) {
  return stoppedAfter === null
    ? inputError(problems)
    : new ProblemLimitError(problems, stoppedAfter)
}
