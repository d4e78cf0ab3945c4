import { describe, expect, it } from 'vitest'
import { formatInputError, formatInputIssue } from '../../../../src/_lib/errors/format.js'
import { readHourlyCsv } from '../../../../src/standards/air/read/read-hourly-csv.js'
import { gzip, rejection } from './_helpers.js'

const en = (e: Parameters<typeof formatInputError>[0]) => formatInputError(e, { lang: 'en' })

describe('readHourlyCsv problems', () => {
  it('reports a header without station or time column once, at line 1, with the headers found', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `x,${i},3`).join('\n')
    const e = await rejection(() =>
      readHourlyCsv(`site,hour,pm25\n${rows}\n`, { file: 'wrongcols.csv' }),
    )
    expect(e.issues).toHaveLength(2)
    expect(e.issues.map((i) => [i.code, i.location])).toEqual([
      ['missing_column', { file: 'wrongcols.csv', line: 1 }],
      ['missing_column', { file: 'wrongcols.csv', line: 1 }],
    ])
    expect(formatInputIssue(e.issues[0], { lang: 'en' })).toBe(
      'wrongcols.csv:1: expected a header with a station column (one of "stationcode", "station", "station_code", "站点编码", "站点代码", "监测点编码", "点位编码"), got "site", "hour", "pm25"',
    )
    expect(e.issues[1]?.expected.en).toContain(
      'a header with a time column (one of "timepoint", "time"',
    )
  })

  it('reports a header with no pollutant column', async () => {
    const e = await rejection(() => readHourlyCsv('station,time,aqi\nA,2022-01-02T01,40\n'))
    expect(e.issues[0].code).toBe('missing_column')
    expect(e.issues[0].expected.en).toContain('a pollutant column')
  })

  it('suggests the wide layout when a forced long layout meets a wide header', async () => {
    const e = await rejection(() =>
      readHourlyCsv('date,hour,type,1001A\n20190113,0,AQI,5\n', { layout: 'plain' }),
    )
    expect(e.issues[0].hint?.en).toContain("layout: 'wide'")
    const wide = await rejection(() => readHourlyCsv(PLAIN_ONE, { layout: 'wide' }))
    expect(wide.issues[0].expected.en).toBe('a header with the columns "date", "hour", "type"')
  })

  it('reports two headers for one field, and a unit that is not the field’s', async () => {
    const e = await rejection(() =>
      readHourlyCsv('station,time,pm2_5,PM2.5,CO(µg/m³)\nA,2022-01-02T01,1,2,3\n', {
        file: 'a.csv',
      }),
    )
    expect(en(e)).toBe(
      [
        'a.csv:1:20: ["PM2.5"]: expected a unique column, got "PM2.5" (means pm25, as column 3 "pm2_5" does)',
        'a.csv:1:26: ["CO(µg/m³)"]: expected the unit mg/m³, got "μg/m3"',
      ].join('\n'),
    )
  })

  it('reports an empty input and a header-only input, unless allowed', async () => {
    const empty = await rejection(() => readHourlyCsv('', { file: 'e.csv' }))
    expect(empty.issues.map((i) => [i.code, i.received, i.location])).toEqual([
      ['empty_input', null, { file: 'e.csv', line: 1 }],
    ])
    const header = await rejection(() => readHourlyCsv('station,time,pm25\r\n'))
    expect(en(header)).toBe(
      '<input>:1: expected at least one record, got a header only (the allowEmpty option reads it as no records)',
    )
    const allowed = await readHourlyCsv('station,time,pm25\n', { allowEmpty: true })
    expect(allowed.length).toBe(0)
    expect((await readHourlyCsv('\n\n', { allowEmpty: true })).length).toBe(0)
  })

  it('reports a value that is not a number with its line, column and field', async () => {
    const e = await rejection(() =>
      readHourlyCsv(
        'station,time,pm25,so2\n2197A,2022-01-02T01:00,27,<2\n2197A,2022-01-02T02:00,"12a",3\n',
        { file: 'a.csv' },
      ),
    )
    expect(en(e)).toBe(
      [
        'a.csv:2:27: so2: expected a non-negative number (µg/m³), got "<2" (a value below the detection limit needs a number)',
        'a.csv:3:24: pm25: expected a non-negative number (µg/m³), got "12a"',
      ].join('\n'),
    )
    expect(e.issues[1]?.code).toBe('invalid_type')
  })

  it('reports a negative value and CO in µg/m³', async () => {
    const e = await rejection(() =>
      readHourlyCsv('station,time,pm25,co\nA,2022-01-02T01:00,-1,0.5\nA,2022-01-02T02:00,1,600\n'),
    )
    expect(e.issues.map((i) => [i.code, i.path, i.received, i.location?.line])).toEqual([
      ['too_small', ['pm25'], '-1', 2],
      ['implausible', ['co'], '600', 3],
    ])
    expect(e.issues[1]?.message.en).toBe(
      'expected a 1-hour CO concentration of at most 150 mg/m³, got 600 (CO is in mg/m³: was it µg/m³?)',
    )
  })

  it('reports a station code that is missing and stamps that are not hourly timestamps', async () => {
    const e = await rejection(() =>
      readHourlyCsv(
        'station,time,pm25\n,2022-01-02T01:00,1\nA,2022-01-02,1\nA,2022-01-02T01:30,1\nA,2022-02-30T01:00,1\nA,soon,1\nA,,1\n',
      ),
    )
    expect(e.issues.map((i) => [i.code, i.location?.line, i.expected.en])).toEqual([
      ['invalid_type', 2, 'a station code'],
      ['invalid_format', 3, 'a timestamp with an hour (a date alone names no hour)'],
      ['invalid_value', 4, 'a timestamp on the hour'],
      ['invalid_value', 5, 'a timestamp on the hour such as 2022-01-02T00:00 or 2026-02-26T2000'],
      ['invalid_format', 6, 'a timestamp on the hour such as 2022-01-02T00:00 or 2026-02-26T2000'],
      ['invalid_type', 7, 'a timestamp on the hour such as 2022-01-02T00:00 or 2026-02-26T2000'],
    ])
  })

  it('reports a row with fewer cells than the header, and quoting problems', async () => {
    const e = await rejection(() =>
      readHourlyCsv(
        'station,time,pm25\nA,2022-01-02T01:00\nA,2022-01-02T02:00,"4"x\nA,2022-01-02T03:00,"5',
      ),
    )
    expect(e.issues.map((i) => [i.code, i.location?.line, i.expected.en])).toEqual([
      ['invalid_format', 2, '3 cells, as many as the header'],
      ['invalid_format', 3, 'a comma or a line break right after a closing quote'],
      ['invalid_format', 4, 'a quoted cell closed by a quote'],
    ])
  })

  it('stops after maxIssues problems and says so', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `A,2022-01-02T01:00,x${i}`).join('\n')
    const e = await rejection(() =>
      readHourlyCsv(`station,time,pm25\n${rows}\n`, { file: 'big.csv', maxIssues: 5 }),
    )
    expect(e.issues).toHaveLength(5)
    expect(e.issues.at(-1)?.location?.line).toBe(6)
    expect(e.context).toBe('big.csv (reading stopped after 5 problems)')
    const fifty = await rejection(() => readHourlyCsv(`station,time,pm25\n${rows}\n`))
    expect(fifty.issues).toHaveLength(50)
  })

  it('reports ozone columns that follow neither reading, and a record that contradicts the reading', async () => {
    const header = 'timepoint,stationcode,pm2_5,o3,o3_24h'
    const both = await rejection(() =>
      readHourlyCsv(
        `${header}\n2022-01-02T00:00,A,1,61,15\n2022-01-02T01:00,A,1,10,40\n2022-01-02T02:00,A,1,70,20\n`,
        { file: 'o.csv' },
      ),
    )
    expect(both.issues.map((i) => [i.code, i.location])).toEqual([
      ['conflict', { file: 'o.csv', line: 3, column: 25 }],
    ])
    expect(both.issues[0].received).toBe('o3 above o3_24h in 2 rows, below it in 1')
    const later = await rejection(() =>
      readHourlyCsv(`${header}\n2022-01-02T00:00,A,1,61,15\n2022-01-02T01:00,A,1,10,40\n`, {
        batchSize: 1,
      }),
    )
    expect(later.issues.map((i) => [i.code, i.location?.line, i.received])).toEqual([
      ['conflict', 3, 'o3 10, o3_24h 40'],
    ])
  })

  it('reports problems of the wide layout: an unknown type, a type twice in an hour, an hour twice', async () => {
    const e = await rejection(() =>
      readHourlyCsv('date,hour,type,1001A,1001A\n20190113,0,PM2.5,1,2\n'),
    )
    expect(e.issues.map((i) => [i.code, i.location?.column])).toEqual([['duplicate', 22]])
    const rows = await rejection(() =>
      readHourlyCsv(
        'date,hour,type,1001A\n20190113,0,PM2.5,1\n20190113,0,PM1,1\n20190113,0,PM2.5,2\n20190113,1,PM2.5,2\n20190113,0,PM2.5,3\n2019011,2,PM2.5,1\n20190113,25,PM2.5,1\n',
      ),
    )
    expect(rows.issues.map((i) => [i.code, i.location?.line, i.path])).toEqual([
      ['invalid_value', 3, ['type']],
      ['duplicate', 4, ['type']],
      ['duplicate', 6, ['date']],
      ['invalid_format', 7, ['date']],
      ['invalid_value', 8, ['hour']],
    ])
    expect(rows.issues[2]?.hint?.en).toBe('that hour is given from line 2 too')
    const value = await rejection(() =>
      readHourlyCsv('date,hour,type,1001A\n20190113,0,PM2.5,abc\n'),
    )
    expect(formatInputIssue(value.issues[0], { lang: 'en' })).toBe(
      '<input>:2:18: ["PM2.5"]["1001A"]: expected a non-negative number (µg/m³), got "abc"',
    )
  })

  it('reports UTF-16 text, bytes that are not UTF-8 in a UTF-8 file, and damaged gzip', async () => {
    const utf16 = await rejection(() =>
      readHourlyCsv(new Uint8Array([0xff, 0xfe, 0x73, 0, 0x74, 0])),
    )
    expect(utf16.issues[0].received).toBe('UTF-16LE')
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('station,time,pm25\n'),
      0xce,
      0xda,
      ...new TextEncoder().encode(',2022-01-02T01,1\n'),
    ])
    const mixed = await rejection(() => readHourlyCsv(bytes, { encoding: 'utf-8' }))
    expect(mixed.issues[0].expected.en).toBe('UTF-8 or GBK text')
    const packed = await gzip(PLAIN_ONE)
    const cut = await rejection(() => readHourlyCsv(packed.subarray(0, packed.length - 12)))
    expect(cut.issues[0].expected.en).toBe('complete gzip data')
  })

  it('rejects a misspelt option with a suggestion', async () => {
    const e = await rejection(() => readHourlyCsv(PLAIN_ONE, { maxIssue: 3 } as never))
    expect(e.issues[0].code).toBe('unrecognized_keys')
    expect(e.issues[0].hint?.en).toBe('did you mean maxIssues?')
    const zone = await rejection(() => readHourlyCsv(PLAIN_ONE, { timeZone: 'Mars/Olympus' }))
    expect(zone.issues[0].path).toEqual(['options', 'timeZone'])
  })
})

const PLAIN_ONE = 'station,time,pm25\nA,2022-01-02T01:00,1\n'
