/**
 * The HJ 633-2012 and HJ 633-2026 breakpoint tables side by side, rendered from the library's
 * own frozen tables, so the page cannot disagree with what `iaqi` computes.
 */
import {
  AIR_POLLUTANT_INFO,
  type AqiBreakpointTable,
  type AqiColumn,
  HJ633_2012_TABLE,
  HJ633_2026_TABLE,
} from '../../src/standards/air/index.js'
import { markdownTable } from './_markdown.js'

/** The columns in the order HJ 633-2012 表1 prints them. */
export const BREAKPOINT_COLUMNS: readonly AqiColumn[] = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'pm10_24h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm25_24h',
]

const NAMES: Readonly<Record<string, string>> = {
  so2: 'SO₂',
  no2: 'NO₂',
  pm10: 'PM10',
  co: 'CO',
  o3: 'O₃',
  pm25: 'PM2.5',
}

/** A column's header: pollutant and averaging time, with the unit for CO, e.g. `PM2.5 24 h`. */
export function columnHeader(column: AqiColumn): string {
  const [pollutant = '', time = ''] = column.split('_')
  const unit = pollutant === 'co' ? ` (${AIR_POLLUTANT_INFO.co.unit})` : ''
  const label = time === '8h' ? '8 h moving' : time.replace('h', ' h')
  return `${NAMES[pollutant] ?? pollutant} ${label}${unit}`
}

function beyondText(table: AqiBreakpointTable, column: AqiColumn): string {
  const beyond = table.beyond[column]
  if (beyond === undefined) return ''
  return beyond === null ? 'not indexed' : `IAQI ${beyond}`
}

/**
 * One cell: the 2012 value, or `2012 → **2026**` where the editions differ. Above a column's
 * last breakpoint the cell says what the footnote prescribes (`not indexed`, `IAQI 300`).
 */
export function breakpointCell(column: AqiColumn, row: number): string {
  const old = HJ633_2012_TABLE.columns[column][row]
  const now = HJ633_2026_TABLE.columns[column][row]
  const show = (table: AqiBreakpointTable, value: number | undefined) =>
    value === undefined ? beyondText(table, column) || '—' : String(value)
  const a = show(HJ633_2012_TABLE, old)
  const b = show(HJ633_2026_TABLE, now)
  return a === b ? a : `${a} → **${b}**`
}

/**
 * The comparison as Markdown: one row per IAQI level, one column per breakpoint column of the
 * tables; a cell with an arrow is where HJ 633-2026 differs from HJ 633-2012.
 */
export function renderBreakpointComparison(): string {
  if (HJ633_2012_TABLE.iaqi.join() !== HJ633_2026_TABLE.iaqi.join()) {
    throw new Error('the two editions index different IAQI levels; the comparison needs one')
  }
  const rows = HJ633_2012_TABLE.iaqi.map((level, i) => [
    `**${level}**`,
    ...BREAKPOINT_COLUMNS.map((c) => breakpointCell(c, i)),
  ])
  return markdownTable(['IAQI', ...BREAKPOINT_COLUMNS.map(columnHeader)], rows)
}

/** Every cell where the editions differ, as a list of sentences. */
export function listBreakpointDifferences(): string[] {
  return BREAKPOINT_COLUMNS.flatMap((column) =>
    HJ633_2012_TABLE.iaqi.flatMap((level, i) => {
      const cell = breakpointCell(column, i)
      return cell.includes('→')
        ? [`${columnHeader(column)} at IAQI ${level}: ${cell.replace(/\*\*/g, '')}`]
        : []
    }),
  )
}
