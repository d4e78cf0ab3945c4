import type { z } from 'zod'
import type { ResolvedColumnSchema } from '../results/readers.js'
import { GB3838_TABLE1 } from '../tables/gb3838-table1.js'
import { GB3838_TABLE2 } from '../tables/gb3838-table2.js'
import { GB3838_TABLE3 } from '../tables/gb3838-table3.js'
import { GBT14848_2017 } from '../tables/gbt14848-2017.js'
import { TLI_PARAMETERS } from '../trophic-state.js'
import { normalizeUnit, normalizeWaterHeader } from './_header.js'

/**
 * The one table of extra column names of the water readers: spellings seen in monitoring
 * exports beyond a key, the name printed in the standard and its English name (which are always
 * accepted). Keys are the library's item keys; the same table serves surface water
 * (GB 3838-2002 Tables 1–3), groundwater (GB/T 14848-2017) and the lake trophic parameters
 * (chlorophyll a, transparency), so `CODCr` names COD and `挥发性酚类` names volatile phenol
 * everywhere.
 *
 * @category Water
 * @example
 * ```ts
 * import { WATER_COLUMN_ALIASES } from 'eco-targets/water'
 * WATER_COLUMN_ALIASES.COD //=> ['CODCr', 'COD_Cr']
 * ```
 */
export const WATER_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  pH: ['pH值'],
  DO: ['dissolved oxygen'],
  CODMn: ['permanganate index', 'COD_Mn', 'CODMn'],
  COD: ['CODCr', 'COD_Cr'],
  BOD5: ['BOD', 'BOD₅'],
  NH3N: ['NH3-N', 'NH₃-N', 'ammonia nitrogen'],
  TP: ['total phosphorus'],
  TN: ['total nitrogen'],
  Cr6: ['六价铬', '铬(六价)', 'Cr(VI)'],
  F: ['fluoride'],
  phenol: ['挥发性酚类', '挥发酚类', 'volatile phenol'],
  oil: ['petroleum'],
  fecalColiform: ['fecal coliform'],
  waterTemp: ['water temperature'],
  TDS: ['TDS'],
  nitrate: ['硝酸盐氮', '硝酸盐(以N计)'],
  nitrite: ['亚硝酸盐氮'],
  chla: ['叶绿素α', '叶绿素a', 'chlorophyll-a', 'chlorophyllA', 'Chl-a'],
  SD: ['透明度', 'SD', 'Secchi depth', 'transparency'],
})

/** Which items a reader resolves columns to. @category Water */
export type WaterColumnSet = 'surface' | 'surfaceSource' | 'groundwater'

interface ColumnEntry {
  readonly key: string
  readonly units: readonly string[]
}

function table(
  entries: readonly { key: string; name: { zh: string; en: string }; unit: string | null }[],
) {
  const map = new Map<string, ColumnEntry>()
  for (const e of entries) {
    const units =
      e.unit === null
        ? []
        : [
            normalizeUnit(e.unit),
            ...(e.unit === '℃' ? ['°c'] : []),
            ...(e.unit === '无量纲' ? ['dimensionless'] : []),
            ...(e.unit === '个/L' ? ['mpn/l'] : []),
            // chlorophyll a: mg/m³ = µg/L
            ...(e.unit === 'mg/m³' ? ['μg/l'] : []),
          ]
    for (const name of [e.key, e.name.zh, e.name.en, ...(WATER_COLUMN_ALIASES[e.key] ?? [])]) {
      const n = normalizeWaterHeader(name).name
      if (!map.has(n)) map.set(n, { key: e.key, units })
    }
  }
  return map
}

const TABLE1 = Object.values(GB3838_TABLE1)
const SINGLE = [...Object.values(GB3838_TABLE2), ...Object.values(GB3838_TABLE3)]
const SETS: Readonly<Record<WaterColumnSet | 'trophic', Map<string, ColumnEntry>>> = {
  surface: table(TABLE1),
  surfaceSource: table([...TABLE1, ...SINGLE]),
  groundwater: table(Object.values(GBT14848_2017)),
  trophic: table(
    TLI_PARAMETERS.map((p) => ({ key: p.parameter, name: { zh: p.zh, en: p.en }, unit: p.unit })),
  ),
}

/** What a header names: the item key, and the unit the header states when it is not the item's. */
export type ResolvedColumn = z.output<typeof ResolvedColumnSchema>

/**
 * The item a column header names, for one of the readers' column sets: the key itself
 * (`NH3N`), the Chinese name with or without its unit as CNEMC publishes it (`氨氮(mg/L)`,
 * `pH(无量纲)`), the English name, or an alias of {@link WATER_COLUMN_ALIASES}; `null` when it
 * names no item of the set (e.g. `电导率`).
 *
 * @param header - a column header or key
 * @param set - `surface` (GB 3838-2002 Table 1, the default), `surfaceSource` (Tables 1–3),
 * `groundwater` (GB/T 14848-2017) or `trophic` (the five TLI parameters of 总站生字〔2001〕090号:
 * chla in mg/m³ = µg/L, SD in m, TP, TN, CODMn in mg/L)
 * @returns the key and a unit mismatch, or `null`
 * @category Water
 * @see GB 3838-2002 Tables 1–3; GB/T 14848-2017
 * @example
 * ```ts
 * import { resolveWaterColumn } from 'eco-targets/water'
 * resolveWaterColumn('CODCr(mg/L)')    //=> { key: 'COD', wrongUnit: null }
 * resolveWaterColumn('氨氮(μg/L)')      //=> { key: 'NH3N', wrongUnit: 'μg/l' }
 * resolveWaterColumn('电导率(μS/cm)')   //=> null
 * resolveWaterColumn('透明度(m)', 'trophic')      //=> { key: 'SD', wrongUnit: null }
 * resolveWaterColumn('叶绿素α(mg/L)', 'trophic')  //=> { key: 'chla', wrongUnit: 'mg/l' }
 * ```
 */
export function resolveWaterColumn(
  header: string,
  set: WaterColumnSet | 'trophic' = 'surface',
): ResolvedColumn | null {
  const { name, unit } = normalizeWaterHeader(header)
  const entry = SETS[set].get(name)
  if (!entry) return null
  const wrongUnit =
    unit !== null && entry.units.length > 0 && !entry.units.includes(unit) ? unit : null
  return { key: entry.key, wrongUnit }
}

/**
 * The Table 1 key a column header names (see {@link resolveWaterColumn}); `null` when it names
 * no Table 1 item.
 *
 * @param header - a column header or key
 * @returns the key, or `null`
 * @category Water
 * @see GB 3838-2002 Table 1
 * @example
 * ```ts
 * import { resolveWaterIndicatorKey } from 'eco-targets/water'
 * resolveWaterIndicatorKey('高锰酸盐指数(mg/L)') //=> 'CODMn'
 * resolveWaterIndicatorKey('NH3-N')             //=> 'NH3N'
 * resolveWaterIndicatorKey('电导率(μS/cm)')      //=> null
 * ```
 */
export function resolveWaterIndicatorKey(header: string): keyof typeof GB3838_TABLE1 | null {
  return (resolveWaterColumn(header, 'surface')?.key ?? null) as keyof typeof GB3838_TABLE1 | null
}
