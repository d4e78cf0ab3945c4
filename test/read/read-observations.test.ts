import { describe, expect, it } from 'vitest'
import {
  createObservationReader,
  expectations,
  formatInputIssue,
  type InputError,
  inputIssue,
  isInputError,
  OBSERVATION_COLUMNS,
  readObservations,
} from '../../src/index.js'
import { run } from '../_helpers/cli.js'

const AIR = ['date', 'PM2.5', 'so2', 'no2', 'co', 'pm10', 'o3_1h', 'o3_8h']
const day = (date: string, pm25: string) => ({
  date,
  'PM2.5': pm25,
  so2: '14',
  no2: '32',
  co: '0.5',
  pm10: '51',
  o3_1h: '80',
  o3_8h: '75',
})

/** The messages of what a call threw, as the command line prints them. */
function thrown(call: () => unknown): string[] {
  try {
    call()
  } catch (error) {
    if (!isInputError(error)) throw error
    return (error as InputError).issues.map((i) => formatInputIssue(i, { lang: 'en' }))
  }
  throw new Error('expected an input error')
}

describe('readObservations', () => {
  it('reads CSV rows by the column names, with the kind given and the schema defaults', () => {
    const rows = [{ ...day('2022-01-01', '27'), o3_8h: '--' }]
    const { observations, locations } = readObservations(rows, {
      kind: 'airDaily',
      source: { file: 'city.csv', lines: [2], header: AIR },
    })
    expect(observations).toEqual([
      {
        kind: 'airDaily',
        date: '2022-01-01',
        scope: 'central-city',
        so2: 14,
        no2: 32,
        co: 0.5,
        pm10: 51,
        pm25: 27,
        o3_1h: 80,
        o3_8h: null,
      },
    ])
    expect(locations).toEqual([{ file: 'city.csv', line: 2 }])
  })

  it('keeps a kind given by the row over the kind option', () => {
    const { observations } = readObservations([{ kind: 'dustDay', date: '2022-03-15' }], {
      kind: 'airDaily',
      source: { file: 'a.csv', lines: [2], header: ['kind', 'date'] },
    })
    expect(observations[0]?.kind).toBe('dustDay')
  })

  it('puts Chinese indicator columns into values, with the no-value texts of the one table as null', () => {
    const header = [
      '类型',
      '断面编码',
      '断面名称',
      '水体类型',
      '日期',
      '溶解氧（mg/L）',
      'CODCr',
      '总磷',
    ]
    const row = {
      类型: 'waterSample',
      断面编码: 'yuhe-river',
      断面名称: '御河',
      水体类型: 'river',
      日期: '2022-05-10',
      '溶解氧（mg/L）': '7.9',
      CODCr: 'na',
      总磷: '/',
    }
    const [sample] = readObservations([row], {
      source: { file: 's.csv', lines: [2], header },
    }).observations
    expect(sample).toMatchObject({
      section: 'yuhe-river',
      values: { DO: 7.9, COD: null, TP: null },
    })
  })

  it('reads boolean fields from true/false, yes/no, 是/否 and 1/0', () => {
    const header = ['kind', 'plot', 'year', 'safeUse']
    const read = (safeUse: string) =>
      readObservations([{ kind: 'landPlot', plot: 'p', year: '2022', safeUse }], {
        source: { file: 'a.csv', lines: [2], header },
      }).observations[0]
    expect(read('是')).toMatchObject({ safeUse: true })
    expect(read('No')).toMatchObject({ safeUse: false })
    expect(read('1')).toMatchObject({ safeUse: true })
    expect(thrown(() => read('maybe'))[0]).toMatch(/^a\.csv:2: safeUse: expected/)
  })

  it('names the file, line and column as written of a value that is not a number', () => {
    const rows = [day('2022-01-01', '27'), day('2022-01-02', '12a')]
    expect(
      thrown(() =>
        readObservations(rows, {
          kind: 'airDaily',
          source: { file: 'a.csv', lines: [2, 3], header: AIR },
        }),
      ),
    ).toEqual(['a.csv:3: ["PM2.5"]: expected a non-negative number (µg/m³), got "12a"'])
  })

  it('gives the same message as the command line for the same bad value', async () => {
    const csv = `${AIR.join(',')}\n${Object.values(day('2022-01-02', '12a')).join(',')}\n`
    const cli = await run(['validate', '--kind', 'airDaily', 'a.csv'], { files: { 'a.csv': csv } })
    const library = thrown(() =>
      readObservations([day('2022-01-02', '12a')], {
        kind: 'airDaily',
        source: { file: 'a.csv', lines: [2], header: AIR },
      }),
    )
    expect(cli.stderr).toBe(`${library.join('\n')}\n1 problem\n`)
  })

  it('reports a header without a column once, at line 1, with the headers found', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ date: `2022-01-${i + 10}`, pm25: 'x' }))
    const lines = rows.map((_, i) => i + 2)
    expect(
      thrown(() =>
        readObservations(rows, {
          kind: 'airDaily',
          source: { file: 'a.csv', lines, header: ['date', 'pm25'] },
        }),
      ),
    ).toEqual([
      'a.csv:1: expected a header with the columns so2 (one of "so2", "二氧化硫"), no2 (one of "no2", "二氧化氮"), co (one of "co", "一氧化碳"), pm10 (one of "pm10", "可吸入颗粒物"), o3_1h (one of "o3_1h", "臭氧日最大1小时", "O3-1h"), o3_8h (one of "o3_8h", "臭氧日最大8小时", "O3-8h"), got "date", "pm25"',
    ])
  })

  it('suggests the kind option when a CSV has no kind column', () => {
    const source = { file: 'a.csv', lines: [2], header: ['date', 'pm25'] }
    const rows = [{ date: '2022-01-01', pm25: '30' }]
    expect(thrown(() => readObservations(rows, { source }))).toEqual([
      'a.csv:1: expected a header with a kind column (one of "kind", "类型"), got "date", "pm25" (give the kind option when every row is of one kind)',
    ])
    expect(thrown(() => readObservations(rows, { source, kindOption: '--kind' }))[0]).toContain(
      '(give --kind KIND when every row is of one kind)',
    )
  })

  it('rejects a header unit that is not the column’s, and two headers of one column', () => {
    const source = (header: string[]) => ({ file: 'a.csv', lines: [2], header })
    expect(
      thrown(() =>
        readObservations([{ date: '2022-01-01', 'co(µg/m³)': '500' }], {
          kind: 'airDaily',
          source: source(['date', 'co(µg/m³)']),
        }),
      ),
    ).toEqual(['a.csv:1: ["co(µg/m³)"]: expected the unit mg/m³, got "μg/m3"'])
    expect(
      thrown(() =>
        readObservations([{ date: '2022-01-01', pm25: '1', 'PM2.5': '1' }], {
          kind: 'airDaily',
          source: source(['date', 'pm25', 'PM2.5']),
        }),
      )[0],
    ).toContain(
      'a.csv:1: ["PM2.5"]: expected each column once, got "PM2.5" (means the same as column pm25 (pm25))',
    )
  })

  it('rejects an empty input unless allowEmpty', () => {
    expect(thrown(() => readObservations([], { source: { file: 'a.csv' } }))).toEqual([
      'a.csv:1: expected at least one record, got nothing (the input is empty or has only a header; --allow-empty accepts an empty input)',
    ])
    expect(readObservations([], { allowEmpty: true }).observations).toEqual([])
  })

  it('takes JSON values as they are and names their fields', () => {
    const records = [{ kind: 'dustDay', date: '2022-03-15', extra: 1 }, { kind: 'fog' }]
    const messages = thrown(() =>
      readObservations(records, { source: { file: 'a.jsonl', lines: [1, 2] } }),
    )
    expect(messages[0]).toBe(
      'a.jsonl:1: extra: expected only the known keys "kind", "date", got "extra"',
    )
    expect(messages[1]).toMatch(/^a\.jsonl:2: kind: expected one of "airDaily", "dustDay"/)
  })

  it('rejects what evaluatePlan rejects across records: a day given twice names both lines', () => {
    const rows = [day('2022-01-10', '27'), day('2022-01-10', '28')]
    expect(
      thrown(() =>
        readObservations(rows, {
          kind: 'airDaily',
          source: { file: 'air.csv', lines: [11, 12], header: AIR },
        }),
      ),
    ).toEqual([
      'air.csv:12: date: expected a unique date, got "2022-01-10" (central-city has this day at air.csv:11 too)',
    ])
  })

  it('never changes the records it is given', () => {
    const rows = [Object.freeze(day('2022-01-01', ' 27 ')), Object.freeze(day('2022-01-02', '--'))]
    const before = structuredClone(rows)
    readObservations(rows, {
      kind: 'airDaily',
      source: { file: 'a.csv', lines: [2, 3], header: AIR },
    })
    expect(rows).toEqual(before)
  })

  it('rejects unknown options', () => {
    expect(() => readObservations([], { knd: 'airDaily' } as never)).toThrow(/did you mean kind/)
  })
})

