import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  add,
  ceil,
  compare,
  decimal,
  div,
  floor,
  mul,
  rational,
  roundHalfEven,
  sub,
  toFixed,
  toNumber,
} from '../../src/_lib/rational.js'

describe('decimal', () => {
  it.each([
    ['2.2', 11n, 5n],
    ['-0.015', -3n, 200n],
    ['1e-7', 1n, 10000000n],
    ['1.5E3', 1500n, 1n],
    ['007', 7n, 1n],
    ['+4.90', 49n, 10n],
  ])('reads "%s" as %i/%i', (text, num, den) => {
    expect(decimal(text)).toEqual({ num, den })
  })

  it('reads a number as the decimal it prints as, not its binary value', () => {
    // 0.1 + 0.2 prints as 0.30000000000000004; 2.675 prints as 2.675
    expect(decimal(2.675)).toEqual({ num: 107n, den: 40n })
    expect(decimal(0.1 + 0.2)).toEqual(rational(30000000000000004n, 10n ** 17n))
  })

  it.each([['abc'], ['1,5'], [''], ['1.2.3'], ['12a']])('rejects "%s"', (text) => {
    expect(() => decimal(text)).toThrow(/not a decimal/)
  })

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('rejects %d', (value) => {
    expect(() => decimal(value)).toThrow(/finite/)
  })
})

describe('arithmetic', () => {
  it('adds, subtracts, multiplies and divides exactly', () => {
    const a = decimal('0.1')
    const b = decimal('0.2')
    expect(add(a, b)).toEqual(decimal('0.3'))
    expect(sub(a, b)).toEqual(decimal('-0.1'))
    expect(mul(a, b)).toEqual(decimal('0.02'))
    expect(div(a, b)).toEqual(rational(1n, 2n))
  })

  it('normalises signs and rejects zero denominators', () => {
    expect(rational(3n, -6n)).toEqual({ num: -1n, den: 2n })
    expect(() => rational(1n, 0n)).toThrow(/zero/)
    expect(() => div(rational(1n), rational(0n))).toThrow(/zero/)
  })

  it('compares', () => {
    expect(compare(rational(1n, 3n), rational(1n, 2n))).toBe(-1)
    expect(compare(rational(2n, 4n), rational(1n, 2n))).toBe(0)
    expect(compare(rational(-1n, 2n), rational(-1n, 3n))).toBe(-1)
    expect(compare(rational(3n), rational(2n))).toBe(1)
  })

  it('takes ceil and floor of positive and negative fractions', () => {
    expect(ceil(rational(55n))).toBe(55n)
    expect(ceil(rational(111n, 2n))).toBe(56n)
    expect(ceil(rational(-111n, 2n))).toBe(-55n)
    expect(floor(rational(111n, 2n))).toBe(55n)
    expect(floor(rational(-111n, 2n))).toBe(-56n)
    expect(floor(rational(-4n))).toBe(-4n)
  })
})

describe('roundHalfEven', () => {
  it('rounds exact halves to the even neighbour and everything else to the nearest', () => {
    expect(roundHalfEven(decimal('2.5'), 0)).toEqual(rational(2n))
    expect(roundHalfEven(decimal('3.5'), 0)).toEqual(rational(4n))
    expect(roundHalfEven(decimal('2.500001'), 0)).toEqual(rational(3n))
    expect(roundHalfEven(decimal('-2.5'), 0)).toEqual(rational(-2n))
    expect(roundHalfEven(decimal('-3.5'), 0)).toEqual(rational(-4n))
    expect(roundHalfEven(decimal('1250'), -2)).toEqual(rational(1200n))
    expect(roundHalfEven(decimal('1350'), -2)).toEqual(rational(1400n))
  })

  it('is idempotent and moves a value by at most half a step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d) => {
          const x = rational(BigInt(n), 1000n)
          const r = roundHalfEven(x, d)
          expect(roundHalfEven(r, d)).toEqual(r)
          const step = rational(1n, 10n ** BigInt(d))
          const diff = sub(r, x)
          const absDiff = diff.num < 0n ? rational(-diff.num, diff.den) : diff
          expect(compare(absDiff, mul(step, rational(1n, 2n)))).toBeLessThanOrEqual(0)
        },
      ),
    )
  })
})

describe('toFixed and toNumber', () => {
  it('writes fixed decimals without a negative zero', () => {
    expect(toFixed(rational(1n, 3n), 4)).toBe('0.3333')
    expect(toFixed(rational(335n * 100n, 365n), 1)).toBe('91.8')
    expect(toFixed(decimal('-0.04'), 1)).toBe('0.0')
    expect(toFixed(decimal('-1.25'), 1)).toBe('-1.2')
    expect(toFixed(decimal('7'), 0)).toBe('7')
  })

  it('converts to the nearest double', () => {
    expect(toNumber(rational(1n, 3n))).toBe(1 / 3)
    expect(toNumber(decimal('91.6'))).toBe(91.6)
    expect(toNumber(rational(10n ** 30n, 3n))).toBeCloseTo(3.333333333333333e29, -15)
  })
})
