import { decimal, floor } from '../../_lib/rational.js'
import type { AqiColumn } from './indicators.js'
import type { AqiBreakpointTable } from './tables.js'

/**
 * The integer grid of published concentrations. HJ 633-2026 §4.2.2 publishes concentrations as
 * integers (CO with one decimal), as 2012-era releases already did; on that grid a value is an
 * integer count of grid steps (1 µg/m³, or 0.1 mg/m³ for CO) and every figure of the air
 * methods (sums, means, GB/T 8170 rounding, the IAQI of HJ 633 式(1) rounded up) is a ratio of
 * small integers that a double holds exactly.
 *
 * The bound. A value is put on the grid only when its count of steps `p` satisfies
 * `0 ≤ p ≤ GRID_MAX = 2^31`. Then:
 *
 * - a sum of `n ≤ 2^21` grid values is below 2^52 and exact;
 * - the IAQI of a value above a column's top breakpoint is capped (or follows the table's
 *   footnote) by a comparison only; below it, with `q` the steps per unit (1 or 10), the
 *   segment's numerator `(I_hi − I_lo)(p − BP_lo·q) + I_lo·(BP_hi − BP_lo)·q` is at most
 *   `100·span·q + 400·span·q = 500·span·q`, and `span·q ≤ 1,140` (NO2 1-hour 1,200→2,340 µg/m³;
 *   CO spans are at most 30 mg/m³ = 300 steps), so every IAQI numerator is at most 570,000;
 * - for integers `0 ≤ n < 2^53` and `1 ≤ d < 2^53` the double `n / d` is correctly rounded, and
 *   when `n / d` is not an integer its distance to the nearest integer is at least `1/d` while
 *   the rounding error is at most `(n/d)·2^-53 < 1/d`; so `Math.ceil(n / d)` and
 *   `Math.floor(n / d)` are the exact integer ceiling and floor.
 *
 * `test/standards/air/engine/grid.test.ts` checks the numerator at the top of every column of
 * both editions and at the largest CO the library accepts; `test/standards/air/number-path.test.ts`
 * checks the object functions that use this file against the exact rational path.
 */
export const GRID_MAX = 2 ** 31

/** Grid steps per unit of a column: 10 for CO (one decimal), else 1. */
export const stepsOf = (column: AqiColumn): 1 | 10 => (column.startsWith('co_') ? 10 : 1)

/**
 * The count of grid steps of `v` (steps per unit `q`), or -1 when `v` is not on the grid (a
 * finer decimal, negative, non-finite, or beyond {@link GRID_MAX}). `v` is read as the decimal
 * it prints as, like `decimal(v)`: `2.2` with `q = 10` is 22 because `22 / 10 === 2.2`, and the
 * shortest decimal that round-trips to the double nearest 22/10 is "2.2" (a value of at most
 * ten significant digits prints as itself).
 */
export function toSteps(v: number, q: 1 | 10): number {
  if (q === 1) return Number.isInteger(v) && v >= 0 && v <= GRID_MAX ? v : -1
  const p = tenthsOf(v)
  return p >= 0 && p <= GRID_MAX && p / 10 === v ? p : -1
}

/**
 * `Math.floor(v * 10 + 0.5)`: the count of tenths of a value on the tenths grid, as
 * `Math.round(v * 10)` gives it, without the branch on the value that `Math.round` compiles to
 * (`v * 10` falls on either side of the integer, so that branch is mispredicted half the time).
 * The same on the grid: `v` is the double nearest `p / 10` (`0 ≤ p ≤ 2^31`), so `v * 10` is
 * within `2^-21` of `p`, and `v * 10 + 0.5` (rounded within `2^-21` again) floors to `p`. Off
 * the grid the callers' test `p / 10 === v` fails for either count: a count that passes it
 * puts `v` on the grid, where the two agree.
 */
export const tenthsOf = (v: number): number => Math.floor(v * 10 + 0.5)

/** GB/T 8170 rounding (half to even) of the exact quotient `n / d` to an integer; `n, d` grid-bounded. */
export function roundHalfEvenDiv(n: number, d: number): number {
  const whole = Math.floor(n / d)
  const twice = 2 * (n - whole * d)
  if (twice > d || (twice === d && whole % 2 === 1)) return whole + 1
  return whole
}

/** Denominators below this have their fractions' decimals cached (daily and city means). */
const FRACTIONS_BELOW = 256
const fractions = new Map<number, string>()

/**
 * The exact quotient `n / d` (non-negative integers, `d ≥ 1`) written as `decimalString` writes
 * it: at most `digits` decimals, the last one rounded half to even, trailing zeros dropped.
 * Long division keeps every intermediate below `10·d`.
 */
