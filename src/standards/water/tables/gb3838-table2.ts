import { z } from 'zod'
import { keyedSingleLimits } from './_single-limit.js'
import type { Gb3838SingleLimitItem, Gb3838SingleLimitRow } from './single-limit.js'

/**
 * GB 3838-2002 Table 2 (集中式生活饮用水地表水源地补充项目标准限值) as printed: 5 rows, mg/L.
 *
 * @category Water
 * @see GB 3838-2002 §4.2, 表2 (p. 3)
 * @example
 * ```ts
 * import { GB3838_TABLE2_ROWS } from 'eco-targets/water'
 * GB3838_TABLE2_ROWS[2] //=> { no: 3, key: 'nitrate', zh: '硝酸盐', en: 'Nitrate (as N)', limit: '10', note: '以N计' }
 * ```
 */
// biome-ignore format: one line per printed row of the standard
export const GB3838_TABLE2_ROWS = Object.freeze([
  { no: 1, key: 'sulfate', zh: '硫酸盐', en: 'Sulfate (as SO₄²⁻)', limit: '250', note: '以SO₄²⁻计' },
  { no: 2, key: 'chloride', zh: '氯化物', en: 'Chloride (as Cl⁻)', limit: '250', note: '以Cl⁻计' },
  { no: 3, key: 'nitrate', zh: '硝酸盐', en: 'Nitrate (as N)', limit: '10', note: '以N计' },
  { no: 4, key: 'Fe', zh: '铁', en: 'Iron', limit: '0.3' },
  { no: 5, key: 'Mn', zh: '锰', en: 'Manganese', limit: '0.1' },
] as const satisfies readonly Gb3838SingleLimitRow[])

/**
 * Keys of the 5 GB 3838-2002 Table 2 items (supplementary items of centralised drinking-water
 * surface sources).
 *
 * @category Water
 * @see GB 3838-2002 §4.2, Table 2
 * @example
 * ```ts
 * import { SupplementaryItemKeySchema } from 'eco-targets/water'
 * SupplementaryItemKeySchema.options //=> ['sulfate', 'chloride', 'nitrate', 'Fe', 'Mn']
 * ```
 */
export const SupplementaryItemKeySchema = z
  .enum(GB3838_TABLE2_ROWS.map((r) => r.key) as [SupplementaryItemKey, ...SupplementaryItemKey[]])
  .describe('GB 3838-2002 Table 2 item')

/** A GB 3838-2002 Table 2 item key. @category Water */
export type SupplementaryItemKey = (typeof GB3838_TABLE2_ROWS)[number]['key']

/**
 * GB 3838-2002 Table 2 by key, read from {@link GB3838_TABLE2_ROWS} as numbers.
 *
 * @category Water
 * @see GB 3838-2002 §4.2, Table 2 (p. 3)
 * @example
 * ```ts
 * import { GB3838_TABLE2 } from 'eco-targets/water'
 * GB3838_TABLE2.nitrate.limit //=> 10
 * GB3838_TABLE2.nitrate.note  //=> '以N计'
 * ```
 */
export const GB3838_TABLE2: Readonly<
  Record<SupplementaryItemKey, Gb3838SingleLimitItem<SupplementaryItemKey>>
> = keyedSingleLimits(2, GB3838_TABLE2_ROWS)
