import type { LocalizedText } from '../../../_lib/localized-text.js'
import type { WaterIndicatorKey } from '../indicators.js'
import { printedValue } from './_printed.js'
import type { PrintedDecimal } from './printed.js'

/** The five class columns of a Table 1 row, as printed. @category Water */
export interface Gb3838ClassColumns {
  readonly I: PrintedDecimal
  readonly II: PrintedDecimal
  readonly III: PrintedDecimal
  readonly IV: PrintedDecimal
  readonly V: PrintedDecimal
}

/**
 * One printed row of GB 3838-2002 Table 1: 序号, the item's key, its name as printed and in
 * English, the unit, how the limit is read and the limit of each class column as printed. TP
 * prints the 湖、库 value in brackets in each cell: it is the `lake` column here.
 *
 * @category Water
 */
export interface Gb3838Table1Row extends Partial<Gb3838ClassColumns> {
  readonly no: number
  readonly key: WaterIndicatorKey
  readonly zh: string
  readonly en: string
  readonly unit: string
  readonly direction: LimitDirection
  /** TP only: the 湖、库 value printed in brackets in each cell. */
  readonly lake?: Gb3838ClassColumns
  /** The cell text where it is not a number (DO class Ⅰ “饱和率90%（或7.5）”, pH “6～9”). */
  readonly printed?: string
  /** `lakeReservoir` when the item is given for lakes and reservoirs only (TN). */
  readonly appliesTo?: 'lakeReservoir'
}

/**
 * GB 3838-2002 Table 1 (地表水环境质量标准基本项目标准限值) as printed: 24 rows, one per printed
 * row, the class columns Ⅰ–Ⅴ as written on p. 2 of the standard (checked value by value against
 * the scan). Units mg/L unless stated.
 *
 * @category Water
 * @see GB 3838-2002 §4.1, 表1 (p. 2)
 * @example
 * ```ts
 * import { GB3838_TABLE1_ROWS } from 'eco-targets/water'
 * GB3838_TABLE1_ROWS[6] //=> { no: 7, key: 'NH3N', zh: '氨氮', en: 'Ammonia nitrogen (NH3-N)', unit: 'mg/L', direction: 'max', I: '0.15', II: '0.5', III: '1.0', IV: '1.5', V: '2.0' }
 * ```
 */
