import { describe, expect, it } from 'vitest'
import { PlanEvaluationSchema, type TargetResult } from '../../../../src/index.js'
import { fileText, run } from '../../../_helpers/cli.js'

const AIR = 'kind,date,so2,no2,co,pm10,pm2_5,o3_1h,o3_8h'
/**
 * Ten good January days. IAQIs (HJ 633-2012 表1, rounded up): SO2 10 → 10, NO2 20 → 25, CO 0.5 →
 * 12.5 → 13, PM10 40 → 40, PM2.5 20 → 28.6 → 29, O3 1-hour 80 → 25, O3 8-hour 70 → 35: AQI 40.
 */
const TEN_DAYS = Array.from(
  { length: 10 },
  (_, i) => `airDaily,2022-01-${String(i + 1).padStart(2, '0')},10,20,0.5,40,20,80,70`,
).join('\n')

async function sampleJson(...extra: string[]) {
  const { code, stdout, stderr } = await run(
    ['evaluate', '--sample', '--format', 'json', ...extra],
    { disk: true },
  )
  const evaluation = PlanEvaluationSchema.parse(JSON.parse(stdout))
  const target = (id: string) => evaluation.targets.find((t) => t.target === id) as TargetResult
  const variant = (id: string, label: string) =>
    target(id).variants?.find((v) => v.label === label)?.actual?.published
  return { code, stderr, evaluation, target, variant }
}

