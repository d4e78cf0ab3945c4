import type { LocalizedText } from '../../_lib/localized-text.js'
import type { WaterIndicatorKey } from './indicators.js'

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

/** One GB 3838-2002 Table 1 item (basic item) with its limits by class. @category Water */
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

const item = (
  key: WaterIndicatorKey,
  no: number,
  zh: string,
  en: string,
  unit: string,
  direction: LimitDirection,
  limits: FiveClassLimits | null,
  extra: Partial<Gb3838BasicItem> = {},
): Gb3838BasicItem =>
  Object.freeze({
    key,
    no,
    name: Object.freeze({ zh, en }),
    unit,
    direction,
    limits: limits && Object.freeze(limits),
    appliesTo: 'all',
    source: `GB 3838-2002 Table 1 item ${no}`,
    ...extra,
  })

/**
 * GB 3838-2002 Table 1 (地表水环境质量标准基本项目标准限值), all 24 items, keyed by indicator,
 * checked value by value against the scan of the standard.
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
export const GB3838_TABLE1: Readonly<Record<WaterIndicatorKey, Gb3838BasicItem>> = Object.freeze({
  waterTemp: item('waterTemp', 1, '水温', 'Water temperature', '℃', 'relative', null, {
    rule: Object.freeze({
      zh: '人为造成的环境水温变化应限制在：周平均最大温升≤1，周平均最大温降≤2',
      en: 'Human-caused change limited to a weekly-average maximum rise ≤ 1 and drop ≤ 2',
    }),
  }),
  pH: item('pH', 2, 'pH值', 'pH', '无量纲', 'range', null, {
    range: Object.freeze([6, 9] as const),
  }),
  DO: item('DO', 3, '溶解氧', 'Dissolved oxygen', 'mg/L', 'min', [7.5, 6, 5, 3, 2]),
  CODMn: item('CODMn', 4, '高锰酸盐指数', 'Permanganate index', 'mg/L', 'max', [2, 4, 6, 10, 15]),
  COD: item(
    'COD',
    5,
    '化学需氧量',
    'Chemical oxygen demand (COD)',
    'mg/L',
    'max',
    [15, 15, 20, 30, 40],
  ),
  BOD5: item(
    'BOD5',
    6,
    '五日生化需氧量',
    'Five-day biochemical oxygen demand (BOD5)',
    'mg/L',
    'max',
    [3, 3, 4, 6, 10],
  ),
  NH3N: item('NH3N', 7, '氨氮', 'Ammonia nitrogen (NH3-N)', 'mg/L', 'max', [0.15, 0.5, 1, 1.5, 2]),
  TP: item('TP', 8, '总磷', 'Total phosphorus (as P)', 'mg/L', 'max', [0.02, 0.1, 0.2, 0.3, 0.4], {
    lakeLimits: Object.freeze([0.01, 0.025, 0.05, 0.1, 0.2] as const),
  }),
  TN: item(
    'TN',
    9,
    '总氮',
    'Total nitrogen (lakes and reservoirs, as N)',
    'mg/L',
    'max',
    [0.2, 0.5, 1, 1.5, 2],
    { appliesTo: 'lakeReservoir' },
  ),
  Cu: item('Cu', 10, '铜', 'Copper', 'mg/L', 'max', [0.01, 1, 1, 1, 1]),
  Zn: item('Zn', 11, '锌', 'Zinc', 'mg/L', 'max', [0.05, 1, 1, 2, 2]),
  F: item('F', 12, '氟化物', 'Fluoride (as F⁻)', 'mg/L', 'max', [1, 1, 1, 1.5, 1.5]),
  Se: item('Se', 13, '硒', 'Selenium', 'mg/L', 'max', [0.01, 0.01, 0.01, 0.02, 0.02]),
  As: item('As', 14, '砷', 'Arsenic', 'mg/L', 'max', [0.05, 0.05, 0.05, 0.1, 0.1]),
  Hg: item('Hg', 15, '汞', 'Mercury', 'mg/L', 'max', [0.00005, 0.00005, 0.0001, 0.001, 0.001]),
  Cd: item('Cd', 16, '镉', 'Cadmium', 'mg/L', 'max', [0.001, 0.005, 0.005, 0.005, 0.01]),
  Cr6: item(
    'Cr6',
    17,
    '铬（六价）',
    'Chromium (hexavalent)',
    'mg/L',
    'max',
    [0.01, 0.05, 0.05, 0.05, 0.1],
  ),
  Pb: item('Pb', 18, '铅', 'Lead', 'mg/L', 'max', [0.01, 0.01, 0.05, 0.05, 0.1]),
  CN: item('CN', 19, '氰化物', 'Cyanide', 'mg/L', 'max', [0.005, 0.05, 0.2, 0.2, 0.2]),
  phenol: item(
    'phenol',
    20,
    '挥发酚',
    'Volatile phenol',
    'mg/L',
    'max',
    [0.002, 0.002, 0.005, 0.01, 0.1],
  ),
  oil: item('oil', 21, '石油类', 'Petroleum (oil)', 'mg/L', 'max', [0.05, 0.05, 0.05, 0.5, 1]),
  LAS: item(
    'LAS',
    22,
    '阴离子表面活性剂',
    'Anionic surfactant (LAS)',
    'mg/L',
    'max',
    [0.2, 0.2, 0.2, 0.3, 0.3],
  ),
  sulfide: item('sulfide', 23, '硫化物', 'Sulfide', 'mg/L', 'max', [0.05, 0.1, 0.2, 0.5, 1]),
  fecalColiform: item(
    'fecalColiform',
    24,
    '粪大肠菌群',
    'Fecal coliform',
    '个/L',
    'max',
    [200, 2000, 10000, 20000, 40000],
  ),
})
