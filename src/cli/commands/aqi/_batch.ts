import {
  type AqiRecordValues,
  type AqiResult,
  createAqiRecordReader,
  type InputIssue,
  isInputError,
} from '../../../standards/air/index.js'
import { EXIT_CODES } from '../../errors.js'
import type { InputFormat } from '../../input/format.js'
import { inputError, locateIssue } from '../../input/located.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem, ProblemLimitError } from '../../input/problems.js'
import { isCsvRecord, readRecordsUntilBroken, resolveInputFormat } from '../../input/read.js'
import type { InputRecord } from '../../input/records.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { trackProgress } from '../../output/progress.js'
import { openResultFile } from '../../output/result.js'
import { type AqiCalculationOptions, calculateAqi } from './_report.js'
import { createRowWriter } from './_rows.js'

/** Options of {@link runAqiBatch}. */
export interface AqiBatchOptions extends AqiCalculationOptions {
  readonly format?: InputFormat | undefined
  readonly out?: string | undefined
  /** Language of the category word. */
  readonly lang: 'zh' | 'en'
  /** Read the archive's swapped ozone columns (real-time: `o3_24h` is the 1-hour value). */
  readonly archive: boolean
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept an input without records. */
  readonly allowEmpty?: boolean | undefined
}

/** Records are handed to the library reader in batches, so reading stops soon after the limit. */
const BATCH = 256

/**
 * Computes one AQI per input row, streaming: the library's record reader
 * ({@link createAqiRecordReader}) reads each batch of rows, the library computes the report, and
 * each row is written back as written with its AQI ({@link createRowWriter}). Bad rows are
 * reported as `file:line:column: column …` and the command exits with 2; with `--out` nothing
 * is written, on standard output the rows before the first bad one have already gone out.
 *
 * @param source - the file or standard input
 * @param io - the process's input and output
 * @param options - report, edition, input format, output file, category language
 * @returns the exit code
 * @throws {@link InputError} naming every bad row (up to `maxProblems`, then reading stops)
 */
export async function runAqiBatch(
  source: InputSource,
  io: CliIO,
  options: AqiBatchOptions,
): Promise<number> {
  const { format, source: input } = await resolveInputFormat(source, options.format)
  const out = await openResultFile(io, options.out)
  const limit = (options.maxProblems ?? DEFAULT_MAX_PROBLEMS) || Number.POSITIVE_INFINITY
  const reader = createAqiRecordReader({
    report: options.report,
    ozone: options.report === 'realtime' && options.archive ? 'archive' : 'export',
    maxProblems: options.maxProblems ?? DEFAULT_MAX_PROBLEMS,
  })
  const problems: InputIssue[] = []
  let header: string[] | undefined
  let batch: InputRecord[] = []
  let count = 0
  let failed = false
  const writer = createRowWriter(format, options.lang)
  const compute = (record: InputRecord, read: AqiRecordValues): AqiResult | null => {
    try {
      // dailyAqi and realtimeAqi take 'notMeasured' as the reader gives it
      return calculateAqi(read.values as Readonly<Record<string, number | null>>, options)
    } catch (error) {
      if (!isInputError(error)) throw error
      problems.push(...error.issues.map((i) => locateIssue(i, record.origin)))
      return null
    }
  }
  const flush = async () => {
    const read = reader.read(
      batch.map((r) => r.value),
      { file: input.name, lines: batch.map((r) => r.origin.line), ...(header ? { header } : {}) },
    )
    for (let i = 0; i < batch.length; i++) {
      const values = read[i]
      const record = batch[i] as InputRecord
      const result = values ? compute(record, values) : null
      // Rows after the first bad one are checked, not written.
      if (result === null || failed) {
        failed = true
        continue
      }
      await out.write(writer.row(record, result))
    }
    batch = []
  }
  try {
    const broken: InputIssue[] = []
    const records = readRecordsUntilBroken(input, { format, keepCells: true }, broken)
    for await (const record of trackProgress(records, io, input.name)) {
      count++
      if (header === undefined && isCsvRecord(record)) header = Object.values(record.columns)
      batch.push(record)
      if (batch.length === BATCH) await flush()
    }
    await flush()
    // a malformed file: the records before the problem have been read
    problems.push(...broken)
    if (count === 0 && !options.allowEmpty) problems.push(emptyInputProblem(input.name))
    reader.finish()
    if (problems.length) throw inputError(problems)
    await out.write(writer.end())
  } catch (error) {
    await out.abort()
    if (isInputError(error) && !(error instanceof ProblemLimitError)) {
      const all = [...error.issues, ...problems.filter((p) => !error.issues.includes(p))]
      if (all.length >= limit) throw new ProblemLimitError(all.slice(0, limit), limit)
      throw inputError(all)
    }
    throw error
  }
  await out.commit()
  return EXIT_CODES.ok
}
