import { decimal, type Rational } from '../../_lib/rational.js'
import { checkCoPlausible } from './_co.js'
import { exactIaqi, roundConcentration } from './_exact.js'
import { checkAirOptions } from './_options.js'
import { AirInputError } from './errors.js'
import { type AqiColumn, AqiColumnSchema } from './indicators.js'
import { type AqiStandard, aqiBreakpointTable, DEFAULT_AQI_STANDARD } from './tables.js'

/** Options of {@link iaqi}. @category Air */
export interface IaqiOptions {
  /** Edition of HJ 633 (default `'HJ633-2012'`). */
  readonly standard?: AqiStandard
  /**
   * Round the concentration by GB/T 8170 (integers; CO one decimal) before indexing. Default:
   * `true` under HJ 633-2026, which requires it (§4.2.2); `false` under HJ 633-2012, which is
   * silent (published 2012-era concentrations are already rounded).
   */
  readonly roundConcentration?: boolean
  /** Largest CO value accepted, mg/m³ (default {@link MAX_PLAUSIBLE_CO}). */
  readonly maxPlausibleCo?: number
}

/**
 * Reads a concentration as an exact decimal, or throws an {@link AirInputError} naming it.
 * Numbers are taken as the decimal they print as (`2.2` is exactly 11/5).
 */
function exactConcentration(
  value: unknown,
  path: readonly (string | number)[],
  context: string,
): Rational {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return decimal(value)
  if (typeof value === 'string' && /^\s*\+?(\d+\.?\d*|\.\d+)\s*$/.test(value)) return decimal(value)
  const got = typeof value === 'string' ? `the text "${value}"` : String(value)
  throw new AirInputError(context, [
    { path, message: `expected a non-negative, finite concentration, got ${got}` },
  ])
}

/**
 * The individual air quality index (IAQI, 空气质量分指数) of one concentration on one column of
 * the breakpoint table: 式(1) evaluated exactly and rounded up (CO 24-hour 2.2 mg/m³ gives 55,
 * PM2.5 4.9 µg/m³ gives 7, where floating point gives 56 and 8). Above a column's top
 * breakpoint the IAQI is capped at 500 (the library's policy; {@link dailyAqi} and
 * {@link realtimeAqi} flag it). Where a footnote rules a value out, the result follows it:
 * under 2012, SO2 1-hour and O3 8-hour above 800 µg/m³ are not indexed (`null`); under 2026
 * they count as 200 and 300.
 *
 * @param column - the breakpoint column, e.g. `'pm25_24h'`, `'co_1h'`, `'o3_8h'`
 * @param concentration - a non-negative number or decimal string (µg/m³; CO mg/m³)
 * @param options - edition, input rounding, CO plausibility bound
 * @returns the IAQI, or `null` where the standard says not to index the value
 * @throws {@link AirInputError} for an unknown column, a negative, non-finite or non-numeric
 *   concentration, or a CO value above the plausibility bound
 * @category Air
 * @see HJ 633-2012 §4.2 式(1), §6.2 (进位取整), 表1 notes (2)(3); HJ 633-2026 §4.2.4, §4.2.6, 表3 notes b, c
 * @example
 * ```ts
 * import { iaqi } from 'eco-targets/air'
 * iaqi('co_24h', 2.2)    //=> 55
 * iaqi('pm25_24h', 4.9)  //=> 7
 * iaqi('pm25_24h', 80)   //=> 107
 * iaqi('pm25_24h', 80, { standard: 'HJ633-2026' }) //=> 119
 * iaqi('pm25_24h', 600)  //=> 500
 * iaqi('o3_8h', 801)     //=> null
 * iaqi('o3_8h', 801, { standard: 'HJ633-2026' })   //=> 300
 * ```
 */
export function iaqi(
  column: AqiColumn,
  concentration: number | string,
  options: IaqiOptions = {},
): number | null {
  const context = 'iaqi input'
  checkAirOptions(options, 'iaqi')
  if (!AqiColumnSchema.safeParse(column).success) {
    throw new AirInputError(context, [
      {
        path: ['column'],
        message: `unknown column "${String(column)}"; expected one of ${AqiColumnSchema.options.join(', ')}`,
      },
    ])
  }
  let c = exactConcentration(concentration, ['concentration'], context)
  if (column.startsWith('co_')) {
    checkCoPlausible(context, [[['concentration'], Number(concentration)]], options.maxPlausibleCo)
  }
  const standard = options.standard ?? DEFAULT_AQI_STANDARD
  if (options.roundConcentration ?? standard === 'HJ633-2026') c = roundConcentration(column, c)
  return exactIaqi(aqiBreakpointTable(standard), column, c).iaqi
}
