import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimal, rational, roundHalfEven, toNumber } from '../../../src/_lib/rational.js'
import { changeOf, levelLimit } from '../../../src/evaluate/_forms/decrease.js'
import {
  evaluateHeavyPollutionDaysRatio,
  evaluatePm25Mean,
  type ObservationInput,
} from '../../../src/index.js'
import { airDays, airTarget } from '../../_helpers/air-days.js'

// The 2025 target of the region: PM2.5 7.1 % below 2020, when it was 28 µg/m³.
const pm25 = airTarget({
  id: 'air.pm25-decrease',
  metric: 'pm25Mean',
  comparator: 'decrease',
  value: 7.1,
  baseYear: 2020,
  baseValue: 28,
})
const year = (values: (i: number) => number) => airDays('im', '2025-01-01', '2025-12-31', values)
const asOf = '2025-12-31'

describe('levelLimit', () => {
  it('is the highest published level that is still the required decrease', () => {
    const limit = (base: string, required: string | null, change = 1, level = 0) =>
      levelLimit(decimal(base), required === null ? null : decimal(required), change, level)
    // 7.05 % publishes as 7.0 (half to even), so the change must exceed it: level < 28 × 0.9295
    // = 26.026, at most 26 (26 is 7.14 % below 28; 27 only 3.57 %)
    expect(limit('28', '7.1')).toEqual(rational(26n))
    // 35 × 0.9295 = 32.53: 32 (8.57 %), while 33 is 5.71 % below
    expect(limit('35', '7.1')).toEqual(rational(32n))
    // 5.65 publishes as 5.6: 35 × 0.9435 = 33.02 → 33 (5.714 % → 5.7)
    expect(limit('35', '5.7')).toEqual(rational(33n))
    // any decrease: a published level below the base
    expect(limit('28', null)).toEqual(rational(27n))
    // 100 %: nothing left
    expect(limit('28', '100')).toEqual(rational(0n))
    // a ratio published to one decimal: 30 % below 1.2 % is 0.84 %, so 0.8 (0.9 is 25 % below)
    expect(limit('1.2', '30', 1, 1)).toEqual(decimal('0.8'))
  })

  it('holds its definition for any base and requirement (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 999 }),
        (base, tenths) => {
          const b = rational(BigInt(base))
          const r = rational(BigInt(tenths), 10n)
          const L = levelLimit(b, r, 1, 0)
          const publishes = (level: bigint) =>
            toNumber(roundHalfEven(changeOf(b, rational(level)), 1)) >= tenths / 10
          expect(L).not.toBeNull()
          const k = (L as { num: bigint }).num
          expect(publishes(k)).toBe(true)
          expect(publishes(k + 1n)).toBe(false)
        },
      ),
      { seed: 7102025, numRuns: 500 },
    )
  })
})

