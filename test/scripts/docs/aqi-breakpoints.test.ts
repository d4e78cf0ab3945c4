import { describe, expect, it } from 'vitest'
import {
  BREAKPOINT_COLUMNS,
  breakpointCell,
  columnHeader,
  listBreakpointDifferences,
  renderBreakpointComparison,
} from '../../../scripts/docs/aqi-breakpoints.js'

/** The cells of the table row that starts with the IAQI level. */
function row(table: string, iaqi: number): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| **${iaqi}** |`))
  if (!line) throw new Error(`no row ${iaqi}`)
  return line
    .split(' | ')
    .slice(1)
    .map((c) => c.replace(/ \|$/, ''))
}

describe('renderBreakpointComparison', () => {
  const table = renderBreakpointComparison()
  const pm25 = BREAKPOINT_COLUMNS.indexOf('pm25_24h')
  const pm10 = BREAKPOINT_COLUMNS.indexOf('pm10_24h')

  it('shows the PM2.5 IAQI-100 breakpoint as 75 in 2012 and 60 in 2026', () => {
    // HJ 633-2012 表1: PM2.5 24 h at IAQI 100 is 75 µg/m³; HJ 633-2026 表3: 60 µg/m³
    expect(row(table, 100)[pm25]).toBe('75 → **60**')
  })

  it('shows the PM10 IAQI-100 breakpoint as 150 in 2012 and 120 in 2026', () => {
    expect(row(table, 100)[pm10]).toBe('150 → **120**')
  })

  it('shows one value where the editions agree (PM2.5 at IAQI 150: 115 in both)', () => {
    expect(row(table, 150)[pm25]).toBe('115')
    expect(row(table, 500)[pm25]).toBe('500')
  })

  it('has one row per IAQI level and one column per breakpoint column', () => {
    expect(table.split('\n')).toHaveLength(2 + 8) // header, rule, IAQI 0 … 500
    expect(table.split('\n')[0]).toContain('| PM2.5 24 h |')
    expect(columnHeader('co_24h')).toBe('CO 24 h (mg/m³)')
    expect(columnHeader('o3_8h')).toBe('O₃ 8 h moving')
  })
})

describe('breakpointCell', () => {
  it('says what each edition prescribes above the SO2 1-hour and O3 8-hour columns', () => {
    // 2012 表1 notes (2), (3): not indexed; 2026 表3 notes b, c: IAQI 200 and 300
    expect(breakpointCell('so2_1h', 5)).toBe('not indexed → **IAQI 200**')
    expect(breakpointCell('o3_8h', 6)).toBe('not indexed → **IAQI 300**')
  })
})

describe('listBreakpointDifferences', () => {
  it('lists exactly the two changed breakpoints besides the footnote columns', () => {
    const numeric = listBreakpointDifferences().filter((d) => !d.includes('indexed'))
    expect(numeric).toEqual(['PM10 24 h at IAQI 100: 150 → 120', 'PM2.5 24 h at IAQI 100: 75 → 60'])
  })
})
