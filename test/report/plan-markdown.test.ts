import { describe, expect, it } from 'vitest'
import { plan2022 } from '../../src/plans/2022/index.js'
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js'
import { type Plan, PlanSchema } from '../../src/schemas/plan.js'
import type { Target } from '../../src/schemas/target.js'

const period = { start: '2023-01-01', end: '2023-12-31' }
const county = { id: 'county', zh: '全县', en: 'Whole county' }

// A small plan that uses every feature: masked names, pillars listed out of order, a note with a
// pipe, a reduction target, each task kind but oneOff, a window, a due date, a document, a rate,
// an inference two targets share, and an inference of a task.
const WHOLE_COUNTY = {
  field: 'scope' as const,
  note: { zh: '原文未写范围，按全县理解。', en: 'No scope is given; read as the whole county.' },
}
const PLAN: Plan = {
  id: 'demo',
  title: { zh: '*县2023年工作要点', en: '* County work plan, 2023' },
  year: 2023,
  period,
  issuer: { zh: '*县生态环境局', en: '* County Ecology and Environment Bureau' },
  jurisdiction: { zh: '*县', en: '* County' },
  source: {
    title: { zh: '工作要点', en: 'Work plan' },
    language: 'zh',
    sha256: 'ab'.repeat(32),
    reference: 'demo.txt',
  },
  pillars: [
    {
      id: 'late',
      order: 2,
      title: { zh: '二是治污', en: 'Pollution' },
      source: { paragraph: 2, quote: '二是治污' },
    },
    {
      id: 'early',
      order: 1,
      title: { zh: '一是发展', en: 'Growth' },
      source: { paragraph: 1, quote: '一是发展' },
    },
  ],
  targets: [
    {
      id: 'air.pm25',
      pillar: 'late',
      domain: 'air',
      title: { zh: 'PM2.5年均浓度', en: 'PM2.5 annual mean' },
      metric: 'pm25Mean',
      comparator: 'atMost',
      value: 30,
      unit: 'µg/m³',
      precision: 0,
      scope: county,
      period,
      ruleSet: 'cn-air-2012',
      note: { zh: '按全县计', en: 'A | B' },
      source: { paragraph: 0, quote: 'PM2.5年均浓度30微克/立方米' },
      inferences: [WHOLE_COUNTY],
    },
    {
      id: 'emissions.cod',
      pillar: 'late',
      domain: 'emissions',
      title: { zh: '化学需氧量排放总量', en: 'COD emission total' },
      metric: 'emissionTotal',
      pollutant: 'COD',
      comparator: 'reachReduction',
      value: null,
      unit: 't',
      precision: 1,
      baseYear: 2020,
      scope: county,
      period,
      ruleSet: 'cn-emission-reduction-14fyp',
      source: { paragraph: 0, quote: '化学需氧量排放总量持续减少' },
      inferences: [
        { field: 'baseYear', note: { zh: '取2020年。', en: '2020 is taken.' } },
        WHOLE_COUNTY,
      ],
    },
  ],
  tasks: [
    {
      id: 'air.dust',
      pillar: 'late',
      domain: 'air',
      text: { zh: '强化扬尘管控', en: 'Control dust.' },
      kind: 'ongoing',
      targets: ['air.pm25'],
      source: { paragraph: 2, quote: '强化扬尘管控，开展联合行动' },
      inferences: [{ field: 'targets', note: { zh: '扬尘抬高PM2.5。', en: 'Dust raises PM2.5.' } }],
    },
    {
      id: 'economy.projects',
      pillar: 'early',
      domain: 'business-environment',
      text: { zh: '完成3家企业改造', en: 'Retrofit 3 enterprises.' },
      kind: 'counted',
      objective: {
        kind: 'count',
        value: 3,
        unit: { zh: '家', en: 'enterprises' },
        subject: { zh: '企业改造', en: 'retrofits' },
      },
      windows: [{ label: { zh: '春季', en: 'Spring' }, start: '2023-03-01', end: '2023-05-31' }],
      due: '2023-05-31',
      targets: [],
      source: { paragraph: 1, quote: '完成3家企业改造' },
    },
    {
      id: 'economy.plan',
      pillar: 'early',
      domain: 'business-environment',
      text: { zh: '制定《发展方案》', en: 'Issue the development plan.' },
      kind: 'document',
      documents: [{ zh: '《发展方案》', en: 'Development plan' }],
      targets: [],
      source: { paragraph: 1, quote: '制定《发展方案》' },
    },
    {
      id: 'solid-waste.batteries',
      pillar: 'late',
      domain: 'solid-waste',
      text: { zh: '收集率达到60%', en: 'Collect 60%.' },
      kind: 'counted',
      objective: {
        kind: 'rate',
        value: 60,
        unit: '%',
        metric: 'batteryCollectionRate',
        subject: { zh: '收集率', en: 'Collection rate' },
      },
      targets: [],
      source: { paragraph: 2, quote: '收集率达到60%' },
    },
  ],
}

