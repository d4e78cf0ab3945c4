import { describe, expect, it } from 'vitest'
import { evaluateFarmlandSafeUse } from '../../src/evaluate/farmland.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const t = target2022('soil.farmland-safe-use')
const record = (b: number, c: number, d: number, e: number): Observation => ({
  kind: 'farmlandSafeUse',
  year: 2022,
  areaUnit: 'mu',
  lightProtected: b,
  safeUseAchieved: c,
  strictControlled: d,
  totalContaminated: e,
})

describe('evaluateFarmlandSafeUse', () => {
  it('computes (B + C + D) / E and meets 98 % exactly at 4900 of 5000', () => {
    const r = evaluateFarmlandSafeUse(t, [record(1000, 3000, 900, 5000)], { asOf: '2022-12-31' })
    expect(r).toMatchObject({ status: 'met', margin: 0, actual: { published: 98 } })
  })

  it('meets 98 % after rounding at 97.95 % and misses it at 97.94 %', () => {
    // 9795 / 10000 = 97.95 % → 98.0 (5 after an odd 9 rounds up); 97.94 % → 97.9
    expect(
      evaluateFarmlandSafeUse(t, [record(0, 9795, 0, 10000)], { asOf: '2022-12-31' }).status,
    ).toBe('met')
    expect(
      evaluateFarmlandSafeUse(t, [record(0, 9794, 0, 10000)], { asOf: '2022-12-31' }).status,
    ).toBe('notMet')
  })

  it('says how much more area must come under the measures within the year', () => {
    // edge 97.95 % of 5000 = 4897.5; 4000 so far → 897.5 mu more
    const r = evaluateFarmlandSafeUse(t, [record(1000, 2000, 1000, 5000)], { asOf: '2022-06-30' })
    expect(r.status).toBe('atRisk')
    expect(r.reachability).toMatchObject({
      reachable: true,
      requirement: { kind: 'minMorePassing', value: 897.5, unit: 'mu' },
    })
  })

  it('uses the last record of the year and lists the earlier ones as superseded', () => {
    const r = evaluateFarmlandSafeUse(t, [record(0, 1, 0, 5000), record(1000, 3000, 900, 5000)], {
      asOf: '2022-12-31',
    })
    expect(r.status).toBe('met')
    expect(r.coverage.excluded[0]).toMatchObject({ reason: 'superseded', count: 1 })
  })

  it('gives insufficientData without a record for the year or with no contaminated area', () => {
    expect(evaluateFarmlandSafeUse(t, [], { asOf: '2022-12-31' }).status).toBe('insufficientData')
    const zero = evaluateFarmlandSafeUse(t, [record(0, 0, 0, 0)], { asOf: '2022-12-31' })
    expect(zero.status).toBe('insufficientData')
    expect(zero.explanation.en).toMatch(/undefined/)
  })
})
