import { type AqiStandard, AqiStandardSchema, DEFAULT_AQI_STANDARD } from '../tables.js'
import { HJ633_2012_CATEGORIES } from './hj633-2012.js'
import { HJ633_2026_CATEGORIES } from './hj633-2026.js'
import type { AqiCategory } from './types.js'

/** Options of {@link aqiCategory}. @category Air */
export interface AqiCategoryOptions {
  /** Edition whose texts to return (default HJ 633-2012). */
  readonly standard?: AqiStandard
}

/**
 * The category of an AQI: ≤ 50 优, ≤ 100 良, ≤ 150 轻度污染, ≤ 200 中度污染, ≤ 300 重度污染,
 * above 300 严重污染. AQIs are integers (§6.2), so a value between two ranges belongs to the
 * higher one (50.2 is rounded up to 51, 良).
 *
 * @param aqi - a non-negative AQI
 * @param options - the edition (default HJ 633-2012)
 * @returns the category with its colour, health effects and advice
 * @throws RangeError when `aqi` is negative or not a finite number
 * @category Air
 * @see HJ 633-2012 §4.3 表2; HJ 633-2026 §4.1.1 表1
 * @example
 * ```ts
 * import { aqiCategory } from 'eco-targets/air'
 * aqiCategory(100).name.zh   //=> '良'
 * aqiCategory(101).level     //=> 3
 * aqiCategory(201).color.rgb //=> [153, 0, 76]
 * ```
 */
export function aqiCategory(aqi: number, options: AqiCategoryOptions = {}): AqiCategory {
  if (options.standard !== undefined && !AqiStandardSchema.safeParse(options.standard).success) {
    throw new RangeError(`aqiCategory: unknown standard "${String(options.standard)}"`)
  }
  if (!Number.isFinite(aqi) || aqi < 0) {
    throw new RangeError(`aqiCategory: expected a non-negative AQI, got ${aqi}`)
  }
  const table =
    (options.standard ?? DEFAULT_AQI_STANDARD) === 'HJ633-2026'
      ? HJ633_2026_CATEGORIES
      : HJ633_2012_CATEGORIES
  const index =
    aqi <= 50 ? 0 : aqi <= 100 ? 1 : aqi <= 150 ? 2 : aqi <= 200 ? 3 : aqi <= 300 ? 4 : 5
  return table[index] as AqiCategory
}
