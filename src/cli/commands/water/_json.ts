import type { WaterCommandOutput } from '../../../index.js'
import type { assessSections } from './_assess.js'

/**
 * The document `water --json` writes (checked against `WaterCommandOutputSchema` before it is
 * written): the options, every section with its class, main pollutants and trophic state, the
 * comparison with the published classes and the set's figures.
 *
 * @param assessment - the sections assessed
 * @param hasOfficial - whether the input has published classes
 * @param options - the options the document records
 * @returns the document, to be checked
 */
export function waterJson(
  assessment: ReturnType<typeof assessSections>,
  hasOfficial: boolean,
  options: WaterCommandOutput['options'],
): Record<string, unknown> {
  const { results, comparison, set } = assessment
  const { sections: _classified, ...setFigures } = set
  return {
    options,
    sections: results.map(({ section, period, pollutants, trophic, trophicNote }) => ({
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
    published: hasOfficial ? comparison : null,
    set: setFigures,
  }
}
