import { describe, expect, it } from 'vitest'
import { evaluateBatteryCollectionRate } from '../../src/evaluate/battery-collection.js'
import { objectiveTarget } from '../../src/evaluate/objective-target.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'

const task = MINI_PLAN.tasks.find((t) => t.id === 'waste.batteries')!
const target = objectiveTarget(MINI_PLAN, task)!

describe('evaluateBatteryCollectionRate', () => {
  it('divides tonnes collected by tonnes generated', () => {
    const r = evaluateBatteryCollectionRate(
      target,
      [{ kind: 'batteryCollection', year: 2022, collectedTonnes: 2100, generatedTonnes: 4000 }],
      { asOf: '2022-12-31' },
    )
    expect(r).toMatchObject({
      status: 'met',
      actual: { published: 52.5 },
      margin: 2.5,
      target: 'waste.batteries',
    })
  })

  it('misses 50 % at 49.94 % (publishes as 49.9) and is atRisk within the year', () => {
    const obs = [
      {
        kind: 'batteryCollection' as const,
        year: 2022,
        collectedTonnes: 4994,
        generatedTonnes: 10000,
      },
    ]
    expect(evaluateBatteryCollectionRate(target, obs, { asOf: '2022-12-31' }).status).toBe('notMet')
    expect(evaluateBatteryCollectionRate(target, obs, { asOf: '2022-08-01' }).status).toBe('atRisk')
  })

  it('gives insufficientData without a record of the year', () => {
    const r = evaluateBatteryCollectionRate(
      target,
      [{ kind: 'batteryCollection', year: 2021, collectedTonnes: 1, generatedTonnes: 2 }],
      { asOf: '2022-12-31' },
    )
    expect(r.status).toBe('insufficientData')
  })
})
