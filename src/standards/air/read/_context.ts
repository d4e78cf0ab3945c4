import { noValueOfBytes } from '../../../_lib/csv/no-value.js'
import { parseNumberBytes } from '../../../_lib/csv/number.js'
import { type CsvRow, TEXT_AFTER_QUOTE, UNCLOSED } from '../../../_lib/csv/scanner.js'
import { type CellText, EncodingError } from '../../../_lib/csv/text.js'
import { expect, type IssueSpec, issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue, IssuePathSegment } from '../../../_lib/errors/issue.js'
import type { LocalizedText } from '../../../_lib/localized-text.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import { NOT_MEASURED } from '../columns.js'

/** How a numeric column is checked: its unit and, for CO, the plausible bound. */
export interface ValueRule {
  readonly unit: 'µg/m³' | 'mg/m³' | null
  /** Largest plausible value (CO), or Infinity. */
  readonly max: number
  /** The averaging period for the CO message. */
  readonly averaging: LocalizedText
}

const BELOW_LIMIT = text(
  '低于检出限的数值也需写成数字',
  'a value below the detection limit needs a number',
)

/** Everything one reading shares: the file, the text of cells, the problems found so far. */
export class ReadContext {
  readonly issues: InputIssue[] = []
  /** Set once reading must stop: a fatal problem, or `maxIssues` problems. */
  stopped = false

  constructor(
    readonly file: string,
    readonly maxIssues: number,
    readonly cells: CellText,
    /** Rows given as arrays: `line` is the row and `column` the cell, both 1-based. */
    readonly rowsMode: boolean,
  ) {}

  get failed(): boolean {
    return this.issues.length > 0
  }

  /** Records a problem; reading stops once there are `maxIssues`. */
  add(found: InputIssue): void {
    if (this.issues.length < this.maxIssues) this.issues.push(found)
    if (this.issues.length >= this.maxIssues) this.stopped = true
  }

  /** Records a problem after which the input cannot be read on. */
  fatal(found: InputIssue): void {
    this.add(found)
    this.stopped = true
  }

  /** File, line and column of a cell (the opening quote of a quoted cell). */
  where(row: CsvRow, cell: number): { file: string; line: number; column: number } {
    if (this.rowsMode) return { file: this.file, line: row.line, column: cell + 1 }
    const quoted = cell < row.count && (row.flags[cell] as number) !== 0
    const at = cell < row.count ? (row.starts[cell] as number) - (quoted ? 1 : 0) : row.start
    const before = new TextDecoder(this.cells.encoding ?? 'utf-8').decode(
      row.bytes.subarray(row.start, Math.max(row.start, at)),
    )
    const lastBreak = before.lastIndexOf('\n')
    const breaks = before.split('\n').length - 1
    return { file: this.file, line: row.line + breaks, column: before.length - lastBreak }
  }

  /** Records a problem at a cell. */
  at(row: CsvRow, cell: number, spec: Omit<IssueSpec, 'location'>): void {
    this.add(issue({ ...spec, location: this.where(row, cell) }))
  }

  /** The text of a cell; a problem (and null) for bytes that are not text. */
  text(row: CsvRow, cell: number, path: readonly IssuePathSegment[]): string | null {
    if (cell >= row.count) return ''
    try {
      return this.cells.text(
        row.bytes,
        row.starts[cell] as number,
        row.ends[cell] as number,
        row.flags[cell] as number,
      )
    } catch (error) {
      if (!(error instanceof EncodingError)) throw error
      this.at(row, cell, {
        code: 'invalid_format',
        path,
        expected: expect.textEncoding(),
        receivedText: 'bytes that are not UTF-8',
        hint: text('文件前面的部分是 UTF-8', 'the file reads as UTF-8 before this cell'),
      })
      return null
    }
  }

  /** Problems of a cell's quoting, recorded; true when there were none. */
  quotingOk(row: CsvRow, cell: number, path: readonly IssuePathSegment[]): boolean {
    const flags = row.flags[cell] as number
    if ((flags & (TEXT_AFTER_QUOTE | UNCLOSED)) === 0) return true
    this.at(row, cell, {
      code: 'invalid_format',
      path,
      expected: flags & UNCLOSED ? expect.closedQuote() : expect.delimiterAfterQuote(),
      receivedText: null,
    })
    return false
  }

  /**
   * The value of a numeric cell: the number, `NaN` for a missing value, {@link NOT_MEASURED}
   * for an indicator the station does not measure (texts of `missing-values.ts`), or
   * `undefined` after recording a problem (not a number, negative, implausible CO).
   */
  value(
    row: CsvRow,
    cell: number,
    rule: ValueRule,
    path: readonly IssuePathSegment[],
  ): number | undefined {
    if (cell >= row.count) return Number.NaN
    const bytes = row.bytes
    const s = row.starts[cell] as number
    const e = row.ends[cell] as number
    const v = parseNumberBytes(bytes, s, e)
    if (!Number.isNaN(v)) {
      if (v >= 0 && v <= rule.max && (row.flags[cell] as number) <= 1) return v
      return this.badValue(row, cell, rule, path, v)
    }
    if (s === e) return Number.NaN
    return this.noValue(row, cell, rule, path)
  }

  private noValue(
    row: CsvRow,
    cell: number,
    rule: ValueRule,
    path: readonly IssuePathSegment[],
  ): number | undefined {
    if (!this.quotingOk(row, cell, path)) return undefined
    const s = row.starts[cell] as number
    const e = row.ends[cell] as number
    let kind = noValueOfBytes(row.bytes, s, e)
    let written: string | null = null
    if (kind === null) {
      written = this.text(row, cell, path)
      if (written === null) return undefined
      kind = noValueOf(written)
    }
    if (kind === 'missing') return Number.NaN
    if (kind === 'notMeasured') return NOT_MEASURED
    const shown = written ?? ''
    this.at(row, cell, {
      code: 'invalid_type',
      path,
      expected: rule.unit ? expect.nonNegative(rule.unit) : expect.nonNegative(),
      received: shown,
      ...(/^[<＜]/.test(shown) ? { hint: BELOW_LIMIT } : {}),
    })
    return undefined
  }

  private badValue(
    row: CsvRow,
    cell: number,
    rule: ValueRule,
    path: readonly IssuePathSegment[],
    v: number,
  ): number | undefined {
    if (!this.quotingOk(row, cell, path)) return undefined
    const written = this.text(row, cell, path) ?? String(v)
    if (v < 0) {
      this.at(row, cell, {
        code: 'too_small',
        path,
        expected: rule.unit ? expect.nonNegative(rule.unit) : expect.nonNegative(),
        receivedText: written,
      })
      return undefined
    }
    if (v > rule.max) {
      this.at(row, cell, {
        code: 'implausible',
        path,
        expected: expect.plausibleCo(rule.max, rule.averaging),
        receivedText: written,
        hint: text('一氧化碳应以 mg/m³ 计，是否误用了 µg/m³？', 'CO is in mg/m³: was it µg/m³?'),
      })
      return undefined
    }
    return v
  }
}
