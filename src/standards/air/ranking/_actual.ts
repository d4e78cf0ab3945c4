import { type Rational, roundHalfEven, toFixed, toNumber } from '../../../_lib/rational.js'
import type { ActualValue } from '../../figures.js'

/** The exact value written with up to 10 decimals, trailing zeros dropped. */
export function exactText(r: Rational): string {
  const text = toFixed(r, 10)
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/** An actual value: the number, the exact decimal and the GB/T 8170 figure to `precision` decimals. */
export function actual(r: Rational, precision: number): ActualValue {
  const published = toNumber(roundHalfEven(r, precision))
  return {
    value: toNumber(r),
    exact: exactText(r),
    // -0 would print as 0 but compare as a sign in JSON consumers
    published: Object.is(published, -0) ? 0 : published,
    precision,
  }
}
