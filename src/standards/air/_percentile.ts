import {
  add,
  compare,
  decimal,
  floor,
  mul,
  type Rational,
  rational,
  sub,
} from '../../_lib/rational.js'

/**
 * The p-th percentile of sorted exact values by HJ 663's formula: k = 1 + (n − 1)·p %,
 * s = ⌊k⌋, m = X(s) + (X(s+1) − X(s))·(k − s); m = X(s) when k is an integer.
 */
export function percentileOfSorted(sorted: readonly Rational[], p: number): Rational | null {
  const n = sorted.length
  if (n === 0) return null
  const k = add(rational(1n), mul(rational(BigInt(n - 1)), mul(decimal(p), rational(1n, 100n))))
  const s = floor(k)
  const xs = sorted[Number(s) - 1] as Rational
  if (Number(s) >= n) return xs
  const next = sorted[Number(s)] as Rational
  return add(xs, mul(sub(next, xs), sub(k, rational(s))))
}

/** Sorts exact values ascending (a copy). */
export function sortExact(values: readonly Rational[]): Rational[] {
  return [...values].sort(compare)
}