describe('evaluateCommand on the bundled sample', () => {
  // Expected figures are the sample README's, counted from the files by hand and by the
  // generator's own tally (sample/2022/README.md), not taken from this code.
  it('reproduces the sample README’s annual air figures, raw and dust-deducted', async () => {
    const { code, stderr, evaluation, target, variant } = await sampleJson()
    expect(code).toBe(0)
    expect(evaluation.asOf).toBe('2022-12-31')
    expect(stderr).toContain('note: Synthetic sample data')
    // Good days: 333 of 363 valid days = 91.74 % → 91.7; without the 6 dust days 332 of 357 =
    // 92.997 % → 93.0 (GB/T 8170, one decimal).
    expect(variant('air.good-days-ratio', 'raw')).toBe(91.7)
    expect(variant('air.good-days-ratio', 'dustDeducted')).toBe(93)
    expect(target('air.good-days-ratio')).toMatchObject({
      status: 'met',
      actual: { published: 93 },
      coverage: { used: 357 },
    })
    // PM2.5: 8,628 µg/m³ over 364 days = 23.70 → 24 (raw, not met); 8,326 over 358 = 23.26 → 23.
    expect(variant('air.pm25-annual-mean', 'raw')).toBe(24)
    expect(variant('air.pm25-annual-mean', 'dustDeducted')).toBe(23)
    expect(target('air.pm25-annual-mean').status).toBe('met')
    // Heavy days: 3 of 363 = 0.83 % → 0.8; 2 of 357 = 0.56 % → 0.6; the target is 0 %.
    expect(variant('air.heavy-pollution-days-ratio', 'raw')).toBe(0.8)
    expect(variant('air.heavy-pollution-days-ratio', 'dustDeducted')).toBe(0.6)
    expect(target('air.heavy-pollution-days-ratio').status).toBe('notMet')
  })

  it('reproduces the water, soil, battery and carbon figures of the sample README', async () => {
    const { target, evaluation } = await sampleJson()
    // 4 of 6 sections class Ⅰ–Ⅲ = 66.67 % → 66.7; 1 of 6 worse than Ⅴ = 16.67 % → 16.7.
    expect(target('water.national-sections-class-i-iii').actual?.published).toBe(66.7)
    expect(target('water.national-sections-worse-than-v').actual?.published).toBe(16.7)
    // Prefecture sources 2 of 2; county sources 1 of 2 (the wellfield's fluoride is class Ⅳ).
    expect(target('water.drinking-water-prefecture').actual?.published).toBe(100)
    expect(target('water.drinking-water-county')).toMatchObject({
      status: 'notMet',
      actual: { published: 50 },
    })
    // Farmland: (B + C + D) / E = 5,380 / 5,480 = 98.18 % → 98.2.
    expect(target('soil.farmland-safe-use').actual?.published).toBe(98.2)
    // Plots: 36 safely used of 38 determined; 8 undetermined could still change the verdict.
    expect(target('soil.contaminated-land-safe-use')).toMatchObject({
      status: 'insufficientData',
      actual: { published: 94.7 },
    })
    const objective = (id: string) => evaluation.objectives.find((o) => o.target.includes(id))
    // Batteries: 2,146.5 t of 4,030 t = 53.26 % → 53.3; carbon: 11 of 13 units = 84.6 %.
    expect(objective('batter')?.actual?.published).toBe(53.3)
    expect(objective('carbon')?.actual?.published).toBe(84.6)
    // The year-end task file: done 101, in progress 3, blocked 1, not applicable 1.
    expect(evaluation.checklist?.totals).toMatchObject({
      total: 106,
      done: 101,
      inProgress: 3,
      blocked: 1,
      notApplicable: 1,
      notStarted: 0,
    })
  })

  it('reads the mid-year statuses and figures as of 2022-06-30', async () => {
    const { evaluation, variant } = await sampleJson('--as-of', '2022-06-30')
    // By 30 June: 166 good days of 181 = 91.71 % → 91.7 (sample README).
    expect(variant('air.good-days-ratio', 'raw')).toBe(91.7)
    expect(evaluation.checklist?.totals).toMatchObject({
      inProgress: 98,
      done: 5,
      blocked: 1,
      notApplicable: 1,
      notStarted: 1,
    })
  })

  it('labels the Markdown report synthetic and lists every target', async () => {
    const { code, stdout } = await run(['evaluate', '--sample'], { disk: true })
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('# * City ecological-environment protection work plan, 2022')
    expect(stdout).toContain('> Synthetic sample data (eco-targets/sample/2022)')
    expect(stdout).toContain('Met 9 · Not met 3 · Insufficient data 1')
    expect(stdout).toContain('## Task checklist')
  })

  it('writes the Chinese HTML report to --out, the format taken from the extension', async () => {
    const { code, stdout, io } = await run(
      ['evaluate', '--sample', '--lang', 'zh', '--out', 'report.html'],
      { disk: true },
    )
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const html = fileText(io, 'report.html') ?? ''
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('合成样例数据')
    expect(html).toContain('<html lang="zh-CN">')
  })

  it('judges PM2.5 on the raw figure with --dust keep: 24 µg/m³, not met', async () => {
    const { target } = await sampleJson('--dust', 'keep')
    expect(target('air.pm25-annual-mean')).toMatchObject({
      status: 'notMet',
      actual: { published: 24 },
      options: { verdictBasis: 'raw' },
    })
    // Good days on the raw figure: 91.7 % still meets 91.6 %.
    expect(target('air.good-days-ratio')).toMatchObject({
      status: 'met',
      actual: { published: 91.7 },
    })
  })

  it('passes the drinking-water rule and the dust method to the evaluators', async () => {
    const { target } = await sampleJson(
      '--drinking-rule',
      'everySampling',
      '--dust-method',
      'excludeExceedingDays',
      '--valid-day',
      'publishedAqi',
    )
    expect(target('water.drinking-water-county').options).toMatchObject({ rule: 'everySampling' })
    expect(target('air.good-days-ratio').options).toMatchObject({
      dustRatioMethod: 'excludeExceedingDays',
      validDay: 'publishedAqi',
    })
    // With publishedAqi the 2 days missing one indicator count too (365 days); of the 6 dust
    // days only the 5 with AQI > 100 leave (one dust day is still good, sample README): 360.
    expect(target('air.good-days-ratio').coverage.used).toBe(360)
  })
})

describe('evaluateCommand --fail-on', () => {
  it('exits with 1 on notMet targets and names them on stderr', async () => {
    const { code, stderr } = await run(
      ['evaluate', '--sample', '--format', 'json', '--fail-on', 'notMet'],
      { disk: true },
    )
    expect(code).toBe(1)
    // Year end: heavy days, county sources, VOCs are notMet; the plots target lacks data.
    expect(stderr).toContain('--fail-on notMet: 4 of 13 targets fail the gate (as of 2022-12-31):')
    expect(stderr).toContain('  air.heavy-pollution-days-ratio (notMet)')
    expect(stderr).toContain('  soil.contaminated-land-safe-use (insufficientData)')
  })

  it('lets atRisk pass --fail-on notMet and fails it with --fail-on atRisk (mid-year)', async () => {
    const args = ['evaluate', '--sample', '--as-of', '2022-06-30', '--format', 'json']
    const notMet = await run([...args, '--fail-on', 'notMet'], { disk: true })
    expect(notMet.code).toBe(0)
    const atRisk = await run([...args, '--fail-on', 'atRisk'], { disk: true })
    expect(atRisk.code).toBe(1)
    expect(atRisk.stderr).toContain('  air.pm25-annual-mean (atRisk)')
  })

  it('fails on insufficient data by default, and only warns with --insufficient-data warn', async () => {
    const files = { 'air.csv': `${AIR}\n${TEN_DAYS}\n` }
    const strict = await run(['evaluate', 'air.csv', '--fail-on', 'notMet', '--format', 'json'], {
      files,
    })
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('10 of 13 targets fail the gate')
    const lenient = await run(
      ['evaluate', 'air.csv', '--fail-on', 'notMet', '--insufficient-data', 'warn'],
      { files },
    )
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toContain(
      'warning: 10 targets have insufficient data and were not gated (--insufficient-data warn):',
    )
  })
})