// biome-ignore format: one line per printed row of the standard
export const GB3838_TABLE1_ROWS = Object.freeze([
  { no: 1, key: 'waterTemp', zh: '水温', en: 'Water temperature', unit: '℃', direction: 'relative', printed: '人为造成的环境水温变化应限制在：周平均最大温升≤1，周平均最大温降≤2' },
  { no: 2, key: 'pH', zh: 'pH值', en: 'pH', unit: '无量纲', direction: 'range', printed: '6～9' },
  { no: 3, key: 'DO', zh: '溶解氧', en: 'Dissolved oxygen', unit: 'mg/L', direction: 'min', I: '7.5', II: '6', III: '5', IV: '3', V: '2', printed: '饱和率90%（或7.5）' },
  { no: 4, key: 'CODMn', zh: '高锰酸盐指数', en: 'Permanganate index', unit: 'mg/L', direction: 'max', I: '2', II: '4', III: '6', IV: '10', V: '15' },
  { no: 5, key: 'COD', zh: '化学需氧量', en: 'Chemical oxygen demand (COD)', unit: 'mg/L', direction: 'max', I: '15', II: '15', III: '20', IV: '30', V: '40' },
  { no: 6, key: 'BOD5', zh: '五日生化需氧量', en: 'Five-day biochemical oxygen demand (BOD5)', unit: 'mg/L', direction: 'max', I: '3', II: '3', III: '4', IV: '6', V: '10' },
  { no: 7, key: 'NH3N', zh: '氨氮', en: 'Ammonia nitrogen (NH3-N)', unit: 'mg/L', direction: 'max', I: '0.15', II: '0.5', III: '1.0', IV: '1.5', V: '2.0' },
  { no: 8, key: 'TP', zh: '总磷', en: 'Total phosphorus (as P)', unit: 'mg/L', direction: 'max', I: '0.02', II: '0.1', III: '0.2', IV: '0.3', V: '0.4', lake: { I: '0.01', II: '0.025', III: '0.05', IV: '0.1', V: '0.2' } },
  { no: 9, key: 'TN', zh: '总氮', en: 'Total nitrogen (lakes and reservoirs, as N)', unit: 'mg/L', direction: 'max', I: '0.2', II: '0.5', III: '1.0', IV: '1.5', V: '2.0', appliesTo: 'lakeReservoir' },
  { no: 10, key: 'Cu', zh: '铜', en: 'Copper', unit: 'mg/L', direction: 'max', I: '0.01', II: '1.0', III: '1.0', IV: '1.0', V: '1.0' },
  { no: 11, key: 'Zn', zh: '锌', en: 'Zinc', unit: 'mg/L', direction: 'max', I: '0.05', II: '1.0', III: '1.0', IV: '2.0', V: '2.0' },
  { no: 12, key: 'F', zh: '氟化物', en: 'Fluoride (as F⁻)', unit: 'mg/L', direction: 'max', I: '1.0', II: '1.0', III: '1.0', IV: '1.5', V: '1.5' },
  { no: 13, key: 'Se', zh: '硒', en: 'Selenium', unit: 'mg/L', direction: 'max', I: '0.01', II: '0.01', III: '0.01', IV: '0.02', V: '0.02' },
  { no: 14, key: 'As', zh: '砷', en: 'Arsenic', unit: 'mg/L', direction: 'max', I: '0.05', II: '0.05', III: '0.05', IV: '0.1', V: '0.1' },
  { no: 15, key: 'Hg', zh: '汞', en: 'Mercury', unit: 'mg/L', direction: 'max', I: '0.00005', II: '0.00005', III: '0.0001', IV: '0.001', V: '0.001' },
  { no: 16, key: 'Cd', zh: '镉', en: 'Cadmium', unit: 'mg/L', direction: 'max', I: '0.001', II: '0.005', III: '0.005', IV: '0.005', V: '0.01' },
  { no: 17, key: 'Cr6', zh: '铬（六价）', en: 'Chromium (hexavalent)', unit: 'mg/L', direction: 'max', I: '0.01', II: '0.05', III: '0.05', IV: '0.05', V: '0.1' },
  { no: 18, key: 'Pb', zh: '铅', en: 'Lead', unit: 'mg/L', direction: 'max', I: '0.01', II: '0.01', III: '0.05', IV: '0.05', V: '0.1' },
  { no: 19, key: 'CN', zh: '氰化物', en: 'Cyanide', unit: 'mg/L', direction: 'max', I: '0.005', II: '0.05', III: '0.2', IV: '0.2', V: '0.2' },
  { no: 20, key: 'phenol', zh: '挥发酚', en: 'Volatile phenol', unit: 'mg/L', direction: 'max', I: '0.002', II: '0.002', III: '0.005', IV: '0.01', V: '0.1' },
  { no: 21, key: 'oil', zh: '石油类', en: 'Petroleum (oil)', unit: 'mg/L', direction: 'max', I: '0.05', II: '0.05', III: '0.05', IV: '0.5', V: '1.0' },
  { no: 22, key: 'LAS', zh: '阴离子表面活性剂', en: 'Anionic surfactant (LAS)', unit: 'mg/L', direction: 'max', I: '0.2', II: '0.2', III: '0.2', IV: '0.3', V: '0.3' },
  { no: 23, key: 'sulfide', zh: '硫化物', en: 'Sulfide', unit: 'mg/L', direction: 'max', I: '0.05', II: '0.1', III: '0.2', IV: '0.5', V: '1.0' },
  { no: 24, key: 'fecalColiform', zh: '粪大肠菌群', en: 'Fecal coliform', unit: '个/L', direction: 'max', I: '200', II: '2000', III: '10000', IV: '20000', V: '40000' },
] as const satisfies readonly Gb3838Table1Row[])

