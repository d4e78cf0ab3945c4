import type { z } from 'zod'
import * as zm from 'zod/mini'
import { relocate, text } from '../../_lib/errors/catalogue.js'
import { inputIssuesFromZod } from '../../_lib/errors/from-zod.js'
import { defineOptions } from '../../_lib/options.js'
import { isLakeOrReservoir, STATUS_OF_CLASS, WATER_CLASSES } from './_classes.js'
import { type ExactValue, percent } from './_exact.js'
import {
  arrayIssue,
  choiceIssue,
  duplicateIssue,
  Issues,
  idIssue,
  nameIssue,
  objectIssue,
  resolveInto,
} from './_input.js'
import { meanExact } from './_means.js'
import { baseClassOption, indicatorsOption } from './_options.js'
import { classifySectionExact } from './_section.js'
import { readSurfaceValues } from './_values.js'
import type { SectionIndicatorKey, WaterIndicatorKey } from './indicators.js'
import {
  type SectionCondition,
  SectionConditionSchema,
  type SurfaceWaterValues,
} from './results/section.js'
import type {
  CountRatio,
  SectionExclusionReason,
  SectionSetAssessment,
  SectionSetEntry,
  SectionSetStatus,
} from './results/section-set.js'
import {
  QUALITY_STATUS,
  type WaterBody,
  type WaterClass,
  type WaterQualityStatusKey,
} from './water-class.js'

/** One section of a set, with its period values. @category Water */
export interface SectionSetMember {
  /** Stable id, unique in the set. */
  readonly id: string
  /** Display name. */
  readonly name?: string | undefined
  /** The water body (lakes and reservoirs take the 湖、库 TP limits). */
  readonly waterBody: WaterBody
  /** The section's values for the period (e.g. `means` of {@link classifySectionPeriod}). */
  readonly values?: SurfaceWaterValues | undefined
  /** The section's own 5+X list; default the set's `indicators` option. */
  readonly indicators?: readonly SectionIndicatorKey[] | undefined
  /** Why the section has no values (断流, 冰封, …); any condition but `assessed` excludes it. */
  readonly condition?: SectionCondition | undefined
}

/**
 * Options of {@link assessSectionSet}: the 5+X list for members without their own (default the
 * 21 indicators of 22号), the base class of exceedances (default Ⅲ), and the smallest set
 * assessed by class shares (default 5; smaller sets are assessed by the mean of each indicator).
 * A Q&A of the Shenzhen bureau says “大于5个”; 5 is the reading of project decision 8 and not
 * checked against the 22号 text.
 *
 * @category Water
 * @example
 * ```ts
 * import { AssessSectionSetOptionsSchema } from 'eco-targets/water'
 * Object.keys(AssessSectionSetOptionsSchema.def.shape)
 * //=> ['indicators', 'baseClass', 'minSectionsForShares']
 * ```
 */
export const AssessSectionSetOptionsSchema = zm.strictObject({
  indicators: zm.optional(indicatorsOption),
  baseClass: zm.optional(baseClassOption),
  minSectionsForShares: zm.optional(zm.int().check(zm.gte(1))),
})

/** Options of {@link assessSectionSet}. @category Water */
export type AssessSectionSetOptions = z.input<typeof AssessSectionSetOptionsSchema>

const OPTIONS = defineOptions('assessSectionSet', AssessSectionSetOptionsSchema, (o) => ({
  indicators: o.indicators ? [...o.indicators] : null,
  baseClass: o.baseClass ?? 3,
  minSectionsForShares: o.minSectionsForShares ?? 5,
}))

const CONDITIONS: readonly string[] = SectionConditionSchema.options
const BODIES: readonly string[] = ['river', 'lake', 'reservoir']
const SECTION_ID = text('断面编号', 'section id')

function ratio(numerator: number, denominator: number): CountRatio {
  return { numerator, denominator, percent: percent(numerator, denominator) }
}

/**
 * The set status by class shares (22号 断面水质类别比例法), in exact integer arithmetic:
 * p ≥ x % is compared as 100·count ≥ x·N, so no division or rounding is involved.
 */
function statusByShares(classIToIII: number, worseThanV: number, n: number): WaterQualityStatusKey {
  if (100 * classIToIII >= 90 * n) return 'excellent'
  if (100 * classIToIII >= 75 * n) return 'good'
  if (100 * worseThanV < 20 * n) return 'slightlyPolluted'
  if (100 * worseThanV < 40 * n) return 'moderatelyPolluted'
  return 'heavilyPolluted'
}

