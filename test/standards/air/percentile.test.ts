import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, percentileHj663 } from '../../../src/standards/air/index.js'

describe('percentileHj663', () => {
  it('reproduces the worked example: {3,4,8,2,5,4}, p = 90 → 6.5', () => {
    // sorted 2,3,4,4,5,8; k = 1 + 5×0.9 = 5.5; s = 5; 5 + (8 − 5)×0.5 = 6.5
    expect(percentileHj663([3, 4, 8, 2, 5, 4], 90)).toBe(6.5)
  })

  it('takes X(s) when k is an integer, and X(n) at p = 100', () => {
    // n = 5, p = 50: k = 1 + 4×0.5 = 3 → X(3) = 30
    expect(percentileHj663([50, 10, 40, 30, 20], 50)).toBe(30)
    expect(percentileHj663([50, 10, 40, 30, 20], 100)).toBe(50)
    expect(percentileHj663([7], 95)).toBe(7)
  })

  it('interpolates exactly at P95 and P98 of a year of values', () => {
    // values 1…365: k = 1 + 364×0.95 = 346.8 → 346 + 1×0.8 = 346.8; P98: 1 + 364×0.98 = 357.72
    const year = Array.from({ length: 365 }, (_, i) => 365 - i)
    expect(percentileHj663(year, 95)).toBe(346.8)
    expect(percentileHj663(year, 98)).toBe(357.72)
    // one-decimal CO values: {0.1, 0.2, 0.3}: k = 1 + 2×0.95 = 2.9 → 0.2 + 0.1×0.9 = 0.29
    expect(percentileHj663([0.3, 0.1, 0.2], 95)).toBe(0.29)
  })

  it('returns null for no values (insufficient data, never zero)', () => {
    expect(percentileHj663([], 95)).toBeNull()
  })

  it('throws for a bad p or a bad value', () => {
    expect(() => percentileHj663([1], 0)).toThrow(InputError)
    expect(() => percentileHj663([1], 101)).toThrow(/percentile in \(0, 100\]/)
    expect(() => percentileHj663([1, -2], 50)).toThrow(/at values\[1\]/)
  })

  it('stays between the minimum and maximum and never falls as p rises (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (values, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const x = percentileHj663(values, lo)!
          const y = percentileHj663(values, hi)!
          expect(x).toBeGreaterThanOrEqual(Math.min(...values))
          expect(y).toBeLessThanOrEqual(Math.max(...values))
          expect(y).toBeGreaterThanOrEqual(x)
        },
      ),
    )
  })
})
