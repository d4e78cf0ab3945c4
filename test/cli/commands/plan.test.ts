import { describe, expect, it } from 'vitest'
import {
  describeExpectation,
  renderPlanText,
  selectPlanItems,
} from '../../../src/cli/commands/_plan-text.js'
import { readPlanFile, writePlanFile } from '../../../src/index.js'
import { plan2022 } from '../../../src/plans/2022/index.js'
import { fileText, run } from '../../_helpers/cli.js'
import { PLAN_WITH_TASKS } from '../../_helpers/plan-with-tasks.js'

const target = (id: string) => {
  const t = plan2022.targets.find((x) => x.id === id)
  if (!t) throw new Error(id)
  return t
}

describe('planCommand', () => {
  it('lists the 13 targets of the 2022 plan with their expected values', async () => {
    const { code, stdout } = await run(['plan'])
    expect(code).toBe(0)
    expect(stdout).toContain('Targets (13 of 13)')
    expect(stdout).toMatch(/air\.good-days-ratio +≥ 91\.6% +Good-air-days ratio, central city/)
    expect(stdout).toMatch(/air\.pm25-annual-mean +≤ 23 µg\/m³/)
    expect(stdout).toMatch(/emissions\.nox +assigned reduction vs 2020/)
  })

  it('prints the bundled plan as a plan file with --json', async () => {
    const { code, stdout } = await run(['plan', '--json'])
    expect(code).toBe(0)
    expect(stdout).toBe(writePlanFile(plan2022))
  })

  it('filters by domain: the three air targets, still a plan file', async () => {
    const { code, stdout } = await run(['plan', '--domain', 'air', '--json'])
    expect(code).toBe(0)
    const plan = readPlanFile(stdout, { file: 'air.json' })
    expect(plan.targets.map((t) => t.id)).toEqual([
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
    ])
    expect(plan.tasks.every((t) => t.domain === 'air')).toBe(true)
    expect(plan.pillars).toEqual(plan2022.pillars)
    expect({ id: plan.id, year: plan.year, period: plan.period }).toEqual({
      id: 'plan-2022',
      year: 2022,
      period: { start: '2022-01-01', end: '2022-12-31' },
    })
  })

  it('keeps only the links to the targets kept when filtering', async () => {
    const { stdout } = await run(['plan', '--json', '--domain', 'soil'])
    const plan = readPlanFile(stdout, { file: 'soil.json' })
    const kept = new Set(plan.targets.map((t) => t.id))
    for (const task of plan.tasks) for (const id of task.targets) expect(kept.has(id)).toBe(true)
  })

  it('prints full target objects in JSON (both languages)', async () => {
    const { stdout } = await run(['plan', '--json', '--pillar', 'pollution'])
    const json = JSON.parse(stdout)
    expect(json.targets).toHaveLength(13)
    expect(json.targets[0]).toEqual(JSON.parse(JSON.stringify(target('air.good-days-ratio'))))
  })

  it('selects nothing for a pillar without targets and says so', async () => {
    const { code, stdout } = await run(['plan', '--pillar', 'party'])
    expect(code).toBe(0)
    expect(stdout).toContain('Targets (0 of 13)\n  (none)')
  })

  it('prints Chinese titles with --lang zh', async () => {
    const { stdout } = await run(['plan', '--lang', 'zh', '--domain', 'water'])
    expect(stdout).toContain('*市2022年生态环境保护工作要点（`plan-2022`）')
    expect(stdout).toContain('具体指标 (4 / 13)')
    expect(stdout).toContain('城市集中式饮用水水源水质Ⅲ类比例')
  })

  it('writes to --out and prints nothing', async () => {
    const { code, stdout, io } = await run(['plan', '--json', '--out', 'out/plan.json'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(fileText(io, 'out/plan.json') ?? '').targets).toHaveLength(13)
  })

  it('rejects an unknown domain with exit 2, listing the domains', async () => {
    const { code, stderr } = await run(['plan', '--domain', 'noise'])
    expect(code).toBe(2)
    expect(stderr).toContain('eco-targets plan: --domain must be one of air, water, soil')
    expect(stderr).toContain('(got "noise")')
  })

  it('rejects an unknown pillar with exit 2, listing the pillars', async () => {
    const { code, stderr } = await run(['plan', '--pillar', 'x'])
    expect(code).toBe(2)
    expect(stderr).toContain(
      '--pillar must be one of growth, pollution, inspection, governance, party (got "x")',
    )
  })

  it('reports an --out folder that does not exist, writing nothing', async () => {
    const { code, stdout, stderr } = await run(['plan', '--out', 'x/plan.txt'], {
      createError: 'ENOENT',
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('eco-targets plan: cannot write x/plan.txt: no such file or folder\n')
  })
})

describe('selectPlanItems', () => {
  it('applies pillar and domain together', () => {
    const { targets, tasks } = selectPlanItems(PLAN_WITH_TASKS, {
      pillar: 'pollution',
      domain: 'water',
    })
    expect(targets.map((t) => t.id)).toEqual([
      'water.national-sections-class-i-iii',
      'water.national-sections-worse-than-v',
      'water.drinking-water-prefecture',
      'water.drinking-water-county',
    ])
    expect(tasks.map((t) => t.id)).toEqual(['water.chagan-nur-mechanism', 'water.outfall-list'])
  })
})

describe('describeExpectation', () => {
  it('words each comparator', () => {
    expect(describeExpectation(target('air.good-days-ratio'), 'en')).toBe('≥ 91.6%')
    expect(describeExpectation(target('air.pm25-annual-mean'), 'zh')).toBe('≤ 23 µg/m³')
    expect(describeExpectation(target('emissions.cod'), 'zh')).toBe(
      '达到下达减排目标（基准2020年）',
    )
    const decrease = { ...target('emissions.cod'), comparator: 'decrease' as const }
    expect(describeExpectation(decrease, 'en')).toBe('below 2020')
    expect(describeExpectation(decrease, 'zh')).toBe('低于2020年')
    expect(describeExpectation({ ...decrease, value: 8 }, 'en')).toBe('≥ 8% below 2020')
    expect(describeExpectation({ ...decrease, value: 8 }, 'zh')).toBe('较2020年下降 ≥ 8%')
    const equals = { ...target('air.heavy-pollution-days-ratio'), comparator: 'equals' as const }
    expect(describeExpectation(equals, 'en')).toBe('= 0%')
  })
})

describe('renderPlanText', () => {
  it('groups tasks by pillar with kind, objective and due date', () => {
    const text = renderPlanText(PLAN_WITH_TASKS, {}, 'en')
    expect(text).toContain('Tasks (11 of 11)')
    expect(text).toContain(
      '  1. Support high-quality economic development (growth)\n' +
        '    climate.allowance-surrender  [counted 13 units]',
    )
    expect(text).toContain('rural.village-sewage  [counted 45 villages]')
    expect(text).toContain('solid-waste.battery-collection  [counted 50%]')
    expect(text).toContain('water.outfall-list  [one-off, due 2022-06-30]  Draw up the list')
    expect(text.indexOf('(growth)')).toBeLessThan(text.indexOf('(pollution)'))
  })

  it('writes the Chinese clause and labels with lang zh', () => {
    const text = renderPlanText(PLAN_WITH_TASKS, { domain: 'rural' }, 'zh')
    expect(text).toContain('筛选：领域 农村环境')
    expect(text).toContain('重点工作 (1 / 11)')
    expect(text).toContain('rural.village-sewage  [量化 45 个]  完成全市45个行政村生活污水治理任务')
  })
})