/** Limits for classes Ⅰ, Ⅱ, Ⅲ, Ⅳ and Ⅴ, in that order. @category Water */
export type FiveClassLimits = readonly [number, number, number, number, number]

/**
 * How a Table 1 limit is read: `max` (value ≤ limit), `min` (value ≥ limit, dissolved oxygen),
 * `range` (one range for every class, pH 6–9) or `relative` (water temperature: a limit on the
 * human-caused weekly change, not on the value).
 *
 * @category Water
 */
export type LimitDirection = 'max' | 'min' | 'range' | 'relative'

/** One GB 3838-2002 Table 1 item for lookups by key: its printed row read as numbers. @category Water */
export interface Gb3838BasicItem {
  /** Stable key. */
  readonly key: WaterIndicatorKey
  /** 序号 in Table 1. */
  readonly no: number
  /** Name as printed in the standard, and in English. */
  readonly name: LocalizedText
  /** Unit as printed (`mg/L`, `个/L`, `℃`, `无量纲`). */
  readonly unit: string
  /** How the limit is read. */
  readonly direction: LimitDirection
  /** Limits of classes Ⅰ–Ⅴ (rivers for TP); `null` for pH and water temperature. */
  readonly limits: FiveClassLimits | null
  /** TP only: the lake and reservoir (湖、库) column. */
  readonly lakeLimits?: FiveClassLimits
  /** pH only: the inclusive range of every class. */
  readonly range?: readonly [number, number]
  /** `lakeReservoir` when the standard gives the item for lakes and reservoirs only (TN). */
  readonly appliesTo: 'all' | 'lakeReservoir'
  /** The rule in words where it is not a per-class limit (water temperature). */
  readonly rule?: LocalizedText
  /** Where the item is defined. */
  readonly source: string
}

const five = (c: Gb3838ClassColumns): FiveClassLimits =>
  Object.freeze([c.I, c.II, c.III, c.IV, c.V].map(printedValue) as unknown as FiveClassLimits)

function keyed(row: Gb3838Table1Row): Gb3838BasicItem {
  const classes = row.I === undefined ? null : (row as Gb3838Table1Row & Gb3838ClassColumns)
  return Object.freeze({
    key: row.key,
    no: row.no,
    name: Object.freeze({ zh: row.zh, en: row.en }),
    unit: row.unit,
    direction: row.direction,
    limits: classes && five(classes),
    ...(row.lake ? { lakeLimits: five(row.lake) } : {}),
    ...(row.direction === 'range' ? { range: Object.freeze([6, 9] as const) } : {}),
    appliesTo: row.appliesTo ?? 'all',
    ...(row.direction === 'relative'
      ? {
          rule: Object.freeze({
            zh: row.printed ?? '',
            en: 'Human-caused change limited to a weekly-average maximum rise ≤ 1 and drop ≤ 2',
          }),
        }
      : {}),
    source: `GB 3838-2002 Table 1 item ${row.no}`,
  })
}

/**
 * GB 3838-2002 Table 1 by indicator key, read from {@link GB3838_TABLE1_ROWS} as numbers.
 *
 * DO class Ⅰ reads “饱和率90%（或7.5）”: the table holds 7.5 mg/L and the saturation form is the
 * `doSaturationPercent` option of {@link classifyIndicator}.
 *
 * @category Water
 * @see GB 3838-2002 §4.1, Table 1 (p. 2)
 * @example
 * ```ts
 * import { GB3838_TABLE1 } from 'eco-targets/water'
 * GB3838_TABLE1.TP.limits      //=> [0.02, 0.1, 0.2, 0.3, 0.4]
 * GB3838_TABLE1.TP.lakeLimits  //=> [0.01, 0.025, 0.05, 0.1, 0.2]
 * GB3838_TABLE1.COD.name.zh    //=> '化学需氧量'
 * ```
 */
export const GB3838_TABLE1: Readonly<Record<WaterIndicatorKey, Gb3838BasicItem>> = Object.freeze(
  Object.fromEntries(GB3838_TABLE1_ROWS.map((row) => [row.key, keyed(row)])) as Record<
    WaterIndicatorKey,
    Gb3838BasicItem
  >,
)
