import type { LocalizedText } from '../../_lib/localized-text.js'
import {
  checkMeasurement,
  compareToLimit,
  type ExactValue,
  exactValue,
  exceedanceMultiple,
} from './_exact.js'
import { classifyExact, limitsFor } from './classify-indicator.js'
import { GB3838_TABLE1 } from './gb3838-table1.js'
import {
  FIVE_BASIC_INDICATORS,
  isSectionIndicator,
  REFERENCE_INDICATORS,
  SECTION_INDICATORS,
  type SectionIndicatorKey,
  type WaterIndicatorKey,
  WaterIndicatorKeySchema,
} from './indicators.js'
import {
  isLakeOrReservoir,
  WATER_CLASS_LABELS,
  type WaterBody,
  type WaterClass,
  type WaterClassLabel,
  waterQualityStatus,
} from './water-class.js'

/**
 * Measured values of Table 1 items by key (mg/L; 个/L for fecal coliform). `null` or an absent
 * key means not measured, never zero.
 *
 * @category Water
 */
export type SurfaceWaterValues = Readonly<Partial<Record<WaterIndicatorKey, number | null>>>

/** A class that a value can be judged against (Ⅰ–Ⅴ). @category Water */
export type BaseClass = 1 | 2 | 3 | 4 | 5

/** Options of {@link classifySection}. @category Water */
export interface ClassifySectionOptions {
  /** The water body: lakes and reservoirs take the 湖、库 TP limits. */
  readonly waterBody: WaterBody
  /**
   * The indicator list of the 5+X method (the five basic indicators plus the section's X
   * items). Without it the 21 indicators of 22号 are used (FULL_21). Either way only supplied
   * values count.
   */
  readonly indicators?: readonly SectionIndicatorKey[]
  /**
   * The class exceedances are judged against: class Ⅲ for national reporting (default), or a
   * section's target class for functional-zone compliance (GB 3838-2002 §5.1).
   */
  readonly baseClass?: BaseClass
  /** DO saturation (%), see {@link ClassifyIndicatorOptions.doSaturationPercent}. */
  readonly doSaturationPercent?: number
}

/** One counted indicator of a section: its value, class and exceedance. @category Water */
export interface IndicatorClassResult {
  /** The indicator. */
  readonly indicator: SectionIndicatorKey
  /** The value that was classified (a period mean where means were taken). */
  readonly value: number
  /** Its class. */
  readonly waterClass: WaterClass
  /** The class label. */
  readonly label: WaterClassLabel
  /** True when the value fails the base class (above a maximum, below DO's minimum, pH outside 6–9). */
  readonly exceeds: boolean
  /** The base-class limit (for TP the column of the water body); `null` for pH. */
  readonly limit: number | null
  /**
   * 超标倍数 (value − limit) / limit when the value exceeds; `null` when it does not, and always
   * for pH and DO, for which 22号 computes no multiple.
   */
  readonly exceedanceMultiple: number | null
}

/** A reference indicator (water temperature, TN, fecal coliform): reported, never counted. @category Water */
export interface ReferenceIndicatorResult {
  /** The indicator. */
  readonly indicator: (typeof REFERENCE_INDICATORS)[number]
  /** The value supplied. */
  readonly value: number
  /** Its own class where the standard defines one (TN on lakes and reservoirs, fecal coliform); else `null`. */
  readonly waterClass: WaterClass | null
}

/** The class of a section and how it was reached. @category Water */
export interface SectionClassification {
  /** The section's class (worst counted indicator); `null` when no counted indicator has a value. */
  readonly waterClass: WaterClass | null
  /** The class label, or `null`. */
  readonly label: WaterClassLabel | null
  /** 水质状况 (优 / 良好 / 轻度污染 / 中度污染 / 重度污染), or `null`. */
  readonly status: LocalizedText | null
  /** Whether the section meets the base class; `null` without data. */
  readonly meetsBaseClass: boolean | null
  /** The indicator(s) whose class is the section's class. */
  readonly deciding: readonly SectionIndicatorKey[]
  /** Every counted indicator, in Table 1 order. */
  readonly indicators: readonly IndicatorClassResult[]
  /** The counted indicators that fail the base class (超标项目), in Table 1 order. */
  readonly exceeding: readonly IndicatorClassResult[]
  /** Water temperature, TN and fecal coliform when supplied: reported, not counted. */
  readonly reference: readonly ReferenceIndicatorResult[]
  /** Indicators of the 21 that were supplied but are not in the 5+X list. */
  readonly notInIndicatorSet: readonly SectionIndicatorKey[]
  /** The water body the limits were taken for. */
  readonly waterBody: WaterBody
  /** `FULL_21` (22号) or `FIVE_PLUS_X` (an indicator list was given). */
  readonly indicatorSet: 'FULL_21' | 'FIVE_PLUS_X'
  /** The class exceedances were judged against. */
  readonly baseClass: BaseClass
}

