import { describe, expect, it } from 'vitest'
import {
  CNEMC_LAYOUT,
  GB3838_TABLE1_COLUMNS,
  GB3838_TABLE2_COLUMNS,
  GROUNDWATER_KEYS,
  type HeaderLayout,
  headerNamesOf,
  mapHeaders,
  normalizeHeader,
  OBSERVATION_LAYOUT,
} from '../../../../src/cli/input/headers/index.js'
import { isInputError, WaterIndicatorKeySchema } from '../../../../src/index.js'
import { locatedLines } from '../../../_helpers/located.js'

function problems(headers: string[], layout?: HeaderLayout): string[] {
  try {
    mapHeaders(headers, layout, 'a.csv')
  } catch (error) {
    if (isInputError(error)) return locatedLines(error)
    throw error
  }
  return []
}

describe('mapHeaders', () => {
  it('maps the CNEMC headers in any order and keeps unknown ones as written', () => {
    const mapping = mapHeaders(
      ['pm2_5_24h', 'stationcode', 'timepoint', '备注'],
      CNEMC_LAYOUT,
      'a.csv',
    )
    expect(mapping.keys).toEqual(['pm25_24h', 'stationCode', 'timepoint', '备注'])
    expect(mapping.columns).toEqual({
      pm25_24h: 'pm2_5_24h',
      stationCode: 'stationcode',
      timepoint: 'timepoint',
      备注: '备注',
    })
  })

  it('accepts English names and the keys themselves', () => {
    const { keys } = mapHeaders(
      ['Dissolved oxygen', 'NH3-N', 'codmn', 'TP'],
      OBSERVATION_LAYOUT,
      'a.csv',
    )
    expect(keys).toEqual(['DO', 'NH3N', 'CODMn', 'TP'])
  })

  it('keeps headers as written without a layout', () => {
    expect(mapHeaders([' a ', 'B'], undefined, 'a.csv').keys).toEqual(['a', 'B'])
  })

  it('rejects a unit the column does not take', () => {
    expect(problems(['co(µg/m³)'], CNEMC_LAYOUT)).toEqual([
      'a.csv:1: ["co(µg/m³)"]: expected the unit mg/m³, got "μg/m3"',
    ])
    expect(problems(['pm2_5(ug/m3)', '溶解氧(mg/L)'], CNEMC_LAYOUT)).toEqual([])
  })

  it('rejects two headers that mean the same column', () => {
    expect(problems(['pm2_5', 'PM2.5'], CNEMC_LAYOUT)).toEqual([
      'a.csv:1: ["PM2.5"]: expected each column once, got "PM2.5" (means the same as column pm2_5 (pm25))',
    ])
    expect(problems(['a', 'a'])).toEqual([
      'a.csv:1: a: expected each column once, got "a" (means the same as column a (a))',
    ])
  })

  it('rejects an empty header', () => {
    expect(problems(['a', ' ', 'b'])).toEqual(['a.csv:1: expected a name for column 2, got " "'])
  })
})

describe('layouts', () => {
  it.each([CNEMC_LAYOUT, OBSERVATION_LAYOUT].map((l) => [l.name, l] as const))(
    '%s: no header name stands for two keys',
    (_, layout) => {
      const seen = new Map<string, string>()
      for (const column of layout.columns) {
        for (const name of headerNamesOf(column)) {
          const normalized = normalizeHeader(name).name
          const earlier = seen.get(normalized)
          if (earlier !== undefined)
            expect(`${normalized} → ${earlier}`).toBe(`${normalized} → ${column.key}`)
          seen.set(normalized, column.key)
        }
      }
    },
  )

  it('GB 3838 Table 1 has exactly the indicator keys of WaterIndicatorKeySchema', () => {
    expect(Object.keys(GB3838_TABLE1_COLUMNS).sort()).toEqual(
      [...WaterIndicatorKeySchema.options].sort(),
    )
    for (const [key, column] of Object.entries(GB3838_TABLE1_COLUMNS)) expect(column.key).toBe(key)
  })

  it('GB 3838 Table 2 lists the five supplementary items', () => {
    expect(GB3838_TABLE2_COLUMNS.map((c) => c.names[0])).toEqual([
      '硫酸盐',
      '氯化物',
      '硝酸盐',
      '铁',
      '锰',
    ])
  })

  it('the groundwater columns are the numeric GB/T 14848-2017 items: 93 less the 2 described ones', () => {
    // 嗅和味 and 肉眼可见物 are judged by description, not by a number
    expect(GROUNDWATER_KEYS).toHaveLength(91)
    for (const key of [
      'pH',
      'totalHardness',
      'TDS',
      'nitrate',
      'nitrite',
      'NH3N',
      'F',
      'As',
      'Cr6',
    ]) {
      expect(GROUNDWATER_KEYS).toContain(key)
    }
    expect(GROUNDWATER_KEYS).not.toContain('odourTaste')
  })
})
