/**
 * Exact comparisons for the water tables: every limit and every measured value is read as the
 * decimal it is written as, so `0.1 + 0.2` style binary error can never decide a class.
 *
 * @internal
 * @module
 */
import {
  add,
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

/** A measured value with its exact decimal. */
export interface ExactValue {
  readonly value: number
  readonly exact: Rational
}

/** Wraps a finite number with its exact decimal value. */
export function exactValue(value: number): ExactValue {
  return { value, exact: decimal(value) }
}

/** The exact arithmetic mean of exact values (at least one). */
export function exactMean(values: readonly Rational[]): ExactValue {
  let sum = rational(0n)
  for (const v of values) sum = add(sum, v)
  const mean = div(sum, rational(BigInt(values.length)))
  return { value: toNumber(mean), exact: mean }
}

/** (value − limit) / limit, exactly, as a number: the exceedance multiple (超标倍数). */
export function exceedanceMultiple(value: Rational, limit: Rational): number {
  return toNumber(div(sub(value, limit), limit))
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

/** Throws a RangeError naming `where` unless `value` is a finite number ≥ 0. */
export function checkMeasurement(where: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value)
    throw new RangeError(`${where}: expected a finite number ≥ 0 or null, got ${shown}`)
  }
}
