/**
 * The HJ 633-2012 and HJ 633-2026 breakpoint tables side by side, rendered from the library's
 * own frozen tables, so the page cannot disagree with what `iaqi` computes.
 */

import type { Lang } from '../../src/index.js'
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

const TIMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: { '1h': '1小时平均', '24h': '24小时平均', '8h': '8小时滑动平均' },
  en: { '1h': '1 h', '24h': '24 h', '8h': '8 h moving' },
}

/**
 * A column's header: pollutant and averaging time, with the unit for CO, e.g. `PM2.5 24 h`,
 * `PM2.5 24小时平均`.
 */
export function columnHeader(column: AqiColumn, lang: Lang = 'en'): string {
  const [pollutant = '', time = ''] = column.split('_')
  const unit =
    pollutant === 'co'
      ? lang === 'zh'
        ? `（${AIR_POLLUTANT_INFO.co.unit}）`
        : ` (${AIR_POLLUTANT_INFO.co.unit})`
      : ''
  return `${NAMES[pollutant] ?? pollutant} ${TIMES[lang][time] ?? time}${unit}`
}

function beyondText(table: AqiBreakpointTable, column: AqiColumn, lang: Lang): string {
  const beyond = table.beyond[column]
  if (beyond === undefined) return ''
  if (beyond === null) return lang === 'zh' ? '不计算分指数' : 'not indexed'
  return `IAQI ${beyond}`
}

/**
 * One cell: the 2012 value, or `2012 → **2026**` where the editions differ. Above a column's
 * last breakpoint the cell says what the footnote prescribes (`not indexed`, `IAQI 300`).
 */
export function breakpointCell(column: AqiColumn, row: number, lang: Lang = 'en'): string {
  const old = HJ633_2012_TABLE.columns[column][row]
  const now = HJ633_2026_TABLE.columns[column][row]
  const show = (table: AqiBreakpointTable, value: number | undefined) =>
    value === undefined ? beyondText(table, column, lang) || '—' : String(value)
  const a = show(HJ633_2012_TABLE, old)
  const b = show(HJ633_2026_TABLE, now)
  return a === b ? a : `${a} → **${b}**`
}

/**
 * The comparison as Markdown: one row per IAQI level, one column per breakpoint column of the
 * tables; a cell with an arrow is where HJ 633-2026 differs from HJ 633-2012.
 */
export function renderBreakpointComparison(lang: Lang = 'en'): string {
  if (HJ633_2012_TABLE.iaqi.join() !== HJ633_2026_TABLE.iaqi.join()) {
    throw new Error('the two editions index different IAQI levels; the comparison needs one')
  }
  const rows = HJ633_2012_TABLE.iaqi.map((level, i) => [
    `**${level}**`,
    ...BREAKPOINT_COLUMNS.map((c) => breakpointCell(c, i, lang)),
  ])
  return markdownTable(['IAQI', ...BREAKPOINT_COLUMNS.map((c) => columnHeader(c, lang))], rows)
}

/** Every cell where the editions differ, as a list of sentences. */
export function listBreakpointDifferences(lang: Lang = 'en'): string[] {
  return BREAKPOINT_COLUMNS.flatMap((column) =>
    HJ633_2012_TABLE.iaqi.flatMap((level, i) => {
      const cell = breakpointCell(column, i, lang).replace(/\*\*/g, '')
      if (!cell.includes('→')) return []
      const header = columnHeader(column, lang)
      return [
        lang === 'zh' ? `${header}，IAQI ${level}：${cell}` : `${header} at IAQI ${level}: ${cell}`,
      ]
    }),
  )
}
