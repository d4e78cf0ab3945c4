import { z } from 'zod'
import type { LocalizedText } from '../../_lib/localized-text.js'

// The keys without zod, for the functions that do not use the schema.
const POLLUTANT_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/**
 * The daily indicators of an air-quality day, by key: SO2, NO2, CO, PM10 and PM2.5 24-hour
 * means, and the O3 daily maximum 1-hour and 8-hour moving means. The same keys name the
 * indicators of a real-time report (`o3_1h` is the hour's O3, `o3_8h` its 8-hour moving mean).
 *
 * @category Air
 * @see HJ 633-2012 §5.1.2 (seven daily indicators), HJ 633-2026 §4.2.2 (six)
 * @example
 * ```ts
 * import { AirPollutantSchema } from 'eco-targets/air'
 * AirPollutantSchema.options //=> ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h']
 * ```
 */
export const AirPollutantSchema = /* @__PURE__ */ z
  .enum(POLLUTANT_KEYS)
  .describe('Air indicator key')

/** @category Air */
export type AirPollutant = z.output<typeof AirPollutantSchema>

/**
 * A day's value of each daily indicator (`null`: no valid value), as station and city days
 * carry them.
 *
 * @category Air
 */
export type AirDailyValues = { readonly [K in AirPollutant]: number | null }

/**
 * The seven keys in a fixed order (the order of results and tables).
 *
 * @category Air
 * @example
 * ```ts
 * import { AIR_POLLUTANTS } from 'eco-targets/air'
 * AIR_POLLUTANTS.length //=> 7
 * ```
 */
export const AIR_POLLUTANTS: readonly AirPollutant[] = POLLUTANT_KEYS

/** What an indicator is called, its unit and its reporting precision. @category Air */
export interface AirPollutantInfo {
  readonly name: LocalizedText
  /** The name the national monitoring centre uses for a primary pollutant. */
  readonly primaryName: string
  readonly unit: 'µg/m³' | 'mg/m³'
  /** Decimals of published concentrations: 0, or 1 for CO. */
  readonly decimals: 0 | 1
}

/**
 * Names, units and reporting precision of every indicator. Concentrations are published as
 * integers, CO with one decimal (HJ 633-2026 §4.2.2; the same precision as 2012-era releases).
 *
 * @category Air
 * @see HJ 633-2026 §4.2.2 (GB/T 8170 rounding of concentrations)
 * @example
 * ```ts
 * import { AIR_POLLUTANT_INFO } from 'eco-targets/air'
 * AIR_POLLUTANT_INFO.co.unit          //=> 'mg/m³'
 * AIR_POLLUTANT_INFO.pm25.primaryName //=> '细颗粒物(PM2.5)'
 * ```
 */
export const AIR_POLLUTANT_INFO: Readonly<Record<AirPollutant, AirPollutantInfo>> =
  /* @__PURE__ */ Object.freeze({
    so2: {
      name: { zh: '二氧化硫', en: 'Sulphur dioxide (SO2)' },
      primaryName: '二氧化硫',
      unit: 'µg/m³',
      decimals: 0,
    },
    no2: {
      name: { zh: '二氧化氮', en: 'Nitrogen dioxide (NO2)' },
      primaryName: '二氧化氮',
      unit: 'µg/m³',
      decimals: 0,
    },
    co: {
      name: { zh: '一氧化碳', en: 'Carbon monoxide (CO)' },
      primaryName: '一氧化碳',
      unit: 'mg/m³',
      decimals: 1,
    },
    pm10: {
      name: { zh: '颗粒物（粒径小于等于10μm）', en: 'PM10' },
      primaryName: '颗粒物(PM10)',
      unit: 'µg/m³',
      decimals: 0,
    },
    pm25: {
      name: { zh: '颗粒物（粒径小于等于2.5μm）', en: 'PM2.5' },
      primaryName: '细颗粒物(PM2.5)',
      unit: 'µg/m³',
      decimals: 0,
    },
    o3_1h: {
      name: { zh: '臭氧（1小时平均）', en: 'Ozone (O3), 1-hour' },
      primaryName: '臭氧1小时',
      unit: 'µg/m³',
      decimals: 0,
    },
    o3_8h: {
      name: { zh: '臭氧（8小时滑动平均）', en: 'Ozone (O3), 8-hour moving' },
      primaryName: '臭氧8小时',
      unit: 'µg/m³',
      decimals: 0,
    },
  })

/**
 * The breakpoint columns of HJ 633 Table 1 (2012) and Table 3 (2026), by key: a pollutant and
 * its averaging time. The 1-hour SO2, NO2 and CO columns serve real-time reports only.
 *
 * @category Air
 * @see HJ 633-2012 §4.1 表1, HJ 633-2026 §4.2.4 表3
 * @example
 * ```ts
 * import { AqiColumnSchema } from 'eco-targets/air'
 * AqiColumnSchema.parse('co_24h') //=> 'co_24h'
 * ```
 */
export const AqiColumnSchema = /* @__PURE__ */ z
  .enum([
    'so2_24h',
    'so2_1h',
    'no2_24h',
    'no2_1h',
    'co_24h',
    'co_1h',
    'o3_1h',
    'o3_8h',
    'pm10_24h',
    'pm25_24h',
  ])
  .describe('Breakpoint column of the HJ 633 table')

/** @category Air */
export type AqiColumn = z.output<typeof AqiColumnSchema>
