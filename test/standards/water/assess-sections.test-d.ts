import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import {
  type AssessedSection,
  type AssessedSectionSchema,
  type AssessSectionsOptions,
  type AssessSectionsOptionsSchema,
  assessSections,
  type MainPollutants,
  type PublishedClassComparison,
  type PublishedClassComparisonSchema,
  type PublishedClassDifference,
  type PublishedClassDifferenceSchema,
  type SectionPeriodClassification,
  type SectionRecords,
  type SectionSetAssessment,
  type SectionsAssessment,
  type SectionsAssessmentSchema,
  type TrophicState,
  type WaterClass,
} from '../../../src/standards/water/index.js'

declare const sections: SectionRecords[]

describe('assessSections types', () => {
  it('infers the result types from their schemas', () => {
    expectTypeOf<SectionsAssessment>().toEqualTypeOf<z.output<typeof SectionsAssessmentSchema>>()
    expectTypeOf<AssessedSection>().toEqualTypeOf<z.output<typeof AssessedSectionSchema>>()
    expectTypeOf<PublishedClassComparison>().toEqualTypeOf<
      z.output<typeof PublishedClassComparisonSchema>
    >()
    expectTypeOf<PublishedClassDifference>().toEqualTypeOf<
      z.output<typeof PublishedClassDifferenceSchema>
    >()
    expectTypeOf<AssessSectionsOptions>().toEqualTypeOf<
      z.input<typeof AssessSectionsOptionsSchema>
    >()
    expectTypeOf(assessSections).returns.toEqualTypeOf<SectionsAssessment>()
  })

  it('gives each section its records, period class, pollutants and trophic state', () => {
    const r = assessSections(sections, { period: '2022-Q3' })
    expectTypeOf(r.sections).toEqualTypeOf<AssessedSection[]>()
    expectTypeOf(r.sections[0]!.section).toEqualTypeOf<SectionRecords>()
    expectTypeOf(r.sections[0]!.period).toEqualTypeOf<SectionPeriodClassification>()
    expectTypeOf(r.sections[0]!.pollutants).toEqualTypeOf<MainPollutants | null>()
    expectTypeOf(r.sections[0]!.trophic).toEqualTypeOf<TrophicState | null>()
    expectTypeOf(r.published).toEqualTypeOf<PublishedClassComparison | null>()
    expectTypeOf(r.published!.differences[0]!.ours).toEqualTypeOf<WaterClass | null>()
    expectTypeOf(r.set).toEqualTypeOf<SectionSetAssessment>()
    expectTypeOf(r.options.period).toEqualTypeOf<string | null>()
  })

  it('takes the reader’s sections and strict options', () => {
    expectTypeOf(assessSections).parameter(0).toEqualTypeOf<readonly SectionRecords[]>()
    assessSections(sections)
    assessSections(sections, { indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP'] })
    // @ts-expect-error a misspelt option does not compile
    assessSections(sections, { periods: '2022' })
    // @ts-expect-error TN is not one of the 21 indicators
    assessSections(sections, { indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN'] })
    // @ts-expect-error the records must be read first
    assessSections([{ section: 'a', TP: '0.1' }])
  })
})
