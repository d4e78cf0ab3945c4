import { describe, expect, it } from 'vitest'
import { readPlanFile, writePlanFile } from '../../../src/index.js'
import { plan2022 } from '../../../src/plans/2022/index.js'
import { fileText, run } from '../../_helpers/cli.js'

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