// Written by hand from the plan above.
const EXPECTED = `# \\*县2023年工作要点

\\* County work plan, 2023

- 编号 · Id: \`demo\`
- 年度 · Year: 2023 (2023-01-01 – 2023-12-31)
- 发布机关 · Issuer: \\*县生态环境局 · \\* County Ecology and Environment Bureau
- 辖区 · Jurisdiction: \\*县 · \\* County
- 来源 · Source: 工作要点 · Work plan (demo.txt, SHA-256 \`${'ab'.repeat(32)}\`)

## 具体指标 · Targets (2)

| 编号 · Id | 指标 · Target | 要求 · Requirement | 范围 · Scope | 期间 · Period | 规则 · Rule set |
| --- | --- | --- | --- | --- | --- |
| \`air.pm25\` | PM2.5年均浓度 · PM2.5 annual mean | ≤ 30 µg/m³ | 全县 · Whole county | 2023-01-01 – 2023-12-31 | \`cn-air-2012\` |
| \`emissions.cod\` | 化学需氧量排放总量 · COD emission total | 达到下达的减排目标（基准年2020） · Reach the assigned reduction (base year 2020) | 全县 · Whole county | 2023-01-01 – 2023-12-31 | \`cn-emission-reduction-14fyp\` |

说明 · Notes:

- \`air.pm25\`: 按全县计 · A \\| B

推断 · Inferences (what the source does not state):

- \`air.pm25\`, \`emissions.cod\`: 范围 · scope: 原文未写范围，按全县理解。 · No scope is given; read as the whole county.
- \`emissions.cod\`: 基准年 · base year: 取2020年。 · 2020 is taken.

## 重点工作 · Tasks (4)

| 大任务 · Pillar | 持续性工作 · Ongoing duty | 一次性工作 · One-off | 形成文件 · Document | 量化任务 · Counted objective | 合计 · Total |
| --- | ---: | ---: | ---: | ---: | ---: |
| 1. 一是发展 | 0 | 0 | 1 | 1 | 2 |
| 2. 二是治污 | 1 | 0 | 0 | 1 | 2 |
| 合计 · Total | 1 | 0 | 1 | 2 | 4 |

### 1. 一是发展 · Growth

#### \`economy.projects\`

完成3家企业改造

Retrofit 3 enterprises.

- 类型 · Kind: 量化任务 · Counted objective
- 领域 · Domain: 服务经济与营商环境 · Economy and business environment
- 目标 · Objective: 3家：企业改造 · 3 enterprises: retrofits
- 时段 · Windows:
  - 春季 · Spring: 2023-03-01 – 2023-05-31
- 期限 · Due: 2023-05-31
- 出处 · Source: ¶1

#### \`economy.plan\`

制定《发展方案》

Issue the development plan.

- 类型 · Kind: 形成文件 · Document
- 领域 · Domain: 服务经济与营商环境 · Economy and business environment
- 文件 · Documents:
  - 《发展方案》 · Development plan
- 出处 · Source: ¶1

### 2. 二是治污 · Pollution

#### \`air.dust\`

强化扬尘管控

Control dust.

- 类型 · Kind: 持续性工作 · Ongoing duty
- 领域 · Domain: 大气 · Air
- 服务指标 · Targets: \`air.pm25\`
- 推断 · Inferred: 服务指标 · targets served: 扬尘抬高PM2.5。 · Dust raises PM2.5.
- 出处 · Source: ¶2: 强化扬尘管控，开展联合行动

#### \`solid-waste.batteries\`

收集率达到60%

Collect 60%.

- 类型 · Kind: 量化任务 · Counted objective
- 领域 · Domain: 固体废物 · Solid waste
- 目标 · Objective: 收集率60% · Collection rate: 60% (\`batteryCollectionRate\`)
- 出处 · Source: ¶2
`

const withTarget = (patch: Partial<Target>): Plan => ({
  ...PLAN,
  targets: [{ ...PLAN.targets[0]!, ...patch } as Target],
  tasks: [],
})
const requirementCell = (md: string) =>
  md
    .split('\n')
    .find((l) => l.startsWith('| `air.pm25`'))
    ?.split(' | ')[2]

