import type { LocalizedText } from '../../_lib/localized-text.js'
import { STATUS_OF_CLASS } from './_classes.js'
import { QUALITY_STATUS, type WaterClass } from './water-class.js'

/**
 * The quality-status word of a class (水质状况): Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度污染, Ⅴ 中度污染, 劣Ⅴ 重度污染.
 *
 * @param waterClass - a class 1–6
 * @returns the word in Chinese and English
 * @category Water
 * @see 环办〔2011〕22号 二 (断面水质定性评价), as quoted in MEE and provincial reports
 * @example
 * ```ts
 * import { waterQualityStatus } from 'eco-targets/water'
 * waterQualityStatus(3) //=> { zh: '良好', en: 'Good' }
 * waterQualityStatus(6) //=> { zh: '重度污染', en: 'Heavily polluted' }
 * ```
 */
export function waterQualityStatus(waterClass: WaterClass): LocalizedText {
  const key = STATUS_OF_CLASS[waterClass]
  if (key === undefined) {
    throw new TypeError(`waterQualityStatus needs a class 1–6, got ${String(waterClass)}`)
  }
  return QUALITY_STATUS[key]
}
