import { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue, relocate, text } from '../../../_lib/errors/catalogue.js'
import { safeParseInput, zodMessage } from '../../../_lib/errors/from-zod.js'
import { InputError, isInputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { defineOptions } from '../../../_lib/options.js'
import { indicatorsOption } from '../_options.js'
import { classifySectionPeriod } from '../classify-period.js'
import { mainPollutants } from '../main-pollutants.js'
import { isWaterPeriod } from '../period.js'
import type { SectionRecords } from '../readers/sections.js'
import type { AssessedSection, SectionsAssessment } from '../results/assess-sections.js'
import { SectionRecordsSchema } from '../results/readers.js'
import { assessSectionSet } from '../section-set.js'
import { compareWithPublished } from './_published.js'
import { trophicOf } from './_trophic.js'

/**
 * Options of {@link assessSections}: the period (`YYYY`, `YYYY-Qn` or `YYYY-MM`; only its
 * samplings count, and every sampling then needs a date) and the 5+X indicators (default the 21
 * of 22号).
 *
 * @category Water
 * @example
 * ```ts
 * import { AssessSectionsOptionsSchema } from 'eco-targets/water'
 * Object.keys(AssessSectionsOptionsSchema.def.shape) //=> ['period', 'indicators']
 * ```
 */
export const AssessSectionsOptionsSchema = zm.strictObject({
  period: zm.optional(
    zm.string().check(zm.refine(isWaterPeriod, { error: zodMessage(expect.waterPeriod()) })),
  ),
  indicators: zm.optional(indicatorsOption),
})

/** Options of {@link assessSections}. @category Water */
export type AssessSectionsOptions = z.input<typeof AssessSectionsOptionsSchema>

const OPTIONS = defineOptions('assessSections', AssessSectionsOptionsSchema, (o) => ({
  period: o.period ?? null,
  indicators: o.indicators ? [...o.indicators] : null,
}))

const CONTEXT = 'assessSections input'
const SECTIONS = z.array(SectionRecordsSchema)

/** The date given to samplings without one when no period is asked for (it is then not read). */
const UNDATED = '1970-01-01'

/** The issue at `[i, 'samplings', j, …]`, with the file location the sampling was read at. */
function located(found: InputIssue, sections: readonly SectionRecords[]): InputIssue {
  const [i, key, j] = found.path
  if (typeof i !== 'number' || key !== 'samplings' || typeof j !== 'number') return found
  const location = sections[i]?.samplings?.[j]?.location
  return location ? relocate(found, { location }) : found
}

function checkSections(sections: unknown, period: string | null): readonly SectionRecords[] {
  const parsed = safeParseInput(SECTIONS, sections)
  if (!parsed.success) {
    const given = Array.isArray(sections) ? (sections as SectionRecords[]) : []
    throw new InputError(
      CONTEXT,
      parsed.issues.map((i) => located(i, given)),
    )
  }
  const valid = sections as readonly SectionRecords[]
  if (period !== null) {
    const undated = valid.flatMap((s, i) =>
      s.samplings.flatMap((r, j) =>
        r.date === null
          ? [
              issue({
                code: 'invalid_type',
                path: [i, 'samplings', j, 'date'],
                expected: expect.samplingDate(),
                receivedText: null,
                hint: text('时段需要采样日期', 'a period needs sampling dates'),
                ...(r.location ? { location: r.location } : {}),
              }),
            ]
          : [],
      ),
    )
    if (undated.length > 0) throw new InputError(CONTEXT, undated)
  }
  return valid
}

/**
 * Assesses the sections read from a monitoring export ({@link readSectionRecords}) for a
 * period: each section's class (mean of each indicator over its samplings in the period, worst
 * of the 21 indicators or the 5+X list, 22号), the main pollutants of a section worse than
 * class Ⅲ, the TLI(Σ) and grade of a lake or reservoir section with one sampling and
 * chlorophyll a or transparency, each sampling's published class (`水质类别`) against the class
 * of its own values, and the set (Ⅰ–Ⅲ and 劣Ⅴ ratios, class shares, status).
 *
 * @param sections - the sections as {@link readSectionRecords} gives them (not changed)
 * @param options - the period and the 5+X indicators
 * @returns the sections in input order, the published-class comparison (`null` when no sampling
 *   has an `officialClass`), the set and the options used
 * @throws {@link InputError} listing every problem, each with its path (`[0, 'samplings', 2,
 *   'date']`) and the sampling's file location when it has one: sections not shaped as the
 *   reader gives them, a sampling without a date when a period is asked for, bad options
 * @category Water
 * @see 环办〔2011〕22号 一 (断面水质评价、主要污染指标、湖库营养状态评价); GB 3838-2002 表1
 * @example
 * ```ts
 * import { assessSections, readSectionRecords } from 'eco-targets/water'
 * const { sections } = readSectionRecords([
 *   { section: 'a', date: '2022-07-10', pH: '7.5', DO: '6', CODMn: '4', NH3N: '0.4', TP: '0.25', 水质类别: 'Ⅳ' },
 * ])
 * const r = assessSections(sections, { period: '2022-Q3' })
 * r.sections[0]?.period.label       //=> 'Ⅳ'
 * r.sections[0]?.pollutants?.text.zh //=> '总磷(0.2)'
 * r.published?.agree                 //=> 1
 * r.set.status.key                   //=> 'slightlyPolluted'
 * ```
 */
export function assessSections(
  sections: readonly SectionRecords[],
  options?: AssessSectionsOptions,
): SectionsAssessment {
  const resolved = OPTIONS.resolve(options)
  const valid = checkSections(sections, resolved.period)
  const indicators = resolved.indicators ? { indicators: resolved.indicators } : {}
  const assessed = valid.map((section, i): AssessedSection => {
    let period: AssessedSection['period']
    try {
      period = classifySectionPeriod(
        section.samplings.map((r) => ({
          date: r.date ?? UNDATED,
          status: r.status,
          values: r.values,
        })),
        {
          waterBody: section.waterBody,
          ...(resolved.period ? { period: resolved.period } : {}),
          ...indicators,
        },
      )
    } catch (error) {
      if (!isInputError(error)) throw error
      throw new InputError(
        CONTEXT,
        error.issues.map((e) => located(relocate(e, { prefix: [i, 'samplings'] }), valid)),
      )
    }
    const pollutants =
      period.condition === 'assessed'
        ? mainPollutants(period.means, { waterBody: section.waterBody, ...indicators })
        : null
    return { section, period, pollutants, ...trophicOf(section, period) }
  })
  const set = assessSectionSet(
    assessed.map(({ section, period }) => ({
      id: section.id,
      name: section.name,
      waterBody: section.waterBody,
      values: period.means,
      condition: period.condition,
    })),
    indicators,
  )
  return {
    sections: assessed,
    published: compareWithPublished(valid, indicators),
    set,
    options: resolved,
  }
}
