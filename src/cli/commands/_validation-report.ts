import { formatInputIssue, type InputIssue } from '../../index.js'

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
  /** The problems found, in input order: the library's input issues, with their file location. */
  readonly problems: readonly InputIssue[]
  /** The `--max-problems` limit when reading stopped at it, else null. */
  readonly stoppedAfter: number | null
}

type Lang = 'zh' | 'en'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const WORDS = {
  record: { zh: (n: number) => `${n} 条记录`, en: (n: number) => plural(n, 'record') },
  problem: { zh: (n: number) => `${n} 处问题`, en: (n: number) => plural(n, 'problem') },
  valid: { zh: '有效', en: 'valid' },
} as const

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
export function renderValidationSummary(report: ValidationReport, lang: Lang = 'en'): string {
  const comma = lang === 'zh' ? '，' : ', '
  const lines = report.files.map((f) => {
    const counts = Object.entries(f.counts)
      .map(([k, n]) => (lang === 'zh' ? `\`${k}\` ${n} 条` : `${k} ${n}`))
      .join(comma)
    const state = f.problems ? WORDS.problem[lang](f.problems) : WORDS.valid[lang]
    const list = counts ? (lang === 'zh' ? `（${counts}）` : ` (${counts})`) : ''
    return `${f.file}: ${WORDS.record[lang](f.records)}${comma}${state}${list}`
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
  lang: Lang = 'en',
): string {
  const total = report.problems.length
  const file = report.problems.at(-1)?.location?.file ?? ''
  const stopped =
    lang === 'zh'
      ? `发现前 ${report.stoppedAfter} 处问题后停止读取（--max-problems N 可改变上限，0 为不设上限）`
      : `stopped reading after the first ${report.stoppedAfter} problems (--max-problems N changes the limit, 0 for none)`
  const nothing = out ? (lang === 'zh' ? `；未写入 ${out}` : `; nothing was written to ${out}`) : ''
  return `${[
    ...report.problems.map((i) => formatInputIssue(i, { lang })),
    ...(report.stoppedAfter === null ? [] : [`${file}: ${stopped}`]),
    `${WORDS.problem[lang](total)}${nothing}`,
  ].join('\n')}\n`
}
