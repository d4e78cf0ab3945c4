import type { WaterCommandOutput } from '../../../index.js'
import type { SectionsAssessment } from '../../../standards/water/index.js'
import { originOf } from './_read.js'

/** The published-class comparison with each difference's `file:line`, as the outputs show it. */
export function comparisonWithOrigins(published: SectionsAssessment['published']) {
  if (published === null) return null
  return {
    compared: published.compared,
    agree: published.agree,
    differences: published.differences.map((d) => ({
      origin: originOf(d),
      section: d.section,
      name: d.name,
      ours: d.ours,
      official: d.official,
      deciding: d.deciding,
      onLimit: d.onLimit,
    })),
  }
}

/**
 * The document `water --json` writes (checked against `WaterCommandOutputSchema` before it is
 * written): the options, every section with its class, main pollutants and trophic state, the
 * comparison with the published classes and the set's figures.
 *
 * @param assessment - the sections assessed
 * @param options - the options the document records
 * @returns the document, to be checked
 */
export function waterJson(
  assessment: SectionsAssessment,
  options: WaterCommandOutput['options'],
): Record<string, unknown> {
  const { sections: _classified, ...setFigures } = assessment.set
  return {
    options,
    sections: assessment.sections.map(({ section, period, pollutants, trophic, trophicNote }) => ({
      id: section.id,
      name: section.name,
      where: section.where,
      waterBody: section.waterBody,
      waterBodyFrom: section.waterBodyFrom,
      condition: period.condition,
      waterClass: period.waterClass,
      label: period.label,
      status: period.status,
      deciding: period.deciding,
      exceeding: period.exceeding.map((e) => e.indicator),
      samplings: period.samplings,
      means: period.means,
      published:
        section.samplings.length === 1 && section.samplings[0]?.officialClass !== undefined
          ? section.samplings[0].officialClass
          : undefined,
      mainPollutants: pollutants
        ? {
            applies: pollutants.applies,
            pollutants: pollutants.pollutants,
            text: pollutants.text,
          }
        : null,
      trophicState: trophic
        ? {
            index: trophic.index,
            published: trophic.published,
            grade: trophic.grade,
            gradeText: trophic.gradeText,
            eutrophic: trophic.eutrophic,
            parameters: trophic.parameters,
            missing: trophic.missing,
            renormalized: trophic.renormalized,
            withheld: trophic.withheld,
          }
        : null,
      ...(trophicNote ? { trophicNote: trophicNote.en } : {}),
    })),
    published: comparisonWithOrigins(assessment.published),
    set: setFigures,
  }
}
