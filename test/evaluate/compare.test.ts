import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/_lib/errors/input-error.js'
import { compareWithTarget } from '../../src/evaluate/compare.js'

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

describe('compareWithTarget on bad arguments', () => {
  it('throws an InputError naming the argument, never a RangeError', () => {
    const bad = [
      [['atLeast', Number.NaN, 91.6, 1], [1]],
      [['atLeast', 90, Number.POSITIVE_INFINITY, 1], [2]],
      [['atLeast', 90, 91.6, 7], [3]],
      [['above', 90, 91.6, 1], [0]],
    ] as const
    for (const [args, path] of bad) {
      let error: unknown
      try {
        compareWithTarget(...(args as unknown as Parameters<typeof compareWithTarget>))
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).issues[0].path).toEqual(path)
    }
  })
})
