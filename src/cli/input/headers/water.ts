import {
  GB3838_TABLE1,
  GB3838_TABLE2,
  GBT14848_2017,
  WATER_COLUMN_ALIASES,
  type WaterIndicatorKey,
} from '../../../standards/water/index.js'
import type { ColumnSpec } from './normalize.js'

const UNIT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '℃': ['℃', '°C'],
  无量纲: ['无量纲', 'dimensionless'],
  '个/L': ['个/L', 'MPN/L'],
  'μg/L': ['μg/L', 'µg/L'],
}

/**
 * A column from a table row of the water module: its printed name, English name, unit and the
 * aliases of the library's one table ({@link WATER_COLUMN_ALIASES}).
 */
function fromStandard(entry: {
  readonly key: string
  readonly name: { readonly zh: string; readonly en: string }
  readonly unit: string | null
}): ColumnSpec {
  const units = entry.unit === null ? [] : (UNIT_ALIASES[entry.unit] ?? [entry.unit])
  return {
    key: entry.key,
    names: [entry.name.zh, entry.name.en, ...(WATER_COLUMN_ALIASES[entry.key] ?? [])],
    units,
    description: entry.name.en,
  }
}

/**
 * The 24 GB 3838-2002 Table 1 items with their Chinese names, under the keys of
 * `WaterIndicatorKeySchema` (from the water module's own table).
 *
 * @category CLI
 * @see GB 3838-2002 表1
 * @example
 * ```ts
 * GB3838_TABLE1_COLUMNS.DO.names[0] //=> '溶解氧'
 * ```
 */
export const GB3838_TABLE1_COLUMNS: Readonly<Record<WaterIndicatorKey, ColumnSpec>> =
  Object.fromEntries(
    Object.values(GB3838_TABLE1).map((entry) => [entry.key, fromStandard(entry)]),
  ) as Record<WaterIndicatorKey, ColumnSpec>

/**
 * The five GB 3838-2002 Table 2 items for centralised drinking-water surface sources.
 *
 * @category CLI
 * @see GB 3838-2002 表2
 * @example
 * ```ts
 * GB3838_TABLE2_COLUMNS.map((c) => c.key) //=> ['sulfate', 'chloride', 'nitrate', 'Fe', 'Mn']
 * ```
 */
export const GB3838_TABLE2_COLUMNS: readonly ColumnSpec[] =
  Object.values(GB3838_TABLE2).map(fromStandard)

/**
 * The GB/T 14848-2017 groundwater items with a numeric value, by the water module's keys.
 *
 * @category CLI
 * @see GB/T 14848-2017 表1, 表2
 * @example
 * ```ts
 * GROUNDWATER_COLUMNS.find((c) => c.key === 'TDS')?.names[0] //=> '溶解性总固体'
 * ```
 */
export const GROUNDWATER_COLUMNS: readonly ColumnSpec[] = Object.values(GBT14848_2017)
  .filter((entry) => entry.kind !== 'text')
  .map(fromStandard)

/**
 * Keys of the GB/T 14848-2017 groundwater items (from {@link GROUNDWATER_COLUMNS}).
 *
 * @category CLI
 * @example
 * ```ts
 * GROUNDWATER_KEYS.includes('totalHardness') //=> true
 * ```
 */
export const GROUNDWATER_KEYS: readonly string[] = GROUNDWATER_COLUMNS.map((c) => c.key)
