import { describe, expect, it } from 'vitest'
import {
  CNEMC_COLUMNS,
  isInputError,
  mapCsvHeaders,
  OBSERVATION_COLUMNS,
  type ObservationColumn,
} from '../../src/index.js'
import { headerNamesOf, normalizeHeader } from '../../src/read/_header.js'
import { locatedLines } from '../_helpers/located.js'

const CNEMC_LAYOUT = CNEMC_COLUMNS
const OBSERVATION_LAYOUT = OBSERVATION_COLUMNS
const mapHeaders = (
  headers: string[],
  columns: readonly ObservationColumn[] | undefined,
  file: string,
  line?: number,
) => mapCsvHeaders(headers, columns ?? [], { file, line })

function problems(headers: string[], layout?: readonly ObservationColumn[]): string[] {
  try {
    mapHeaders(headers, layout, 'a.csv')
  } catch (error) {
    if (isInputError(error)) return locatedLines(error)
    throw error
  }
  return []
}

describe('mapCsvHeaders', () => {
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

  it("names the line of the header (a JSON record's keys)", () => {
    expect(() => mapHeaders(['pm2_5', 'PM2.5'], CNEMC_LAYOUT, 'a.jsonl', 7)).toThrow(/a\.jsonl/)
    try {
      mapHeaders(['pm2_5', 'PM2.5'], CNEMC_LAYOUT, 'a.jsonl', 7)
    } catch (error) {
      expect(locatedLines(error)[0]).toMatch(/^a\.jsonl:7: /)
    }
  })

  it('does not change the header row it is given', () => {
    const headers = Object.freeze(['PM2.5', ' co ']) as unknown as string[]
    expect(mapHeaders(headers, CNEMC_LAYOUT, 'a.csv').keys).toEqual(['pm25', 'co'])
    expect(headers).toEqual(['PM2.5', ' co '])
  })
})

describe('CNEMC_COLUMNS and OBSERVATION_COLUMNS', () => {
  it.each([
    ['CNEMC_COLUMNS', CNEMC_COLUMNS],
    ['OBSERVATION_COLUMNS', OBSERVATION_COLUMNS],
  ] as const)('%s: no header name stands for two keys', (_, columns) => {
    const seen = new Map<string, string>()
    for (const column of columns) {
      for (const name of headerNamesOf(column)) {
        const normalized = normalizeHeader(name).name
        const earlier = seen.get(normalized)
        if (earlier !== undefined)
          expect(`${normalized} → ${earlier}`).toBe(`${normalized} → ${column.key}`)
        seen.set(normalized, column.key)
      }
    }
  })
})
