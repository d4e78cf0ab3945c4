import { describe, expect, it } from 'vitest'
import * as air from '../../../src/standards/air/index.js'
import {
  AqiColumnSchema,
  aqiBreakpointTable,
  HJ633_2012_TABLE,
  HJ633_2026_TABLE,
} from '../../../src/standards/air/index.js'

describe('HJ633_2012_TABLE', () => {
  it('holds 表1 as printed', () => {
    // HJ 633-2012 表1, column by column
    expect(HJ633_2012_TABLE.iaqi).toEqual([0, 50, 100, 150, 200, 300, 400, 500])
    expect(HJ633_2012_TABLE.columns).toEqual({
      so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
      so2_1h: [0, 150, 500, 650, 800],
      no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
      no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
      pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
      co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
      co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
      o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
      o3_8h: [0, 100, 160, 215, 265, 800],
      pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
    })
    expect(HJ633_2012_TABLE.beyond).toEqual({ so2_1h: null, o3_8h: null })
  })

  it('is frozen all the way down, so it cannot be edited in place', () => {
    expect(Object.isFrozen(HJ633_2012_TABLE)).toBe(true)
    expect(() => {
      ;(HJ633_2012_TABLE.columns.pm25_24h as number[])[2] = 60
    }).toThrow(TypeError)
    expect(HJ633_2012_TABLE.columns.pm25_24h[2]).toBe(75)
  })

  it('keeps the SO2 24-hour column apart from the 1-hour column (a known error elsewhere)', () => {
    expect(HJ633_2012_TABLE.columns.so2_24h[1]).toBe(50)
    expect(HJ633_2012_TABLE.columns.so2_24h).not.toEqual(HJ633_2012_TABLE.columns.so2_1h)
  })
})

describe('HJ633_2026_TABLE', () => {
  it('differs from 2012 only at IAQI 100 of PM10 (150 → 120) and PM2.5 (75 → 60)', () => {
    const differences: string[] = []
    for (const column of AqiColumnSchema.options) {
      HJ633_2026_TABLE.columns[column].forEach((v, i) => {
        if (v !== HJ633_2012_TABLE.columns[column][i]) differences.push(`${column}[${i}]=${v}`)
      })
    }
    expect(differences).toEqual(['pm10_24h[2]=120', 'pm25_24h[2]=60'])
    expect(HJ633_2026_TABLE.beyond).toEqual({ so2_1h: 200, o3_8h: 300 })
    expect(Object.isFrozen(HJ633_2026_TABLE.columns.pm10_24h)).toBe(true)
  })
})

describe('aqiBreakpointTable', () => {
  it('returns the 2012 table by default and the 2026 table when asked', () => {
    expect(aqiBreakpointTable()).toBe(HJ633_2012_TABLE)
    expect(aqiBreakpointTable('HJ633-2026')).toBe(HJ633_2026_TABLE)
  })
})

describe('the breakpoint tables as printed rows', () => {
  it('has eight printed rows per edition, each with the IAQI and all ten columns', () => {
    for (const rows of [air.HJ633_2012_ROWS, air.HJ633_2026_ROWS]) {
      expect(rows.map((r) => r.iaqi)).toEqual([0, 50, 100, 150, 200, 300, 400, 500])
      for (const r of rows) expect(Object.keys(r)).toHaveLength(11)
    }
  })

  it('prints a note where SO2 1-hour and O3 8-hour stop, and nothing else is blank', () => {
    // 2012 表1: SO2 1-hour has no value above IAQI 200 (note 2), O3 8-hour above 300 (note 3)
    const blanks = (rows: readonly air.AqiBreakpointRow[]) =>
      rows.flatMap((r) =>
        Object.entries(r).flatMap(([k, v]) => (v === null ? [`${r.iaqi} ${k}`] : [])),
      )
    const expected = ['300 so2_1h', '400 so2_1h', '400 o3_8h', '500 so2_1h', '500 o3_8h']
    expect(blanks(air.HJ633_2012_ROWS)).toEqual(expected)
    expect(blanks(air.HJ633_2026_ROWS)).toEqual(expected)
  })

  it('differs between the editions only at IAQI 100 for PM10 (150 → 120) and PM2.5 (75 → 60)', () => {
    const diff: string[] = []
    air.HJ633_2012_ROWS.forEach((r, i) => {
      const other = air.HJ633_2026_ROWS[i] as air.AqiBreakpointRow
      for (const [k, v] of Object.entries(r)) {
        if (other[k as keyof typeof other] !== v)
          diff.push(`${r.iaqi} ${k} ${v}→${other[k as keyof typeof other]}`)
      }
    })
    expect(diff).toEqual(['100 pm10_24h 150→120', '100 pm25_24h 75→60'])
  })

  it('builds the column views from the rows', () => {
    expect(air.HJ633_2012_TABLE.columns.so2_1h).toEqual([0, 150, 500, 650, 800])
    expect(air.HJ633_2012_TABLE.columns.o3_8h).toEqual([0, 100, 160, 215, 265, 800])
    expect(air.HJ633_2026_TABLE.columns.pm10_24h).toEqual([0, 50, 120, 250, 350, 420, 500, 600])
    expect(air.AQI_TABLE_SOURCES['HJ633-2012'].columns).toHaveLength(10)
    expect(Object.keys(air.AQI_TABLE_SOURCES['HJ633-2012'].notes)).toEqual(['(1)', '(2)', '(3)'])
  })
})
