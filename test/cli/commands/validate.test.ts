import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeIO } from '../../../src/cli/io.js'
import { main } from '../../../src/cli/main.js'
import { fileText, run } from '../../_helpers/cli.js'

const AIR_HEADER = 'kind,date,pm2_5,so2,no2,co,pm10,o3_1h,o3_8h'

describe('validateCommand', () => {
  it('finds every file of the bundled sample valid, with the designed record counts', async () => {
    const { code, stdout, stderr } = await run(['validate', '--sample'], { disk: true })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    // 365 days of 2022; 6 dust days; 6 sections × 12 months; 2 sources × 12 + 2 × 4;
    // 4 pollutants × 3 years + 4 assignments + 6 projects; 1 farmland record + 46 plots.
    expect(stdout).toContain('sample/2022/air-daily.jsonl: 365 records, valid (airDaily 365)')
    expect(stdout).toContain('sample/2022/dust-days.jsonl: 6 records, valid (dustDay 6)')
    expect(stdout).toContain('water-sections.jsonl: 72 records, valid (waterSample 72)')
    expect(stdout).toContain('drinking-water.jsonl: 32 records, valid (drinkingWaterSample 32)')
    expect(stdout).toContain(
      'emissions.jsonl: 22 records, valid (emissionTotal 12, emissionAssignment 4, emissionProjectReduction 6)',
    )
    expect(stdout).toContain('soil.jsonl: 47 records, valid (farmlandSafeUse 1, landPlot 46)')
    expect(stdout).toContain('solid-waste.jsonl: 1 record, valid (batteryCollection 1)')
    expect(stdout).toContain('carbon.jsonl: 13 records, valid (carbonAllowance 13)')
    expect(stdout).toContain('sample/2022/task-status-2022-12-31.json:')
  })

  it('names file, line and column of a value that is not a number, and exits with 2', async () => {
    const csv = `${AIR_HEADER}\nairDaily,2022-01-01,27,14,32,0.5,51,80,75\nairDaily,2022-01-02,12a,14,32,0.5,51,80,75\n`
    const { code, stderr } = await run(['validate', 'stations.csv'], {
      files: { 'stations.csv': csv },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'stations.csv:3: pm2_5: expected a non-negative number (µg/m³), got "12a"\n1 problem\n',
    )
  })

  it('reads the no-value texts of the library’s one table in any case: na, NA, / and 无数据 are null', async () => {
    const csv =
      '类型,断面编码,断面名称,水体类型,日期,CODCr,氨氮,总磷,溶解氧\n' +
      'waterSample,yuhe-river,御河,river,2022-05-10,na,NA,/,无数据\n'
    const { code, stderr, io } = await run(['validate', 's.csv', '--out', 's.jsonl'], {
      files: { 's.csv': csv },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    // CODCr is the alias of COD in the library's one column table.
    expect(JSON.parse(fileText(io, 's.jsonl') ?? '').values).toEqual({
      COD: null,
      NH3N: null,
      TP: null,
      DO: null,
    })
  })

  it('reads a CSV with a byte-order mark and Chinese headers into water samplings', async () => {
    const csv =
      '\uFEFF类型,断面编码,断面名称,水体类型,日期,pH(无量纲),溶解氧（mg/L）,高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L)\r\n' +
      'waterSample,yuhe-river,御河,river,2022-05-10,8.1,7.9,4.8,0.55,--\r\n'
    const bytes = new TextEncoder().encode(csv)
    const { code, stderr, io } = await run(
      ['validate', 'sections.csv', '--out', 'sections.jsonl'],
      {
        files: { 'sections.csv': bytes },
      },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(fileText(io, 'sections.jsonl') ?? '')).toEqual({
      kind: 'waterSample',
      section: 'yuhe-river',
      name: '御河',
      network: 'national',
      waterBody: 'river',
      date: '2022-05-10',
      status: 'sampled',
      values: { pH: 8.1, DO: 7.9, CODMn: 4.8, NH3N: 0.55, TP: null },
    })
  })

  it('reads JSON Lines and JSON arrays of task status updates', async () => {
    const files = {
      'mid.jsonl':
        '{"task":"rural.village-sewage","date":"2022-06-30","status":"inProgress","progress":30}\n' +
        '\n{"task":"air.coal-burning","date":"2022-06-30","status":"done"}\n',
      'end.json':
        '[\n  {"task":"rural.village-sewage","date":"2022-12-31","status":"done","progress":45}\n]\n',
    }
    const { code, stdout } = await run(
      ['validate', '--schema', 'task-status-update', 'mid.jsonl', 'end.json'],
      { files },
    )
    expect(code).toBe(0)
    expect(stdout).toBe(
      'mid.jsonl: 2 records, valid (inProgress 1, done 1)\nend.json: 1 record, valid (done 1)\n',
    )
  })

  it('rejects what evaluate rejects: one source given as groundwater and as surface', async () => {
    // each record is valid alone: validate must reject the pair as evaluate does
    const lines = [
      '{"kind":"drinkingWaterSample","source":"s1","level":"prefecture","sourceType":"groundwater","date":"2022-03-01","values":{"pH":7.6}}',
      '{"kind":"drinkingWaterSample","source":"s1","level":"prefecture","sourceType":"surface","waterBody":"lake","date":"2022-04-01","values":{"DO":7}}',
    ]
    const { code, stderr } = await run(['validate', 'sources.jsonl'], {
      files: { 'sources.jsonl': `${lines.join('\n')}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toContain(
      'sources.jsonl:2: sourceType: expected the same sourceType as [0] (groundwater), got "surface"',
    )
  })

  it('reads standard input when no file is given, detecting JSON Lines', async () => {
    const { code, stdout } = await run(['validate'], {
      stdin: '{"kind":"dustDay","date":"2022-03-15"}\n{"kind":"dustDay","date":"2022-03-16"}\n',
    })
    expect(code).toBe(0)
    expect(stdout).toBe('<stdin>: 2 records, valid (dustDay 2)\n')
  })

  it('reads CSV from standard input with - and gives rows the --kind', async () => {
    const { code, stdout, stderr, io } = await run(
      ['validate', '-', '--kind', 'dustDay', '--out', 'dust.jsonl'],
      { stdin: ['date\n2022-03-', '15\n2022-03-16\n'] },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe('<stdin>: 2 records, valid (dustDay 2)\n')
    expect(fileText(io, 'dust.jsonl')).toBe(
      '{"kind":"dustDay","date":"2022-03-15","scope":"central-city"}\n' +
        '{"kind":"dustDay","date":"2022-03-16","scope":"central-city"}\n',
    )
  })

  it('writes nothing to --out when any record is invalid', async () => {
    const csv = `${AIR_HEADER}\nairDaily,2022-01-01,27,14,32,0.5,51,80,75\nairDaily,2022-13-01,27,14,32,0.5,51,80,75\n`
    const { code, stderr, io } = await run(['validate', 'a.csv', '--out', 'a.jsonl'], {
      files: { 'a.csv': csv },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'a.csv:3: date: expected a valid date YYYY-MM-DD, got "2022-13-01"\n' +
        '1 problem; nothing was written to a.jsonl\n',
    )
    expect(fileText(io, 'a.jsonl')).toBeUndefined()
  })

  it('reports problems as JSON with --json, still exiting with 2', async () => {
    const { code, stdout } = await run(['validate', '--json', 'a.jsonl'], {
      files: { 'a.jsonl': '{"kind":"dustDay","date":"2022-03-15","extra":1}\n{"kind":"fog"}\n' },
    })
    expect(code).toBe(2)
    const report = JSON.parse(stdout)
    expect(report.valid).toBe(false)
    expect(report.files).toEqual([{ file: 'a.jsonl', records: 2, counts: {}, problems: 2 }])
    // each problem is the library's input issue: code, path, both messages and the location
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        path: ['extra'],
        location: { file: 'a.jsonl', line: 1 },
      }),
      expect.objectContaining({
        code: 'invalid_value',
        path: ['kind'],
        received: '"fog"',
        location: { file: 'a.jsonl', line: 2 },
      }),
    ])
    expect(report.problems[1].message.en).toMatch(/^expected one of "airDaily", "dustDay"/)
  })

  it('stops reading after the first 50 problems, or --max-problems N', async () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) => `2022-01-${String((i % 28) + 1).padStart(2, '0')},1,1,0.5,1,x,1,1`,
    )
    const files = { 'a.csv': `date,so2,no2,co,pm10,pm25,o3_1h,o3_8h\n${rows.join('\n')}\n` }
    const { code, stdout, stderr } = await run(['validate', '--kind', 'airDaily', 'a.csv'], {
      files,
    })
    expect(code).toBe(2)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(52)
    expect(lines[0]).toBe('a.csv:2: pm25: expected a non-negative number (µg/m³), got "x"')
    expect(lines[49]).toBe('a.csv:51: pm25: expected a non-negative number (µg/m³), got "x"')
    expect(lines[50]).toBe(
      'a.csv: stopped reading after the first 50 problems (--max-problems N changes the limit, 0 for none)',
    )
    expect(lines[51]).toBe('50 problems')
    // reading stopped at line 51: the records after it were not read
    expect(stdout).toBe('a.csv: 50 records, 50 problems\n')
    const two = await run(
      ['validate', '--kind', 'airDaily', 'a.csv', '--max-problems', '2', '--json'],
      { files },
    )
    const json = JSON.parse(two.stdout)
    expect(json.problems).toHaveLength(2)
    expect(json.stoppedAfter).toBe(2)
    const all = await run(['validate', '--kind', 'airDaily', 'a.csv', '--max-problems', '0'], {
      files,
    })
    expect(all.stderr.trimEnd().split('\n').at(-1)).toBe('60 problems')
    expect((await run(['validate', 'a.csv', '--max-problems', 'x'], { files })).stderr).toContain(
      '--max-problems must be a whole number (got "x")',
    )
  })

  it('reports a missing column once, at line 1, with the headers found', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2022-01-${String(i + 1).padStart(2, '0')},x`)
    const { code, stderr } = await run(['validate', '--kind', 'airDaily', 'a.csv'], {
      files: { 'a.csv': `date,pm25\n${rows.join('\n')}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'a.csv:1: expected a header with the columns so2 (one of "so2", "二氧化硫"), no2 (one of "no2", "二氧化氮"), co (one of "co", "一氧化碳"), pm10 (one of "pm10", "可吸入颗粒物"), o3_1h (one of "o3_1h", "臭氧日最大1小时", "O3-1h"), o3_8h (one of "o3_8h", "臭氧日最大8小时", "O3-8h"), got "date", "pm25"\n1 problem\n',
    )
  })

  it('suggests --kind when a CSV has no kind column', async () => {
    const { code, stderr } = await run(['validate', 'a.csv'], {
      files: { 'a.csv': 'date,pm25\n2022-01-01,30\n2022-01-02,31\n' },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'a.csv:1: expected a header with a kind column (one of "kind", "类型"), got "date", "pm25" (give --kind KIND when every row is of one kind)\n1 problem\n',
    )
  })

  it('rejects an empty or header-only input unless --allow-empty', async () => {
    for (const text of ['', 'date,pm25\n', '\n\n']) {
      const { code, stdout, stderr } = await run(['validate', '--kind', 'airDaily', 'a.csv'], {
        files: { 'a.csv': text },
      })
      expect(code).toBe(2)
      expect(stdout).toBe('a.csv: 0 records, 1 problem\n')
      expect(stderr).toContain(
        'a.csv:1: expected at least one record, got nothing (the input is empty or has only a header; --allow-empty accepts an empty input)',
      )
      const allowed = await run(['validate', '--kind', 'airDaily', 'a.csv', '--allow-empty'], {
        files: { 'a.csv': text },
      })
      expect(allowed.code).toBe(0)
      expect(allowed.stdout).toBe('a.csv: 0 records, valid\n')
    }
    const stdin = await run(['validate'], { stdin: '' })
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toContain('<stdin>:1: expected at least one record, got nothing')
  })

  it('rejects a header whose unit is not the expected one', async () => {
    const { code, stderr } = await run(['validate', '--kind', 'airDaily', 'a.csv'], {
      files: { 'a.csv': 'date,co(µg/m³)\n2022-01-01,500\n' },
    })
    expect(code).toBe(2)
    expect(stderr).toContain('a.csv:1: ["co(µg/m³)"]: expected the unit mg/m³, got "μg/m3"')
  })

  it('names a column that is not a field of the record', async () => {
    const { stderr } = await run(['validate', '--kind', 'dustDay', 'a.csv'], {
      files: { 'a.csv': 'date,备注\n2022-03-15,大风\n' },
    })
    expect(stderr).toContain(
      'a.csv:2: ["备注"]: expected only the known keys "date", "kind", got "备注"',
    )
  })

  it('reports a file that cannot be read and goes on with the others', async () => {
    const { code, stdout, stderr } = await run(['validate', 'nope.csv', 'ok.jsonl'], {
      files: { 'ok.jsonl': '{"kind":"dustDay","date":"2022-03-15"}\n' },
    })
    expect(code).toBe(2)
    expect(stdout).toContain('ok.jsonl: 1 record, valid (dustDay 1)')
    expect(stderr).toContain(
      'nope.csv: expected a file that can be read, got nothing (no such file or folder)',
    )
  })

  it('reports a malformed CSV with its line', async () => {
    const { code, stderr } = await run(['validate', 'a.csv'], {
      files: { 'a.csv': 'kind,date\ndustDay,2022-03-15\ndustDay,"2022-03-16\n' },
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^a\.csv:\d+: expected a quoted cell closed by a quote, got nothing\n/)
  })

  it.each([
    [['validate', '--sample', 'a.csv'], 'give either files or --sample, not both'],
    [
      ['validate', '--schema', 'task-status-update', '--kind', 'dustDay'],
      '--kind applies to observations only',
    ],
    [['validate', '--out', '-'], '--out needs a file name here'],
  ])('rejects %j as bad usage', async (argv, message) => {
    const { code, stderr } = await run(argv)
    expect(code).toBe(2)
    expect(stderr).toContain(`eco-targets validate: ${message}`)
  })
})

describe('validateCommand with the real file system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eco-targets-validate-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const processIn = (cwd: string) => {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let out = ''
    let err = ''
    stdout.on('data', (d) => (out += d))
    stderr.on('data', (d) => (err += d))
    const proc = { stdin: new PassThrough(), stdout, stderr, cwd: () => cwd }
    return { io: nodeIO(proc), out: () => out, err: () => err }
  }

  it('leaves no file at --out, and no temporary file, when the input is bad', async () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      `${AIR_HEADER}\nairDaily,2022-01-01,12a,14,32,0.5,51,80,75\n`,
    )
    const { io, err } = processIn(dir)
    expect(await main(['validate', 'bad.csv', '--out', 'out.jsonl', '--lang', 'en'], io)).toBe(2)
    expect(err()).toContain('bad.csv:2: pm2_5: expected a non-negative number (µg/m³), got "12a"')
    expect(readdirSync(dir)).toEqual(['bad.csv'])
  })

  it('writes --out once everything is valid', async () => {
    writeFileSync(
      join(dir, 'good.csv'),
      `${AIR_HEADER}\nairDaily,2022-01-01,27,14,32,0.5,51,80,75\n`,
    )
    const { io } = processIn(dir)
    expect(await main(['validate', 'good.csv', '--out', 'good.jsonl'], io)).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'good.jsonl'), 'utf8'))).toEqual({
      kind: 'airDaily',
      date: '2022-01-01',
      scope: 'central-city',
      so2: 14,
      no2: 32,
      co: 0.5,
      pm10: 51,
      pm25: 27,
      o3_1h: 80,
      o3_8h: 75,
    })
  })
})
