import type { LocalizedText } from '../../_lib/localized-text.js'
import { type ExactValue, percent } from './_exact.js'
import type { SectionCondition } from './classify-period.js'
import { meanExact } from './classify-period.js'
import {
  type BaseClass,
  checkBaseClass,
  classifySectionExact,
  readSurfaceValues,
  type SectionClassification,
  type SurfaceWaterValues,
} from './classify-section.js'
import type { SectionIndicatorKey, WaterIndicatorKey } from './indicators.js'
import {
  isLakeOrReservoir,
  QUALITY_STATUS,
  STATUS_OF_CLASS,
  WATER_CLASSES,
  type WaterBody,
  type WaterClass,
  type WaterQualityStatusKey,
} from './water-class.js'

/** One section of a set, with its period values. @category Water */
export interface SectionSetMember {
  /** Stable id, unique in the set. */
  readonly id: string
  /** Display name. */
  readonly name?: string
  /** The water body (lakes and reservoirs take the 湖、库 TP limits). */
  readonly waterBody: WaterBody
  /** The section's values for the period (e.g. `means` of {@link classifySectionPeriod}). */
  readonly values?: SurfaceWaterValues
  /** The section's own 5+X list; default the set's `indicators` option. */
  readonly indicators?: readonly SectionIndicatorKey[]
  /** Why the section has no values (断流, 冰封, …); any condition but `assessed` excludes it. */
  readonly condition?: SectionCondition
}

/** Options of {@link assessSectionSet}. @category Water */
export interface AssessSectionSetOptions {
  /** 5+X list for members without their own; default the 21 indicators of 22号. */
  readonly indicators?: readonly SectionIndicatorKey[]
  /** Base class of exceedances (default Ⅲ). */
  readonly baseClass?: BaseClass
  /**
   * The smallest set assessed by class shares (default 5): smaller sets are assessed by the mean
   * of each indicator. A Q&A of the Shenzhen bureau says “大于5个”; 5 is the reading of
   * project decision 8 and not checked against the 22号 text.
   */
  readonly minSectionsForShares?: number
}

/** A ratio as exact counts and as a percentage (`null` when the denominator is 0). @category Water */
export interface CountRatio {
  /** Count in the numerator. */
  readonly numerator: number
  /** Count in the denominator. */
  readonly denominator: number
  /** numerator / denominator × 100, unrounded; `null` when the denominator is 0. */
  readonly percent: number | null
}

/** Why a section was left out of a set's ratios. @category Water */
export type SectionExclusionReason = Exclude<SectionCondition, 'assessed'>

/** A classified section of a set. @category Water */
export interface SectionSetEntry {
  /** Section id. */
  readonly id: string
  /** Display name. */
  readonly name?: string
  /** Its classification. */
  readonly classification: SectionClassification
}

/** The quality status of a set of sections and how it was reached. @category Water */
export interface SectionSetStatus {
  /** `average` (fewer than `minSectionsForShares` sections) or `classShares`. */
  readonly method: 'average' | 'classShares'
  /** The status key. */
  readonly key: WaterQualityStatusKey
  /** 水质状况 in Chinese and English. */
  readonly text: LocalizedText
  /** For `average`: the classification of the mean values. */
  readonly averaged?: SectionClassification
}

/** A set of sections assessed together. @category Water */
export interface SectionSetAssessment {
  /** The sections with a class, in input order. */
  readonly sections: readonly SectionSetEntry[]
  /** N: the number of sections with data (the denominator of every ratio). */
  readonly evaluated: number
  /** Sections left out, with the reason, in input order. */
  readonly excluded: readonly {
    readonly id: string
    readonly name?: string
    readonly reason: SectionExclusionReason
  }[]
  /** How many were left out for each reason. */
  readonly excludedCounts: Readonly<Record<SectionExclusionReason, number>>
  /** Sections in each class. */
  readonly classCounts: Readonly<Record<WaterClass, number>>
  /** Share of sections in each class. */
  readonly classShares: Readonly<Record<WaterClass, CountRatio>>
  /** Ⅰ–Ⅲ ratio (达到或优于Ⅲ类比例). */
  readonly classIToIII: CountRatio
  /** 劣Ⅴ ratio. */
  readonly worseThanV: CountRatio
  /** The set's quality status; `null` when no section has data. */
  readonly status: SectionSetStatus | null
}

function ratio(numerator: number, denominator: number): CountRatio {
  return { numerator, denominator, percent: percent(numerator, denominator) }
}

/**
 * The set status by class shares (22号 断面水质类别比例法), in exact integer arithmetic.
 * @internal
 */
export function statusByShares(
  classIToIII: number,
  worseThanV: number,
  n: number,
): WaterQualityStatusKey {
  // Compare p ≥ x% as 100·count ≥ x·N so no division or rounding is involved.
  if (100 * classIToIII >= 90 * n) return 'excellent'
  if (100 * classIToIII >= 75 * n) return 'good'
  if (100 * worseThanV < 20 * n) return 'slightlyPolluted'
  if (100 * worseThanV < 40 * n) return 'moderatelyPolluted'
  return 'heavilyPolluted'
}

