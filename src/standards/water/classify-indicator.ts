import { checkMeasurement, compareToLimit, type ExactValue, exactValue } from './_exact.js'
import { type FiveClassLimits, GB3838_TABLE1 } from './gb3838-table1.js'
import type { WaterIndicatorKey } from './indicators.js'
import { isLakeOrReservoir, type WaterBody, type WaterClass } from './water-class.js'

/** Options of {@link classifyIndicator}. @category Water */
export interface ClassifyIndicatorOptions {
  /**
   * The water body: required for TP (river or 湖、库 column) and TN (lakes and reservoirs only);
   * ignored for every other item.
   */
  readonly waterBody?: WaterBody
  /**
   * Dissolved-oxygen saturation in percent, when measured: Table 1 gives class Ⅰ as
   * “饱和率90%（或7.5）”, so a saturation ≥ 90 % reaches class Ⅰ even below 7.5 mg/L.
   * Without it class Ⅰ needs 7.5 mg/L, as every published assessment does.
   */
  readonly doSaturationPercent?: number
}

/** The Table 1 limits that apply to `indicator` on `waterBody` (TP by column). @internal */
export function limitsFor(indicator: WaterIndicatorKey, waterBody: WaterBody): FiveClassLimits {
  const item = GB3838_TABLE1[indicator]
  if (indicator === 'TP' && isLakeOrReservoir(waterBody) && item.lakeLimits) return item.lakeLimits
  // Only called for items with per-class limits.
  return item.limits as FiveClassLimits
}

/**
 * Class of an exact value; the caller has checked the indicator is classifiable here.
 * Limits are inclusive and scanned from class Ⅰ, so a limit shared by several classes goes to
 * the best of them (COD 15 is Ⅰ, not Ⅱ).
 *
 * @internal
 */
export function classifyExact(
  indicator: WaterIndicatorKey,
  value: ExactValue,
  waterBody: WaterBody,
  doSaturationPercent?: number,
): WaterClass {
  // GB 3838-2002 Table 1 item 2: one range 6–9 for every class; outside it no class is met.
  if (indicator === 'pH') {
    return compareToLimit(value, 6) >= 0 && compareToLimit(value, 9) <= 0 ? 1 : 6
  }
  const limits = limitsFor(indicator, waterBody)
  if (indicator === 'DO') {
    // Table 1 item 3 “饱和率90%（或7.5）”: saturation ≥ 90 % also reaches class Ⅰ.
    if (doSaturationPercent !== undefined && doSaturationPercent >= 90) return 1
    for (let k = 0; k < 5; k++) {
      if (compareToLimit(value, limits[k] as number) >= 0) return (k + 1) as WaterClass
    }
    return 6
  }
  for (let k = 0; k < 5; k++) {
    if (compareToLimit(value, limits[k] as number) <= 0) return (k + 1) as WaterClass
  }
  return 6
}

/** Throws unless `indicator` has a class for `waterBody`; returns the body to use. @internal */
export function checkClassifiable(
  indicator: WaterIndicatorKey,
  waterBody: WaterBody | undefined,
): WaterBody {
  const item = GB3838_TABLE1[indicator]
  if (item === undefined) {
    throw new RangeError(`unknown GB 3838-2002 Table 1 indicator "${String(indicator)}"`)
  }
  if (item.direction === 'relative') {
    throw new RangeError(
      'waterTemp has no class limits: GB 3838-2002 Table 1 item 1 limits the human-caused weekly change (温升≤1, 温降≤2), evaluate it on its own',
    )
  }
  if (indicator === 'TP' || indicator === 'TN') {
    if (waterBody === undefined) {
      throw new RangeError(
        `${indicator} needs options.waterBody: GB 3838-2002 Table 1 gives it by water body (river, lake or reservoir)`,
      )
    }
    if (indicator === 'TN' && !isLakeOrReservoir(waterBody)) {
      throw new RangeError(
        'TN has no river limit: GB 3838-2002 Table 1 item 9 applies to lakes and reservoirs only (湖、库)',
      )
    }
  }
  return waterBody ?? 'river'
}

/**
 * The GB 3838-2002 class of one measured value of a Table 1 item: the best class whose limit
 * the value meets (limits inclusive; DO is a minimum, pH the range 6–9, the rest maxima), with a
 * limit shared by several classes going to the better class and 劣Ⅴ (6) beyond class Ⅴ.
 * The comparison is exact on the decimal value.
 *
 * TN is classified for lakes and reservoirs only, and water temperature has no class: both throw.
 * Fecal coliform is classified here although it never counts in a section's class.
 *
 * @param indicator - a Table 1 key (`'NH3N'`, `'TP'`, …)
 * @param value - the measured value in the item's unit (mg/L; 个/L for fecal coliform)
 * @param options - the water body (needed for TP and TN) and the optional DO saturation
 * @returns the class, 1–5 for Ⅰ–Ⅴ and 6 for 劣Ⅴ
 * @throws RangeError for an unknown indicator, a negative or non-finite value, pH outside
 * 0–14, water temperature, TN on a river, or TP/TN without `waterBody`
 * @category Water
 * @see GB 3838-2002 §4.1, Table 1; §5.1 单因子评价
 * @example
 * ```ts
 * import { classifyIndicator } from 'eco-targets/water'
 * classifyIndicator('COD', 15)                          //=> 1
 * classifyIndicator('DO', 4.9)                          //=> 4
 * classifyIndicator('TP', 0.02, { waterBody: 'river' }) //=> 1
 * classifyIndicator('TP', 0.02, { waterBody: 'lake' })  //=> 2
 * classifyIndicator('pH', 9.2)                          //=> 6
 * ```
 */
export function classifyIndicator(
  indicator: WaterIndicatorKey,
  value: number,
  options: ClassifyIndicatorOptions = {},
): WaterClass {
  const body = checkClassifiable(indicator, options.waterBody)
  checkMeasurement(indicator, value)
  if (indicator === 'pH' && value > 14) {
    throw new RangeError(`pH: expected a value within 0–14, got ${value}`)
  }
  if (options.doSaturationPercent !== undefined) {
    checkMeasurement('doSaturationPercent', options.doSaturationPercent)
  }
  return classifyExact(indicator, exactValue(value), body, options.doSaturationPercent)
}
