import { describe, expect, it } from 'vitest'
import { decimal, rational, toNumber } from '../../src/_lib/rational.js'
import { assessMeanLimit } from '../../src/evaluate/_mean-limit.js'

const pm25 = { target: decimal('23'), precision: 0 }

describe('assessMeanLimit', () => {
  it('gives the mean the rest of the year must stay below (hand-worked)', () => {
    // 181 days averaging 25: (23.5 × 365 − 4525) / 184 = 4052.5 / 184 = 22.0244565…
    const a = assessMeanLimit({ ...pm25, sum: decimal('4525'), count: 181, remaining: 184 })
    expect(a.meetsNow).toBe(false)
    expect(a.inclusive).toBe(false)
    expect(toNumber(a.requiredOfRemaining!)).toBeCloseTo(22.0244565, 6)
    expect(a.reachable).toBe(true)
  })

  it('publishes 23.49 as 23 (met) and 23.5 as 24 (not met) for an odd target', () => {
    expect(
      assessMeanLimit({ ...pm25, sum: decimal('23.49'), count: 1, remaining: 0 }).meetsNow,
    ).toBe(true)
    expect(
      assessMeanLimit({ ...pm25, sum: decimal('23.5'), count: 1, remaining: 0 }).meetsNow,
    ).toBe(false)
  })

  it('includes the half-way edge for an even target (22.5 publishes as 22)', () => {
    const a = assessMeanLimit({
      target: decimal('22'),
      precision: 0,
      sum: decimal('22.5'),
      count: 1,
      remaining: 0,
    })
    expect(a.meetsNow).toBe(true)
    const b = assessMeanLimit({
      target: decimal('22'),
      precision: 0,
      sum: decimal('0'),
      count: 0,
      remaining: 10,
    })
    expect(b.inclusive).toBe(true)
    expect(toNumber(b.requiredOfRemaining!)).toBe(22.5)
  })

  it('is unreachable when even a zero mean for the rest cannot bring it down', () => {
    // 300 days averaging 30 = 9000; edge 23.5 × 365 = 8577.5 < 9000
    const a = assessMeanLimit({ ...pm25, sum: decimal('9000'), count: 300, remaining: 65 })
    expect(a.reachable).toBe(false)
    expect(toNumber(a.requiredOfRemaining!)).toBeLessThan(0)
  })

  it('has no mean without data', () => {
    const a = assessMeanLimit({ ...pm25, sum: rational(0n), count: 0, remaining: 0 })
    expect(a.mean).toBeNull()
    expect(a.meetsNow).toBeNull()
    expect(a.reachable).toBe(false)
  })
})