describe('createObservationReader', () => {
  it('stops reading after maxProblems problems and says so', () => {
    const reader = createObservationReader({ kind: 'airDaily', maxProblems: 2 })
    const rows = Array.from({ length: 5 }, (_, i) => day(`2022-01-0${i + 1}`, 'x'))
    expect(reader.read(rows, { file: 'a.csv', lines: [2, 3, 4, 5, 6], header: AIR })).toBe(false)
    expect(reader.stopped).toBe(true)
    const read = reader.finish()
    expect(read.problems.map((p) => p.location)).toEqual([
      { file: 'a.csv', line: 2 },
      { file: 'a.csv', line: 3 },
    ])
    expect(read.stoppedAfter).toBe(2)
    expect(read.files).toEqual([{ file: 'a.csv', records: 2, problems: 2 }])
  })

  it('reads several files and checks the records across them', () => {
    const reader = createObservationReader()
    reader.read([{ kind: 'dustDay', date: '2022-03-15' }], { file: 'a.jsonl', lines: [1] })
    reader.read([{ kind: 'dustDay', date: '2022-03-16' }], { file: 'b.jsonl', lines: [3] })
    const read = reader.finish()
    expect(read.values.map((o) => o.kind)).toEqual(['dustDay', 'dustDay'])
    expect(read.locations).toEqual([
      { file: 'a.jsonl', line: 1 },
      { file: 'b.jsonl', line: 3 },
    ])
    expect(read.problems).toEqual([])
  })

  it('counts the problems of a file that could not be read, without calling it empty too', () => {
    const reader = createObservationReader()
    const unreadable = inputIssue({
      code: 'invalid_value',
      path: [],
      expected: expectations.readableFile(),
      receivedText: null,
      location: { file: 'nope.csv' },
    })
    expect(reader.addProblems([unreadable])).toBe(true)
    reader.read([{ kind: 'dustDay', date: '2022-03-15' }], { file: 'ok.jsonl', lines: [1] })
    const read = reader.finish()
    expect(read.files).toEqual([
      { file: 'nope.csv', records: 0, problems: 1 },
      { file: 'ok.jsonl', records: 1, problems: 0 },
    ])
    expect(read.problems).toEqual([unreadable])
  })
})

