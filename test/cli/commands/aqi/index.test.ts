import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../../../src/index.js'
import { fileText, run } from '../../../_helpers/cli.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

describe('aqiCommand, one report from flags', () => {
  it('gives AQI 107 for PM2.5 80 µg/m³ (IAQI 106.25 rounded up)', async () => {
    // HJ 633-2012 表1: PM2.5 75 → 100, 115 → 150; 100 + 50 / 40 × (80 − 75) = 106.25 → 107 (§6.2).
    const { code, stdout } = await run(['aqi', '--pm25', '80'])
    expect(code).toBe(0)
    expect(stdout).toContain('AQI 107  (HJ 633-2012, daily report)')
    expect(stdout).toContain('Level 3 三级 · 轻度污染 · Lightly polluted')
    expect(stdout).toContain('Primary pollutant: PM2.5')
    expect(stdout).toMatch(/PM2\.5 24-hour mean +80 µg\/m³ +107/)
    expect(stdout).toContain('missing: SO2, NO2, CO, PM10, O3 1-hour, O3 8-hour')
  })

  it('prints every IAQI of a full daily report as JSON', async () => {
    const { code, stdout } = await run([
      'aqi',
      ...['--so2', '22', '--no2', '48', '--co', '1.4', '--pm10', '104', '--pm25', '76'],
      ...['--o3-1h', '36', '--o3-8h', '28', '--json'],
    ])
    expect(code).toBe(0)
    const r = JSON.parse(stdout)
    // SO2 22 → 22; NO2 40–80 → 50–100: 50 + 8 × 50/40 = 60; CO 1.4 × 50/2 = 35;
    // PM10 50–150 → 50–100: 50 + 54/2 = 77; PM2.5 100 + 1 × 50/40 = 101.25 → 102;
    // O3 1-hour 36 × 50/160 = 11.25 → 12; O3 8-hour 28 × 50/100 = 14.
    expect(r.iaqi).toEqual({ so2: 22, no2: 60, co: 35, pm10: 77, pm25: 102, o3_1h: 12, o3_8h: 14 })
    expect(r.aqi).toBe(102)
    expect(r.primaryPollutants).toEqual(['pm25'])
    expect(r.input).toEqual({
      so2: 22,
      no2: 48,
      co: 1.4,
      pm10: 104,
      pm25: 76,
      o3_1h: 36,
      o3_8h: 28,
    })
    expect(r.units.co).toBe('mg/m³')
  })

  it('gives the real-time report: O3 1-hour 242 µg/m³ → 121', async () => {
    // O3 1-hour 200 → 100, 300 → 150: 100 + 42 / 2 = 121.
    const { stdout } = await run([
      'aqi',
      '--realtime',
      ...['--o3', '242', '--pm25', '31', '--pm10', '93', '--so2', '5', '--no2', '8', '--co', '0.4'],
      '--json',
    ])
    const r = JSON.parse(stdout)
    expect(r.report).toBe('realtime')
    expect(r.aqi).toBe(121)
    expect(r.primaryPollutants).toEqual(['o3_1h'])
  })

  it('counts the O3 8-hour mean in real time only with --count-o3-8h', async () => {
    const args = ['aqi', '--realtime', '--o3', '100', '--o3-8h', '200']
    // O3 1-hour 100 × 50/160 = 31.25 → 32; the 8-hour mean is left out: AQI 32.
    const plain = await run(args)
    expect(plain.stdout).toContain('AQI 32 ')
    expect(plain.stdout).toMatch(/O3 8-hour moving mean +200 µg\/m³ +not counted/)
    expect(plain.stdout).toContain('--count-o3-8h counts it')
    // O3 8-hour 160 → 100, 215 → 150: 100 + 40 × 50/55 = 136.4 → 137.
    const counted = await run([...args, '--count-o3-8h'])
    expect(counted.stdout).toContain('AQI 137 ')
    expect(counted.stdout).toContain('Primary pollutant: O3 8-hour')
  })

  it('uses the HJ 633-2026 breakpoints with --standard', async () => {
    // 2026: PM2.5 60 → 100, 115 → 150: 100 + 20 × 50/55 = 118.2 → 119.
    const { stdout } = await run(['aqi', '--standard', 'HJ633-2026', '--pm25', '80'])
    expect(stdout).toContain('AQI 119  (HJ 633-2026, daily report)')
    expect(stdout).toContain('(HJ 633-2026 §4.2.6)')
  })

  it('says when HJ 633-2026 withholds the AQI of an incomplete report', async () => {
    const { stdout } = await run(['aqi', '--standard', 'HJ633-2026', '--so2', '5'])
    expect(stdout).toContain('AQI NA  (HJ 633-2026, daily report)')
    expect(stdout).toContain('Withheld: an indicator is missing and the AQI is not above 100')
  })

  it('reads flag values in the decimal notation of the readers: 8e1, +80, .8e2 and 80. are 80', async () => {
    for (const text of ['8e1', '+80', '.8e2', '80.', ' 80 ']) {
      const { code, stdout } = await run(['aqi', '--pm25', text])
      expect(code).toBe(0)
      expect(stdout).toContain('AQI 107  (HJ 633-2012, daily report)')
    }
  })

  it('offers the editions of HJ 633 and the input formats the library and the readers know', async () => {
    const { AqiStandardSchema } = await import('../../../../src/standards/air/index.js')
    const { INPUT_FORMATS } = await import('../../../../src/cli/input/format.js')
    const standard = await run(['aqi', '--standard', 'HJ633-2020', '--pm25', '1'])
    expect(standard.code).toBe(2)
    expect(standard.stderr).toContain(
      `--standard must be one of ${AqiStandardSchema.options.join(', ')} (got "HJ633-2020")`,
    )
    const format = await run(['aqi', '--input-format', 'xml', 'rows.csv'])
    expect(format.code).toBe(2)
    expect(format.stderr).toContain(
      `--input-format must be one of ${INPUT_FORMATS.join(', ')} (got "xml")`,
    )
  })

  it('lines up the Chinese indicator table by display width, not by string length', async () => {
    const { code, stdout } = await run(['aqi', '--pm25', '80', '--o3-8h', '120', '--lang', 'zh'])
    expect(code).toBe(0)
    const table = stdout.split('\n\n')[1]?.split('\n') ?? []
    expect(table[0]).toMatch(/^ {2}指标 +浓度 +IAQI$/)
    expect(table).toHaveLength(9)
    // every row ends with its right-aligned IAQI (— when not given): all end in one column.
    // Padded by string length, each Chinese character would take one column too few.
    const widths = table.map(displayWidth)
    expect(new Set(widths).size).toBe(1)
    // the concentration column starts in one column on every row: after the widest
    // description, O3 日最大8小时滑动平均 (22 columns), and two spaces
    for (const row of table.slice(2)) {
      const description = row.slice(2).split(/ {2,}/)[0] ?? ''
      const start = displayWidth(row.slice(0, row.indexOf(description) + description.length))
      const gap = row.slice(row.indexOf(description) + description.length).match(/^ +/)?.[0] ?? ''
      expect(start + gap.length, row).toBe(2 + 22 + 2)
    }
  })

  it('writes the report to --out', async () => {
    const { stdout, io } = await run(['aqi', '--pm25', '30', '--out', 'aqi.txt'])
    expect(stdout).toBe('')
    // PM2.5 30 × 50/35 = 42.9 → 43, 优: no primary pollutant.
    expect(fileText(io, 'aqi.txt')).toContain('Primary pollutant: none (AQI ≤ 50)')
  })

  it.each([
    [[], 'give concentrations (e.g. --pm25 80) or a file (- for standard input)'],
    [['--pm25', '8o'], '--pm25: expected a number, got "8o"'],
    [['--pm25', '1,234'], '--pm25: expected a number, got "1,234"'],
    [['--pm25', '1e999'], '--pm25: expected a number, got "1e999"'],
    [['--pm25', '0x50'], '--pm25: expected a number, got "0x50"'],
    [['--pm25', ''], '--pm25: expected a number, got ""'],
    [['--pm25', '<2'], 'a value below the detection limit needs a number'],
    [['--pm25=-3'], '--pm25: expected a non-negative number (µg/m³), got -3'],
    [['--pm25', '-3'], 'option --pm25: write a value that starts with "-" as --pm25=VALUE'],
    [['--co', '2000'], '--co: expected a 24-hour CO concentration of at most 60 mg/m³, got 2000'],
    [['--o3', '100'], '--o3 is not an indicator of the daily report (see --realtime)'],
    [['--realtime', '--o3-1h', '100'], '--o3-1h is not an indicator of the realtime report'],
    [['--daily', '--realtime', '--pm25', '1'], 'give --daily or --realtime'],
    [['--count-o3-8h', '--pm25', '1'], '--count-o3-8h applies to --realtime'],
    [['--pm25', '1', 'rows.csv'], 'give concentrations or a file, not both (--pm25)'],
    [['--json', 'rows.csv'], '--json is for one report; rows keep their format'],
    [['--cnemc-archive', '--pm25', '1'], '--cnemc-archive applies to files'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stdout, stderr } = await run(['aqi', ...args])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })
})