/**
 * Assesses a set of sections (a river, a basin, a city's national sections): each section's
 * class, the share of sections in each class, the Ⅰ–Ⅲ ratio and the 劣Ⅴ ratio over the
 * sections with data (sections without data, dried up or frozen are excluded from numerator and
 * denominator, counted and listed), and the set's quality status: fewer than 5 sections by the
 * mean of each indicator, 5 or more by class shares (Ⅰ–Ⅲ ≥ 90 % 优; ≥ 75 % 良好; otherwise
 * 劣Ⅴ < 20 % 轻度污染, < 40 % 中度污染, else 重度污染).
 *
 * @param sections - the sections with their period values
 * @param options - indicator list, base class, and the size from which class shares are used
 * @returns the assessment with exact counts and percentages
 * @throws RangeError for duplicate ids, bad values (naming the section) or bad options
 * @category Water
 * @see 环办〔2011〕22号 二 (河流、流域（水系）水质评价: 断面水质类别比例法); project decision 8
 * @example
 * ```ts
 * import { assessSectionSet } from 'eco-targets/water'
 * const r = assessSectionSet([
 *   { id: 'a', waterBody: 'river', values: { DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.08 } },
 *   { id: 'b', waterBody: 'river', values: { DO: 7, CODMn: 5, NH3N: 0.9, TP: 0.15 } },
 *   { id: 'c', waterBody: 'river', values: { DO: 4, CODMn: 9, NH3N: 2.4, TP: 0.5 } },
 *   { id: 'd', waterBody: 'river', condition: 'driedUp' },
 * ])
 * r.classIToIII      //=> { numerator: 2, denominator: 3, percent: 66.66666666666667 }
 * r.worseThanV.numerator //=> 1
 * r.excluded         //=> [{ id: 'd', reason: 'driedUp' }]
 * r.status?.method   //=> 'average'
 * ```
 */
export function assessSectionSet(
  sections: readonly SectionSetMember[],
  options: AssessSectionSetOptions = {},
): SectionSetAssessment {
  const minShares = options.minSectionsForShares ?? 5
  if (!Number.isInteger(minShares) || minShares < 1) {
    throw new RangeError(`options.minSectionsForShares: expected an integer ≥ 1, got ${minShares}`)
  }
  const baseClass = checkBaseClass(options.baseClass ?? 3)
  const seen = new Set<string>()
  const entries: SectionSetEntry[] = []
  const excluded: { id: string; name?: string; reason: SectionExclusionReason }[] = []
  const excludedCounts: Record<SectionExclusionReason, number> = {
    noData: 0,
    driedUp: 0,
    frozen: 0,
    notSampled: 0,
    tooFewSamplings: 0,
  }
  const withData: Map<WaterIndicatorKey, ExactValue>[] = []
  const bodies: WaterBody[] = []
  sections.forEach((s, i) => {
    if (seen.has(s.id)) throw new RangeError(`sections[${i}].id: duplicate section id "${s.id}"`)
    seen.add(s.id)
    const named = s.name === undefined ? { id: s.id } : { id: s.id, name: s.name }
    const values = readSurfaceValues(s.values ?? {}, `sections[${i}].values`)
    const indicators = s.indicators ?? options.indicators
    const classification = classifySectionExact(values, {
      waterBody: s.waterBody,
      baseClass,
      ...(indicators === undefined ? {} : { indicators }),
    })
    let reason: SectionExclusionReason | null = null
    if (s.condition !== undefined && s.condition !== 'assessed') reason = s.condition
    else if (classification.waterClass === null) reason = 'noData'
    if (reason !== null) {
      excluded.push({ ...named, reason })
      excludedCounts[reason]++
      return
    }
    entries.push({ ...named, classification })
    withData.push(values)
    bodies.push(s.waterBody)
  })
  const n = entries.length
  const classCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 } as Record<WaterClass, number>
  for (const e of entries) classCounts[e.classification.waterClass as WaterClass]++
  const good = classCounts[1] + classCounts[2] + classCounts[3]
  const worst = classCounts[6]
  let status: SectionSetStatus | null = null
  if (n > 0 && n < minShares) {
    // Fewer than 5 sections: the mean of each indicator, classified by the single-factor rule.
    // TP takes the lake limits only when every section is on a lake or reservoir.
    const body: WaterBody = bodies.every(isLakeOrReservoir) ? 'lake' : 'river'
    const averaged = classifySectionExact(meanExact(withData).means, {
      waterBody: body,
      baseClass,
      ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
    })
    if (averaged.waterClass !== null) {
      const key = STATUS_OF_CLASS[averaged.waterClass]
      status = { method: 'average', key, text: QUALITY_STATUS[key], averaged }
    }
  } else if (n >= minShares) {
    const key = statusByShares(good, worst, n)
    status = { method: 'classShares', key, text: QUALITY_STATUS[key] }
  }
  return {
    sections: entries,
    evaluated: n,
    excluded,
    excludedCounts,
    classCounts,
    classShares: Object.fromEntries(
      WATER_CLASSES.map((c) => [c, ratio(classCounts[c], n)]),
    ) as Record<WaterClass, CountRatio>,
    classIToIII: ratio(good, n),
    worseThanV: ratio(worst, n),
    status,
  }
}
