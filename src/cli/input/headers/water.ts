import {
  GB3838_TABLE1,
  GB3838_TABLE2,
  GB3838_TABLE3,
  GBT14848_2017,
  type WaterIndicatorKey,
} from '../../../standards/water/index.js'
import type { ColumnSpec, HeaderLayout } from './normalize.js'

const MGL = ['mg/L']

const item = (
  key: string,
  names: readonly string[],
  description: string,
  units: readonly string[] = MGL,
): ColumnSpec => ({ key, names, units, description })

/** Other spellings seen in monitoring exports, beyond the names printed in the standards. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  pH: ['pH值'],
  COD: ['CODCr'],
  BOD5: ['BOD'],
  NH3N: ['NH3-N'],
  Cr6: ['六价铬', 'Cr(VI)'],
  TDS: ['TDS'],
  nitrate: ['硝酸盐氮'],
  nitrite: ['亚硝酸盐氮'],
  fecalColiform: ['fecal coliform'],
}

const UNIT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '℃': ['℃', '°C'],
  无量纲: ['无量纲', 'dimensionless'],
  '个/L': ['个/L', 'MPN/L'],
  'μg/L': ['μg/L', 'µg/L'],
}

/** A column from a table row of the water module: its printed name, English name and unit. */
function fromStandard(entry: {
  readonly key: string
  readonly name: { readonly zh: string; readonly en: string }
  readonly unit: string | null
}): ColumnSpec {
  const units = entry.unit === null ? [] : (UNIT_ALIASES[entry.unit] ?? [entry.unit])
  return {
    key: entry.key,
    names: [entry.name.zh, entry.name.en, ...(ALIASES[entry.key] ?? [])],
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
 * The 80 GB 3838-2002 Table 3 items (specific items for drinking-water surface sources).
 *
 * @category CLI
 * @see GB 3838-2002 表3
 * @example
 * ```ts
 * GB3838_TABLE3_COLUMNS.length //=> 80
 * ```
 */
export const GB3838_TABLE3_COLUMNS: readonly ColumnSpec[] =
  Object.values(GB3838_TABLE3).map(fromStandard)

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

/**
 * The surface-water section export of the national automatic monitoring system, with its
 * Chinese headers as published (`断面名称, 监测时间, 水质类别, pH(无量纲), 溶解氧(mg/L), …`), plus a
 * section id, water body, sampling date and status, and every other GB 3838-2002 Table 1 item.
 * `--` cells are missing values.
 *
 * @category CLI
 * @example
 * ```ts
 * WATER_SECTIONS_LAYOUT.columns.find((c) => c.key === 'officialClass')?.names[0] //=> '水质类别'
 * ```
 */
export const WATER_SECTIONS_LAYOUT: HeaderLayout = {
  name: 'water-sections',
  description: 'Surface-water section samples (national automatic stations layout)',
  columns: [
    { key: 'province', names: ['省份', 'province'], description: 'Province' },
    { key: 'basin', names: ['流域', 'basin'], description: 'Basin' },
    {
      key: 'section',
      names: ['section', '断面编码', '断面代码', 'section code'],
      description: 'Section id (else province, basin and name identify a section)',
    },
    {
      key: 'sectionName',
      names: ['断面名称', 'section name', '断面', 'name'],
      description: 'Section name',
    },
    {
      key: 'waterBody',
      names: ['waterBody', '水体类型', 'water body'],
      description: 'river, lake or reservoir (河流, 湖泊, 水库)',
    },
    { key: 'time', names: ['监测时间', 'time'], description: 'Sampling time as published' },
    {
      key: 'date',
      names: ['date', '采样日期', '监测日期'],
      description: 'Sampling date, YYYY-MM-DD',
    },
    {
      key: 'status',
      names: ['status', '采样状态'],
      description: 'sampled, driedUp, frozen or notSampled (断流, 冰封, 未采样)',
    },
    {
      key: 'officialClass',
      names: ['水质类别', 'water quality class'],
      description: 'Official class (Ⅰ … 劣Ⅴ) as published',
    },
    GB3838_TABLE1_COLUMNS.waterTemp,
    GB3838_TABLE1_COLUMNS.pH,
    GB3838_TABLE1_COLUMNS.DO,
    item('conductivity', ['电导率', 'conductivity'], 'Conductivity', ['μS/cm', 'µS/cm']),
    item('turbidity', ['浊度', 'turbidity'], 'Turbidity', ['NTU']),
    GB3838_TABLE1_COLUMNS.CODMn,
    GB3838_TABLE1_COLUMNS.NH3N,
    GB3838_TABLE1_COLUMNS.TP,
    GB3838_TABLE1_COLUMNS.TN,
    item('chlorophyllA', ['叶绿素α', '叶绿素a', 'chlorophyll-a'], 'Chlorophyll a'),
    item('algalDensity', ['藻密度', 'algal density'], 'Algal density', ['cells/L']),
    ...Object.values(GB3838_TABLE1_COLUMNS).filter(
      (c) => !['waterTemp', 'pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN'].includes(c.key),
    ),
  ],
}
