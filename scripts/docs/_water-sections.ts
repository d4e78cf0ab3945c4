/**
 * The columns of a surface-water section export as the library's section reader reads them
 * (`readSectionRecords` of `eco-targets/water`), in the shape of the command line's header
 * layouts, for the columns reference pages.
 */
import {
  GB3838_TABLE1,
  SECTION_EXPORT_COLUMNS,
  TLI_PARAMETERS,
  WATER_COLUMN_ALIASES,
} from '../../src/standards/water/index.js'

interface Column {
  readonly key: string
  readonly names: readonly string[]
  readonly units?: readonly string[]
  readonly description: string
}

const ROLE_TEXT: Readonly<Record<string, string>> = {
  province: 'Province',
  basin: 'Basin',
  section: 'Section id (else province, basin and name identify a section)',
  sectionName: 'Section name',
  waterBody: 'river, lake or reservoir (河流, 湖泊, 水库)',
  time: 'Sampling time as published',
  date: 'Sampling date, YYYY-MM-DD',
  status: 'sampled, driedUp, frozen or notSampled (断流, 冰封, 未采样)',
  officialClass: 'Official class (Ⅰ … 劣Ⅴ) as published',
  notClassed: 'Published, classed by no standard: read past',
}

const UNITS: Readonly<Record<string, readonly string[]>> = {
  '℃': ['℃', '°C'],
  无量纲: ['无量纲', 'dimensionless'],
  '个/L': ['个/L', 'MPN/L'],
  'mg/m³': ['mg/m³', 'µg/L'],
}

const units = (unit: string | null) => (unit === null ? [] : (UNITS[unit] ?? [unit]))

/** The section export's columns: the reader's roles, the Table 1 items, the trophic parameters. */
export const WATER_SECTIONS_COLUMNS = {
  name: 'water-sections',
  description: 'Surface-water section samples (national automatic stations layout)',
  columns: [
    ...Object.entries(SECTION_EXPORT_COLUMNS).map(
      ([key, names]): Column => ({ key, names, description: ROLE_TEXT[key] ?? key }),
    ),
    ...Object.values(GB3838_TABLE1).map(
      (e): Column => ({
        key: e.key,
        names: [e.name.zh, e.name.en, ...(WATER_COLUMN_ALIASES[e.key] ?? [])],
        units: units(e.unit),
        description: e.name.en,
      }),
    ),
    ...TLI_PARAMETERS.filter((p) => p.parameter === 'chla' || p.parameter === 'SD').map(
      (p): Column => ({
        key: p.parameter,
        names: [p.zh, p.en, ...(WATER_COLUMN_ALIASES[p.parameter] ?? [])],
        units: units(p.unit),
        description: `${p.en}, for the trophic level index of a lake or reservoir`,
      }),
    ),
  ],
} as const satisfies { name: string; description: string; columns: readonly Column[] }
