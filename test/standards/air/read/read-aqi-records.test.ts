import { describe, expect, it } from 'vitest'
import {
  AqiRecordValuesSchema,
  createAqiRecordReader,
  dailyAqi,
  formatInputIssue,
  readAqiRecords,
} from '../../../../src/standards/air/index.js'
import { inputErrorOf } from '../../../_helpers/input-error.js'

const lines = (f: () => unknown) =>
  inputErrorOf(f).issues.map((i) => formatInputIssue(i, { lang: 'en' }))

describe('readAqiRecords', () => {
  it('reads the header names of the one table, the no-value texts in any case, and not measured', () => {
    const rows = readAqiRecords([
      { date: '2022-01-01', 'PM2.5(μg/m³)': '80', PM10: 'NA', SO2: '/', 一氧化碳: ' 1.2 ' },
      { date: '2022-01-02', 'PM2.5(μg/m³)': 'na', PM10: '--', SO2: '未监测', 一氧化碳: '' },
    ])
    expect(rows.map((r) => r.values)).toEqual([
      { pm25: 80, pm10: null, so2: 'notMeasured', co: 1.2 },
      { pm25: null, pm10: null, so2: 'notMeasured', co: null },
    ])
    for (const r of rows) expect(AqiRecordValuesSchema.safeParse(r).success).toBe(true)
    // PM2.5 80 → IAQI 106.25 → 107; CO 1.2 mg/m³ → 30.
    expect(dailyAqi(rows[0]?.values ?? {}).aqi).toBe(107)
  })

  it('reads the real-time report, and the archive’s swapped ozone columns', () => {
    const record = { stationcode: '2197A', o3: '242', o3_24h: '80', o3_8h: '100', o3_8h_24h: '70' }
    expect(readAqiRecords([record], { report: 'realtime' })[0]?.values).toEqual({
      o3: 242,
      o3_8h: 100,
    })
    expect(readAqiRecords([record], { report: 'realtime', ozone: 'archive' })[0]?.values).toEqual({
      o3: 80,
      o3_8h: 70,
    })
  })

  it('locates every bad cell at file, line and column; the path is the column', () => {
    expect(
      lines(() =>
        readAqiRecords(
          [
            { date: '2022-01-02', pm25: '12a', co: '1' },
            { date: '2022-01-03', pm25: '10', co: '-1' },
            { date: '2022-01-04', pm25: '<2', co: '900' },
          ],
          { source: { file: 'a.csv', lines: [2, 3, 4], header: ['date', 'pm25', 'co'] } },
        ),
      ),
    ).toEqual([
      'a.csv:2:2: pm25: expected a non-negative number (µg/m³), got "12a"',
      'a.csv:3:3: co: expected a non-negative number (mg/m³), got -1',
      'a.csv:4:2: pm25: expected a non-negative number (µg/m³), got "<2" (a value below the detection limit needs a number)',
      // HJ 633 daily CO: a 24-hour mean above 60 mg/m³ is µg/m³ given by mistake.
      'a.csv:4:3: co: expected a 24-hour CO concentration of at most 60 mg/m³, got 900 (implausible: CO is in mg/m³, was it µg/m³? (900 µg/m³ = 0.9 mg/m³))',
    ])
  })

  it('gives the same CO message as dailyAqi', () => {
    const viaReader = inputErrorOf(() => readAqiRecords([{ co: 900 }])).issues[0]
    const viaDaily = inputErrorOf(() => dailyAqi({ co: 900 })).issues[0]
    expect(viaReader?.message).toEqual(viaDaily?.message)
  })

  it('rejects a CSV header without a pollutant column once, at line 1, and a wrong unit', () => {
    const e = inputErrorOf(() =>
      readAqiRecords([{ date: '2022-01-01', 细粒子: '80' }], {
        source: { file: 'z.csv', lines: [2], header: ['date', '细粒子'] },
      }),
    )
    expect(e.issues).toHaveLength(1)
    expect(e.issues[0]).toMatchObject({
      code: 'missing_column',
      location: { file: 'z.csv', line: 1 },
    })
    expect(
      lines(() =>
        readAqiRecords([{ 'CO(µg/m³)': '900' }], {
          source: { file: 'z.csv', lines: [2], header: ['CO(µg/m³)'] },
        }),
      ),
    ).toEqual(['z.csv:1:1: ["CO(µg/m³)"]: expected the unit mg/m³, got "μg/m3"'])
  })

  it('rejects a record that is not an object, and a value that is neither text nor number', () => {
    expect(lines(() => readAqiRecords([{ pm25: 1 }, [1], { pm25: { v: 1 } }]))).toEqual([
      '[1]: expected a JSON object, got [1]',
      '[2].pm25: expected a text or a number, got {"v":1}',
    ])
  })

  it('does not change the records', () => {
    const records = [Object.freeze({ pm25: ' 80 ', co: 'NA' })]
    readAqiRecords(records)
    expect(records).toEqual([{ pm25: ' 80 ', co: 'NA' }])
  })
})

describe('createAqiRecordReader', () => {
  it('stops at maxProblems over batches, and finish lists every problem', () => {
    const reader = createAqiRecordReader({ maxProblems: 3 })
    const bad = [{ pm25: 'x' }, { pm25: 'y' }]
    expect(reader.read(bad, { file: 'a.jsonl', lines: [1, 2] })).toEqual([null, null])
    const e = inputErrorOf(() => reader.read(bad, { file: 'b.jsonl', lines: [1, 2] }))
    expect(e.issues.map((i) => formatInputIssue(i, { lang: 'en' }))).toEqual([
      'a.jsonl:1: pm25: expected a non-negative number (µg/m³), got "x"',
      'a.jsonl:2: pm25: expected a non-negative number (µg/m³), got "y"',
      'b.jsonl:1: pm25: expected a non-negative number (µg/m³), got "x"',
    ])
  })
})
