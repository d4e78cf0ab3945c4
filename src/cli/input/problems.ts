import { UsageError } from '../errors.js'
import {
  expectations,
  InputError,
  type InputIssue,
  inputError,
  issueAt,
  localizedText,
} from './located.js'

/** How many problems are listed before reading stops, unless `--max-problems` says otherwise. */
export const DEFAULT_MAX_PROBLEMS = 50

/**
 * The problems of an input that had too many: reading stopped at the limit, and the command
 * line says so after the problems ({@link stoppedReadingNote}). It is the library's
 * `InputError`, so the command exits with 2.
 *
 * @category CLI
 */
export class ProblemLimitError extends InputError {
  /** The limit that was reached. */
  readonly limit: number

  /**
   * @param problems - the problems found before reading stopped
   * @param limit - the limit
   */
  constructor(problems: readonly InputIssue[], limit: number) {
    super(
      `${problems.at(-1)?.location?.file ?? 'input'} (reading stopped after ${limit} problems)`,
      problems,
    )
    this.limit = limit
  }
}

/**
 * Collects the problems of an input as it is read, and stops the reading once `max` problems
 * are found: `note` then throws a {@link ProblemLimitError}, and every later `note` throws the
 * same error again, so a reader that catches input errors record by record still stops.
 *
 * @category CLI
 */
export interface ProblemLog {
  /** Every problem noted so far, in input order. */
  readonly problems: readonly InputIssue[]
  /** Notes problems; throws the {@link ProblemLimitError} once the limit is reached. */
  note(found: readonly InputIssue[]): void
  /** Throws the problems as one {@link InputError} when there is any. */
  throwIfAny(): void
}

/**
 * A new {@link ProblemLog}.
 *
 * @param max - stop after this many problems; 0 or Infinity for no limit
 * @returns the log
 * @category CLI
 * @example
 * ```ts
 * const log = problemLog(2)
 * log.note([issueAt({ file: 'a.csv', line: 2 }, spec)])
 * log.note([issueAt({ file: 'a.csv', line: 3 }, spec)]) // throws ProblemLimitError
 * ```
 */
export function problemLog(max: number = DEFAULT_MAX_PROBLEMS): ProblemLog {
  const limit = max > 0 ? max : Number.POSITIVE_INFINITY
  const problems: InputIssue[] = []
  let stopped: ProblemLimitError | undefined
  return {
    problems,
    note(found) {
      if (stopped) throw stopped
      for (const p of found) {
        if (stopped) break
        problems.push(p)
        if (problems.length >= limit) stopped = new ProblemLimitError(problems, limit)
      }
      if (stopped) throw stopped
    },
    throwIfAny() {
      if (stopped) throw stopped
      if (problems.length > 0) throw inputError(problems)
    },
  }
}

/**
 * Reads the `--max-problems` option.
 *
 * @param value - the value given, if any
 * @returns the limit (default {@link DEFAULT_MAX_PROBLEMS}; 0 means none)
 * @throws {@link UsageError} when the value is not a whole number
 * @category CLI
 * @example
 * ```ts
 * parseMaxProblems(undefined) //=> 50
 * parseMaxProblems('0')       //=> 0
 * ```
 */
export function parseMaxProblems(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_PROBLEMS
  if (!/^\d+$/.test(value)) {
    throw new UsageError({
      zh: `--max-problems 应为非负整数（实际为 "${value}"）`,
      en: `--max-problems must be a whole number (got "${value}")`,
    })
  }
  return Number(value)
}

/**
 * The problem of an input with no record: an empty file, or a header without rows.
 *
 * @param file - the input's name
 * @returns the issue, at line 1
 * @category CLI
 * @example
 * ```ts
 * emptyInputProblem('a.csv').code //=> 'empty_input'
 * ```
 */
export function emptyInputProblem(file: string): InputIssue {
  return issueAt(
    { file, line: 1 },
    {
      code: 'empty_input',
      expected: expectations.records(),
      receivedText: null,
      hint: localizedText(
        '文件为空或只有表头；--allow-empty 可接受空输入',
        'the input is empty or has only a header; --allow-empty accepts an empty input',
      ),
    },
  )
}

/**
 * The line after the problems of an input whose reading stopped at the limit.
 *
 * @param error - the error
 * @param lang - language
 * @returns `file: stopped reading after the first N problems (…)`
 * @category CLI
 */
export function stoppedReadingNote(error: ProblemLimitError, lang: 'zh' | 'en'): string {
  const file = error.issues.at(-1)?.location?.file ?? ''
  const text =
    lang === 'zh'
      ? `发现前 ${error.limit} 处问题后停止读取（--max-problems N 可改变上限，0 为不设上限）`
      : `stopped reading after the first ${error.limit} problems (--max-problems N changes the limit, 0 for none)`
  return file ? `${file}: ${text}` : text
}