describe('renderPlanMarkdown', () => {
  it('renders a small plan exactly as written by hand', () => {
    expect(PlanSchema.safeParse(PLAN).success).toBe(true)
    expect(renderPlanMarkdown(PLAN)).toBe(EXPECTED)
  })

  it('does not mutate the plan (pillars are sorted on a copy)', () => {
    const before = structuredClone(PLAN)
    renderPlanMarkdown(PLAN)
    expect(PLAN).toEqual(before)
    expect(PLAN.pillars[0]!.id).toBe('late')
  })

  it('moves every heading down when headingLevel is 3', () => {
    const headings = renderPlanMarkdown(PLAN, { headingLevel: 3 })
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.split(' ')[0])
    expect(headings).toEqual([
      '###',
      '####',
      '####',
      '#####',
      '######',
      '######',
      '#####',
      '######',
      '######',
    ])
  })

  it.each([0, 4, 1.5, Number.NaN])('throws a RangeError for headingLevel %s', (level) => {
    expect(() => renderPlanMarkdown(PLAN, { headingLevel: level })).toThrow(
      new RangeError(`options.headingLevel: expected an integer from 1 to 3, got ${level}`),
    )
  })

  it('names the task when it refers to a pillar the plan lacks', () => {
    const plan = { ...PLAN, tasks: [PLAN.tasks[0]!, { ...PLAN.tasks[1]!, pillar: 'nowhere' }] }
    expect(() => renderPlanMarkdown(plan)).toThrow('tasks[1].pillar: unknown pillar "nowhere"')
  })

  it('says so when there are no targets or a pillar has no tasks', () => {
    const md = renderPlanMarkdown({ ...PLAN, targets: [], tasks: [PLAN.tasks[1]!] })
    expect(md).toContain('## 具体指标 · Targets (0)\n\n无 · None.\n')
    expect(md).toContain('### 2. 二是治污 · Pollution\n\n无 · No tasks.\n')
    expect(md.endsWith('无 · No tasks.\n')).toBe(true)
  })

  it.each([
    [{ comparator: 'atLeast', value: 91.6, unit: '%' }, '≥ 91.6%'],
    [{ comparator: 'equals', value: 3, unit: 'count' }, '= 3'],
    [{ comparator: 'atMost', value: 5, unit: 'days' }, '≤ 5 days'],
    [{ comparator: 'atLeast', value: null }, '≥ ?'],
    [
      { comparator: 'decrease', value: null, baseYear: 2020 },
      '较2020年减少 · Decrease from base year 2020',
    ],
    [
      { comparator: 'decrease', value: 10, baseYear: 2020 },
      '较2020年至少减少10% · Decrease by at least 10% from base year 2020',
    ],
    [
      { comparator: 'reachReduction', value: null },
      '达到下达的减排目标（基准年?） · Reach the assigned reduction (base year ?)',
    ],
  ] as const)('writes the requirement %j as %s', (patch, cell) => {
    expect(requirementCell(renderPlanMarkdown(withTarget(patch as Partial<Target>)))).toBe(cell)
  })

  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['> quote', '\\> quote'],
    ['12. item', '12\\. item'],
    [
      'a [link](x) <b>_c_</b> `d` ~e~ & f\\g',
      'a \\[link\\](x) \\<b\\>\\_c\\_\\</b\\> \\`d\\` \\~e\\~ \\& f\\\\g',
    ],
    ['two\n  lines', 'two lines'],
  ])('escapes the text %j so that it shows literally', (en, shown) => {
    const task = { ...PLAN.tasks[0]!, text: { zh: '示例', en } }
    const lines = renderPlanMarkdown({ ...PLAN, tasks: [task] }).split('\n')
    expect(lines[lines.indexOf('示例') + 2]).toBe(shown)
  })

  it('renders every task of the 2022 plan once, in source order, under the five pillars', () => {
    const md = renderPlanMarkdown(plan2022)
    const ids = md
      .split('\n')
      .filter((l) => l.startsWith('#### '))
      .map((l) => l.slice(6, -1))
    expect(ids).toEqual(plan2022.tasks.map((t) => t.id))
    expect(md.split('\n').filter((l) => l.startsWith('### '))).toHaveLength(5)
    // 84 ongoing, 8 one-off, 9 document, 5 counted: the 87 / 7 / 8 / 5 of 0.1.0 less the
    // pillar-5 preamble (ongoing), with 应急预案编制 a document and 系统排查 one-off.
    expect(md).toContain('| 合计 · Total | 84 | 8 | 9 | 5 | 106 |')
  })
})
