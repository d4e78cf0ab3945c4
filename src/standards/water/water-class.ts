import { z } from 'zod'
import { expect, issue } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { LocalizedText } from '../../_lib/localized-text.js'
import { noValueOf } from '../../_lib/missing-values.js'

/**
 * A GB 3838-2002 water-quality class: 1–5 for classes Ⅰ–Ⅴ and 6 for 劣Ⅴ (worse than class V).
 *
 * @category Water
 * @see GB 3838-2002 §3 (five functional classes); 环办〔2011〕22号 (劣Ⅴ for worse than class V)
 * @example
 * ```ts
 * import { WaterClassSchema } from 'eco-targets/water'
 * WaterClassSchema.parse(6) //=> 6
 * ```
 */
export const WaterClassSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])
  .describe('Water-quality class: 1–5 for Ⅰ–Ⅴ, 6 for 劣Ⅴ')

/** A water-quality class, 1–5 for Ⅰ–Ⅴ and 6 for 劣Ⅴ. @category Water */
export type WaterClass = z.output<typeof WaterClassSchema>

/**
 * The label of a water-quality class as published (`Ⅰ` … `Ⅴ`, `劣Ⅴ`).
 *
 * @category Water
 * @example
 * ```ts
 * import { WaterClassLabelSchema } from 'eco-targets/water'
 * WaterClassLabelSchema.parse('劣Ⅴ') //=> '劣Ⅴ'
 * ```
 */
export const WaterClassLabelSchema = z
  .enum(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'])
  .describe('Water-quality class label as published')

/** The label of a water-quality class as published (`Ⅰ` … `Ⅴ`, `劣Ⅴ`). @category Water */
export type WaterClassLabel = z.output<typeof WaterClassLabelSchema>

/**
 * The published label of every class, in order (Roman numerals U+2160…, as in the standard).
 *
 * @category Water
 * @see GB 3838-2002 Table 1 column heads
 * @example
 * ```ts
 * import { WATER_CLASS_LABELS } from 'eco-targets/water'
 * WATER_CLASS_LABELS[6] //=> '劣Ⅴ'
 * ```
 */
export const WATER_CLASS_LABELS: Readonly<Record<WaterClass, WaterClassLabel>> = Object.freeze({
  1: 'Ⅰ',
  2: 'Ⅱ',
  3: 'Ⅲ',
  4: 'Ⅳ',
  5: 'Ⅴ',
  6: '劣Ⅴ',
})

const LABEL_ALIASES: ReadonlyMap<string, WaterClass> = new Map([
  ...([1, 2, 3, 4, 5, 6] as const).map((c) => [WATER_CLASS_LABELS[c], c] as const),
  ['I', 1],
  ['II', 2],
  ['III', 3],
  ['IV', 4],
  ['V', 5],
  ['劣V', 6],
  ['劣五', 6],
  ['一', 1],
  ['二', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['5', 5],
  ['6', 6],
])

/**
 * Reads a published class label (`Ⅲ`, `Ⅲ类`, `III`, `劣Ⅴ`, `劣V类`, `劣五类`, `3`) as a class;
 * a no-value text (`--`, an empty text, `无数据`, … the shared {@link MISSING_TEXTS}) gives `null`
 * (not classed).
 *
 * @param label - the label as published
 * @returns the class, or `null` when the label says the section was not classed
 * @throws {@link InputError} (`invalid_value`) when the text is not a class label
 * @category Water
 * @see GB 3838-2002 §3
 * @example
 * ```ts
 * import { parseWaterClass } from 'eco-targets/water'
 * parseWaterClass('劣Ⅴ')  //=> 6
 * parseWaterClass('III类') //=> 3
 * parseWaterClass('--')   //=> null
 * ```
 */
export function parseWaterClass(label: string): WaterClass | null {
  if (typeof label !== 'string') {
    throw new InputError('water-quality class', [
      issue({ code: 'invalid_type', expected: expect.waterClassLabel(), received: label }),
    ])
  }
  const text = label.trim().replace(/类$/, '').replace(/\s+/g, '')
  if (noValueOf(text) === 'missing') return null
  const found = LABEL_ALIASES.get(text.toUpperCase())
  if (found === undefined) {
    throw new InputError('water-quality class', [
      issue({ code: 'invalid_value', expected: expect.waterClassLabel(), received: label }),
    ])
  }
  return found
}

/** The five quality-status words, best first. @category Water */
export type WaterQualityStatusKey =
  | 'excellent'
  | 'good'
  | 'slightlyPolluted'
  | 'moderatelyPolluted'
  | 'heavilyPolluted'

/**
 * The quality-status words (水质状况) by key, for sections and for sets of sections.
 *
 * @category Water
 * @see 环办〔2011〕22号 二
 * @example
 * ```ts
 * import { QUALITY_STATUS } from 'eco-targets/water'
 * QUALITY_STATUS.slightlyPolluted.zh //=> '轻度污染'
 * ```
 */
export const QUALITY_STATUS: Readonly<Record<WaterQualityStatusKey, LocalizedText>> = Object.freeze(
  {
    excellent: { zh: '优', en: 'Excellent' },
    good: { zh: '良好', en: 'Good' },
    slightlyPolluted: { zh: '轻度污染', en: 'Slightly polluted' },
    moderatelyPolluted: { zh: '中度污染', en: 'Moderately polluted' },
    heavilyPolluted: { zh: '重度污染', en: 'Heavily polluted' },
  },
)

/**
 * The kind of water body a section is on. Lakes and reservoirs (湖、库) take the lake TP limits
 * and have a TN limit; a river-type reservoir is assessed as a river, so pass `'river'` for one.
 *
 * @category Water
 * @see GB 3838-2002 Table 1 items 8–9 (总磷 湖、库 column; 总氮 湖、库)
 * @example
 * ```ts
 * import { WaterBodySchema } from 'eco-targets/water'
 * WaterBodySchema.parse('reservoir') //=> 'reservoir'
 * ```
 */
export const WaterBodySchema = z
  .enum(['river', 'lake', 'reservoir'])
  .describe('river, lake or reservoir (lakes and reservoirs take the 湖、库 limits)')

/** A kind of water body: river, lake or reservoir. @category Water */
export type WaterBody = z.output<typeof WaterBodySchema>
