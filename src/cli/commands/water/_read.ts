import {
  createSectionReader,
  type InputIssue,
  isInputError,
  type LakeEntry,
  parseLakeList,
  type ReaderNote,
  type SectionRecords,
} from '../../../standards/water/index.js'
import type { InputFormat } from '../../input/format.js'
import { inputError } from '../../input/located.js'
import { emptyInputProblem, ProblemLimitError } from '../../input/problems.js'
import { readRecordsUntilBroken } from '../../input/read.js'
import type { InputSource } from '../../input/source.js'
import { readSourceText } from '../../input/text.js'
import type { CliIO } from '../../io.js'
import { trackProgress } from '../../output/progress.js'

/**
 * Reads a `--lakes` list with the library's {@link parseLakeList}.
 *
 * @param source - the file
 * @returns the entries
 * @throws {@link InputError} when the file cannot be read
 */
export async function readLakeList(source: InputSource): Promise<LakeEntry[]> {
  const text = await readSourceText(source)
  return parseLakeList(text)
}

const BATCH = 500

/** Options of {@link readSections}. */
export interface ReadSectionsOptions {
  readonly format?: InputFormat | undefined
  readonly lakes: readonly LakeEntry[]
  /** Stop reading after this many problems (0 for no limit). */
  readonly maxProblems: number
  /** Accept inputs without records. */
  readonly allowEmpty?: boolean | undefined
}

/**
 * Opens each file and hands its records to the library's section reader
 * ({@link createSectionReader}): the input rules (column names, no-value texts, numbers, dates,
 * statuses, class labels) are the library's, so a bad cell reads the same here and there.
 *
 * @param sources - the files or standard input
 * @param io - the process's input and output
 * @param options - format, lake list, problem limit
 * @returns the sections in input order and the reader's notes
 * @throws {@link InputError} with every problem found (a {@link ProblemLimitError} at the limit)
 */
export async function readSections(
  sources: readonly InputSource[],
  io: CliIO,
  options: ReadSectionsOptions,
): Promise<{ sections: SectionRecords[]; notes: ReaderNote[] }> {
  const limit = options.maxProblems > 0 ? options.maxProblems : Number.POSITIVE_INFINITY
  const reader = createSectionReader({ lakes: options.lakes, maxProblems: options.maxProblems })
  const fileProblems: InputIssue[] = []
  const atLimit = (issues: readonly InputIssue[]) => {
    if (issues.length >= limit) throw new ProblemLimitError(issues.slice(0, limit), limit)
  }
  try {
    for (const source of sources) {
      let records: Readonly<Record<string, unknown>>[] = []
      let lines: number[] = []
      let header: string[] | undefined
      let count = 0
      // In batches, so that reading stops soon after the problem limit.
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
      for await (const r of trackProgress(
        readRecordsUntilBroken(source, { format: options.format }, broken),
        io,
        source.name,
      )) {
        if (r.columns && header === undefined) header = Object.values(r.columns)
        records.push(r.value as Readonly<Record<string, unknown>>)
        lines.push(r.origin.line)
        count++
        if (records.length === BATCH && !flush()) break
      }
      if (broken.length) {
        fileProblems.push(...broken)
        atLimit(fileProblems)
      }
      if (count === 0 && !options.allowEmpty) {
        fileProblems.push(emptyInputProblem(source.name))
        atLimit(fileProblems)
      }
      flush()
    }
    const read = reader.finish()
    if (fileProblems.length) throw inputError(fileProblems)
    return read
  } catch (error) {
    if (!isInputError(error) || error instanceof ProblemLimitError) throw error
    const all = [...fileProblems, ...error.issues.filter((i) => !fileProblems.includes(i))]
    atLimit(all)
    throw inputError(all)
  }
}

/** Where a sampling was read, for messages (`file:line`). */
export function originOf(sampling: {
  readonly location?: { readonly file?: string; readonly line?: number } | undefined
}): {
  file: string
  line?: number
} {
  const { file = '', line } = sampling.location ?? {}
  return line === undefined ? { file } : { file, line }
}