export function quotientText(n: number, d: number, digits = 10): string {
  const whole = Math.floor(n / d)
  const rest = n - whole * d
  if (rest === 0) return String(whole)
  if (digits === 10 && d < FRACTIONS_BELOW) {
    // the decimals depend on rest / d only: written once per fraction (rest < d, so no carry
    // into the whole part: 1 - 1/d is below 1 - 0.5·10^-10)
    const key = rest * FRACTIONS_BELOW + d
    let tail = fractions.get(key)
    if (tail === undefined) {
      tail = longQuotientText(rest, d, 10).slice(1)
      fractions.set(key, tail)
    }
    return `${whole}${tail}`
  }
  return longQuotientText(n, d, digits)
}

function longQuotientText(n: number, d: number, digits: number): string {
  let whole = Math.floor(n / d)
  let rest = n - whole * d
  if (rest === 0) return String(whole)
  if (digits === 10 && rest * 1e10 < 2 ** 53) {
    // one exact division of the scaled remainder: rest·10^10 < 2^53, so floor and remainder are exact
    const scaled = rest * 1e10
    let frac = Math.floor(scaled / d)
    const left = scaled - frac * d
    if (2 * left > d || (2 * left === d && frac % 2 === 1)) frac++
    if (frac === 1e10) return String(whole + 1)
    if (frac === 0) return String(whole)
    const text = String(frac).padStart(10, '0').replace(/0+$/, '')
    return `${whole}.${text}`
  }
  const out: number[] = []
  for (let i = 0; i < digits; i++) {
    rest *= 10
    const digit = Math.floor(rest / d)
    out.push(digit)
    rest -= digit * d
  }
  const twice = 2 * rest
  const last = out[digits - 1] as number
  if (twice > d || (twice === d && last % 2 === 1)) {
    let i = digits - 1
    while (i >= 0) {
      const next = (out[i] as number) + 1
      if (next < 10) {
        out[i] = next
        break
      }
      out[i] = 0
      i--
    }
    if (i < 0) whole += 1
  }
  let end = digits
  while (end > 0 && out[end - 1] === 0) end--
  return end === 0 ? String(whole) : `${whole}.${out.slice(0, end).join('')}`
}

/** A breakpoint column on the grid: breakpoints in grid steps and what lies above the top. */
export interface GridColumn {
  readonly steps: 1 | 10
  /** Breakpoints in grid steps. */
  readonly bp: Float64Array
  readonly iaqi: readonly number[]
  /** The IAQI above the top: 500 (capped), a footnote's value, or NaN (not indexed). */
  readonly above: number
  /** Whether the column has a footnote rule above its top (SO2 1-hour, O3 8-hour). */
  readonly hasBeyond: boolean
}

const gridColumns = new WeakMap<AqiBreakpointTable, Map<AqiColumn, GridColumn>>()

/** The grid form of one column of a table (cached). */
export function gridColumn(table: AqiBreakpointTable, column: AqiColumn): GridColumn {
  let byColumn = gridColumns.get(table)
  if (!byColumn) {
    byColumn = new Map()
    gridColumns.set(table, byColumn)
  }
  let out = byColumn.get(column)
  if (!out) {
    const steps = stepsOf(column)
    const hasBeyond = column in table.beyond
    const beyond = table.beyond[column]
    out = {
      steps,
      bp: Float64Array.from(table.columns[column], (v) => v * steps),
      iaqi: table.iaqi,
      above: hasBeyond ? (beyond ?? Number.NaN) : 500,
      hasBeyond,
    }
    byColumn.set(column, out)
  }
  return out
}

/**
 * HJ 633 式(1) rounded up (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6: 全部进位取整数) for a value of
 * `p` grid steps at or below the column's top; above it the caller applies `above`. Exact by the
 * bound of {@link GRID_MAX}.
 */
export function gridIaqi(col: GridColumn, p: number): number {
  const bp = col.bp
  let i = 0
  while (p > (bp[i + 1] as number)) i++
  const lo = bp[i] as number
  const span = (bp[i + 1] as number) - lo
  const iLo = col.iaqi[i] as number
  const iHi = col.iaqi[i + 1] as number
  return Math.ceil(((iHi - iLo) * (p - lo) + iLo * span) / span)
}

/** The IAQI numerator at the top breakpoint of a column: the largest the grid path forms. */
export function topNumerator(col: GridColumn): number {
  const n = col.bp.length
  const lo = col.bp[n - 2] as number
  const span = (col.bp[n - 1] as number) - lo
  const iLo = col.iaqi[n - 2] as number
  const iHi = col.iaqi[n - 1] as number
  return (iHi - iLo) * span + iLo * span
}

/** The largest integer `k` with `k ≤ limit` read as a decimal, so `x > limit ⇔ x > k` for integers. */
export function floorOfDecimal(limit: number): number {
  return Number(floor(decimal(limit)))
}
