/**
 * Bad input fails well on every command that reads files: an empty input is an error unless
 * --allow-empty, a header problem is reported once at line 1 with the headers found, reading
 * stops after the first --max-problems problems, and no bad value ends in an unexpected error.
 */
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { memoryIO, run } from '../_helpers/cli.js'

const EMPTY =
  'expected at least one record, got nothing (the input is empty or has only a header; --allow-empty accepts an empty input)'

describe('an empty or header-only input', () => {
  it.each([
    [['evaluate', 'a.csv', '--kind', 'airDaily'], 'date,so2,no2,co,pm10,pm25,o3_1h,o3_8h\n'],
    [['evaluate', 'a.jsonl', '--as-of', '2022-12-31'], ''],
    [['tasks', '--tasks', 'a.csv'], 'task,date,status\n'],
    [['validate', 'a.csv'], '\uFEFF'],
    [['air', 'a.csv', '--city-of', '*=X'], 'stationcode,timepoint,pm2_5\n'],
    [['air', 'a.csv', '--daily-input'], ''],
    [['water', 'a.csv'], 'section,date,pH\n'],
    [['aqi', 'a.csv'], 'date,pm25\n'],
  ])('%j is an error at line 1, exit 2', async (args, text) => {
    const file = args.find((a) => a.startsWith('a.')) as string
    const { code, stdout, stderr } = await run(args, { files: { [file]: text } })
    expect(code).toBe(2)
    expect(stderr).toContain(`${file}:1: ${EMPTY}`)
    if (args[0] !== 'validate') expect(stdout).toBe('')
  })

  it.each([
    [['air', 'a.csv', '--city-of', '*=X', '--allow-empty'], 'stationcode,timepoint,pm2_5\n'],
    [['water', 'a.csv', '--allow-empty'], 'section,date,pH\n'],
    [['aqi', 'a.csv', '--allow-empty'], 'date,pm25\n'],
    [['evaluate', 'a.csv', '--allow-empty', '--as-of', '2022-12-31'], ''],
  ])('%j is accepted with --allow-empty', async (args, text) => {
    const { code, stderr } = await run(args, { files: { 'a.csv': text } })
    expect(stderr).not.toContain('no records')
    expect(code).toBe(0)
  })
})

