import {
  assessSectionSet,
  classifySectionPeriod,
  expectations,
  localizedText,
  mainPollutants,
  type SectionIndicatorKey,
  type SectionSetAssessment,
} from '../../../standards/water/index.js'
import { inputError, issueAt } from '../../input/located.js'
import { compareWithPublished, type OfficialComparison } from './_published.js'
import { originOf, type SectionInput } from './_read.js'
import type { SectionResult } from './_section-result.js'
import { trophicOf } from './_trophic.js'

/** Options of {@link assessSections}. */
export interface AssessSectionsOptions {
  /** `YYYY`, `YYYY-Qn` or `YYYY-MM`: only samplings in it count (they need dates). */
  readonly period?: string | undefined
  /** 5+X indicators; default the 21 of 22号. */
  readonly indicators?: readonly SectionIndicatorKey[] | undefined
}

/** The date given to samplings without one when no period is asked for (it is then not read). */
const UNDATED = '1970-01-01'

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
  const comparison = compareWithPublished(results, indicators)
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
  return { results, comparison, set }
}
