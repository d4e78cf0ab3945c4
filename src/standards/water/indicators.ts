import { z } from 'zod'

/**
 * The 24 GB 3838-2002 Table 1 items (basic items), by key.
 *
 * @category Water
 * @see GB 3838-2002 §4.1 and Table 1
 * @example
 * ```ts
 * import { WaterIndicatorKeySchema } from 'eco-targets/water'
 * WaterIndicatorKeySchema.parse('NH3N') //=> 'NH3N'
 * ```
 */
export const WaterIndicatorKeySchema = z
  .enum([
    'pH',
    'DO',
    'CODMn',
    'COD',
    'BOD5',
    'NH3N',
    'TP',
    'TN',
    'Cu',
    'Zn',
    'F',
    'Se',
    'As',
    'Hg',
    'Cd',
    'Cr6',
    'Pb',
    'CN',
    'phenol',
    'oil',
    'LAS',
    'sulfide',
    'fecalColiform',
    'waterTemp',
  ])
  .describe('GB 3838-2002 Table 1 item')

/** A GB 3838-2002 Table 1 item key. @category Water */
export type WaterIndicatorKey = z.output<typeof WaterIndicatorKeySchema>

/**
 * The three Table 1 items that never count in a section's class (参考指标, evaluated on their
 * own): water temperature, total nitrogen and fecal coliform.
 *
 * @category Water
 * @see 环办〔2011〕22号 一(一)1: 表1中除水温、总氮、粪大肠菌群以外的21项指标
 * @example
 * ```ts
 * import { REFERENCE_INDICATORS } from 'eco-targets/water'
 * REFERENCE_INDICATORS //=> ['waterTemp', 'TN', 'fecalColiform']
 * ```
 */
export const REFERENCE_INDICATORS = Object.freeze(['waterTemp', 'TN', 'fecalColiform'] as const)

/** A Table 1 item that counts in a section's class (one of the 21). @category Water */
export type SectionIndicatorKey = Exclude<WaterIndicatorKey, (typeof REFERENCE_INDICATORS)[number]>

/**
 * The 21 indicators of a section's class under 22号: Table 1 without water temperature, total
 * nitrogen and fecal coliform (the `FULL_21` indicator set).
 *
 * @category Water
 * @see 环办〔2011〕22号 一(一)1 水质评价指标
 * @example
 * ```ts
 * import { SECTION_INDICATORS } from 'eco-targets/water'
 * SECTION_INDICATORS.length      //=> 21
 * SECTION_INDICATORS.includes('TP') //=> true
 * ```
 */
export const SECTION_INDICATORS = Object.freeze(
  WaterIndicatorKeySchema.options.filter(
    (k): k is SectionIndicatorKey => !(REFERENCE_INDICATORS as readonly string[]).includes(k),
  ),
) as readonly [SectionIndicatorKey, ...SectionIndicatorKey[]]

/**
 * The 21 indicators of a section's class as a schema (a 5+X list holds only these).
 *
 * @category Water
 * @example
 * ```ts
 * import { SectionIndicatorKeySchema } from 'eco-targets/water'
 * SectionIndicatorKeySchema.safeParse('TN').success //=> false
 * ```
 */
export const SectionIndicatorKeySchema = z
  .enum(SECTION_INDICATORS)
  .describe('One of the 21 indicators of a section class (22号)')

/**
 * The five basic indicators of the 5+X method (pH, DO, CODMn, NH3-N, TP); add a section's X items
 * (the Table 1 items that exceeded class III, or its target class, in the previous or current
 * year) to get its indicator list.
 *
 * @category Water
 * @see 环办监测函〔2020〕714号 (“十四五”国家地表水监测及评价方案): 评价指标为“5+X”
 * @example
 * ```ts
 * import { FIVE_BASIC_INDICATORS, classifySection } from 'eco-targets/water'
 * const r = classifySection(
 *   { pH: 7.5, DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.08, COD: 25 },
 *   { waterBody: 'river', indicators: [...FIVE_BASIC_INDICATORS, 'COD'] },
 * )
 * r.label //=> 'Ⅳ'
 * ```
 */
export const FIVE_BASIC_INDICATORS: readonly SectionIndicatorKey[] = Object.freeze([
  'pH',
  'DO',
  'CODMn',
  'NH3N',
  'TP',
])
