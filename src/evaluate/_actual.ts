import { type Rational, roundHalfEven, toFixed, toNumber } from '../_lib/rational.js'
import type { ActualValue } from '../schemas/result.js'

/** Exact value written with up to 10 decimals, trailing zeros dropped. */
export function exactText(value: Rational): string {
  const text = toFixed(value, 10)
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/** An actual value: exact, as a number, and as published after GB/T 8170 rounding. */
export function actualOf(value: Rational, precision: number): ActualValue {
  return {
    value: toNumber(value),
    exact: exactText(value),
    published: toNumber(roundHalfEven(value, precision)),
    precision,
  }
}

/** A number written for an explanation: at most `digits` decimals, trailing zeros dropped. */
export function show(value: Rational | number, digits = 1): string {
  const n = typeof value === 'number' ? value : toNumber(value)
  return String(Number(n.toFixed(digits)))
}
