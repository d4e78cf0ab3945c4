import { type Rational, rational, roundHalfEven, toFixed, toNumber } from '../../_lib/rational.js'
import type { ActualValue } from '../figures.js'
import { quotientText, roundHalfEvenDiv } from './_grid.js'

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

/**
 * {@link actualValue} of the exact quotient `num / (den · q)` of non-negative integers (a
 * figure counted in grid steps, `q` steps per unit), without rationals: the same value, exact
 * text and GB/T 8170 published figure. The caller keeps `num` and `den · q` below 2^53 (the
 * grid bound of `_grid.ts`), so the double quotient is correctly rounded, as
 * `toNumber` gives it, and every step of {@link roundHalfEvenDiv} and {@link quotientText} is
 * exact. `precision` is 0, or 1 with `q = 10` (CO, one decimal: the steps themselves).
 */
export function actualValueOfSteps(
  num: number,
  den: number,
  q: 1 | 10,
  precision: number,
): ActualValue {
  const d = den * q
  // precision 0 rounds num / d to an integer; precision 1 with q = 10 rounds num / den (tenths)
  const published =
    precision === 0 && q === 1
      ? roundHalfEvenDiv(num, den)
      : precision === 1 && q === 10
        ? roundHalfEvenDiv(num, den) / 10
        : toNumber(roundHalfEven(rational(BigInt(num), BigInt(d)), precision))
  return { value: num / d, exact: quotientText(num, d), published, precision }
}
