import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatGbt8170, roundGbt8170 } from '../../src/standards/gbt8170.js'

describe('roundGbt8170', () => {
  // Worked cases of GB/T 8170 进舍规则 (四舍六入五成双), computed by hand.
  it.each([
    [2.5, 0, 2],
    [3.5, 0, 4],
    [2.51, 0, 3],
    [0.15, 1, 0.2],
    [0.25, 1, 0.2],
    [0.35, 1, 0.4],
    [12.345, 1, 12.3],
    [12.35, 1, 12.4],
    [12.45, 1, 12.4],
    [10.5002, 0, 11],
    [-2.5, 0, -2],
    [-0.0365, 3, -0.036],
    [91.55, 1, 91.6],
    [91.45, 1, 91.4],
    [2.675, 2, 2.68],
    [1.005, 2, 1],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
    [15.4546, 0, 15],
  ])('rounds %d to %d decimals as %d', (value, digits, expected) => {
    expect(roundGbt8170(value, digits)).toBe(expected)
  })

  it('accepts decimal strings beyond double precision', () => {
    expect(roundGbt8170('0.50000000000000000001', 0)).toBe(1)
    expect(roundGbt8170('0.5', 0)).toBe(0)
  })

  it('rejects bad digits and non-finite values with a clear message', () => {
    expect(() => roundGbt8170(1.5, 0.5)).toThrow(/digits must be an integer/)
    expect(() => roundGbt8170(1.5, 16)).toThrow(/digits must be an integer/)
    expect(() => roundGbt8170(Number.NaN, 1)).toThrow(/finite/)
    expect(() => roundGbt8170('12a', 1)).toThrow(/not a decimal/)
  })

  it('agrees with exact integer arithmetic on every one-decimal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (tenths) => {
        const rounded = roundGbt8170(tenths / 10, 0)
        const q = Math.trunc(tenths / 10)
        const r = Math.abs(tenths % 10)
        const sign = tenths < 0 ? -1 : 1
        const expected = r < 5 ? q : r > 5 ? q + sign : Math.abs(q) % 2 === 0 ? q : q + sign
        expect(rounded).toBe(expected === 0 ? 0 : expected)
      }),
    )
  })
})

describe('formatGbt8170', () => {
  it('keeps trailing zeros of the published precision', () => {
    expect(formatGbt8170(91.5, 2)).toBe('91.50')
    expect(formatGbt8170(0.125, 2)).toBe('0.12')
    expect(formatGbt8170(23, 0)).toBe('23')
  })

  it('rejects negative digits', () => {
    expect(() => formatGbt8170(12, -1)).toThrow(/digits ≥ 0/)
  })
})
