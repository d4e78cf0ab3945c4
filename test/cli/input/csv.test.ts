import { createReadStream } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCsvRecords } from '../../../src/cli/input/csv.js'
import type { InputSource } from '../../../src/cli/input/source.js'
import { CNEMC_COLUMNS as CNEMC_LAYOUT, isInputError } from '../../../src/index.js'
import { textInput } from '../../_helpers/input-source.js'
import { locatedLines } from '../../_helpers/located.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'

async function collect(source: InputSource, layout?: typeof CNEMC_LAYOUT) {
  const rows = []
  for await (const row of readCsvRecords(source, { layout })) rows.push(row)
  return rows
}

async function problemOf(source: InputSource): Promise<string> {
  try {
    await collect(source)
  } catch (error) {
    if (isInputError(error)) return locatedLines(error).join('\n')
    throw error
  }
  throw new Error('no error')
}

describe('readCsvRecords', () => {
  it('keys cells by header, trims them and reads missing markers as null', async () => {
    const rows = await collect(
      textInput('a.csv', 'day, pm2_5 ,co\n2022-01-01, 27 ,--\n2022-01-02,,NA\n'),
      CNEMC_LAYOUT,
    )
    expect(rows.map((r) => r.value)).toEqual([
      { day: '2022-01-01', pm25: '27', co: null },
      { day: '2022-01-02', pm25: null, co: null },
    ])
    expect(rows[0]?.columns).toEqual({ day: 'day', pm25: 'pm2_5', co: 'co' })
  })

  it('gives each row the line it starts on, past blank lines and multi-line quoted cells', async () => {
    const text = 'name,note\na,1\n\n"b","two\nlines"\nc,3\n'
    const rows = await collect(textInput('a.csv', text))
    // Line 1 header, 2 a, 3 blank, 4–5 b (quoted cell spans two lines), 6 c.
    expect(rows.map((r) => [r.value.name, r.origin.line])).toEqual([
      ['a', 2],
      ['b', 4],
      ['c', 6],
    ])
    expect(rows[1]?.value.note).toBe('two\nlines')
  })

  it('reads CRLF line endings and a byte-order mark, in chunks split anywhere', async () => {
    const bytes = new TextEncoder().encode('\uFEFFday,pm2_5\r\n2022-01-01,27\r\n2022-01-02,30\r\n')
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b))
    const rows = await collect(textInput('a.csv', ...chunks), CNEMC_LAYOUT)
    expect(rows.map((r) => [r.value, r.origin.line])).toEqual([
      [{ day: '2022-01-01', pm25: '27' }, 2],
      [{ day: '2022-01-02', pm25: '30' }, 3],
    ])
  })

  it('yields nothing for a file with only a header, or an empty file', async () => {
    expect(await collect(textInput('a.csv', 'day,pm2_5\n'))).toEqual([])
    expect(await collect(textInput('a.csv', ''))).toEqual([])
  })

  it('names the line of a row with too many or too few cells', async () => {
    expect(await problemOf(textInput('a.csv', 'a,b\n1,2\n3,4,5\n'))).toBe(
      'a.csv:3: expected 2 cells, as many as the header, got 3',
    )
  })

  it('names an unclosed quote', async () => {
    expect(await problemOf(textInput('a.csv', 'a,b\n1,"2\n'))).toMatch(
      /^a\.csv:\d+: expected a quoted cell closed by a quote, got nothing$/,
    )
  })

  it('names text after a closing quote', async () => {
    expect(await problemOf(textInput('a.csv', 'a,b\n1,"2"x\n'))).toBe(
      'a.csv:2: expected a comma or a line break right after a closing quote, got nothing',
    )
  })

  it('stops on header problems before reading rows', async () => {
    expect(await problemOf(textInput('a.csv', 'a,,b\n1,2,3\n'))).toBe(
      'a.csv:1: expected a name for column 2, got ""',
    )
  })
})

describeWithShared(
  'readCsvRecords on the CNEMC station export',
  'fixtures/cnemc/inner-mongolia-stations-2022-01.csv',
  () => {
    it('reads the 496 station-days with the layout keys and real line numbers', async () => {
      const source: InputSource = {
        name: 'inner-mongolia-stations-2022-01.csv',
        open: () =>
          createReadStream(sharedPath('fixtures/cnemc/inner-mongolia-stations-2022-01.csv')),
      }
      const rows = await collect(source, CNEMC_LAYOUT)
      expect(rows).toHaveLength(496)
      // Line 5 of the file: 2197A 集宁新区 (Ulanqab) on 2022-01-01, PM2.5 24-hour mean 27.
      const jining = rows.find((r) => r.origin.line === 5)
      expect(jining?.value).toMatchObject({
        day: '2022-01-01',
        stationCode: '2197A',
        area: '乌兰察布市',
        positionName: '集宁新区',
        pm25: '20',
        pm25_24h: '27',
        o3_8h: '75',
        co_24h: '0.5',
      })
      expect(jining?.columns.pm25_24h).toBe('pm2_5_24h')
      // The published primary pollutant is empty when the AQI is 50 or less: a missing cell.
      expect(jining?.value.primaryPollutant).toBeNull()
    })
  },
)

describeWithShared(
  'readCsvRecords on the surface-water section export',
  'fixtures/water/surface-water-sections.csv',
  () => {
    it('keeps the Chinese headers as written, reads -- as missing and keeps the official class', async () => {
      const source: InputSource = {
        name: 'surface-water-sections.csv',
        open: () => createReadStream(sharedPath('fixtures/water/surface-water-sections.csv')),
      }
      const rows = await collect(source)
      expect(rows).toHaveLength(1156)
      // Line 2 of the file: 上海市,长江流域,富锦路桥,02-04 11:00,Ⅲ,9.3,8.14,10.26,464.6,150.9,3.28,0.257,0.113,3.54,--,--
      expect(rows[0]?.value).toEqual({
        省份: '上海市',
        流域: '长江流域',
        断面名称: '富锦路桥',
        监测时间: '02-04 11:00',
        水质类别: 'Ⅲ',
        '水温(℃)': '9.3',
        'pH(无量纲)': '8.14',
        '溶解氧(mg/L)': '10.26',
        '电导率(μS/cm)': '464.6',
        '浊度(NTU)': '150.9',
        '高锰酸盐指数(mg/L)': '3.28',
        '氨氮(mg/L)': '0.257',
        '总磷(mg/L)': '0.113',
        '总氮(mg/L)': '3.54',
        '叶绿素α(mg/L)': null,
        '藻密度(cells/L)': null,
      })
      // The README counts 11 sections without a class (--).
      expect(rows.filter((r) => r.value.水质类别 === null)).toHaveLength(11)
    })
  },
)