const KEY_ORDER: readonly WaterIndicatorKey[] = [...WaterIndicatorKeySchema.options].sort(
  (a, b) => GB3838_TABLE1[a].no - GB3838_TABLE1[b].no,
)

const FULL_21: ReadonlySet<SectionIndicatorKey> = new Set(SECTION_INDICATORS)
const KNOWN_KEYS: ReadonlySet<string> = new Set(WaterIndicatorKeySchema.options)
const WATER_BODIES: ReadonlySet<string> = new Set(['river', 'lake', 'reservoir'])

/** Checks the options and returns the counted indicator set. @internal */
export function resolveIndicatorSet(
  indicators: readonly SectionIndicatorKey[] | undefined,
): ReadonlySet<SectionIndicatorKey> {
  if (indicators === undefined) return FULL_21
  for (const key of indicators) {
    if (!isSectionIndicator(key)) {
      const why = (REFERENCE_INDICATORS as readonly string[]).includes(key)
        ? 'water temperature, TN and fecal coliform never count in a section class (22号)'
        : 'expected one of the 21 indicators of 22号'
      throw new RangeError(`options.indicators: "${String(key)}" cannot be listed: ${why}`)
    }
  }
  const missing = FIVE_BASIC_INDICATORS.filter((k) => !indicators.includes(k))
  if (missing.length > 0) {
    throw new RangeError(
      `options.indicators: a 5+X list starts with the five basic indicators; missing ${missing.join(', ')}`,
    )
  }
  return new Set(indicators)
}

/** Checks a base class. @internal */
export function checkBaseClass(baseClass: number): BaseClass {
  if (!Number.isInteger(baseClass) || baseClass < 1 || baseClass > 5) {
    throw new RangeError(`options.baseClass: expected a class 1–5 (Ⅰ–Ⅴ), got ${baseClass}`)
  }
  return baseClass as BaseClass
}

/** Validates raw values and reads them exactly. @internal */
export function readSurfaceValues(
  values: SurfaceWaterValues,
  where = 'values',
): Map<WaterIndicatorKey, ExactValue> {
  if (values === null || typeof values !== 'object') {
    throw new RangeError(`${where}: expected an object of indicator values`)
  }
  const out = new Map<WaterIndicatorKey, ExactValue>()
  for (const [key, raw] of Object.entries(values)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new RangeError(`${where}.${key}: unknown GB 3838-2002 Table 1 indicator "${key}"`)
    }
    if (raw === null || raw === undefined) continue
    checkMeasurement(`${where}.${key}`, raw)
    if (key === 'pH' && raw > 14) {
      throw new RangeError(`${where}.pH: expected a value within 0–14, got ${raw}`)
    }
    out.set(key as WaterIndicatorKey, exactValue(raw))
  }
  return out
}

function judge(
  indicator: SectionIndicatorKey,
  v: ExactValue,
  waterClass: WaterClass,
  waterBody: WaterBody,
  baseClass: BaseClass,
): IndicatorClassResult {
  const label = WATER_CLASS_LABELS[waterClass]
  if (indicator === 'pH') {
    // pH has one range for every class: it exceeds when outside 6–9; 22号 gives no multiple.
    const exceeds = compareToLimit(v, 6) < 0 || compareToLimit(v, 9) > 0
    return {
      indicator,
      value: v.value,
      waterClass,
      label,
      exceeds,
      limit: null,
      exceedanceMultiple: null,
    }
  }
  const limit = limitsFor(indicator, waterBody)[baseClass - 1] as number
  if (indicator === 'DO') {
    // DO is a minimum; 22号: 水温、pH值和溶解氧等项目不计算超标倍数.
    const exceeds = waterClass > baseClass
    return {
      indicator,
      value: v.value,
      waterClass,
      label,
      exceeds,
      limit,
      exceedanceMultiple: null,
    }
  }
  const exceeds = compareToLimit(v, limit) > 0
  return {
    indicator,
    value: v.value,
    waterClass,
    label,
    exceeds,
    limit,
    // GB 3838-2002 §5.1 超标倍数; 22号 uses class Ⅲ as the base for national reporting.
    exceedanceMultiple: exceeds ? exceedanceMultiple(v, limit) : null,
  }
}