describe('a header problem is reported once, at line 1, with the headers found', () => {
  const rows = (n: number, row: string) => Array.from({ length: n }, () => row).join('\n')

  it('air: no station and no time column', async () => {
    const { code, stderr } = await run(['air', 'w.csv'], {
      files: { 'w.csv': `foo,bar,baz\n${rows(2926, '1,2,3')}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'w.csv:1: expected a header with a station column (one of "stationcode", "station", "station_code", "站点编码", "站点代码", "监测点编码", "点位编码"), got "foo", "bar", "baz"\n' +
        'w.csv:1: expected a header with a time column (one of "timepoint", "time", "datetime", "时间", "监测时间", "时间点"), got "foo", "bar", "baz"\n',
    )
  })

  it('water: no section column', async () => {
    const { code, stderr } = await run(['water', 'w.csv'], {
      files: { 'w.csv': `日期,pH\n${rows(40, '2022-01-01,7')}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'w.csv:1: expected a section column (section, 断面编码, 断面名称 or section name), got "日期", "pH"\n',
    )
  })

  it('evaluate: no kind column, suggesting --kind', async () => {
    const { code, stderr } = await run(['evaluate', 'w.csv'], {
      files: { 'w.csv': `waterBody,section,date\n${rows(20, 'river,a,2022-01-01')}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'w.csv:1: expected a header with a kind column (one of "kind", "类型"), got "waterBody", "section", "date" (give --kind KIND when every row is of one kind)\n',
    )
  })

  it('aqi: no recognised pollutant column (细粒子) is an error, not empty cells', async () => {
    const { code, stdout, stderr } = await run(['aqi', 'z.csv'], {
      files: { 'z.csv': 'date,细粒子\n2022-01-01,80\n' },
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(
      /^z\.csv:1: expected a header with one or more pollutant columns of "so2\/二氧化硫", .*"pm25\/pm2_5\/PM2\.5\/细颗粒物".*, got "date", "细粒子"/,
    )
    expect(stderr.split('\n')).toHaveLength(2)
  })

  it('aqi: PM2.5浓度 is PM2.5, as for the hourly readers (one header table)', async () => {
    // PM2.5 80 µg/m³ → IAQI 106.25 → AQI 107.
    const { code, stdout } = await run(['aqi', 'z.csv'], {
      files: { 'z.csv': 'date,PM2.5浓度\n2022-01-01,80\n' },
    })
    expect(code).toBe(0)
    expect(stdout.split('\n')[1]).toBe('2022-01-01,80,107,3,Lightly polluted,pm25,,')
  })
})

describe('reading stops after the first N problems', () => {
  /** Standard input in chunks of 1,000 bad rows; counts the chunks read. */
  function badInput(chunks: number, header = 'date,pm25', row = '2022-01-01,x') {
    let read = 0
    const stdin = (async function* () {
      yield `${header}\n`
      for (let c = 0; c < chunks; c++) {
        read++
        yield Array.from({ length: 1000 }, () => `${row}\n`).join('')
      }
    })()
    return { stdin, read: () => read }
  }

  it.each([
    [['aqi', '-'], 'date,pm25', '2022-01-01,x'],
    [['air', '-', '--daily-input', '--city-of', '*=X'], 'station,date,pm25', 'A,2022-01-01,x'],
    [['water', '-'], 'section,date,pH', 'A,2022-01-01,x'],
    [['validate', '--kind', 'dustDay'], 'date', '2022-13-01'],
    [['evaluate', '--kind', 'dustDay'], 'date', '2022-13-01'],
  ])('%j stops after 50 problems instead of reading to the end', async (args, header, row) => {
    const input = badInput(1000, header, row) // a million bad rows
    const io = { ...memoryIO(), stdin: input.stdin }
    const code = await main([...args, '--lang', 'en'], io)
    expect(code).toBe(2)
    const lines = io.stderrText().trimEnd().split('\n')
    if (args[0] === 'validate') expect(lines.pop()).toBe('50 problems')
    expect(lines).toHaveLength(51)
    expect(lines[50]).toBe(
      '<stdin>: stopped reading after the first 50 problems (--max-problems N changes the limit, 0 for none)',
    )
    expect(input.read()).toBeLessThan(5)
  })

  it('--max-problems N changes the limit', async () => {
    const input = badInput(3)
    const io = { ...memoryIO(), stdin: input.stdin }
    expect(await main(['aqi', '-', '--max-problems', '3'], io)).toBe(2)
    expect(io.stderrText().trimEnd().split('\n')).toHaveLength(4)
    const all = badInput(3)
    const io2 = { ...memoryIO(), stdin: all.stdin }
    expect(await main(['aqi', '-', '--max-problems', '0'], io2)).toBe(2)
    expect(io2.stderrText().trimEnd().split('\n')).toHaveLength(3000)
  })
})

describe('a value outside its range is a located input error', () => {
  it('water with pH 15: the line and the column, exit 2, no stack', async () => {
    const { code, stdout, stderr } = await run(['water', 'ph.csv'], {
      files: { 'ph.csv': 'section,date,pH,溶解氧\nA,2022-01-05,7.5,8\nA,2022-02-05,15,8\n' },
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('ph.csv:3:3: pH: expected a pH from 0 to 14, got 15\n')
  })

  it('a library input error no command located is still exit 2 without a stack', async () => {
    const { InputError } = await import('../../src/index.js')
    const error = new InputError('demo', [
      {
        code: 'too_big',
        path: ['values', 'pH'],
        expected: { zh: '≤ 14', en: '≤ 14' },
        received: '15',
        message: { zh: '应 ≤ 14，实际为 15', en: 'expected ≤ 14, got 15' },
      },
    ])
    const io = memoryIO()
    const code = await main(['boom', '--lang', 'en'], io, {
      boom: {
        name: 'boom',
        summary: '',
        help: () => '',
        execute: async () => {
          throw error
        },
      },
    })
    expect(code).toBe(2)
    expect(io.stderrText()).toBe('eco-targets boom: values.pH: expected ≤ 14, got 15\n')
  })
})
