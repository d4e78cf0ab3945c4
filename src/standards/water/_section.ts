/** The exact classification of a section from checked values (shared by every section function). */
import { isLakeOrReservoir } from './_classes.js'
import { compareToLimit, type ExactValue, exceedanceMultiple } from './_exact.js'
import {
  REFERENCE_INDICATORS,
  type SectionIndicatorKey,
  type WaterIndicatorKey,
} from './indicators.js'
import { waterQualityStatus } from './quality-status.js'
import type {
  IndicatorClassResult,
  ReferenceIndicatorResult,
  ResolvedSectionOptions,
  SectionClassification,
} from './results/section.js'
import { type FiveClassLimits, GB3838_TABLE1 } from './tables/gb3838-table1.js'
import { WATER_CLASS_LABELS, type WaterBody, type WaterClass } from './water-class.js'

/** Table 1 in printed order (序号). */
export const TABLE1_ORDER: readonly WaterIndicatorKey[] = Object.values(GB3838_TABLE1)
  .sort((a, b) => a.no - b.no)
  .map((i) => i.key)

/** The Table 1 limits of `indicator` on `waterBody` (TP by column); only for items with class limits. */
export function limitsFor(indicator: WaterIndicatorKey, waterBody: WaterBody): FiveClassLimits {
  const item = GB3838_TABLE1[indicator]
  if (indicator === 'TP' && isLakeOrReservoir(waterBody) && item.lakeLimits) return item.lakeLimits
  return item.limits as FiveClassLimits
}

/**
 * The class of an exact value of a classifiable item. Limits are inclusive and scanned from class
 * Ⅰ, so a limit shared by several classes goes to the best of them (COD 15 is Ⅰ, not Ⅱ).
 */
export function classifyExact(
  indicator: WaterIndicatorKey,
  value: ExactValue,
  waterBody: WaterBody,
  doSaturationPercent: number | null,
): WaterClass {
  // GB 3838-2002 表1 第2项: one range 6～9 for every class; outside it no class is met.
  if (indicator === 'pH') {
    return compareToLimit(value, 6) >= 0 && compareToLimit(value, 9) <= 0 ? 1 : 6
  }
  const limits = limitsFor(indicator, waterBody)
  if (indicator === 'DO') {
    // 表1 第3项 “饱和率90%（或7.5）”: saturation ≥ 90 % also reaches class Ⅰ.
    if (doSaturationPercent !== null && doSaturationPercent >= 90) return 1
    for (let k = 0; k < 5; k++) {
      if (compareToLimit(value, limits[k] as number) >= 0) return (k + 1) as WaterClass
    }
    return 6
  }
  for (let k = 0; k < 5; k++) {
    if (compareToLimit(value, limits[k] as number) <= 0) return (k + 1) as WaterClass
  }
  return 6
}

function judge(
  indicator: SectionIndicatorKey,
  v: ExactValue,
  waterClass: WaterClass,
  waterBody: WaterBody,
  baseClass: number,
): IndicatorClassResult {
  const label = WATER_CLASS_LABELS[waterClass]
  if (indicator === 'pH') {
    // pH exceeds when outside 6–9; 22号 gives it no multiple.
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
    return {
      indicator,
      value: v.value,
      waterClass,
      label,
      exceeds: waterClass > baseClass,
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
    // GB 3838-2002 §5.1 超标倍数; 22号 takes class Ⅲ as the base for national reporting.
    exceedanceMultiple: exceeds ? exceedanceMultiple(v, limit) : null,
  }
}

const REFERENCE: ReadonlySet<string> = new Set(REFERENCE_INDICATORS)

/** The section class from checked, exact values under resolved options. */
export function classifySectionExact(
  values: ReadonlyMap<WaterIndicatorKey, ExactValue>,
  options: ResolvedSectionOptions,
): SectionClassification {
  const { waterBody, baseClass } = options
  const set: ReadonlySet<string> | null = options.indicators ? new Set(options.indicators) : null
  const indicators: IndicatorClassResult[] = []
  const reference: ReferenceIndicatorResult[] = []
  const notInIndicatorSet: SectionIndicatorKey[] = []
  for (const key of TABLE1_ORDER) {
    const v = values.get(key)
    if (v === undefined) continue
    if (REFERENCE.has(key)) {
      // 22号: 水温、总氮、粪大肠菌群作为参考指标单独评价，不参与水质类别评价.
      const classed = key === 'fecalColiform' || (key === 'TN' && isLakeOrReservoir(waterBody))
      reference.push({
        indicator: key as ReferenceIndicatorResult['indicator'],
        value: v.value,
        waterClass: classed ? classifyExact(key, v, waterBody, null) : null,
      })
      continue
    }
    const indicator = key as SectionIndicatorKey
    if (set !== null && !set.has(indicator)) {
      notInIndicatorSet.push(indicator)
      continue
    }
    const waterClass = classifyExact(indicator, v, waterBody, options.doSaturationPercent)
    indicators.push(judge(indicator, v, waterClass, waterBody, baseClass))
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
    indicatorSet: options.indicators === null ? 'FULL_21' : 'FIVE_PLUS_X',
    baseClass,
    options,
  }
}
