import { describe, expect, it } from 'vitest'
import { plan2022 } from '../../../src/plans/2022/index.js'
import { PlanSchema } from '../../../src/schemas/plan.js'

describe('plan2022', () => {
  it('parses with PlanSchema unchanged (no stray white space, nothing defaulted)', () => {
    expect(PlanSchema.parse(plan2022)).toEqual(plan2022)
  })

  it('has 5 pillars, 13 targets and 106 tasks, every id used once across targets and tasks', () => {
    expect(plan2022.pillars.map((p) => p.id)).toEqual([
      'growth',
      'pollution',
      'inspection',
      'governance',
      'party',
    ])
    expect(plan2022.targets).toHaveLength(13)
    expect(plan2022.tasks).toHaveLength(106)
    const ids = [...plan2022.targets, ...plan2022.tasks].map((x) => x.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('resolves every reference: task and target pillars, task targets', () => {
    const pillars = new Set(plan2022.pillars.map((p) => p.id))
    const targets = new Set(plan2022.targets.map((t) => t.id))
    for (const x of [...plan2022.targets, ...plan2022.tasks]) expect(pillars).toContain(x.pillar)
    for (const t of plan2022.tasks)
      for (const ref of t.targets) expect(targets, t.id).toContain(ref)
  })

  it('keeps due dates and windows inside 2022', () => {
    for (const t of plan2022.tasks) {
      for (const date of [t.due, ...(t.windows ?? []).flatMap((w) => [w.start, w.end])]) {
        if (date) expect(date >= '2022-01-01' && date <= '2022-12-31', t.id).toBe(true)
      }
    }
  })

  it('keeps the masked names of the source and records the inference about them', () => {
    expect(plan2022.jurisdiction.zh).toBe('*市')
    expect(plan2022.inferred?.zh).toContain('乌兰察布市')
  })
})