describe('OBSERVATION_COLUMNS', () => {
  it('reads co as carbon monoxide in mg/m³, and cobalt only by its names', () => {
    const co = OBSERVATION_COLUMNS.find((c) => c.key === 'co')
    expect(co?.units).toEqual(['mg/m³', 'mg/m3'])
    const cobalt = OBSERVATION_COLUMNS.find((c) => c.names.includes('钴'))
    expect(cobalt?.keyIsHeader).toBe(false)
    expect(cobalt?.names.map((n) => n.toLowerCase())).not.toContain('co')
  })
})

describe('readObservations of text and bytes', () => {
  const CSV = `${AIR.join(',')}\n2022-01-01,27,14,32,0.5,51,80,75\n2022-01-02,12a,14,32,0.5,51,80,75\n`
  const bytes = (s: string) => new TextEncoder().encode(s)

  it('reads a CSV file with a byte-order mark and CRLF, in chunks split anywhere', () => {
    const input = bytes(`\uFEFF${AIR.join(',')}\r\n"2022-01-01",27,14,32,0.5,51,80,"75"\r\n`)
    const chunks = Array.from(input, (b) => Uint8Array.of(b))
    for (const given of [input, chunks]) {
      const read = readObservations(given, { format: 'csv', file: 'city.csv', kind: 'airDaily' })
      expect(read.observations).toMatchObject([
        { kind: 'airDaily', date: '2022-01-01', pm25: 27, o3_8h: 75 },
      ])
      expect(read.locations).toEqual([{ file: 'city.csv', line: 2 }])
    }
  })

  it('reads a GBK export with Chinese headers', () => {
    // 类型,日期 / 沙尘 as GBK bytes: C0E0 D0CD 2C C8D5 C6DA; rows are ASCII
    const gbk = Uint8Array.from([
      0xc0,
      0xe0,
      0xd0,
      0xcd,
      0x2c,
      0xc8,
      0xd5,
      0xc6,
      0xda,
      0x0a,
      ...bytes('dustDay,2022-03-15\n'),
    ])
    const read = readObservations(gbk, { format: 'csv', file: 'dust.csv' })
    expect(read.observations).toEqual([
      { kind: 'dustDay', date: '2022-03-15', scope: 'central-city' },
    ])
  })

  it('names the file, line and column as written of a bad value, as for records', () => {
    expect(
      thrown(() => readObservations(CSV, { format: 'csv', file: 'a.csv', kind: 'airDaily' })),
    ).toEqual(['a.csv:3: ["PM2.5"]: expected a non-negative number (µg/m³), got "12a"'])
  })

  it('reports a syntax problem at its line, after the problems of the records before it', () => {
    const jsonl = '{"kind":"dustDay","date":"2022-03-32"}\n{"kind":"dustDay","date":\n'
    const lines = thrown(() => readObservations(jsonl, { format: 'jsonl', file: 'd.jsonl' }))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^d\.jsonl:1: date: /)
    expect(lines[1]).toBe(
      'd.jsonl:2: expected valid JSON, got expected a value, found the end of the input',
    )
  })

  it('names a quoted cell left open, and a header-only file as empty', () => {
    expect(
      thrown(() => readObservations('date\n"2022-03-15\n', { format: 'csv', kind: 'dustDay' })),
    ).toEqual(['readObservations input:2: expected a quoted cell closed by a quote, got nothing'])
    expect(
      thrown(() =>
        readObservations('date\n', { format: 'csv', file: 'e.csv', kind: 'dustDay' }),
      )[0],
    ).toMatch(/^e\.csv:1: /)
  })

  it('reads a JSON array the same as its records, and does not change the bytes', () => {
    const records = [{ kind: 'dustDay', date: '2022-03-15' }]
    const input = bytes(JSON.stringify(records))
    const copy = input.slice()
    expect(readObservations([input], { format: 'json' }).observations).toEqual(
      readObservations(records).observations,
    )
    expect(input).toEqual(copy)
  })

  it('gives the same messages as the command line for the same bytes, syntax problems included', async () => {
    const files = [
      ['a.csv', `${AIR.join(',')}\n2022-01-02,12a,14,32,0.5,51,80,75\n2022-01-03,"27,14\n`],
      ['b.csv', `${AIR.join(',')}\n2022-01-02,27,14,32,0.5,51,80\n`],
      ['c.jsonl', '{"kind":"dustDay","date":"2022-03-15"}\n{"kind":"dustDay",\n'],
    ] as const
    for (const [file, text] of files) {
      const format = file.endsWith('.csv') ? 'csv' : 'jsonl'
      const cli = await run(['validate', '--kind', 'airDaily', file], { files: { [file]: text } })
      const library = thrown(() =>
        readObservations(new TextEncoder().encode(text), { format, file, kind: 'airDaily' }),
      )
      expect(library.length).toBeGreaterThan(0)
      expect(cli.code).toBe(2)
      expect(cli.stderr.split('\n').slice(0, library.length)).toEqual(library)
    }
  })

  it('rejects input that is not text or bytes when a format is given', () => {
    expect(thrown(() => readObservations([{ date: '2022-03-15' }], { format: 'csv' }))[0]).toMatch(
      /\[0\]: expected text, bytes or chunks of them/,
    )
  })
})
