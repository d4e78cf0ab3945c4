import {
  type InputIssue,
  isInputError,
  type RecordsReader,
  readTextRecords,
  type TextRecords,
} from '../../index.js'
import type { InputFormat } from '../input/format.js'
import { inputError } from '../input/located.js'
import { ProblemLimitError } from '../input/problems.js'
import { resolveInputFormat } from '../input/read.js'
import type { InputSource } from '../input/source.js'
import { readableBytes } from '../input/text.js'
import type { CliIO } from '../io.js'
import { trackProgress } from '../output/progress.js'

/** Each record of the batches, as its batch (for the progress line, which counts records). */
async function* perRecord(batches: AsyncIterable<TextRecords>): AsyncGenerator<TextRecords> {
  for await (const batch of batches) for (const _ of batch.records) yield batch
}

/**
 * Opens each file and passes its bytes to the library: `readTextRecords` parses them (CSV, JSON
 * or JSON Lines) and its batches go to a reader of the library (`createObservationReader`,
 * `createTaskStatusReader`) as they come, so that reading stops soon after the problem limit.
 * The input rules (syntax, column names, no-value texts, numbers, the header problem, empty
 * inputs) are the library's; a file that cannot be read or is malformed is one problem of the
 * reader, after the records read before it.
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
    const file = source.name
    let wanted = true
    let current: TextRecords | undefined
    try {
      const resolved = await resolveInputFormat(source, format)
      const batches = readTextRecords(readableBytes(resolved.source), {
        format: resolved.format,
        file,
      })
      for await (const batch of trackProgress(perRecord(batches), io, file)) {
        if (batch === current) continue
        current = batch
        if (!reader.read(batch.records, batch.source)) {
          wanted = false
          break
        }
      }
      // a CSV file without rows: its header, for the reader to check and count the file
      if (wanted && current === undefined) reader.read([], { file })
    } catch (error) {
      if (!isInputError(error)) throw error
      reader.addProblems(error.issues)
    }
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
