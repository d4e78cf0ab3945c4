import {
  type AirPollutant,
  type AqiStandard,
  aqiBreakpointTable,
  realtimeAqi,
} from '../../src/standards/air/index.js'
import { type Archive, cellValue, label } from './_archive.js'

/** A cell as the object input takes it: `null` no value, `'notMeasured'` for `/`. */
const cellInput = (v: number | undefined): number | null | 'notMeasured' =>
  v === Number.NEGATIVE_INFINITY ? 'notMeasured' : cellValue(v)

export const HOURLY = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const
export type Hourly = (typeof HOURLY)[number]

/** A published real-time AQI and the library's. */
export interface RealtimeRow {
  readonly station: string
  /** The platform's label of the hour, `YYYY-MM-DDTHH`. */
  readonly hour: string
  readonly standard: AqiStandard
  readonly published: number
  readonly ours: number | null
  /** The six 1-hour cells as read (`NaN` no value). */
  readonly values: Readonly<Record<Hourly, number>>
  /** The published primary pollutant cell as written (`NA`, empty, names). */
  readonly primaryText: string
  /** The published primary pollutants, as the library names them (null: a name not known). */
  readonly publishedPrimary: readonly AirPollutant[] | null
  readonly oursPrimary: readonly AirPollutant[]
}

// The platform's names of primary pollutants, in 2019-2022 and in the 2026 feed.
const PRIMARY: Readonly<Record<string, AirPollutant>> = {
  二氧化硫: 'so2',
  二氧化氮: 'no2',
  一氧化碳: 'co',
  '颗粒物(PM10)': 'pm10',
  '细颗粒物(PM2.5)': 'pm25',
  臭氧1小时: 'o3_1h',
  臭氧8小时: 'o3_8h',
  '二氧化硫(SO2)': 'so2',
  '二氧化氮(NO2)': 'no2',
  '一氧化碳(CO)': 'co',
  '臭氧1小时(O3_1h)': 'o3_1h',
  '臭氧8小时(O3_8h)': 'o3_8h',
}

/**
 * Primary pollutants named in a published text, sorted; null when a name is not known. No
 * primary pollutant is written empty, and in the 2026 feed also `NA` (rows with an AQI of 50
 * or below).
 */
export function primaryOf(text: string): AirPollutant[] | null {
  if (text === '' || text === 'NA') return []
  const out: AirPollutant[] = []
  for (const name of text.split(',')) {
    const p = PRIMARY[name]
    if (p === undefined) return null
    out.push(p)
  }
  return out.sort()
}

/**
 * Every row with a published AQI, against `realtimeAqi` with its defaults under the edition
 * `standardOf` gives for the stamp; and every row without one (`NA` or an empty cell) but with
 * some 1-hour value, where the library should withhold too (`withheld`, `published` NaN).
 */
export function compareRealtime(
  archive: Archive,
  standardOf: (time: number) => AqiStandard,
): {
  compared: number
  rows: RealtimeRow[]
  withheld: { compared: number; rows: RealtimeRow[] }
} {
  const { table } = archive
  const { aqi, so2_24h, primaryPollutant } = table.published
  if (!aqi) throw new Error('no published AQI in the file')
  const rows: RealtimeRow[] = []
  const withheldRows: RealtimeRow[] = []
  let compared = 0
  let withheldCompared = 0
  for (let i = 0; i < table.length; i++) {
    const published = aqi[i] as number
    const none = Number.isNaN(published)
    if (none && HOURLY.every((k) => cellValue(table[k][i]) === null)) continue
    if (none) withheldCompared++
    else compared++
    const standard = standardOf(table.time[i] as number)
    const r = realtimeAqi(
      {
        so2: cellInput(table.so2[i]),
        no2: cellInput(table.no2[i]),
        co: cellInput(table.co[i]),
        o3: cellInput(table.o3[i]),
        pm10: cellInput(table.pm10[i]),
        pm25: cellInput(table.pm25[i]),
        so2_24h: cellInput(so2_24h?.[i]),
      },
      { standard },
    )
    const text =
      primaryPollutant && (primaryPollutant.index[i] as number) >= 0
        ? (primaryPollutant.texts[primaryPollutant.index[i] as number] as string)
        : ''
    const publishedPrimary = primaryPollutant ? primaryOf(text) : null
    const oursPrimary = [...r.primaryPollutants].sort()
    const primaryAgrees =
      !primaryPollutant || JSON.stringify(publishedPrimary) === JSON.stringify(oursPrimary)
    if (none ? r.aqi === null : r.aqi === published && primaryAgrees) continue
    ;(none ? withheldRows : rows).push({
      station: table.stations[table.station[i] as number] as string,
      hour: label(table.time[i] as number),
      standard,
      published,
      ours: r.aqi,
      values: Object.fromEntries(HOURLY.map((k) => [k, table[k][i] as number])) as Record<
        Hourly,
        number
      >,
      primaryText: text,
      publishedPrimary,
      oursPrimary,
    })
  }
  return { compared, rows, withheld: { compared: withheldCompared, rows: withheldRows } }
}

