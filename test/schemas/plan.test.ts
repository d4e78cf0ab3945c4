import { describe, expect, it } from 'vitest'
import { plan2022 } from '../../src/plans/2022/index.js'
import { type PlanInput, PlanSchema } from '../../src/schemas/plan.js'

const clone = (): PlanInput => structuredClone(plan2022) as PlanInput

function issues(plan: unknown) {
  const r = PlanSchema.safeParse(plan)
  expect(r.success).toBe(false)
  return r.success
    ? []
    : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('PlanSchema', () => {
  it('accepts the bundled plan', () => {
    expect(PlanSchema.safeParse(plan2022).success).toBe(true)
  })

  it('rejects a duplicate target id and names both places', () => {
    const plan = clone()
    plan.targets[1] = { ...plan.targets[1]!, id: plan.targets[0]!.id }
    expect(issues(plan)).toContainEqual({
      path: 'targets.1.id',
      message: 'duplicate id "air.good-days-ratio" (first used at targets[0])',
    })
  })

  it('rejects an unknown pillar', () => {
    const plan = clone()
    plan.targets[2] = { ...plan.targets[2]!, pillar: 'tourism' }
    expect(issues(plan)).toContainEqual({
      path: 'targets.2.pillar',
      message: 'unknown pillar "tourism"',
    })
  })

  it('rejects a negative target value', () => {
    const plan = clone()
    plan.targets[0] = { ...plan.targets[0]!, value: -1 }
    expect(issues(plan).map((i) => i.path)).toContain('targets.0.value')
  })

  it('rejects a unit that does not match the metric', () => {
    const plan = clone()
    plan.targets[1] = { ...plan.targets[1]!, unit: 'mg/m³' }
    expect(issues(plan)).toContainEqual({
      path: 'targets.1.unit',
      message: 'unit "mg/m³" does not match metric pm25Mean, which is measured in "µg/m³"',
    })
  })

  it('rejects a percentage above 100 and a missing value', () => {
    const plan = clone()
    plan.targets[0] = { ...plan.targets[0]!, value: 101 }
    plan.targets[1] = { ...plan.targets[1]!, value: null }
    const found = issues(plan)
    expect(found).toContainEqual({
      path: 'targets.0.value',
      message: 'a percentage cannot exceed 100',
    })
    expect(found).toContainEqual({
      path: 'targets.1.value',
      message: 'comparator atMost needs a value',
    })
  })

  it('rejects a task that refers to an unknown target or pillar', () => {
    const plan = clone()
    plan.tasks = [
      {
        id: 'air.example',
        pillar: 'nowhere',
        domain: 'air',
        text: { zh: '示例', en: 'Example' },
        kind: 'ongoing',
        targets: ['air.missing'],
        source: { paragraph: 2, quote: '示例任务' },
      },
    ]
    const found = issues(plan)
    expect(found).toContainEqual({ path: 'tasks.0.pillar', message: 'unknown pillar "nowhere"' })
    expect(found).toContainEqual({
      path: 'tasks.0.targets.0',
      message: 'unknown target "air.missing"',
    })
  })

  it('rejects a task id that is also a target id, and a due date outside the period', () => {
    const plan = clone()
    plan.tasks = [
      {
        id: 'air.good-days-ratio',
        pillar: 'pollution',
        domain: 'air',
        text: { zh: '示例', en: 'Example' },
        kind: 'oneOff',
        due: '2023-01-31',
        targets: [],
        source: { paragraph: 2, quote: '示例任务' },
      },
    ]
    const found = issues(plan)
    expect(found).toContainEqual({
      path: 'tasks.0.id',
      message: 'id "air.good-days-ratio" is also a target id',
    })
    expect(found).toContainEqual({
      path: 'tasks.0.due',
      message: 'due date outside the plan period',
    })
  })

  it('rejects a counted task without an objective and a document task without documents', () => {
    const plan = clone()
    const base = {
      pillar: 'pollution',
      domain: 'rural' as const,
      text: { zh: '示例', en: 'Example' },
      targets: [],
      source: { paragraph: 2, quote: '示例任务' },
    }
    plan.tasks = [
      { ...base, id: 'rural.a', kind: 'counted' },
      { ...base, id: 'rural.b', kind: 'document' },
    ]
    const found = issues(plan)
    expect(found).toContainEqual({
      path: 'tasks.0.objective',
      message: 'a counted task needs an objective',
    })
    expect(found).toContainEqual({
      path: 'tasks.1.documents',
      message: 'a document task names its documents',
    })
  })

  it('rejects a malformed id with the expected shape in the message', () => {
    const plan = clone()
    plan.targets[0] = { ...plan.targets[0]!, id: 'Air Good Days' }
    expect(issues(plan)).toContainEqual({
      path: 'targets.0.id',
      message:
        'expected lower-case words joined by "-" and grouped by "." (e.g. air.diesel-trucks)',
    })
  })
})
