import { type Rational, roundHalfEven, toFixed, toNumber } from '../../_lib/rational.js'
import type { ActualValue } from '../figures.js'

/** The exact value written with up to 10 decimals, trailing zeros dropped. */
export function decimalString(r: Rational, maxDigits = 10): string {
  const text = toFixed(r, maxDigits)
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/**
 * The exact decimal expansion of a rational whose denominator divides a power of ten (every
 * sum of decimal inputs), with no rounding at all.
 */
export function exactDecimalString(r: Rational): string {
  let den = r.den
  let twos = 0
  let fives = 0
  while (den % 2n === 0n) {
    den /= 2n
    twos++
  }
  while (den % 5n === 0n) {
    den /= 5n
    fives++
  }
  if (den !== 1n) throw new RangeError('exactDecimalString: not a finite decimal')
  return decimalString(r, Math.max(twos, fives))
}

/** An actual value: the number, the exact decimal (10 decimals) and the GB/T 8170 published figure. */
export function actualValue(r: Rational, precision: number): ActualValue {
  return {
    value: toNumber(r),
    exact: decimalString(r),
    published: toNumber(roundHalfEven(r, precision)),
    precision,
  }
}
