import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/_lib/errors/input-error.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { type PlanInput, PlanSchema } from '../../src/schemas/plan.js'
import { parseInput } from '../../src/schemas/validate.js'

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
      message: 'expected a unique id (first used at targets[0])',
    })
  })

  it('rejects an unknown pillar', () => {
    const plan = clone()
    plan.targets[2] = { ...plan.targets[2]!, pillar: 'tourism' }
    expect(issues(plan)).toContainEqual({
      path: 'targets.2.pillar',
      message:
        'expected a pillar defined in the plan: "growth", "pollution", "inspection", "governance", "party"',
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
      message: 'expected the unit µg/m³ (the unit of pm25Mean)',
    })
  })

  it('rejects a percentage above 100 and a missing value', () => {
    const plan = clone()
    plan.targets[0] = { ...plan.targets[0]!, value: 101 }
    plan.targets[1] = { ...plan.targets[1]!, value: null }
    const found = issues(plan)
    expect(found).toContainEqual({
      path: 'targets.0.value',
      message: 'expected a number ≤ 100 %',
    })
    expect(found).toContainEqual({
      path: 'targets.1.value',
      message: 'expected a target value (comparator atMost needs one)',
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
    expect(found).toContainEqual({
      path: 'tasks.0.pillar',
      message:
        'expected a pillar defined in the plan: "growth", "pollution", "inspection", "governance", "party"',
    })
    expect(found).toContainEqual({
      path: 'tasks.0.targets.0',
      message: expect.stringMatching(
        /^expected a target defined in the plan: "air\.good-days-ratio"/,
      ),
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
      message: 'expected an id that is not also a target',
    })
    expect(found).toContainEqual({
      path: 'tasks.0.due',
      message: 'expected a date from 2022-01-01 to 2022-12-31',
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
      message: 'expected an objective, as the task is counted',
    })
    expect(found).toContainEqual({
      path: 'tasks.1.documents',
      message: 'expected the documents a document task produces',
    })
  })

  it('rejects a malformed id with the expected shape in both languages', () => {
    const plan = clone()
    plan.targets[0] = { ...plan.targets[0]!, id: 'Air Good Days' }
    let error: unknown
    try {
      parseInput(PlanSchema, plan, 'plan')
    } catch (e) {
      error = e
    }
    const issue = (error as InputError).issues.find((i) => i.path.join('.') === 'plan.targets.0.id')
    expect(issue?.code).toBe('invalid_format')
    expect(issue?.message.en).toBe(
      'expected an id of lower-case words joined by "-" and grouped by "." (e.g. air.good-days-ratio), got "Air Good Days"',
    )
    expect(issue?.message.zh).toBe(
      '应为由小写字母、数字、"-" 和 "." 组成的标识（如 air.good-days-ratio），实际为 "Air Good Days"',
    )
  })

  it('gives the rules of the plan format in Chinese too, through InputError', () => {
    const plan = clone()
    plan.targets[1] = { ...plan.targets[1]!, unit: 'mg/m³' }
    let error: unknown
    try {
      parseInput(PlanSchema, plan, 'plan')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const [issue] = (error as InputError).issues
    expect(issue.path).toEqual(['plan', 'targets', 1, 'unit'])
    expect(issue.code).toBe('invalid_value')
    expect(issue.message.zh).toBe('应为单位 µg/m³（指标 pm25Mean 的单位），实际为 "mg/m³"')
  })
})
