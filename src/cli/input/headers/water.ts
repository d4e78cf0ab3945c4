import type { WaterIndicatorKeySchema } from '../../../index.js'
import type { ColumnSpec, HeaderLayout } from './normalize.js'

type WaterIndicatorKey = (typeof WaterIndicatorKeySchema.options)[number]

const MGL = ['mg/L']

const item = (
  key: string,
  names: readonly string[],
  description: string,
  units: readonly string[] = MGL,
): ColumnSpec => ({ key, names, units, description })

/**
 * The 24 GB 3838-2002 Table 1 items with their Chinese names, under the keys of
 * `WaterIndicatorKeySchema`.
 *
 * @category CLI
 * @see GB 3838-2002 表1
 * @example
 * ```ts
 * GB3838_TABLE1_COLUMNS.DO.names[0] //=> '溶解氧'
 * ```
 */
export const GB3838_TABLE1_COLUMNS: Readonly<Record<WaterIndicatorKey, ColumnSpec>> = {
  waterTemp: item('waterTemp', ['水温', 'water temperature'], 'Water temperature', ['℃', '°C']),
  pH: item('pH', ['pH', 'pH值'], 'pH (dimensionless)', ['无量纲', 'dimensionless']),
  DO: item('DO', ['溶解氧', 'dissolved oxygen'], 'Dissolved oxygen'),
  CODMn: item('CODMn', ['高锰酸盐指数', 'permanganate index'], 'Permanganate index'),
  COD: item('COD', ['化学需氧量', 'CODCr'], 'Chemical oxygen demand'),
  BOD5: item('BOD5', ['五日生化需氧量', 'BOD'], 'Five-day biochemical oxygen demand'),
  NH3N: item('NH3N', ['氨氮', 'NH3-N', 'ammonia nitrogen'], 'Ammonia nitrogen (as N)'),
  TP: item('TP', ['总磷', 'total phosphorus'], 'Total phosphorus (as P)'),
  TN: item('TN', ['总氮', 'total nitrogen'], 'Total nitrogen (as N)'),
  Cu: item('Cu', ['铜', 'copper'], 'Copper'),
  Zn: item('Zn', ['锌', 'zinc'], 'Zinc'),
  F: item('F', ['氟化物', 'fluoride'], 'Fluoride (as F⁻)'),
  Se: item('Se', ['硒', 'selenium'], 'Selenium'),
  As: item('As', ['砷', 'arsenic'], 'Arsenic'),
  Hg: item('Hg', ['汞', 'mercury'], 'Mercury'),
  Cd: item('Cd', ['镉', 'cadmium'], 'Cadmium'),
  Cr6: item('Cr6', ['六价铬', '铬(六价)', 'Cr(VI)', 'chromium(VI)'], 'Chromium (VI)'),
  Pb: item('Pb', ['铅', 'lead'], 'Lead'),
  CN: item('CN', ['氰化物', 'cyanide'], 'Cyanide'),
  phenol: item('phenol', ['挥发酚', 'volatile phenol'], 'Volatile phenol'),
  oil: item('oil', ['石油类', 'petroleum'], 'Petroleum'),
  LAS: item('LAS', ['阴离子表面活性剂', 'anionic surfactant'], 'Anionic surfactant'),
  sulfide: item('sulfide', ['硫化物'], 'Sulfide'),
  fecalColiform: item('fecalColiform', ['粪大肠菌群', 'fecal coliform'], 'Fecal coliform (个/L)', [
    '个/L',
    'MPN/L',
  ]),
}

/**
 * The five GB 3838-2002 Table 2 items for centralised drinking-water surface sources. The keys
 * are the ones the bundled sample uses; keep them aligned with the water module.
 *
 * @category CLI
 * @see GB 3838-2002 表2
 * @example
 * ```ts
 * GB3838_TABLE2_COLUMNS.map((c) => c.key) //=> ['sulfate', 'chloride', 'nitrate', 'Fe', 'Mn']
 * ```
 */
export const GB3838_TABLE2_COLUMNS: readonly ColumnSpec[] = [
  item('sulfate', ['硫酸盐', 'sulfate'], 'Sulfate (as SO₄²⁻)'),
  item('chloride', ['氯化物', 'chloride'], 'Chloride (as Cl⁻)'),
  item('nitrate', ['硝酸盐', '硝酸盐氮', 'nitrate'], 'Nitrate (as N)'),
  item('Fe', ['铁', 'iron'], 'Iron'),
  item('Mn', ['锰', 'manganese'], 'Manganese'),
]

/**
 * The GB/T 14848-2017 groundwater items the bundled sample uses, by descriptive camelCase key.
 * This list is the one place these keys are defined; keep it aligned with the water module.
 *
 * @category CLI
 * @see GB/T 14848-2017 表1
 * @example
 * ```ts
 * GROUNDWATER_COLUMNS.find((c) => c.key === 'tds')?.names[0] //=> '溶解性总固体'
 * ```
 */
export const GROUNDWATER_COLUMNS: readonly ColumnSpec[] = [
  GB3838_TABLE1_COLUMNS.pH,
  item('totalHardness', ['总硬度', 'total hardness'], 'Total hardness (as CaCO₃)'),
  item('tds', ['溶解性总固体', 'TDS', 'total dissolved solids'], 'Total dissolved solids'),
  ...GB3838_TABLE2_COLUMNS,
  item('nitrite', ['亚硝酸盐', '亚硝酸盐氮', 'nitrite'], 'Nitrite (as N)'),
  GB3838_TABLE1_COLUMNS.NH3N,
  GB3838_TABLE1_COLUMNS.F,
  GB3838_TABLE1_COLUMNS.As,
  GB3838_TABLE1_COLUMNS.Hg,
  GB3838_TABLE1_COLUMNS.Cr6,
  GB3838_TABLE1_COLUMNS.Pb,
  GB3838_TABLE1_COLUMNS.Cd,
]

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
 * Chinese headers as published (`断面名称, 监测时间, 水质类别, pH(无量纲), 溶解氧(mg/L), …`).
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
      key: 'sectionName',
      names: ['断面名称', 'section name', '断面'],
      description: 'Section name',
    },
    { key: 'time', names: ['监测时间', 'time'], description: 'Sampling time as published' },
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
  ],
}
