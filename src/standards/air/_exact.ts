import { ceil, decimal, type Rational, roundHalfEven } from '../../_lib/rational.js'
import { gridColumn, gridIaqi, toSteps } from './_grid.js'
import type { AqiColumn } from './indicators.js'
import type { AqiBreakpointTable } from './tables.js'

/** What the table says about one concentration. */
export interface ExactIaqi {
  /** The IAQI, or `null` where a footnote says not to index the value (2012 notes 2 and 3). */
  readonly iaqi: number | null
  /** Above the top breakpoint of a column without a footnote rule: capped at 500. */
  readonly capped: boolean
  /** Above the last breakpoint of a column with a footnote rule (SO2 1-hour, O3 8-hour). */
  readonly beyond: boolean
}

const bigColumns = new WeakMap<AqiBreakpointTable, Map<AqiColumn, readonly bigint[]>>()

function bigColumn(table: AqiBreakpointTable, column: AqiColumn): readonly bigint[] {
  let columns = bigColumns.get(table)
  if (!columns) {
    columns = new Map()
    bigColumns.set(table, columns)
  }
  let values = columns.get(column)
  if (!values) {
    values = table.columns[column].map((v) => BigInt(v))
    columns.set(column, values)
  }
  return values
}

const BIG_IAQI = [0n, 50n, 100n, 150n, 200n, 300n, 400n, 500n]

/** GB/T 8170 rounding of a concentration to its reporting precision (CO one decimal). */
export function roundConcentration(column: AqiColumn, c: Rational): Rational {
  return roundHalfEven(c, column.startsWith('co_') ? 1 : 0)
}

/**
 * HJ 633 式(1) on an exact concentration `c ≥ 0`, rounded up. With C = p/q the segment value
 * is ((I_hi − I_lo)(p − BP_lo·q) + I_lo(BP_hi − BP_lo)q) / ((BP_hi − BP_lo)q), a ratio of
 * integers, so the ceiling is an integer division and never meets floating point.
 */
export function exactIaqi(table: AqiBreakpointTable, column: AqiColumn, c: Rational): ExactIaqi {
  const bps = bigColumn(table, column)
  const { num: p, den: q } = c
  const top = bps[bps.length - 1] as bigint
  if (p > top * q) {
    if (column in table.beyond) {
      return { iaqi: table.beyond[column] ?? null, capped: false, beyond: true }
    }
    return { iaqi: 500, capped: true, beyond: false }
  }
  let i = 0
  while (p > (bps[i + 1] as bigint) * q) i++
  const lo = bps[i] as bigint
  const span = (bps[i + 1] as bigint) - lo
  const iLo = BIG_IAQI[i] as bigint
  const iHi = BIG_IAQI[i + 1] as bigint
  // HJ 633-2012 §6.2 / HJ 633-2026 §4.2.6: 全部进位取整数 (round up)
  const value = ceil({ num: (iHi - iLo) * (p - lo * q) + iLo * span * q, den: span * q })
  return { iaqi: Number(value), capped: false, beyond: false }
}

const CAPPED: ExactIaqi = Object.freeze({ iaqi: 500, capped: true, beyond: false })
const beyondResults = new Map<number | null, ExactIaqi>()

function beyondResult(iaqi: number | null): ExactIaqi {
  let r = beyondResults.get(iaqi)
  if (!r) {
    r = Object.freeze({ iaqi, capped: false, beyond: true })
    beyondResults.set(iaqi, r)
  }
  return r
}

/**
 * {@link exactIaqi} of a validated number read as the decimal it prints as (like `decimal(v)`),
 * with GB/T 8170 rounding first when `round`. On the integer grid of published concentrations
 * (integers, CO one decimal; `_grid.ts`, where the bound keeps every figure exact in
 * doubles) no rational is formed and rounding is the identity; off the grid the exact rational
 * path runs. Same results as `exactIaqi(table, column, round ? roundConcentration(c) : c)`.
 */
export function numberIaqi(
  table: AqiBreakpointTable,
  column: AqiColumn,
  v: number,
  round: boolean,
): ExactIaqi {
  const col = gridColumn(table, column)
  const p = toSteps(v, col.steps)
  if (p < 0) {
    const c = decimal(v)
    return exactIaqi(table, column, round ? roundConcentration(column, c) : c)
  }
  if (p > (col.bp[col.bp.length - 1] as number)) {
    if (!col.hasBeyond) return CAPPED
    return beyondResult(Number.isNaN(col.above) ? null : col.above)
  }
  // `+ 0` turns -0 (accepted as a non-negative number) into 0
  return { iaqi: gridIaqi(col, p + 0), capped: false, beyond: false }
}
