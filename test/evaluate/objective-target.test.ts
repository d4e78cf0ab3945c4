import { describe, expect, it } from 'vitest'
import { objectiveTarget } from '../../src/evaluate/objective-target.js'
import { TargetSchema } from '../../src/index.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'

describe('objectiveTarget', () => {
  it('turns a rate objective into an at-least target with the task id and the plan period', () => {
    const task = MINI_PLAN.tasks.find((t) => t.id === 'waste.batteries')!
    const t = objectiveTarget(MINI_PLAN, task)!
    expect(t).toMatchObject({
      id: 'waste.batteries',
      metric: 'batteryCollectionRate',
      comparator: 'atLeast',
      value: 50,
      unit: '%',
    })
    expect(TargetSchema.safeParse(t).success).toBe(true)
  })

  it('turns a counted objective with a metric into "all of them" (100 %)', () => {
    const base = MINI_PLAN.tasks.find((t) => t.id === 'rural.villages')!
    const task = {
      ...base,
      objective: { ...base.objective!, metric: 'allowanceComplianceRatio' as const },
    } as typeof base
    expect(objectiveTarget(MINI_PLAN, task)).toMatchObject({
      value: 100,
      metric: 'allowanceComplianceRatio',
    })
  })

  it('gives undefined for tasks without a measurable objective', () => {
    expect(
      objectiveTarget(MINI_PLAN, MINI_PLAN.tasks.find((t) => t.id === 'rural.villages')!),
    ).toBeUndefined()
    expect(
      objectiveTarget(MINI_PLAN, MINI_PLAN.tasks.find((t) => t.id === 'party.study')!),
    ).toBeUndefined()
  })
})