interface Checked {
  readonly member: SectionSetMember
  readonly values: Map<WaterIndicatorKey, ExactValue>
}

function checkMembers(sections: unknown, issues: Issues): Checked[] {
  const bad = arrayIssue([], sections)
  if (bad) {
    issues.add(bad)
    return []
  }
  const seen = new Set<string>()
  const out: Checked[] = []
  ;(sections as readonly unknown[]).forEach((raw, i) => {
    const notObject = objectIssue([i], raw)
    if (notObject) {
      issues.add(notObject)
      return
    }
    const s = raw as SectionSetMember
    const before = issues.list.length
    issues.add(idIssue([i, 'id'], s.id))
    if (typeof s.id === 'string') {
      if (seen.has(s.id)) issues.add(duplicateIssue([i, 'id'], s.id, SECTION_ID))
      seen.add(s.id)
    }
    issues.add(nameIssue([i, 'name'], s.name))
    issues.add(choiceIssue([i, 'waterBody'], s.waterBody, BODIES))
    if (s.condition !== undefined)
      issues.add(choiceIssue([i, 'condition'], s.condition, CONDITIONS))
    if (s.indicators !== undefined) {
      const parsed = zm.safeParse(indicatorsOption, s.indicators)
      if (!parsed.success) {
        for (const found of inputIssuesFromZod(parsed.error.issues, s.indicators)) {
          issues.add(relocate(found, { prefix: [i, 'indicators'] }))
        }
      }
    }
    const values = readSurfaceValues(s.values ?? {}, [i, 'values'], issues)
    if (issues.list.length === before) out.push({ member: s, values })
  })
  return out
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
 * @returns the assessment with exact counts and percentages, and the options used
 * @throws {@link InputError} listing every problem with its path (`[2, 'waterBody']`,
 * `[0, 'values', 'TP']`, `[4, 'condition']`, `[3, 'id']` for a duplicate), or a `sections` that is
 * not an array
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
  options?: AssessSectionSetOptions,
): SectionSetAssessment {
  const issues = new Issues()
  const resolved = resolveInto(OPTIONS, options, issues)
  const checked = checkMembers(sections, issues)
  issues.throwIfAny('assessSectionSet input')
  const { indicators, baseClass, minSectionsForShares } = resolved as NonNullable<typeof resolved>
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
  for (const { member: s, values } of checked) {
    const named = s.name === undefined ? { id: s.id } : { id: s.id, name: s.name }
    const own = s.indicators ? [...s.indicators] : indicators
    const classification = classifySectionExact(values, {
      waterBody: s.waterBody,
      indicators: own,
      baseClass,
      doSaturationPercent: null,
    })
    let reason: SectionExclusionReason | null = null
    if (s.condition !== undefined && s.condition !== 'assessed') reason = s.condition
    else if (classification.waterClass === null) reason = 'noData'
    if (reason !== null) {
      excluded.push({ ...named, reason })
      excludedCounts[reason]++
      continue
    }
    entries.push({ ...named, classification })
    withData.push(values)
    bodies.push(s.waterBody)
  }
  const n = entries.length
  const classCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 } as Record<WaterClass, number>
  for (const e of entries) classCounts[e.classification.waterClass as WaterClass]++
  const good = classCounts[1] + classCounts[2] + classCounts[3]
  const worst = classCounts[6]
  let status: SectionSetStatus | null = null
  if (n > 0 && n < minSectionsForShares) {
    // Fewer than 5 sections: the mean of each indicator, classified by the single-factor rule.
    // TP takes the lake limits only when every section is on a lake or reservoir.
    const waterBody: WaterBody = bodies.every(isLakeOrReservoir) ? 'lake' : 'river'
    const averaged = classifySectionExact(meanExact(withData).means, {
      waterBody,
      indicators,
      baseClass,
      doSaturationPercent: null,
    })
    if (averaged.waterClass !== null) {
      const key = STATUS_OF_CLASS[averaged.waterClass]
      status = { method: 'average', key, text: QUALITY_STATUS[key], averaged }
    }
  } else if (n >= minSectionsForShares) {
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
    options: { indicators, baseClass, minSectionsForShares },
  }
}
