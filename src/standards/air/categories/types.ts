import type { LocalizedText } from '../../../_lib/localized-text.js'

/** A display colour of HJ 633 附录A 表A.1 (RGB for screens, CMYK for print). @category Air */
export interface AqiColor {
  readonly name: LocalizedText
  readonly rgb: readonly [number, number, number]
  /** `#RRGGBB`, upper case. */
  readonly hex: string
  readonly cmyk: readonly [number, number, number, number]
}

/**
 * An AQI category (级别 and 类别) with its colour and the health information of HJ 633-2012
 * 表2 / HJ 633-2026 表1. The Chinese texts are quoted from the standard; the English texts are
 * this library's translation.
 *
 * @category Air
 */
export interface AqiCategory {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6
  readonly levelName: LocalizedText
  readonly name: LocalizedText
  /** Lowest and highest AQI of the category; `null` for no upper end (> 300). */
  readonly range: readonly [number, number | null]
  readonly color: AqiColor
  readonly healthEffects: LocalizedText
  readonly advice: LocalizedText
}
