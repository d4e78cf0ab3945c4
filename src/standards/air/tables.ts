import { z } from 'zod'
import { deepFreeze } from './_freeze.js'
import type { AqiColumn } from './indicators.js'

/**
 * The edition of the AQI technical regulation: HJ 633-2012 (in force 2016-01-01 to 2026-02-28,
 * the default) or HJ 633-2026 (from 2026-03-01). Each edition has its own table; neither is
 * ever edited.
 *
 * @category Air
 * @see HJ 633-2026 前言 (代替 HJ 633—2012; 2026-03-01 实施)
 * @example
 * ```ts
 * import { AqiStandardSchema } from 'eco-targets/air'
 * AqiStandardSchema.parse('HJ633-2026') //=> 'HJ633-2026'
 * ```
 */
export const AqiStandardSchema = z
  .enum(['HJ633-2012', 'HJ633-2026'])
  .describe('Edition of HJ 633, the AQI technical regulation')

/** @category Air */
export type AqiStandard = z.output<typeof AqiStandardSchema>

/**
 * The edition used when none is given: HJ 633-2012, for data dated before 2026-03-01.
 *
 * @category Air
 * @example
 * ```ts
 * import { DEFAULT_AQI_STANDARD } from 'eco-targets/air'
 * DEFAULT_AQI_STANDARD //=> 'HJ633-2012'
 * ```
 */
export const DEFAULT_AQI_STANDARD: AqiStandard = 'HJ633-2012'

/**
 * One edition's breakpoint table. `columns[c][i]` is the concentration at which column `c`
 * reaches `iaqi[i]`; columns the table leaves blank at the top are shorter. `beyond` says what
 * a footnote prescribes above a column's last breakpoint: `null` for "do not compute this
 * IAQI" (2012), a number for "count it as this IAQI" (2026). Columns not listed are capped at
 * 500 by the library's policy.
 *
 * @category Air
 */
export interface AqiBreakpointTable {
  readonly standard: AqiStandard
  readonly iaqi: readonly number[]
  readonly columns: Readonly<Record<AqiColumn, readonly number[]>>
  readonly beyond: Readonly<Partial<Record<AqiColumn, number | null>>>
}

/**
 * HJ 633-2012 表1 空气质量分指数及对应的污染物项目浓度限值, as printed (µg/m³; CO mg/m³).
 * Notes: (1) the 1-hour SO2, NO2 and CO columns are for real-time reports only; (2) SO2 1-hour
 * above 800 µg/m³ is not indexed, SO2 is reported by its 24-hour IAQI; (3) O3 8-hour above
 * 800 µg/m³ is not indexed, O3 is reported by its 1-hour IAQI.
 *
 * @category Air
 * @see HJ 633-2012 §4.1 表1 and its notes (1)–(3)
 * @example
 * ```ts
 * import { HJ633_2012_TABLE } from 'eco-targets/air'
 * HJ633_2012_TABLE.columns.pm25_24h //=> [0, 35, 75, 115, 150, 250, 350, 500]
 * Object.isFrozen(HJ633_2012_TABLE.columns.pm25_24h) //=> true
 * ```
 */
export const HJ633_2012_TABLE: AqiBreakpointTable = deepFreeze({
  standard: 'HJ633-2012',
  iaqi: [0, 50, 100, 150, 200, 300, 400, 500],
  columns: {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    o3_8h: [0, 100, 160, 215, 265, 800],
    pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
  },
  beyond: { so2_1h: null, o3_8h: null },
} satisfies AqiBreakpointTable)

/**
 * HJ 633-2026 表3 空气质量分指数及对应的污染物项目浓度限值 (µg/m³; CO mg/m³). It differs from
 * 2012 only at IAQI 100 for particles (PM10 150 → 120, PM2.5 75 → 60) and in the footnotes:
 * SO2 1-hour above 800 µg/m³ counts as IAQI 200, O3 8-hour above 800 µg/m³ as IAQI 300.
 *
 * @category Air
 * @see HJ 633-2026 §4.2.4 表3 and its notes a–c
 * @example
 * ```ts
 * import { HJ633_2026_TABLE } from 'eco-targets/air'
 * HJ633_2026_TABLE.columns.pm25_24h[2] //=> 60
 * HJ633_2026_TABLE.beyond.o3_8h        //=> 300
 * ```
 */
export const HJ633_2026_TABLE: AqiBreakpointTable = deepFreeze({
  standard: 'HJ633-2026',
  iaqi: [0, 50, 100, 150, 200, 300, 400, 500],
  columns: {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_8h: [0, 100, 160, 215, 265, 800],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
    pm25_24h: [0, 35, 60, 115, 150, 250, 350, 500],
  },
  beyond: { so2_1h: 200, o3_8h: 300 },
} satisfies AqiBreakpointTable)

/**
 * The breakpoint table of an edition.
 *
 * @param standard - the edition (default HJ 633-2012)
 * @returns the frozen table
 * @category Air
 * @see HJ 633-2012 表1, HJ 633-2026 表3
 * @example
 * ```ts
 * import { aqiBreakpointTable } from 'eco-targets/air'
 * aqiBreakpointTable('HJ633-2026').columns.pm10_24h[2] //=> 120
 * ```
 */
export function aqiBreakpointTable(
  standard: AqiStandard = DEFAULT_AQI_STANDARD,
): AqiBreakpointTable {
  return standard === 'HJ633-2026' ? HJ633_2026_TABLE : HJ633_2012_TABLE
}
