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
export const AqiStandardSchema = /* @__PURE__ */ z
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
 * One printed row of an HJ 633 breakpoint table: the IAQI and, per column, the concentration
 * at which the column reaches it (µg/m³; CO mg/m³). `null` where the table prints a note
 * instead of a value (2012 notes (2) and (3), 2026 notes b and c: SO2 1-hour above IAQI 200,
 * O3 8-hour above IAQI 300).
 *
 * @category Air
 */
export type AqiBreakpointRow = { readonly iaqi: number } & {
  readonly [C in AqiColumn]: number | null
}

/**
 * Where an edition's breakpoint table is printed and what its notes say.
 *
 * @category Air
 */
export interface AqiTableSource {
  readonly standard: AqiStandard
  /** The clause and table number, e.g. `HJ 633-2012 §4.1 表1`. */
  readonly clause: string
  /** The table's title as printed. */
  readonly title: string
  /** The printed column order. */
  readonly columns: readonly AqiColumn[]
  /** The notes of the table by their mark, quoted (2012) or summarised (2026, in English). */
  readonly notes: Readonly<Record<string, string>>
}

/**
 * HJ 633-2012 表1 空气质量分指数及对应的污染物项目浓度限值, one entry per printed row (µg/m³;
 * CO mg/m³), columns named by pollutant and averaging time.
 *
 * @category Air
 * @see HJ 633-2012 §4.1 表1
 * @example
 * ```ts
 * import { HJ633_2012_ROWS } from 'eco-targets/air'
 * HJ633_2012_ROWS.length       //=> 8
 * HJ633_2012_ROWS[2].pm25_24h  //=> 75
 * HJ633_2012_ROWS[5].so2_1h    //=> null
 * ```
 */
// biome-ignore format: one line per printed row of the standard
export const HJ633_2012_ROWS = /* @__PURE__ */ deepFreeze([
  { iaqi: 0,   so2_24h: 0,    so2_1h: 0,    no2_24h: 0,   no2_1h: 0,    pm10_24h: 0,   co_24h: 0,  co_1h: 0,   o3_1h: 0,    o3_8h: 0,    pm25_24h: 0 },
  { iaqi: 50,  so2_24h: 50,   so2_1h: 150,  no2_24h: 40,  no2_1h: 100,  pm10_24h: 50,  co_24h: 2,  co_1h: 5,   o3_1h: 160,  o3_8h: 100,  pm25_24h: 35 },
  { iaqi: 100, so2_24h: 150,  so2_1h: 500,  no2_24h: 80,  no2_1h: 200,  pm10_24h: 150, co_24h: 4,  co_1h: 10,  o3_1h: 200,  o3_8h: 160,  pm25_24h: 75 },
  { iaqi: 150, so2_24h: 475,  so2_1h: 650,  no2_24h: 180, no2_1h: 700,  pm10_24h: 250, co_24h: 14, co_1h: 35,  o3_1h: 300,  o3_8h: 215,  pm25_24h: 115 },
  { iaqi: 200, so2_24h: 800,  so2_1h: 800,  no2_24h: 280, no2_1h: 1200, pm10_24h: 350, co_24h: 24, co_1h: 60,  o3_1h: 400,  o3_8h: 265,  pm25_24h: 150 },
  { iaqi: 300, so2_24h: 1600, so2_1h: null, no2_24h: 565, no2_1h: 2340, pm10_24h: 420, co_24h: 36, co_1h: 90,  o3_1h: 800,  o3_8h: 800,  pm25_24h: 250 },
  { iaqi: 400, so2_24h: 2100, so2_1h: null, no2_24h: 750, no2_1h: 3090, pm10_24h: 500, co_24h: 48, co_1h: 120, o3_1h: 1000, o3_8h: null, pm25_24h: 350 },
  { iaqi: 500, so2_24h: 2620, so2_1h: null, no2_24h: 940, no2_1h: 3840, pm10_24h: 600, co_24h: 60, co_1h: 150, o3_1h: 1200, o3_8h: null, pm25_24h: 500 },
] as const satisfies readonly AqiBreakpointRow[])

/**
 * HJ 633-2026 表3 空气质量分指数及对应的污染物项目浓度限值, one entry per printed row. It differs
 * from 2012 only at IAQI 100 for particles (PM10 150 → 120, PM2.5 75 → 60).
 *
 * @category Air
 * @see HJ 633-2026 §4.2.4 表3
 * @example
 * ```ts
 * import { HJ633_2026_ROWS } from 'eco-targets/air'
 * HJ633_2026_ROWS[2].pm25_24h //=> 60
 * HJ633_2026_ROWS[2].pm10_24h //=> 120
 * ```
 */