/** The section class from exact values. @internal */
export function classifySectionExact(
  values: ReadonlyMap<WaterIndicatorKey, ExactValue>,
  options: ClassifySectionOptions,
): SectionClassification {
  const set = resolveIndicatorSet(options.indicators)
  const baseClass = checkBaseClass(options.baseClass ?? 3)
  const waterBody = options.waterBody
  if (!WATER_BODIES.has(waterBody)) {
    throw new RangeError(
      `options.waterBody: expected 'river', 'lake' or 'reservoir', got ${String(waterBody)}`,
    )
  }
  if (options.doSaturationPercent !== undefined) {
    checkMeasurement('options.doSaturationPercent', options.doSaturationPercent)
  }
  const indicators: IndicatorClassResult[] = []
  const reference: ReferenceIndicatorResult[] = []
  const notInIndicatorSet: SectionIndicatorKey[] = []
  for (const key of KEY_ORDER) {
    const v = values.get(key)
    if (v === undefined) continue
    if (key === 'waterTemp' || key === 'TN' || key === 'fecalColiform') {
      // 22号: 水温、总氮、粪大肠菌群作为参考指标单独评价，不参与水质类别评价.
      const classed = key === 'fecalColiform' || (key === 'TN' && isLakeOrReservoir(waterBody))
      reference.push({
        indicator: key,
        value: v.value,
        waterClass: classed ? classifyExact(key, v, waterBody) : null,
      })
      continue
    }
    if (!set.has(key)) {
      notInIndicatorSet.push(key)
      continue
    }
    const waterClass = classifyExact(key, v, waterBody, options.doSaturationPercent)
    indicators.push(judge(key, v, waterClass, waterBody, baseClass))
  }
  // 22号 二: 单因子评价法，按参评指标中类别最高的一项确定.
  let worst: WaterClass | null = null
  for (const r of indicators) if (worst === null || r.waterClass > worst) worst = r.waterClass
  return {
    waterClass: worst,
    label: worst === null ? null : WATER_CLASS_LABELS[worst],
    status: worst === null ? null : waterQualityStatus(worst),
    meetsBaseClass: worst === null ? null : worst <= baseClass,
    deciding:
      worst === null
        ? []
        : indicators.filter((r) => r.waterClass === worst).map((r) => r.indicator),
    indicators,
    exceeding: indicators.filter((r) => r.exceeds),
    reference,
    notInIndicatorSet,
    waterBody,
    indicatorSet: options.indicators === undefined ? 'FULL_21' : 'FIVE_PLUS_X',
    baseClass,
  }
}

/**
 * The class of a section from its values: the worst class over the supplied indicators among
 * the 21 of 22号 (or the 5+X list), never counting water temperature, TN or fecal coliform. The
 * result names the deciding indicator(s), every counted indicator's class, the exceeding items
 * with their exceedance multiples against class Ⅲ (or `baseClass`), and the quality word.
 *
 * @param values - period values by Table 1 key; `null` or absent means not measured
 * @param options - the water body, the optional 5+X list, base class and DO saturation
 * @returns the classification; `waterClass` is `null` when no counted indicator has a value
 * @throws RangeError for an unknown key, a negative or non-finite value, pH outside 0–14, or an
 * indicator list that names a reference indicator or lacks one of the five basic indicators
 * @category Water
 * @see 环办〔2011〕22号 一(一)1 (21 indicators) and 二 (单因子评价); GB 3838-2002 §5.1 (超标项目、超标倍数);
 * 环办监测函〔2020〕714号 (5+X)
 * @example
 * ```ts
 * import { classifySection } from 'eco-targets/water'
 * const r = classifySection(
 *   { pH: 7.8, DO: 5.6, CODMn: 4.1, NH3N: 0.42, TP: 0.12, TN: 3.5, fecalColiform: 12000 },
 *   { waterBody: 'river' },
 * )
 * r.label      //=> 'Ⅲ'
 * r.deciding   //=> ['DO', 'CODMn', 'TP']
 * r.status     //=> { zh: '良好', en: 'Good' }
 * r.reference.map((x) => x.indicator) //=> ['TN', 'fecalColiform']
 * ```
 */
export function classifySection(
  values: SurfaceWaterValues,
  options: ClassifySectionOptions,
): SectionClassification {
  return classifySectionExact(readSurfaceValues(values), options)
}
