import {
  assessSectionSet,
  classifySection,
  classifySectionPeriod,
  expectations,
  GB3838_TABLE1,
  isInputError,
  localizedText,
  type MainPollutants,
  mainPollutants,
  type SectionIndicatorKey,
  type SectionPeriodClassification,
  type SectionSetAssessment,
  type TrophicState,
  trophicLevelIndex,
  type WaterClass,
} from '../../../standards/water/index.js'
import { inputError, issueAt } from '../../input/located.js'
import { originOf, type SectionInput } from './_read.js'

/** A section's class for the input's period, with its published class when it has one row. */
export interface SectionResult {
  readonly section: SectionInput
  readonly period: SectionPeriodClassification
  /** Main pollutants (22号) of a classed section; `applies` is false at class Ⅲ or better. */
  readonly pollutants: MainPollutants | null
  /** TLI(Σ) of a lake or reservoir section whose input has chlorophyll a or transparency. */
  readonly trophic: TrophicState | null
  /** Why a lake or reservoir with trophic columns has no TLI(Σ). */
  readonly trophicNote: { readonly zh: string; readonly en: string } | null
}

/** A row whose published class differs from the class of its own values. */
export interface ClassDifference {
  readonly origin: { readonly file: string; readonly line?: number }
  readonly section: string
  readonly name: string
  readonly ours: WaterClass | null
  readonly official: WaterClass | null
  readonly deciding: readonly string[]
  /**
   * The deciding values that sit exactly on the limit of our class: a published class one worse
   * was then most likely judged on the unrounded measurement, which the display rounds.
   */
  readonly onLimit: readonly { indicator: string; value: number; limit: number }[]
}

/** The comparison with the published classes (`水质类别`). */
export interface OfficialComparison {
  /** Rows with a published class. */
  readonly compared: number
  readonly agree: number
  readonly differences: readonly ClassDifference[]
}

/** Options of {@link assessSections}. */
export interface AssessSectionsOptions {
  /** `YYYY`, `YYYY-Qn` or `YYYY-MM`: only samplings in it count (they need dates). */
  readonly period?: string | undefined
  /** 5+X indicators; default the 21 of 22号. */
  readonly indicators?: readonly SectionIndicatorKey[] | undefined
}

/** The date given to samplings without one when no period is asked for (it is then not read). */
const UNDATED = '1970-01-01'

function onLimitValues(
  classification: ReturnType<typeof classifySection>,
): ClassDifference['onLimit'] {
  const c = classification.waterClass
  if (c === null || c > 5) return []
  return classification.indicators.flatMap((i) => {
    if (!classification.deciding.includes(i.indicator)) return []
    const item = GB3838_TABLE1[i.indicator]
    const limits =
      i.indicator === 'TP' && classification.waterBody !== 'river' ? item.lakeLimits : item.limits
    const limit = limits?.[c - 1]
    return limit !== undefined && limit === i.value
      ? [{ indicator: i.indicator, value: i.value, limit }]
      : []
  })
}

/**
 * Classifies every section for the period (mean of each indicator over its samplings, worst of
 * the 21 indicators, 22号), compares each row's published class with the class of the row's own
 * values, and assesses the set (Ⅰ–Ⅲ and 劣Ⅴ ratios, class shares, status).
 *
 * @param sections - the sections read
 * @param options - period and 5+X indicators
 * @returns the section results, the comparison (when the input has published classes) and the set
 * @throws the library's `InputError` when a period is asked for and a row has no date
 */
export function assessSections(
  sections: readonly SectionInput[],
  options: AssessSectionsOptions,
): { results: SectionResult[]; comparison: OfficialComparison; set: SectionSetAssessment } {
  if (options.period) {
    const undated = sections.flatMap((s) => s.samplings.filter((r) => r.date === null))
    if (undated.length) {
      throw inputError(
        undated.slice(0, 50).map((r) =>
          issueAt(originOf(r), {
            code: 'invalid_type',
            expected: expectations.samplingDate(),
            receivedText: null,
            hint: localizedText('--period 需要采样日期', '--period needs a sampling date'),
          }),
        ),
      )
    }
  }
  const indicators = options.indicators ? { indicators: options.indicators } : {}
  const results = sections.map((section): SectionResult => {
    const period = classifySectionPeriod(
      section.samplings.map((r) => ({
        date: r.date ?? UNDATED,
        status: r.status,
        values: r.values,
      })),
      {
        waterBody: section.waterBody,
        ...(options.period ? { period: options.period } : {}),
        ...indicators,
      },
    )
    const pollutants =
      period.condition === 'assessed'
        ? mainPollutants(period.means, { waterBody: section.waterBody, ...indicators })
        : null
    return { section, period, pollutants, ...trophicOf(section, period) }
  })
  let compared = 0
  let agree = 0
  const differences: ClassDifference[] = []
  for (const { section } of results) {
    for (const row of section.samplings) {
      if (row.officialClass === undefined || row.officialClass === null) continue
      compared++
      const ours = classifySection(row.values, { waterBody: section.waterBody, ...indicators })
      if (ours.waterClass === row.officialClass) {
        agree++
        continue
      }
      differences.push({
        origin: originOf(row),
        section: section.id,
        name: section.name,
        ours: ours.waterClass,
        official: row.officialClass,
        deciding: ours.deciding,
        onLimit: row.officialClass === (ours.waterClass ?? 0) + 1 ? onLimitValues(ours) : [],
      })
    }
  }
  const set = assessSectionSet(
    results.map(({ section, period }) => ({
      id: section.id,
      name: section.name,
      waterBody: section.waterBody,
      values: period.means,
      condition: period.condition,
    })),
    indicators,
  )
  return { results, comparison: { compared, agree, differences }, set }
}

/**
 * TLI(Σ) of a lake or reservoir section with chlorophyll a or transparency columns, by the
 * library's default rule (a missing parameter: the weights are renormalised over those given).
 * The library has no period mean of chlorophyll a and transparency, so a section with more than
 * one sampling gets no index here.
 */
function trophicOf(
  section: SectionInput,
  period: SectionPeriodClassification,
): { trophic: TrophicState | null; trophicNote: SectionResult['trophicNote'] } {
  if (section.waterBody === 'river') return { trophic: null, trophicNote: null }
  const rows = section.samplings.filter((r) => r.trophic !== undefined)
  if (rows.length === 0) return { trophic: null, trophicNote: null }
  const row = section.samplings[0]
  if (section.samplings.length > 1 || period.samplings.used !== 1 || row === undefined) {
    return {
      trophic: null,
      trophicNote: {
        zh: `${section.samplings.length} 次监测：TLI(Σ) 只对有一次监测的断面给出`,
        en: `${section.samplings.length} samplings: TLI(Σ) is given for a section with one sampling`,
      },
    }
  }
  try {
    const trophic = trophicLevelIndex({
      chla: row.trophic?.chla ?? null,
      TP: period.means.TP ?? null,
      TN: period.means.TN ?? null,
      SD: row.trophic?.SD ?? null,
      CODMn: period.means.CODMn ?? null,
    })
    return { trophic, trophicNote: null }
  } catch (error) {
    if (!isInputError(error)) throw error
    return {
      trophic: null,
      trophicNote: {
        zh: error.issues.map((i) => i.message.zh).join('；'),
        en: error.issues.map((i) => i.message.en).join('; '),
      },
    }
  }
}
