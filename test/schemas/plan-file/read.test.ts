import { describe, expect, it } from 'vitest'
import {
  formatInputError,
  formatIssuePath,
  InputError,
  type InputIssue,
} from '../../../src/index.js'
import { readPlanFile } from '../../../src/schemas/plan-file/read.js'

// A small plan file; the comment after each line is its line number in the text.
const LINES = [
  'id: region-2025', // 1
  'title: { zh: 全区空气质量目标, en: Regional air targets }', // 2
  'year: 2025', // 3
  'period: { start: 2021-01-01, end: 2025-12-31 }', // 4
  'issuer: 自治区人民政府', // 5
  'jurisdiction: { zh: 全区, en: Whole region }', // 6
  'source:', // 7
  '  title: 空气质量持续改善行动实施方案', // 8
  '  language: zh', // 9
  `  sha256: "${'0'.repeat(64)}"`, // 10
  '  reference: 内政发〔2024〕号', // 11
  'pillars:', // 12
  '  - id: air', // 13
  '    order: 1', // 14
  '    title: 大气', // 15
  '    source: { paragraph: 0, quote: 主要目标 }', // 16
  'targets:', // 17
  '  - id: air.pm25', // 18
  '    pillar: air', // 19
  '    domain: air', // 20
  '    title: { zh: 细颗粒物浓度下降 }', // 21
  '    metric: pm25Mean', // 22
  '    comparator: decrease', // 23
  '    value: 7.1', // 24
  '    unit: "%"', // 25
  '    precision: 1', // 26
  '    baseYear: 2020', // 27
  '    scope: { id: inner-mongolia, zh: 全区 }', // 28
  '    period: { start: 2021-01-01, end: 2025-12-31 }', // 29
  '    ruleSet: cn-air-2012', // 30
  '    source: { paragraph: 0, quote: 比2020年下降7.1% }', // 31
  'tasks:', // 32
  '  - id: air.dust', // 33
  '    pillar: air', // 34
  '    domain: air', // 35
  '    text: 扬尘管控', // 36
  '    kind: ongoing', // 37
  '    targets: [air.pm25]', // 38
  '    source: { paragraph: 1, quote: 扬尘管控 }', // 39
]
const YAML = LINES.join('\n')

/** The file with line `n` (1-based) replaced. */
const withLine = (n: number, line: string, lines = LINES) =>
  lines.map((l, i) => (i === n - 1 ? line : l)).join('\n')

function issuesOf(text: string, file = 'nm-2025.yaml'): InputIssue[] {
  try {
    readPlanFile(text, { file })
  } catch (e) {
    if (e instanceof InputError) return [...e.issues]
    throw e
  }
  throw new Error('expected an InputError')
}