// biome-ignore format: one line per printed row of the standard
export const HJ633_2026_ROWS = /* @__PURE__ */ deepFreeze([
  { iaqi: 0,   so2_24h: 0,    so2_1h: 0,    no2_24h: 0,   no2_1h: 0,    co_24h: 0,  co_1h: 0,   o3_8h: 0,    o3_1h: 0,    pm10_24h: 0,   pm25_24h: 0 },
  { iaqi: 50,  so2_24h: 50,   so2_1h: 150,  no2_24h: 40,  no2_1h: 100,  co_24h: 2,  co_1h: 5,   o3_8h: 100,  o3_1h: 160,  pm10_24h: 50,  pm25_24h: 35 },
  { iaqi: 100, so2_24h: 150,  so2_1h: 500,  no2_24h: 80,  no2_1h: 200,  co_24h: 4,  co_1h: 10,  o3_8h: 160,  o3_1h: 200,  pm10_24h: 120, pm25_24h: 60 },
  { iaqi: 150, so2_24h: 475,  so2_1h: 650,  no2_24h: 180, no2_1h: 700,  co_24h: 14, co_1h: 35,  o3_8h: 215,  o3_1h: 300,  pm10_24h: 250, pm25_24h: 115 },
  { iaqi: 200, so2_24h: 800,  so2_1h: 800,  no2_24h: 280, no2_1h: 1200, co_24h: 24, co_1h: 60,  o3_8h: 265,  o3_1h: 400,  pm10_24h: 350, pm25_24h: 150 },
  { iaqi: 300, so2_24h: 1600, so2_1h: null, no2_24h: 565, no2_1h: 2340, co_24h: 36, co_1h: 90,  o3_8h: 800,  o3_1h: 800,  pm10_24h: 420, pm25_24h: 250 },
  { iaqi: 400, so2_24h: 2100, so2_1h: null, no2_24h: 750, no2_1h: 3090, co_24h: 48, co_1h: 120, o3_8h: null, o3_1h: 1000, pm10_24h: 500, pm25_24h: 350 },
  { iaqi: 500, so2_24h: 2620, so2_1h: null, no2_24h: 940, no2_1h: 3840, co_24h: 60, co_1h: 150, o3_8h: null, o3_1h: 1200, pm10_24h: 600, pm25_24h: 500 },
] as const satisfies readonly AqiBreakpointRow[])

/**
 * Where each edition's breakpoint table is printed, its printed column order and its notes.
 *
 * @category Air
 * @example
 * ```ts
 * import { AQI_TABLE_SOURCES } from 'eco-targets/air'
 * AQI_TABLE_SOURCES['HJ633-2012'].clause //=> 'HJ 633-2012 §4.1 表1'
 * ```
 */
export const AQI_TABLE_SOURCES: Readonly<Record<AqiStandard, AqiTableSource>> =
  /* @__PURE__ */ deepFreeze({
    'HJ633-2012': {
      standard: 'HJ633-2012',
      clause: 'HJ 633-2012 §4.1 表1',
      title: '空气质量分指数及对应的污染物项目浓度限值',
      columns: Object.keys(HJ633_2012_ROWS[0]).filter((k) => k !== 'iaqi') as AqiColumn[],
      notes: {
        '(1)':
          '二氧化硫（SO2）、二氧化氮（NO2）和一氧化碳（CO）的 1 小时平均浓度限值仅用于实时报，在日报中需使用相应污染物的 24 小时平均浓度限值。',
        '(2)':
          '二氧化硫（SO2）1 小时平均浓度值高于 800 μg/m3 的，不再进行其空气质量分指数计算，二氧化硫（SO2）空气质量分指数按 24 小时平均浓度计算的分指数报告。',
        '(3)':
          '臭氧（O3）8 小时平均浓度值高于 800 μg/m3 的，不再进行其空气质量分指数计算，臭氧（O3）空气质量分指数按 1 小时平均浓度计算的分指数报告。',
      },
    },
    'HJ633-2026': {
      standard: 'HJ633-2026',
      clause: 'HJ 633-2026 §4.2.4 表3',
      title: '空气质量分指数及对应的污染物项目浓度限值',
      columns: Object.keys(HJ633_2026_ROWS[0]).filter((k) => k !== 'iaqi') as AqiColumn[],
      notes: {
        b: 'SO2 1小时平均浓度值高于800µg/m³的，IAQI按照200计',
        c: 'O3 8小时平均浓度值高于800µg/m³的，IAQI按照300计',
      },
    },
  } satisfies Record<AqiStandard, AqiTableSource>)

/** The columns of a table built from its printed rows (a note ends a column). */
function columnsOf(rows: readonly AqiBreakpointRow[]): Record<AqiColumn, number[]> {
  const out = {} as Record<AqiColumn, number[]>
  for (const column of Object.keys(rows[0] ?? {}).filter((k) => k !== 'iaqi') as AqiColumn[]) {
    out[column] = rows.flatMap((r) => (r[column] === null ? [] : [r[column]]))
  }
  return out
}

/**
 * HJ 633-2012 表1 空气质量分指数及对应的污染物项目浓度限值 by column, built from
 * {@link HJ633_2012_ROWS} (µg/m³; CO mg/m³). Notes: (1) the 1-hour SO2, NO2 and CO columns are
 * for real-time reports only; (2) SO2 1-hour above 800 µg/m³ is not indexed, SO2 is reported
 * by its 24-hour IAQI; (3) O3 8-hour above 800 µg/m³ is not indexed, O3 is reported by its
 * 1-hour IAQI.
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
export const HJ633_2012_TABLE: AqiBreakpointTable = /* @__PURE__ */ deepFreeze({
  standard: 'HJ633-2012',
  iaqi: HJ633_2012_ROWS.map((r) => r.iaqi),
  columns: columnsOf(HJ633_2012_ROWS),
  // notes (2) and (3): not indexed
  beyond: { so2_1h: null, o3_8h: null },
} satisfies AqiBreakpointTable)

/**
 * HJ 633-2026 表3 by column, built from {@link HJ633_2026_ROWS} (µg/m³; CO mg/m³). It differs
 * from 2012 only at IAQI 100 for particles (PM10 150 → 120, PM2.5 75 → 60) and in the
 * footnotes: SO2 1-hour above 800 µg/m³ counts as IAQI 200, O3 8-hour above 800 µg/m³ as IAQI
 * 300.
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
export const HJ633_2026_TABLE: AqiBreakpointTable = /* @__PURE__ */ deepFreeze({
  standard: 'HJ633-2026',
  iaqi: HJ633_2026_ROWS.map((r) => r.iaqi),
  columns: columnsOf(HJ633_2026_ROWS),
  // notes b and c: counted as 200 and 300
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
