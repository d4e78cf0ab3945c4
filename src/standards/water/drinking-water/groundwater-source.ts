import { assessGroundwaterExact, readGroundwaterValues } from '../_groundwater.js'
import { Issues } from '../_input.js'
import type { GroundwaterSourceAssessment, GroundwaterValues } from '../results/sources.js'

/**
 * Whether a groundwater drinking-water source meets GB/T 14848-2017 class Ⅲ (worst item class
 * Ⅲ or better).
 *
 * @param values - values by GB/T 14848-2017 key
 * @returns the verdict with the classification and the items worse than class Ⅲ
 * @throws {@link InputError} listing every unknown key and bad value with its path
 * @category Water
 * @see GB/T 14848-2017 §6; 地下水型饮用水水源按GB/T 14848 Ⅲ类评价
 * @example
 * ```ts
 * import { assessGroundwaterSource } from 'eco-targets/water'
 * const r = assessGroundwaterSource({ pH: 7.2, nitrate: 22, F: 0.8, Mn: 0.02 })
 * r.meets   //=> false
 * r.failing //=> ['nitrate']
 * ```
 */
export function assessGroundwaterSource(values: GroundwaterValues): GroundwaterSourceAssessment {
  const issues = new Issues()
  const checked = readGroundwaterValues(values, [], issues)
  issues.throwIfAny('assessGroundwaterSource input')
  return assessGroundwaterExact(checked)
}