describe('readPlanFile', () => {
  it('returns the plan, one-language texts given in both languages', () => {
    const plan = readPlanFile(YAML, { file: 'nm-2025.yaml' })
    expect(plan.targets[0]?.title).toEqual({ zh: '细颗粒物浓度下降', en: '细颗粒物浓度下降' })
    expect(plan.targets[0]?.scope).toEqual({ id: 'inner-mongolia', zh: '全区', en: '全区' })
    expect(plan.issuer).toEqual({ zh: '自治区人民政府', en: '自治区人民政府' })
    expect(plan.tasks[0]?.text).toEqual({ zh: '扬尘管控', en: '扬尘管控' })
    // YAML 1.2: a date stays the text it is
    expect(plan.period).toEqual({ start: '2021-01-01', end: '2025-12-31' })
  })

  it.each([
    // [mistake, line replaced, new line, path, code, column]
    ['an unknown metric', 22, '    metric: pm25Avg', 'plan.targets[0].metric', 'invalid_value', 13],
    [
      'a comparator that does not fit the metric',
      23,
      '    comparator: atLeast',
      'plan.targets[0].comparator',
      'invalid_value',
      17,
    ],
    [
      'a unit that does not fit',
      25,
      '    unit: µg/m³',
      'plan.targets[0].unit',
      'invalid_value',
      11,
    ],
    ['a duplicate id', 33, '  - id: air.pm25', 'plan.tasks[0].id', 'duplicate', 9],
    [
      'a task serving an unknown target',
      38,
      '    targets: [air.pm10]',
      'plan.tasks[0].targets[0]',
      'invalid_value',
      15,
    ],
    [
      'an impossible date',
      29,
      '    period: { start: 2021-01-01, end: 2025-02-30 }',
      'plan.targets[0].period.end',
      'invalid_format',
      39,
    ],
    ['an unknown key', 26, '    precison: 1', 'plan.targets[0].precison', 'unrecognized_keys', 5],
  ] as const)('rejects %s with its line and field', (_, n, line, path, code, column) => {
    const issues = issuesOf(withLine(n, line))
    const found = issues.find((i) => formatIssuePath(i.path) === path)
    expect(found?.code).toBe(code)
    expect(
      formatInputError(new InputError('plan file', [found as InputIssue]), { lang: 'en' }),
    ).toMatch(
      new RegExp(`^nm-2025\\.yaml:${n}:${column}: ${path.replace(/[.[\]]/g, '\\$&')}: expected `),
    )
  })

  it('words a rule of the plan format in Chinese too', () => {
    const issue = issuesOf(withLine(23, '    comparator: atLeast')).find(
      (i) => i.path.at(-1) === 'comparator',
    )
    expect(issue?.message.zh).toBe(
      '应为指标 pm25Mean 可用的比较方式："atMost", "decrease"，实际为 "atLeast"',
    )
  })

  it('rejects a YAML syntax error at its line', () => {
    const [issue, ...rest] = issuesOf(withLine(24, '    value: [7.1'))
    expect(rest).toEqual([])
    expect(issue).toMatchObject({
      code: 'invalid_format',
      path: ['plan'],
      expected: { en: 'valid YAML text' },
      location: { file: 'nm-2025.yaml', line: 25 },
    })
  })

  it('rejects a key given twice in YAML', () => {
    const twice = [...LINES.slice(0, 22), '    metric: goodDaysRatio', ...LINES.slice(22)]
    expect(issuesOf(twice.join('\n'))[0]).toMatchObject({
      code: 'invalid_format',
      location: { line: 23 },
    })
  })

  it('reads JSON, locates its problems, and rejects a JSON syntax error at its line', () => {
    const json = JSON.stringify(readPlanFile(YAML), null, 2)
    expect(readPlanFile(json, { file: 'plan.json' }).id).toBe('region-2025')
    const lines = json.split('\n')
    const n = lines.findIndex((l) => l.includes('"metric"')) + 1
    const bad = json.replace('"metric": "pm25Mean"', '"metric": "pm25Avg"')
    expect(issuesOf(bad, 'plan.json')[0]).toMatchObject({
      path: ['plan', 'targets', 0, 'metric'],
      location: { file: 'plan.json', line: n, column: 17 },
    })
    const broken = json.replace('"year": 2025,', '"year": 2025,,')
    const year = lines.findIndex((l) => l.includes('"year"')) + 1
    expect(issuesOf(broken, 'plan.json')[0]).toMatchObject({
      code: 'invalid_format',
      expected: { en: 'valid JSON text' },
      location: { file: 'plan.json', line: year },
    })
  })

  it('takes the format from the name, else from the text, unless it is given', () => {
    const json = JSON.stringify(readPlanFile(YAML))
    expect(readPlanFile(json).id).toBe('region-2025') // starts with {
    expect(readPlanFile(YAML).id).toBe('region-2025')
    // YAML flow style is not JSON
    expect(issuesOf(YAML.replace(/^/, '{}\n'), 'x.json')[0]?.expected.en).toBe('valid JSON text')
    expect(() => readPlanFile(json, { format: 'yaml' })).not.toThrow() // JSON is YAML 1.2
  })

  it('accepts a $schema line and leaves it out of the plan', () => {
    const plan = readPlanFile(`$schema: ./plan-file.schema.json\n${YAML}`)
    expect('$schema' in plan).toBe(false)
  })

  it('rejects an empty text, a text that is not a string, and a misspelt option', () => {
    expect(issuesOf('  \n')[0]).toMatchObject({ code: 'empty_input', location: { line: 1 } })
    expect(issuesOf(42 as unknown as string)[0]?.code).toBe('invalid_type')
    expect(() => readPlanFile(YAML, { fle: 'x' } as never)).toThrow(/did you mean file\?/)
  })

  it('reports every problem of a file at once', () => {
    const text = withLine(25, '    unit: µg/m³', withLine(22, '    metric: pm25Avg').split('\n'))
    const paths = issuesOf(text).map((i) => i.path.join('.'))
    expect(paths).toContain('plan.targets.0.metric')
  })
})
