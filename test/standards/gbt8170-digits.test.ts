import { describe, expect, it } from 'vitest'
import { formatGbt8170, roundGbt8170 } from '../../src/index.js'

// The documented range of `digits` is -15…15, both ends included: a figure rounded to 10^15 or
// to 10^-15 by GB/T 8170-2008 §3.2 (half to even), and one step beyond either end is refused.
describe('GB/T 8170 rounding at the ends of the digits range', () => {
  it('rounds to 15 decimals and to units of 10^15, half to even', () => {
    // 2.5 × 10^-15 → 2 × 10^-15 (2 is even); 3.5 × 10^-15 → 4 × 10^-15
    expect(roundGbt8170('0.0000000000000025', 15)).toBe(2e-15)
    expect(roundGbt8170('0.0000000000000035', 15)).toBe(4e-15)
    // 2.5 × 10^15 → 2 × 10^15; 3.5 × 10^15 → 4 × 10^15
    expect(roundGbt8170(2.5e15, -15)).toBe(2e15)
    expect(roundGbt8170(3.5e15, -15)).toBe(4e15)
  })

  it.each([16, -16, 15.5, Number.NaN])('refuses %d digits', (digits) => {
    expect(() => roundGbt8170(1.5, digits)).toThrow(RangeError)
    expect(() => roundGbt8170(1.5, digits)).toThrow(/digits must be an integer from -15 to 15/)
  })

  it('writes 0 and 15 decimals, and refuses 16', () => {
    expect(formatGbt8170(2.5, 0)).toBe('2')
    expect(formatGbt8170(3.5, 0)).toBe('4')
    expect(formatGbt8170('0.0000000000000025', 15)).toBe('0.000000000000002')
    expect(() => formatGbt8170(1, 16)).toThrow(/digits must be an integer from -15 to 15/)
  })
})
