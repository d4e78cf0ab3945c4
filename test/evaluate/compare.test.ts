import { describe, expect, it } from 'vitest'
import { decimal, toNumber } from '../../src/_lib/rational.js'
import { compareWithTarget, higherIsBetter, marginOf } from '../../src/evaluate/compare.js'

describe('compareWithTarget', () => {
  it.each([
    // [comparator, actual, expected, precision, verdict] — rounding by GB/T 8170 first
    ['atLeast', (335 / 365) * 100, 91.6, 1, true], // 91.78 → 91.8
    ['atLeast', (334 / 365) * 100, 91.6, 1, false], // 91.51 → 91.5
    ['atLeast', 91.55, 91.6, 1, true], // half after odd 5 → 91.6
    ['atLeast', 91.549, 91.6, 1, false],
    ['atMost', 23.5, 23, 0, false], // 23.5 → 24
    ['atMost', 23.49, 23, 0, true],
    ['atMost', 22.5, 22, 0, true], // 22.5 → 22
    ['atMost', 16.67, 16.7, 1, true],
    ['equals', 0.04, 0, 1, true], // 0.04 → 0.0
    ['equals', 0.05, 0, 1, true], // 0.05 → 0.0 (half to even)
    ['equals', 0.051, 0, 1, false],
    ['decrease', 3.2, 3, null, true],
    ['reachReduction', 2.99, 3, null, false],
    ['atLeast', 91.55, 91.6, null, false], // exact comparison when no precision
  ] as const)(
    '%s: %d vs %d at %s decimals → %s',
    (comparator, actual, expected, precision, verdict) => {
      expect(compareWithTarget(comparator, actual, expected, precision)).toBe(verdict)
    },
  )
})

describe('marginOf', () => {
  it('is positive on the passing side for both directions', () => {
    expect(toNumber(marginOf('atLeast', decimal('94.5'), decimal('91.6')))).toBeCloseTo(2.9, 10)
    expect(toNumber(marginOf('atMost', decimal('21'), decimal('23')))).toBe(2)
    expect(toNumber(marginOf('atMost', decimal('25'), decimal('23')))).toBe(-2)
  })

  it('knows which way is better', () => {
    expect(higherIsBetter('atMost')).toBe(false)
    expect(higherIsBetter('reachReduction')).toBe(true)
  })
})
