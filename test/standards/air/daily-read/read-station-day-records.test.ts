import { describe, expect, it } from 'vitest'
import {
  createStationDayReader,
  formatInputIssue,
  readStationDayRecords,
  StationDayRecordsSchema,
} from '../../../../src/standards/air/index.js'
import { run } from '../../../_helpers/cli.js'
import { inputErrorOf } from '../../../_helpers/input-error.js'

const lines = (f: () => unknown) =>
  inputErrorOf(f).issues.map((i) => formatInputIssue(i, { lang: 'en' }))

/** Reads rows written under `header`, as a CSV file `a.csv` whose first row is line 2. */
function csv(header: string[], rows: string[][], options: { layout?: 'cnemc-archive' } = {}) {
  const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
  return () =>
    readStationDayRecords(records, {
      ...options,
      source: { file: 'a.csv', lines: rows.map((_, i) => i + 2), header },
    })
}

// The first station day of the CNEMC fixture (2192A, 1 January 2022), as the archive writes it.
const ARCHIVE_HEADER = ['day', 'stationcode', 'area', 'o3', 'o3_24h', 'o3_8h', 'o3_8h_24h']
const ARCHIVE_ROW = ['2022-01-01', '2192A', '呼伦贝尔市', '67', '59', '62', '57']

describe('readStationDayRecords', () => {
  it('reads the 24-hour column of a pollutant when the file has one, else the plain column', () => {
    const { stationDays } = readStationDayRecords([
      { station: 'A', date: '2022-01-01', so2: '9', so2_24h: '10', no2: '20', co_24h: '0.5' },
    ])
    expect(stationDays[0]?.values).toEqual({
      so2: 10,
      no2: 20,
      co: 0.5,
      pm10: null,
      pm25: null,
      o3_1h: null,
      o3_8h: null,
    })
  })

  it('reads the export’s day maxima of ozone from o3_24h and o3_8h_24h', () => {
    const { stationDays } = csv(ARCHIVE_HEADER, [ARCHIVE_ROW])()
    expect(stationDays[0]).toMatchObject({
      station: '2192A',
      date: '2022-01-01',
      area: '呼伦贝尔市',
    })
    expect(stationDays[0]?.values).toMatchObject({ o3_1h: 59, o3_8h: 57 })
  })

  it('reads the archive’s swapped ozone columns: o3 and o3_8h hold the day maxima', () => {
    // fixture README: in the archive o3 is the day's maximum 1-hour O3 and o3_8h its maximum
    // 8-hour mean (67 ≥ 59: the day's 1-hour maximum is never below the latest hour).
    const { stationDays } = csv(ARCHIVE_HEADER, [ARCHIVE_ROW], { layout: 'cnemc-archive' })()
    expect(stationDays[0]?.values).toMatchObject({ o3_1h: 67, o3_8h: 62 })
  })

  it('reads the header names of the one table: Chinese, any case, a unit in brackets', () => {
    const { stationDays } = readStationDayRecords([
      { 站点编码: '2197A', 日期: '2022-01-01', 城市: '乌兰察布市', 'PM2.5(μg/m³)': '80', SO2: '7' },
    ])
    expect(stationDays[0]).toMatchObject({ station: '2197A', area: '乌兰察布市' })
    expect(stationDays[0]?.values).toMatchObject({ pm25: 80, so2: 7 })
  })

  it('reads the no-value texts of the one table as missing, in any case', () => {
    const { stationDays } = readStationDayRecords([
      { station: 'A', date: '2022-01-01', pm25: 'na', pm10: ' -- ', so2: '/', no2: '' },
    ])
    expect(stationDays[0]?.values).toMatchObject({ pm25: null, pm10: null, so2: null, no2: null })
  })

  it('accepts a daily CO of exactly 60 mg/m³ and refuses 60.1 at its file, line and column', () => {
    const header = ['date', 'station', 'co_24h']
    expect(csv(header, [['2022-01-01', 'A', '60']])().stationDays[0]?.values.co).toBe(60)
    expect(lines(csv(header, [['2022-01-01', 'A', '60.1']]))).toEqual([
      'a.csv:2: co_24h: expected a 24-hour CO concentration of at most 60 mg/m³, got 60.1 (CO is in mg/m³: was it µg/m³?)',
    ])
  })

  it('refuses a negative value, and reads 0', () => {
    const header = ['date', 'station', 'pm2_5_24h', 'so2']
    expect(
      lines(
        csv(header, [
          ['2022-01-01', 'A', '-1', '0'],
          ['2022-01-02', 'A', '3', '0'],
        ]),
      ),
    ).toEqual(['a.csv:2: pm2_5_24h: expected a non-negative number (µg/m³), got -1'])
  })

  it('reports a header without station and date columns once, at line 1, with the headers found', () => {
    const rows = Array.from({ length: 300 }, () => ['1', '2'])
    expect(lines(csv(['foo', 'bar'], rows))).toEqual([
      'a.csv:1: expected a header with a station column (one of "stationcode", "station", "station_code", "站点编码", "站点代码", "监测点编码", "点位编码"), and a header with a time column (one of "timepoint", "time", "datetime", "时间", "监测时间", "时间点") or a header with a day column (one of "day", "date", "日期"), got "foo", "bar"',
    ])
  })

  it('refuses a second record of a station and day, and a date that does not exist', () => {
    const header = ['date', 'station', 'pm25']
    expect(
      lines(
        csv(header, [
          ['2022-01-01', 'A', '1'],
          ['2022-01-01', 'A', '2'],
          ['2022-02-30', 'A', '3'],
        ]),
      ),
    ).toEqual([
      'a.csv:3: date: expected one record per station and day, got A 2022-01-01 (also given at a.csv:2)',
      'a.csv:4: date: expected a valid date YYYY-MM-DD, got "2022-02-30"',
    ])
  })

  it('reads only the record that closes each day in a timepoint column, counting the rest', () => {
    const result = readStationDayRecords([
      { timepoint: '2022-01-01T23:00:00', station: 'A', pm25: '99' },
      // hour-ending 00:00 closes 1 January (the 23:00–24:00 hour)
      { timepoint: '2022-01-02T00:00:00', station: 'A', pm25: '30' },
    ])
    expect(StationDayRecordsSchema.parse(result)).toEqual(result)
    expect(result.skipped).toBe(1)
    expect(result.stationDays.map((d) => [d.date, d.values.pm25])).toEqual([['2022-01-01', 30]])
  })

  it('notes the indicators without a column, once per file', () => {
    const reader = createStationDayReader()
    reader.read([{ station: 'A', date: '2022-01-01', pm25: '1' }], { file: 'a.csv' })
    reader.read([{ station: 'A', date: '2022-01-02', pm25: '1' }], { file: 'a.csv' })
    expect(reader.finish().notes).toEqual([
      'a.csv: no column so2, no2, co, pm10, o3_24h, o3_8h: that indicator is missing on every day',
    ])
  })

  it('stops at maxProblems, and refuses unknown options', () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ station: 'A', date: `x${i}` }))
    expect(
      inputErrorOf(() => readStationDayRecords(records, { maxProblems: 3 })).issues,
    ).toHaveLength(3)
    expect(() => readStationDayRecords([], { ozone: 'archive' } as never)).toThrow(/ozone/)
  })

  it('does not change its input', () => {
    const records = [
      Object.freeze({ station: 'A', date: '2022-01-01', values: Object.freeze({ pm25: '3' }) }),
    ]
    const copy = structuredClone(records)
    const { stationDays } = readStationDayRecords(records)
    expect(stationDays[0]?.values.pm25).toBe(3)
    expect(records).toEqual(copy)
  })

  it('gives the same message for the same bad value as eco-targets air --daily-input', async () => {
    const header = ['date', 'station', 'city', 'co', 'no2']
    const rows = [
      ['2022-01-01', 'A', 'X', '61', '1'],
      ['2022-01-02', 'A', 'X', '1', '<2'],
    ]
    const text = `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`
    const { code, stderr } = await run(['air', 'a.csv', '--daily-input'], {
      files: { 'a.csv': text },
    })
    expect(code).toBe(2)
    expect(stderr.trimEnd().split('\n')).toEqual(lines(csv(header, rows)))
  })
})