describe('evaluateCommand on files', () => {
  it('defaults --as-of to the latest observation date and says so in the report', async () => {
    const { code, stdout } = await run(['evaluate', 'air.csv'], {
      files: { 'air.csv': `${AIR}\n${TEN_DAYS}\n` },
    })
    expect(code).toBe(0)
    expect(stdout).toContain('As of: 2022-01-10')
    expect(stdout).toContain('> As of 2022-01-10: the latest date in the input (no --as-of given).')
  })

  it('reads standard input and task status files, and adds the checklist', async () => {
    const tasks = JSON.stringify([
      { task: 'air.winter-games', date: '2022-03-01', status: 'inProgress' },
      { task: 'rural.village-sewage', date: '2022-03-20', status: 'done', progress: 44 },
    ])
    const { code, stdout } = await run(
      ['evaluate', '-', '--tasks', 'status.json', '--as-of', '2022-03-31', '--format', 'json'],
      { stdin: `${AIR}\n${TEN_DAYS}\n`, files: { 'status.json': tasks } },
    )
    expect(code).toBe(0)
    const checklist = JSON.parse(stdout).checklist
    // The Winter Games task was due on 2022-03-13 and is not done by 31 March: overdue.
    expect(checklist.overdue).toEqual(['air.winter-games'])
    // Reported done with 44 of 45 villages: still in progress.
    expect(
      checklist.tasks.find((t: { task: string }) => t.task === 'rural.village-sewage'),
    ).toMatchObject({
      status: 'inProgress',
      flags: ['doneBelowObjective'],
    })
  })

  it('names file, line and column of bad records, and writes nothing to --out', async () => {
    const csv = `${AIR}\n${TEN_DAYS}\nairDaily,2022-01-11,10,20,0.5,40,2O,80,70\n`
    const { code, stdout, stderr, io } = await run(['evaluate', 'air.csv', '--out', 'r.md'], {
      files: { 'air.csv': csv },
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('air.csv:12: pm2_5: expected a non-negative number (µg/m³), got "2O"\n')
    expect(fileText(io, 'r.md')).toBeUndefined()
  })

  it('rejects a day given twice and CO in µg/m³', async () => {
    const twice = `${AIR}\n${TEN_DAYS}\nairDaily,2022-01-10,10,20,0.8,40,20,80,70\n`
    const duplicate = await run(['evaluate', 'air.csv'], { files: { 'air.csv': twice } })
    expect(duplicate.code).toBe(2)
    expect(duplicate.stderr).toContain(
      'air.csv:12: date: expected a unique date, got "2022-01-10" (central-city has this day at air.csv:11 too)',
    )
    const co = `${AIR}\n${TEN_DAYS}\nairDaily,2022-01-11,10,20,800,40,20,80,70\n`
    const unit = await run(['evaluate', 'air.csv'], { files: { 'air.csv': co } })
    expect(unit.code).toBe(2)
    expect(unit.stderr).toContain(
      'air.csv:12: co: expected a 24-hour CO concentration of at most 60 mg/m³, got 800 (implausible: CO is in mg/m³, was it µg/m³? (800 µg/m³ = 0.8 mg/m³))',
    )
  })

  it('stops reading after the first 50 problems', async () => {
    const bad = Array.from(
      { length: 55 },
      (_, i) => `airDaily,2022-02-${String((i % 28) + 1).padStart(2, '0')},x,20,0.5,40,20,80,70`,
    )
    const { code, stderr } = await run(['evaluate', 'air.csv'], {
      files: { 'air.csv': `${AIR}\n${bad.join('\n')}\n` },
    })
    expect(code).toBe(2)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(51)
    expect(lines[0]).toBe('air.csv:2: so2: expected a non-negative number (µg/m³), got "x"')
    expect(lines[49]).toBe('air.csv:51: so2: expected a non-negative number (µg/m³), got "x"')
    expect(lines[50]).toBe(
      'air.csv: stopped reading after the first 50 problems (--max-problems N changes the limit, 0 for none)',
    )
  })

  it('names the line of records that the evaluators would find inconsistent', async () => {
    // A surface drinking-water source needs its water body (lake, reservoir or river).
    const noWaterBody =
      '{"kind":"drinkingWaterSample","source":"s1","level":"prefecture","sourceType":"surface","date":"2022-03-01","values":{"pH":7.6}}'
    const first = await run(['evaluate', '-', '--as-of', '2022-12-31'], {
      stdin: `${noWaterBody}\n`,
    })
    expect(first.code).toBe(2)
    expect(first.stderr).toBe(
      '<stdin>:1: waterBody: expected the water body of a surface source: river, lake or reservoir, got nothing\n',
    )
    // One source given as groundwater and then as surface: a conflict, at the second record.
    const lines = [
      '{"kind":"drinkingWaterSample","source":"s1","level":"prefecture","sourceType":"groundwater","date":"2022-03-01","values":{"pH":7.6}}',
      '{"kind":"drinkingWaterSample","source":"s1","level":"prefecture","sourceType":"surface","waterBody":"lake","date":"2022-04-01","values":{"DO":7}}',
    ]
    const second = await run(['evaluate', '-', '--as-of', '2022-12-31'], {
      stdin: `${lines.join('\n')}\n`,
    })
    expect(second.code).toBe(2)
    expect(second.stderr).toContain(
      '<stdin>:2: sourceType: expected the same sourceType as [0] (groundwater), got "surface"',
    )
  })

  it('rejects status updates for tasks the plan does not have, naming the column', async () => {
    const { code, stderr } = await run(['evaluate', 'air.csv', '--tasks', 'status.csv'], {
      files: {
        'air.csv': `${AIR}\n${TEN_DAYS}\n`,
        'status.csv': 'task,date,status\nair.nope,2022-03-01,done\n',
      },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'status.csv:2: task: expected a task of the plan plan-2022 (see eco-targets plan), got "air.nope"\n',
    )
  })

  it('reads CSV rows without a kind column with --kind', async () => {
    const csv = 'date,so2,no2,co,pm10,pm25,o3_1h,o3_8h\n2022-01-01,10,20,0.5,40,20,80,70\n'
    const { code, stdout } = await run(
      ['evaluate', 'a.csv', '--kind', 'airDaily', '--format', 'json'],
      {
        files: { 'a.csv': csv },
      },
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout).airCalendar).toEqual([
      // AQI 40 (PM10 40 is the largest IAQI, see TEN_DAYS): 优, no primary pollutant (≤ 50).
      { date: '2022-01-01', aqi: 40, level: 1, primary: [], dust: false, valid: true },
    ])
  })

  it.each([
    [['--sample', 'a.csv'], 'give either --sample or files and --tasks, not both'],
    [['a.csv', '--as-of', '2022-02-30'], '--as-of must be a date YYYY-MM-DD (got "2022-02-30")'],
    [['a.csv', '--insufficient-data', 'warn'], '--insufficient-data applies only with --fail-on'],
    [['-', '-'], 'standard input (-) can be read only once'],
    [['a.csv', '--format', 'pdf'], '--format must be one of md, json, html (got "pdf")'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stderr } = await run(['evaluate', ...args], { files: { 'a.csv': '' } })
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('asks for --as-of when nothing is dated', async () => {
    const { code, stderr } = await run(['evaluate', 'a.jsonl', '--allow-empty'], {
      files: { 'a.jsonl': '' },
    })
    expect(code).toBe(2)
    expect(stderr).toContain('nothing in the input is dated; give --as-of DATE')
    const empty = await run(['evaluate', 'a.jsonl'], { files: { 'a.jsonl': '' } })
    expect(empty.code).toBe(2)
    expect(empty.stderr).toBe(
      'a.jsonl:1: expected at least one record, got nothing (the input is empty or has only a header; --allow-empty accepts an empty input)\n',
    )
  })
})
