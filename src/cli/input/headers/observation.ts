import { type ColumnSpec, type HeaderLayout, headerNamesOf, normalizeHeader } from './normalize.js'
import { GB3838_TABLE1_COLUMNS, GB3838_TABLE2_COLUMNS, GROUNDWATER_COLUMNS } from './water.js'

const UG = ['µg/m³', 'μg/m3', 'ug/m3']

const field = (key: string, names: readonly string[], description: string): ColumnSpec => ({
  key,
  names,
  description,
})

/**
 * The indicator columns after the observation fields: each item once, and without any header
 * name an earlier column already answers to (`co` is carbon monoxide here, so cobalt is read as
 * 钴 or cobalt).
 */
const withWaterItems = (fields: readonly ColumnSpec[]): ColumnSpec[] => {
  const keys = new Set(fields.map((c) => c.key))
  const taken = new Set(fields.flatMap((c) => headerNamesOf(c).map((n) => normalizeHeader(n).name)))
  const items = [
    ...Object.values(GB3838_TABLE1_COLUMNS),
    ...GB3838_TABLE2_COLUMNS,
    ...GROUNDWATER_COLUMNS,
  ]
  const added: ColumnSpec[] = []
  for (const c of items) {
    if (keys.has(c.key)) continue
    const names = c.names.filter((n) => !taken.has(normalizeHeader(n).name))
    const keyIsHeader = !taken.has(normalizeHeader(c.key).name)
    keys.add(c.key)
    for (const n of keyIsHeader ? [c.key, ...names] : names) taken.add(normalizeHeader(n).name)
    added.push({ ...c, names, ...(keyIsHeader ? {} : { keyIsHeader: false }) })
  }
  return [...fields, ...added]
}

/**
 * Observations as flat CSV rows: one column per field of the observation (`kind`, `date`,
 * `pm25`, `section`, …) and, for water samplings, one column per indicator, which goes into
 * `values`. Headers may be the field names or the Chinese and English names listed here.
 *
 * @category CLI
 * @example
 * ```ts
 * OBSERVATION_LAYOUT.columns.find((c) => c.key === 'pm25')?.names.includes('PM2.5') //=> true
 * ```
 */
export const OBSERVATION_LAYOUT: HeaderLayout = {
  name: 'observations',
  description: 'Observations as flat CSV rows (field names as headers)',
  columns: withWaterItems([
    field('kind', ['kind', '类型'], 'Observation kind (airDaily, waterSample, …)'),
    field('date', ['date', '日期', '监测日期', '采样日期'], 'Date, YYYY-MM-DD'),
    field('scope', ['scope', '范围'], 'Scope id, default central-city'),
    { key: 'so2', names: ['so2', '二氧化硫'], units: UG, description: 'SO2 24-hour mean' },
    { key: 'no2', names: ['no2', '二氧化氮'], units: UG, description: 'NO2 24-hour mean' },
    {
      key: 'co',
      names: ['co', '一氧化碳'],
      units: ['mg/m³', 'mg/m3'],
      description: 'CO 24-hour mean (mg/m³)',
    },
    { key: 'pm10', names: ['pm10', '可吸入颗粒物'], units: UG, description: 'PM10 24-hour mean' },
    {
      key: 'pm25',
      names: ['pm25', 'pm2_5', 'PM2.5', '细颗粒物'],
      units: UG,
      description: 'PM2.5 24-hour mean',
    },
    {
      key: 'o3_1h',
      names: ['o3_1h', '臭氧日最大1小时', 'O3-1h'],
      units: UG,
      description: 'O3 daily maximum 1-hour mean',
    },
    {
      key: 'o3_8h',
      names: ['o3_8h', '臭氧日最大8小时', 'O3-8h'],
      units: UG,
      description: 'O3 daily maximum 8-hour mean',
    },
    field('section', ['section', '断面编码', '断面代码'], 'Section id'),
    field('source', ['source', '水源地编码', '水源地代码'], 'Drinking-water source id'),
    field('name', ['name', '名称', '断面名称', '水源地名称'], 'Name'),
    field('waterBody', ['waterBody', '水体类型'], 'river, lake or reservoir'),
    field('status', ['status', '状态'], 'Sampling or task status'),
    field('level', ['level', '级别'], 'prefecture or county'),
    field('sourceType', ['sourceType', '水源类型'], 'surface or groundwater'),
  ]),
}