describe('aqiCommand, one report per row', () => {
  it('adds aqi, level, category and primary to CSV rows, keeping the cells as written', async () => {
    const csv =
      'name,date,PM2.5,pm10,aqi\n"Jining, north",2022-01-01,80,100,--\nB,2022-01-02,30,40,\n'
    const { code, stdout, stderr } = await run(['aqi', 'days.csv'], { files: { 'days.csv': csv } })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    // Row 1: PM2.5 80 → 107, PM10 100 → 50 + 50 × 50/100 = 75: AQI 107, level 3.
    // Row 2: PM2.5 30 → 42.9 → 43, PM10 40 → 40: AQI 43, level 1, no primary pollutant.
    // The input's own aqi column stays; the computed one is aqi_computed.
    expect(stdout).toBe(
      'name,date,PM2.5,pm10,aqi,aqi_computed,level,category,primary,withheld,capped\n' +
        '"Jining, north",2022-01-01,80,100,--,107,3,Lightly polluted,pm25,,\n' +
        'B,2022-01-02,30,40,,43,1,Excellent,,,\n',
    )
  })

  it('turns JSON Lines into JSON Lines and a JSON array into a JSON array', async () => {
    const lines = '{"station":"A","pm25":80}\n{"station":"B","PM2.5":"30","co":null}\n'
    const jsonl = await run(['aqi', '-', '--lang', 'zh'], { stdin: lines })
    expect(jsonl.code).toBe(0)
    expect(jsonl.stdout).toBe(
      '{"station":"A","pm25":80,"aqi":107,"level":3,"category":"轻度污染","primary":["pm25"],"withheld":null,"capped":[]}\n' +
        '{"station":"B","PM2.5":"30","co":null,"aqi":43,"level":1,"category":"优","primary":[],"withheld":null,"capped":[]}\n',
    )
    const json = await run(['aqi', 'rows.json'], {
      files: { 'rows.json': '[{"pm25": 80, "aqi": 1}, {"pm10": 40}]' },
    })
    expect(JSON.parse(json.stdout)).toEqual([
      {
        pm25: 80,
        aqi: 1,
        aqi_computed: 107,
        level: 3,
        category: 'Lightly polluted',
        primary: ['pm25'],
        withheld: null,
        capped: [],
      },
      {
        pm10: 40,
        aqi: 40,
        level: 1,
        category: 'Excellent',
        primary: [],
        withheld: null,
        capped: [],
      },
    ])
    const empty = await run(['aqi', 'rows.json', '--allow-empty'], {
      files: { 'rows.json': '[]' },
    })
    expect(empty.stdout).toBe('[]\n')
  })

  it('computes real-time rows, reading the archive’s swapped ozone with --cnemc-archive', async () => {
    const csv = 'stationcode,o3,o3_24h,pm2_5\n2197A,242,80,31\n'
    // Archive: o3_24h is the hour's O3 (80 → 80 × 50/160 = 25); PM2.5 31 → 44.3 → 45.
    const archive = await run(['aqi', '--realtime', '--cnemc-archive', 'a.csv'], {
      files: { 'a.csv': csv },
    })
    expect(archive.stdout.split('\n')[1]).toBe('2197A,242,80,31,45,1,Excellent,,,')
    // As exported: o3 is the hour's O3 (242 → 121).
    const plain = await run(['aqi', '--realtime', 'a.csv'], { files: { 'a.csv': csv } })
    expect(plain.stdout.split('\n')[1]).toBe('2197A,242,80,31,121,3,Lightly polluted,o3_1h,,')
  })

  it('stops at bad rows with file:line: column errors and writes nothing to --out', async () => {
    const csv =
      'date,pm25,co\n2022-01-01,80,1\n2022-01-02,12a,1\n2022-01-03,10,-1\n2022-01-04,10,900\n'
    const { code, stdout, stderr, io } = await run(['aqi', 'a.csv', '--out', 'out.csv'], {
      files: { 'a.csv': csv },
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'a.csv:3:2: pm25: expected a non-negative number (µg/m³), got "12a"\n' +
        'a.csv:4:3: co: expected a non-negative number (mg/m³), got -1\n' +
        'a.csv:5:3: co: expected a 24-hour CO concentration of at most 60 mg/m³, got 900 (implausible: CO is in mg/m³, was it µg/m³? (900 µg/m³ = 0.9 mg/m³))\n',
    )
    expect(fileText(io, 'out.csv')).toBeUndefined()
  })

  it('has written the rows before the first bad one to standard output', async () => {
    const { code, stdout } = await run(['aqi', '-'], {
      stdin: '{"pm25":80}\n{"pm25":"x"}\n{"pm25":30}\n',
    })
    expect(code).toBe(2)
    expect(stdout).toBe(
      '{"pm25":80,"aqi":107,"level":3,"category":"Lightly polluted","primary":["pm25"],"withheld":null,"capped":[]}\n',
    )
  })

  it('never reads a value above the scale as a clean figure: the row says why', async () => {
    // HJ 633-2012 表1 note (2): SO2 1-hour above 800 is not indexed by its 1-hour breakpoints;
    // real-time reports count it as IAQI 200 by default, as the platform publishes.
    const so2 = await run(['aqi', '-', '--realtime'], {
      stdin: 'time,so2,pm25\n2022-01-01T01:00,900,20\n',
    })
    expect(so2.code).toBe(0)
    expect(so2.stdout.split('\n')[1]).toBe(
      '2022-01-01T01:00,900,20,200,4,Moderately polluted,so2,,',
    )
    // Note (3): O3 8-hour above 800 is indexed by the O3 1-hour value; without it, no AQI.
    const o3 = await run(['aqi', '-'], { stdin: 'date,o3_8h,pm25\n2022-07-01,801,20\n' })
    expect(o3.code).toBe(0)
    expect(o3.stdout.split('\n')[1]).toBe('2022-07-01,801,20,,,,,o3_8hAbove800,')
    // PM2.5 600 is above the top breakpoint (500): IAQI capped at 500, flagged.
    const capped = await run(['aqi', '-'], { stdin: 'date,pm25\n2022-01-01,600\n' })
    expect(capped.stdout.split('\n')[1]).toBe('2022-01-01,600,500,6,Severely polluted,pm25,,pm25')
  })

  it('reports a JSON value that is not an object, and malformed JSON', async () => {
    const notObject = await run(['aqi', '-'], { stdin: '{"pm25":1}\n[1]\n' })
    expect(notObject.stderr).toBe('<stdin>:2: expected a JSON object, got [1]\n')
    const malformed = await run(['aqi', 'a.jsonl'], { files: { 'a.jsonl': '{"pm25":\n' } })
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toMatch(/^a\.jsonl:1: expected valid JSON/)
    const nested = await run(['aqi', '-'], { stdin: '{"pm25":{"v":1}}\n' })
    expect(nested.stderr).toBe('<stdin>:1: pm25: expected a text or a number, got {"v":1}\n')
  })

  it('stops reading after the first 50 problems', async () => {
    const rows = Array.from({ length: 60 }, () => 'x').join('\n')
    const { code, stderr } = await run(['aqi', 'a.csv'], { files: { 'a.csv': `pm25\n${rows}\n` } })
    expect(code).toBe(2)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(51)
    expect(lines[50]).toBe(
      'a.csv: stopped reading after the first 50 problems (--max-problems N changes the limit, 0 for none)',
    )
  })
})

describeWithShared(
  'aqiCommand on the national platform’s archived real-time records',
  'fixtures/cnemc/inner-mongolia-stations-2022-01.csv',
  () => {
    it('reproduces all 485 published real-time AQIs of the archive (fixture README)', async () => {
      const path = sharedPath('fixtures/cnemc/inner-mongolia-stations-2022-01.csv')
      const { code, io } = await run(
        ['aqi', '--realtime', '--cnemc-archive', path, '--out', 'out.csv'],
        { disk: true },
      )
      expect(code).toBe(0)
      const rows: Record<string, string>[] = parse(fileText(io, 'out.csv') ?? '', { columns: true })
      expect(rows).toHaveLength(496)
      const published = rows.filter((r) => r.aqi !== '')
      expect(published).toHaveLength(485)
      expect(published.filter((r) => r.aqi !== r.aqi_computed)).toEqual([])
    })
  },
)
