/**
 * Exact comparisons for the water tables: every limit and every measured value is read as the
 * decimal it is written as, so `0.1 + 0.2` style binary error can never decide a class.
 *
 * @internal
 * @module
 */
import {
  add,
  compare,
  decimal,
  div,
  mul,
  type Rational,
  rational,
  sub,
  toNumber,
} from '../../_lib/rational.js'

const cache = new Map<number, Rational>()

/** The exact value of a table limit (cached: the tables are small and fixed). */
export function exactLimit(limit: number): Rational {
  let r = cache.get(limit)
  if (r === undefined) {
    r = decimal(limit)
    cache.set(limit, r)
  }
  return r
}

/**
 * A value to classify: a measured number, read as the decimal it prints as, or a computed
 * mean with its exact rational.
 */
export interface ExactValue {
  readonly value: number
  /** The exact value of a computed mean; absent for a measured number. */
  readonly exact?: Rational
}

/** Wraps a measured number. */
export function exactValue(value: number): ExactValue {
  return { value }
}

/** The exact rational of a value. */
export function rationalOf(v: ExactValue): Rational {
  return v.exact ?? decimal(v.value)
}

/**
 * Compares a value with a table limit exactly, as -1, 0 or 1.
 *
 * A measured number stands for the decimal it prints as (`String(x)`, the shortest decimal that
 * reads back as the same double). That map is strictly increasing, so comparing two such
 * doubles gives the same answer as comparing their decimals: the double comparison is exact
 * and needs no big-integer work. A computed mean may not be a short decimal, so it is compared
 * as its exact rational.
 */
export function compareToLimit(v: ExactValue, limit: number): -1 | 0 | 1 {
  if (v.exact !== undefined) return compare(v.exact, exactLimit(limit))
  return v.value < limit ? -1 : v.value > limit ? 1 : 0
}

/** The exact arithmetic mean of exact values (at least one). */
export function exactMean(values: readonly Rational[]): ExactValue {
  let sum = rational(0n)
  for (const v of values) sum = add(sum, v)
  const mean = div(sum, rational(BigInt(values.length)))
  return { value: toNumber(mean), exact: mean }
}

/** A short decimal as an integer and its number of decimals, or null when it is not short. */
function shortDecimal(x: number): { m: number; e: number } | null {
  const text = String(x)
  if (text.includes('e')) return null
  const dot = text.indexOf('.')
  const digits = dot === -1 ? text : text.slice(0, dot) + text.slice(dot + 1)
  if (digits.length > 15) return null
  return { m: Number(digits), e: dot === -1 ? 0 : text.length - dot - 1 }
}

/**
 * (value − limit) / limit, exactly, as a number: the exceedance multiple (超标倍数). For two short
 * decimals both sides are scaled to safe integers, so one IEEE division (correctly rounded) gives
 * the nearest double to the exact quotient; otherwise the quotient is formed as a rational.
 */
export function exceedanceMultiple(value: ExactValue, limit: number): number {
  const v = value.exact === undefined ? shortDecimal(value.value) : null
  const l = shortDecimal(limit)
  if (v !== null && l !== null) {
    const scale = Math.max(v.e, l.e)
    const a = v.m * 10 ** (scale - v.e)
    const b = l.m * 10 ** (scale - l.e)
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(a - b)) {
      return (a - b) / b
    }
  }
  const exactLimitValue = exactLimit(limit)
  return toNumber(div(sub(rationalOf(value), exactLimitValue), exactLimitValue))
}

/** `numerator / denominator × 100` as a number; null when the denominator is 0. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null
  return toNumber(rational(BigInt(numerator) * 100n, BigInt(denominator)))
}

/** `numerator / denominator × 100` for decimal quantities, exactly; null when the denominator is 0. */
export function exactPercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null
  return toNumber(div(mul(decimal(numerator), rational(100n)), decimal(denominator)))
}
