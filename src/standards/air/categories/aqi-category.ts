import { z } from 'zod'
import { issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { defineOptions } from '../../../_lib/options.js'
import { AqiStandardSchema, DEFAULT_AQI_STANDARD } from '../tables.js'
import { HJ633_2012_CATEGORIES } from './hj633-2012.js'
import { HJ633_2026_CATEGORIES } from './hj633-2026.js'
import type { AqiCategory } from './types.js'

/**
 * Options of {@link aqiCategory}: the `standard` whose texts to return (default HJ 633-2012).
 *
 * @category Air
 * @example
 * ```ts
 * import { AqiCategoryOptionsSchema } from 'eco-targets/air'
 * Object.keys(AqiCategoryOptionsSchema.shape) //=> ['standard']
 * ```
 */
export const AqiCategoryOptionsSchema = z.strictObject({ standard: AqiStandardSchema.optional() })

/** Options of {@link aqiCategory}. @category Air */
export type AqiCategoryOptions = z.input<typeof AqiCategoryOptionsSchema>

const OPTIONS = defineOptions('aqiCategory', AqiCategoryOptionsSchema, (o) => ({
  standard: o.standard ?? DEFAULT_AQI_STANDARD,
}))

/**
 * The category of an AQI: ≤ 50 优, ≤ 100 良, ≤ 150 轻度污染, ≤ 200 中度污染, ≤ 300 重度污染,
 * above 300 严重污染. AQIs are integers (§6.2), so a value between two ranges belongs to the
 * higher one (50.2 is rounded up to 51, 良).
 *
 * @param aqi - a non-negative AQI
 * @param options - the edition (default HJ 633-2012)
 * @returns the category with its colour, health effects and advice
 * @throws {@link InputError} when `aqi` is negative or not a finite number, or for an unknown
 *   or misspelt option
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
export function aqiCategory(aqi: number, options?: AqiCategoryOptions): AqiCategory {
  const { standard } = OPTIONS.resolve(options)
  if (typeof aqi !== 'number' || !Number.isFinite(aqi) || aqi < 0) {
    throw new InputError('aqiCategory input', [
      issue({
        code:
          typeof aqi !== 'number'
            ? 'invalid_type'
            : Number.isFinite(aqi)
              ? 'too_small'
              : 'not_finite',
        path: ['aqi'],
        expected: text('非负的 AQI', 'a non-negative AQI'),
        received: aqi,
      }),
    ])
  }
  const table = standard === 'HJ633-2026' ? HJ633_2026_CATEGORIES : HJ633_2012_CATEGORIES
  const index =
    aqi <= 50 ? 0 : aqi <= 100 ? 1 : aqi <= 150 ? 2 : aqi <= 200 ? 3 : aqi <= 300 ? 4 : 5
  return table[index] as AqiCategory
}
