import { add, compare, decimal, type Rational, rational } from '../../_lib/rational.js'

/** Mean of the values present among `values`, if at least `min` are present. */
export function meanOfPresent(
  values: readonly (Rational | null | undefined)[],
  min: number,
): { mean: Rational | null; count: number } {
  // Inputs are decimals, mostly with one denominator: add numerators while the denominators
  // agree and reduce once at the end.
  let num = 0n
  let den = 1n
  let count = 0
  for (const v of values) {
    if (v === null || v === undefined) continue
    if (v.den === den) num += v.num
    else {
      const s = add({ num, den }, v)
      num = s.num
      den = s.den
    }
    count++
  }
  const mean = count >= min && count > 0 ? rational(num, den * BigInt(count)) : null
  return { mean, count }
}

/** Largest value present, if at least `min` values are present. */
export function maxOfPresent(
  values: readonly (Rational | null | undefined)[],
  min: number,
): { max: Rational | null; count: number } {
  let max: Rational | null = null
  let count = 0
  for (const v of values) {
    if (v === null || v === undefined) continue
    count++
    if (max === null || compare(v, max) > 0) max = v
  }
  return { max: count >= min ? max : null, count }
}

/**
 * The daily maximum 8-hour O3 of one natural day from its 24 hourly values (index 0 covers
 * 00:00–01:00). Windows end at 08:00 … 24:00 (17 windows, all inside the day); a window is
 * valid with ≥ `minPerWindow` hours (GB 3095 表4: 6 of 8). The maximum is valid with
 * ≥ `minWindows` valid windows, or, with fewer, when it exceeds `limit` (HJ 663 §6.1.2).
 */
export function dailyMax8h(
  hours: readonly (Rational | null | undefined)[],
  minPerWindow: number,
  minWindows: number,
  limit: Rational,
  round: (r: Rational) => Rational,
): { max: Rational | null; windows: number; exceptionApplied: boolean } {
  let max: Rational | null = null
  let windows = 0
  for (let end = 8; end <= 24; end++) {
    const { mean } = meanOfPresent(hours.slice(end - 8, end), minPerWindow)
    if (mean === null) continue
    windows++
    if (max === null || compare(mean, max) > 0) max = mean
  }
  if (max === null) return { max: null, windows, exceptionApplied: false }
  if (windows >= minWindows) return { max, windows, exceptionApplied: false }
  // HJ 663 §6.1.2: fewer valid 8-hour values, yet valid when the maximum exceeds the limit
  const exceeds = compare(round(max), limit) > 0
  return { max: exceeds ? max : null, windows, exceptionApplied: exceeds }
}

/** Exact decimal of a validated number. */
export const exact = (v: number | null | undefined): Rational | null =>
  v === null || v === undefined ? null : decimal(v)
