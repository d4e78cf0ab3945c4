import {
  GB3838_TABLE1,
  GB3838_TABLE2,
  GBT14848_2017,
  WATER_COLUMN_ALIASES,
} from '../standards/water/index.js'
import { headerNamesOf, normalizeHeader } from './_header.js'

/**
 * A column of an observation CSV: the field (or water indicator) it fills, the header names it
 * goes by (Chinese and English, compared without case, spaces, `_`, `.`, `-` and a bracketed
 * unit), and the units a header may state.
 *
 * @category Schemas
 */
export interface ObservationColumn {
  /** The field or indicator key records use (`pm25`, `DO`, `section`). */
  readonly key: string
  /** Header names, first the canonical one as published (`溶解氧`, `pm25`). */
  readonly names: readonly string[]
  /** Units a header may state in brackets (`mg/L`); another unit is an error. */
  readonly units?: readonly string[]
  /** What the column holds. */
  readonly description: string
  /**
   * Whether the key itself is also a header name (default true). False where the key would be
   * read as another column's name (cobalt's `Co` beside carbon monoxide's `co`).
   */
  readonly keyIsHeader?: boolean
}

const UG = ['µg/m³', 'μg/m3', 'ug/m3']

const UNIT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '℃': ['℃', '°C'],
  无量纲: ['无量纲', 'dimensionless'],
  '个/L': ['个/L', 'MPN/L'],
  'μg/L': ['μg/L', 'µg/L'],
}

/** A water item's column: printed name, English name, unit and the water module's aliases. */
function fromStandard(entry: {
  readonly key: string
  readonly name: { readonly zh: string; readonly en: string }
  readonly unit: string | null
}): ObservationColumn {
  const units = entry.unit === null ? [] : (UNIT_ALIASES[entry.unit] ?? [entry.unit])
  return {
    key: entry.key,
    names: [entry.name.zh, entry.name.en, ...(WATER_COLUMN_ALIASES[entry.key] ?? [])],
    units,
    description: entry.name.en,
  }
}

const field = (key: string, names: readonly string[], description: string): ObservationColumn => ({
  key,
  names,
  description,
})

/**
 * The indicator columns after the observation fields: each item once, and without any header
 * name an earlier column already answers to (`co` is carbon monoxide here, so cobalt is read as
 * 钴 or cobalt).
 */
function withWaterItems(fields: readonly ObservationColumn[]): ObservationColumn[] {
  const keys = new Set(fields.map((c) => c.key))
  const taken = new Set(fields.flatMap((c) => headerNamesOf(c).map((n) => normalizeHeader(n).name)))
  const items = [
    ...Object.values(GB3838_TABLE1).map(fromStandard),
    ...Object.values(GB3838_TABLE2).map(fromStandard),
    ...Object.values(GBT14848_2017)
      .filter((entry) => entry.kind !== 'text')
      .map(fromStandard),
  ]
  const added: ObservationColumn[] = []
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
 * The columns of observations as flat CSV rows: one column per field of the observation
 * (`kind`, `date`, `pm25`, `section`, …) and, for water samplings, one column per GB 3838-2002
 * or GB/T 14848-2017 indicator, which goes into `values`. Headers may be the field names or the
 * Chinese and English names listed here; {@link readObservations} reads them.
 *
 * @category Schemas
 * @see GB 3838-2002 表1, 表2; GB/T 14848-2017 表1, 表2
 * @example
 * ```ts
 * import { OBSERVATION_COLUMNS } from 'eco-targets'
 * OBSERVATION_COLUMNS.find((c) => c.key === 'pm25')?.names.includes('PM2.5') //=> true
 * OBSERVATION_COLUMNS.find((c) => c.key === 'DO')?.names[0]                  //=> '溶解氧'
 * ```
 */
export const OBSERVATION_COLUMNS: readonly ObservationColumn[] = withWaterItems([
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
])