const COLUMN = {
  so2: 'so2_1h',
  no2: 'no2_1h',
  co: 'co_1h',
  o3: 'o3_1h',
  pm10: 'pm10_24h',
  pm25: 'pm25_24h',
} as const

/**
 * The test's own IAQI by HJ 633 式(1) in BigInt arithmetic: `ceil` raises to the next integer
 * (§5.2 and the library), `floor` truncates. A value above the top breakpoint of SO2 1-hour
 * counts 200, as the platform publishes it.
 */
export function iaqiOf(
  standard: AqiStandard,
  key: Hourly,
  value: number,
  mode: 'ceil' | 'floor',
): number {
  const table = aqiBreakpointTable(standard)
  const breakpoints = table.columns[COLUMN[key]]
  const indices = table.iaqi
  const [whole = '0', frac = ''] = String(value).split('.')
  const scale = 10n ** BigInt(frac.length)
  const num = BigInt(whole + frac)
  const top = breakpoints[breakpoints.length - 1] as number
  if (num > BigInt(top) * scale) return key === 'so2' ? 200 : 500
  let i = 0
  while (num > BigInt(breakpoints[i + 1] as number) * scale) i++
  const bLo = BigInt(breakpoints[i] as number)
  const bHi = BigInt(breakpoints[i + 1] as number)
  const iLo = BigInt(indices[i] as number)
  const iHi = BigInt(indices[i + 1] as number)
  const n = iLo * (bHi - bLo) * scale + (iHi - iLo) * (num - bLo * scale)
  const d = (bHi - bLo) * scale
  const q = n / d
  return Number(mode === 'ceil' && q * d !== n ? q + 1n : q)
}

/**
 * The AQI of the indicators present among `values` (the platform's reading: what is measured
 * and available counts, SO2 1-hour above 800 counts 200), or null when none is.
 */
export function platformAqi(
  standard: AqiStandard,
  values: Readonly<Partial<Record<Hourly, number>>>,
  mode: 'ceil' | 'floor' = 'ceil',
): number | null {
  let max: number | null = null
  for (const key of HOURLY) {
    const v = values[key]
    if (v === undefined || Number.isNaN(v) || v === Number.NEGATIVE_INFINITY) continue
    const iaqi = iaqiOf(standard, key, v, mode)
    if (max === null || iaqi > max) max = iaqi
  }
  return max
}

/** The primary pollutants of {@link platformAqi} (HJ 633 §3.7: none at an AQI of 50 or below). */
export function platformPrimary(
  standard: AqiStandard,
  values: Readonly<Partial<Record<Hourly, number>>>,
): AirPollutant[] {
  const aqi = platformAqi(standard, values)
  if (aqi === null || aqi <= 50) return []
  return HOURLY.filter((key) => {
    const v = values[key]
    return (
      v !== undefined &&
      !Number.isNaN(v) &&
      v !== Number.NEGATIVE_INFINITY &&
      iaqiOf(standard, key, v, 'ceil') === aqi
    )
  })
    .map((key): AirPollutant => (key === 'o3' ? 'o3_1h' : key))
    .sort()
}