describe('a decrease relative to a base year', () => {
  it('is met exactly at the target: a mean of 26.4986 publishes as 26, 7.1 % below 28', () => {
    // 182 days at 27 and 183 at 26: 9672 / 365 = 26.4986 → 26; (28 − 26) / 28 = 7.14 % → 7.1
    const r = evaluatePm25Mean(
      pm25,
      year((i) => (i < 182 ? 27 : 26)),
      { asOf },
    )
    expect(r.status).toBe('met')
    expect(r.unit).toBe('%')
    expect(r.actual).toMatchObject({ published: 7.1, exact: '7.1428571429', precision: 1 })
    expect(r.expected).toEqual({ comparator: 'decrease', value: 7.1 })
    expect(r.margin).toBe(0)
    expect(r.options).toMatchObject({
      baseYear: 2020,
      baseValue: 28,
      baseSource: 'plan',
      levelLimit: 26,
    })
  })

  it('is not met one day over: a mean of 26.5014 publishes as 27, only 3.6 % below 28', () => {
    // 183 days at 27 and 182 at 26: 9673 / 365 = 26.5014 → 27; (28 − 27) / 28 = 3.57 % → 3.6
    const r = evaluatePm25Mean(
      pm25,
      year((i) => (i < 183 ? 27 : 26)),
      { asOf },
    )
    expect(r.status).toBe('notMet')
    expect(r.actual?.published).toBe(3.6)
    expect(r.margin).toBeCloseTo(-3.5, 10)
  })

  it('is met with room to spare below the limit', () => {
    // 25 µg/m³: (28 − 25) / 28 = 10.71 % → 10.7, margin 3.6
    const r = evaluatePm25Mean(
      pm25,
      year(() => 25),
      { asOf },
    )
    expect(r.status).toBe('met')
    expect(r.actual?.published).toBe(10.7)
    expect(r.margin).toBeCloseTo(3.6, 10)
  })

  it('has insufficient data without daily values, and without a base value', () => {
    expect(evaluatePm25Mean(pm25, [], { asOf })).toMatchObject({
      status: 'insufficientData',
      actual: null,
    })
    const { baseValue: _b, ...noBase } = pm25
    const r = evaluatePm25Mean(
      noBase,
      year(() => 25),
      { asOf },
    )
    expect(r.status).toBe('insufficientData')
    expect(r.explanation.en).toMatch(/no 2020 base value/)
    const zero = evaluatePm25Mean(
      { ...pm25, baseValue: 0 },
      year(() => 25),
      { asOf },
    )
    expect(zero.status).toBe('insufficientData')
  })

  it('takes the base value from an annualValue observation when the plan has none', () => {
    const { baseValue: _b, ...noBase } = pm25
    const base: ObservationInput = {
      kind: 'annualValue',
      metric: 'pm25Mean',
      scope: 'im',
      year: 2020,
      value: 28,
    }
    const r = evaluatePm25Mean(noBase, [base, ...year(() => 26)], { asOf })
    expect(r.status).toBe('met')
    expect(r.options).toMatchObject({ baseValue: 28, baseSource: 'observation' })
  })

  it('says within the year what the remaining days must average (reachability)', () => {
    // 181 days at 30 (S = 5430); the year publishes at most 26 below 26.5, 26.5 included (it
    // rounds to 26): the other 184 days must average at most (26.5 × 365 − 5430) / 184 = 23.057
    const half = airDays('im', '2025-01-01', '2025-06-30', () => 30)
    const r = evaluatePm25Mean(pm25, half, { asOf: '2025-06-30' })
    expect(r.status).toBe('atRisk')
    expect(r.actual?.published).toBe(-7.1) // 30 is 7.14 % above 28
    expect(r.reachability).toMatchObject({
      reachable: true,
      remaining: 184,
      requirement: { kind: 'maxMeanOfRemaining', value: 23.05 },
    })
    // 181 days at 60 (S = 10860 > 26.5 × 365 = 9672.5): no rest of the year can make it
    const bad = airDays('im', '2025-01-01', '2025-06-30', () => 60)
    expect(evaluatePm25Mean(pm25, bad, { asOf: '2025-06-30' }).status).toBe('unreachable')
  })

  it('works on a days ratio too: the heavy-pollution ratio 30 % below 1.2 %', () => {
    const heavy = airTarget({
      id: 'air.heavy-decrease',
      metric: 'heavyPollutionDaysRatio',
      comparator: 'decrease',
      value: 30,
      baseYear: 2020,
      baseValue: 1.2,
    })
    // 3 heavy days of 365 = 0.82 % → 0.8, 33.3 % below 1.2; 4 = 1.10 % → 1.1, 8.3 % below
    const days = (n: number) => year((i) => (i < n ? 180 : 30))
    const met = evaluateHeavyPollutionDaysRatio(heavy, days(3), { asOf })
    expect(met.status).toBe('met')
    expect(met.actual?.published).toBe(33.3)
    const notMet = evaluateHeavyPollutionDaysRatio(heavy, days(4), { asOf })
    expect(notMet.status).toBe('notMet')
    expect(notMet.actual?.published).toBe(8.3)
  })
})
