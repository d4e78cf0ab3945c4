import { formatInputProblem, type InputProblem } from '../errors.js'

/** What `validate` found in one file. */
export interface FileSummary {
  /** The file as the user named it. */
  file: string
  /** Records read, valid or not. */
  records: number
  /** Valid records by kind (observations) or status (task status updates). */
  counts: Record<string, number>
  /** Problems found in the file. */
  problems: number
}

/** The outcome of `validate`, as `--json` prints it. */
export interface ValidationReport {
  readonly valid: boolean
  readonly records: number
  readonly files: readonly FileSummary[]
  /** The problems found, in input order. */
  readonly problems: readonly InputProblem[]
  /** The `--max-problems` limit when reading stopped at it, else null. */
  readonly stoppedAfter: number | null
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The report as JSON for scripts.
 *
 * @param report - the outcome
 * @returns indented JSON with a final newline
 */
export function renderValidationJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/**
 * One line per file: records, valid or how many problems, and the counts by kind.
 *
 * @param report - the outcome
 * @returns the lines with a final newline
 */
export function renderValidationSummary(report: ValidationReport): string {
  const lines = report.files.map((f) => {
    const counts = Object.entries(f.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
    const state = f.problems ? plural(f.problems, 'problem') : 'valid'
    return `${f.file}: ${plural(f.records, 'record')}, ${state}${counts ? ` (${counts})` : ''}`
  })
  return `${lines.join('\n')}\n`
}

/**
 * The problems, one a line, then how many there were and that nothing was written.
 *
 * @param report - the outcome
 * @param out - the `--out` path, if any
 * @returns the lines with a final newline
 */
export function renderValidationProblems(
  report: ValidationReport,
  out: string | undefined,
): string {
  const total = report.problems.length
  return `${[
    ...report.problems.map(formatInputProblem),
    ...(report.stoppedAfter === null
      ? []
      : [
          `${report.problems.at(-1)?.file ?? ''}: stopped reading after the first ${report.stoppedAfter} problems (--max-problems N changes the limit, 0 for none)`,
        ]),
    `${plural(total, 'problem')}${out ? `; nothing was written to ${out}` : ''}`,
  ].join('\n')}\n`
}
