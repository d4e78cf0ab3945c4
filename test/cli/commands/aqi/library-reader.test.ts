import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  formatInputIssue,
  type InputError,
  readAqiRecords,
  realtimeAqi,
} from '../../../../src/standards/air/index.js'
import { fileText, run } from '../../../_helpers/cli.js'
import { readCsv } from '../../../_helpers/csv.js'
import { inputErrorOf } from '../../../_helpers/input-error.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

/** The library reader's messages for a small CSV text read as a file: keyed by header, lines from 2. */
function libraryMessages(file: string, text: string, report: 'daily' | 'realtime' = 'daily') {
  const [head = '', ...rows] = text.trimEnd().split('\n')
  const header = head.split(',')
  const records = rows.map((r) => {
    const cells = r.split(',')
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']))
  })
  const error: InputError = inputErrorOf(() =>
    readAqiRecords(records, {
      report,
      source: { file, lines: records.map((_, i) => i + 2), header },
    }),
  )
  return `${error.issues.map((i) => formatInputIssue(i, { lang: 'en' })).join('\n')}\n`
}

describe('aqi on files reads through the library record reader', () => {
  it.each([
    ['a value that is not a number', 'date,pm25\n2022-01-01,12a\n'],
    ['a value with its unit', 'date,pm25\n2022-01-01,80µg\n'],
    ['a value below the detection limit', 'date,so2\n2022-01-01,<3\n'],
    ['a negative value', 'date,pm10\n2022-01-01,-4\n'],
    ['CO in µg/m³', 'date,co\n2022-01-01,900\n'],
    ['a unit that is not the column’s', 'date,CO(µg/m³)\n2022-01-01,900\n'],
    ['two headers for one column', 'date,pm2_5,PM2.5\n2022-01-01,1,2\n'],
    ['a header without a pollutant column', 'date,细粒子\n2022-01-01,80\n'],
  ])('gives the same located message for %s as the library reader, exit 2', async (_, csv) => {
    const { code, stdout, stderr, io } = await run(['aqi', 'a.csv', '--out', 'o.csv'], {
      files: { 'a.csv': csv },
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(libraryMessages('a.csv', csv))
    expect(fileText(io, 'o.csv')).toBeUndefined()
  })

  it('reads the no-value texts in any case and / as not measured, never as zero', async () => {
    // PM2.5 80 → 107 in every row; PM10 and SO2 have no value.
    const csv =
      'date,pm25,pm10,so2\n2022-01-01,80,NA,/\n2022-01-02,80,na,未监测\n2022-01-03,80,N/A,--\n'
    const { code, stdout } = await run(['aqi', 'a.csv'], { files: { 'a.csv': csv } })
    expect(code).toBe(0)
    expect(stdout).toBe(
      'date,pm25,pm10,so2,aqi,level,category,primary,withheld,capped\n' +
        '2022-01-01,80,NA,/,107,3,Lightly polluted,pm25,,\n' +
        '2022-01-02,80,na,未监测,107,3,Lightly polluted,pm25,,\n' +
        '2022-01-03,80,N/A,--,107,3,Lightly polluted,pm25,,\n',
    )
  })
})

describeWithShared(
  'aqi and the library on the national platform’s archived real-time records',
  'fixtures/cnemc/inner-mongolia-stations-2022-01.csv',
  () => {
    it('give byte-identical reports for every row', async () => {
      const path = sharedPath('fixtures/cnemc/inner-mongolia-stations-2022-01.csv')
      const { code, io } = await run(
        ['aqi', '--realtime', '--cnemc-archive', path, '--out', 'out.csv'],
        { disk: true },
      )
      expect(code).toBe(0)
      const out: Record<string, string>[] = parse(fileText(io, 'out.csv') ?? '', { columns: true })
      const cli = out.map((r) => [r.aqi_computed, r.level, r.category, r.primary, r.withheld])
      const records = readCsv(path)
      const library = readAqiRecords(records, { report: 'realtime', ozone: 'archive' }).map(
        (row) => {
          const r = realtimeAqi(row.values)
          return [
            r.aqi === null ? '' : String(r.aqi),
            r.category ? String(r.category.level) : '',
            r.category?.name.en ?? '',
            r.primaryPollutants.join(' '),
            r.flags.withheldReason ?? '',
          ]
        },
      )
      expect(cli).toHaveLength(496)
      expect(JSON.stringify(cli)).toBe(JSON.stringify(library))
    })
  },
)

describe('aqi on a large file with a header problem', () => {
  it('writes no row to standard output and reports the header once', async () => {
    // 600 rows: more than one batch of records reaches the library reader.
    const rows = Array.from({ length: 600 }, () => '2022-01-01,80').join('\n')
    const { code, stdout, stderr } = await run(['aqi', '-'], { stdin: `date,细粒子\n${rows}\n` })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^<stdin>:1: expected a header with one or more pollutant columns/)
  })

  it('reports a malformed line at its line, exit 2, and never writes a row from it', async () => {
    const { code, stdout, stderr } = await run(['aqi', '-'], {
      stdin: 'date,pm25\n2022-01-01,80\n"2022-01-02,30\n',
    })
    expect(code).toBe(2)
    expect(stdout).not.toContain('2022-01-02')
    expect(stderr).toMatch(/^<stdin>:3: /)
  })
})
