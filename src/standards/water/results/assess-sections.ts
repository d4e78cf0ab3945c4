import { z } from 'zod'
import { LocalizedTextSchema } from '../../../_lib/localized-text.js'
import { SectionIndicatorKeySchema } from '../indicators.js'
import { WaterClassSchema } from '../water-class.js'
import { MainPollutantsSchema } from './main-pollutants.js'
import { RecordLocationSchema, SectionRecordsSchema } from './readers.js'
import { SectionPeriodClassificationSchema } from './section.js'
import { SectionSetAssessmentSchema } from './section-set.js'
import { TrophicStateSchema } from './trophic-state.js'

/** One section of {@link assessSections}: its class for the period, main pollutants, TLI(Σ). @category Water */
export const AssessedSectionSchema = z
  .strictObject({
    section: SectionRecordsSchema.describe('The section as given'),
    period: SectionPeriodClassificationSchema,
    pollutants: MainPollutantsSchema.nullable().describe(
      'Main pollutants (22号) of a section with a class; null without one',
    ),
    trophic: TrophicStateSchema.nullable().describe(
      'TLI(Σ) of a lake or reservoir section with one sampling and chlorophyll a or transparency',
    ),
    trophicNote: LocalizedTextSchema.nullable().describe(
      'Why a lake or reservoir with chlorophyll a or transparency has no TLI(Σ)',
    ),
  })
  .describe("A section's class for the period, main pollutants and trophic state")

/** @category Water */
export type AssessedSection = z.output<typeof AssessedSectionSchema>

/** A sampling whose published class differs from the class of its own values. @category Water */
export const PublishedClassDifferenceSchema = z
  .strictObject({
    section: z.string().describe('The section id'),
    name: z.string(),
    sampling: z.number().int().nonnegative().describe('Index of the sampling in the section'),
    location: RecordLocationSchema.exactOptional().describe('Where the sampling was read'),
    ours: WaterClassSchema.nullable().describe('The class of the sampling’s own values'),
    official: WaterClassSchema.nullable().describe('The published class'),
    deciding: z.array(z.string()),
    onLimit: z
      .array(z.strictObject({ indicator: z.string(), value: z.number(), limit: z.number() }))
      .describe(
        'Deciding values exactly on the limit of our class, when the published class is one worse',
      ),
  })
  .readonly()

/** @category Water */
export type PublishedClassDifference = z.output<typeof PublishedClassDifferenceSchema>

/** The samplings with a published class (`水质类别`) against the class of their values. @category Water */
export const PublishedClassComparisonSchema = z
  .strictObject({
    compared: z.number().int().nonnegative().describe('Samplings with a published class'),
    agree: z.number().int().nonnegative(),
    differences: z.array(PublishedClassDifferenceSchema),
  })
  .readonly()

/** @category Water */
export type PublishedClassComparison = z.output<typeof PublishedClassComparisonSchema>

/**
 * The result of {@link assessSections}: every section's class for the period (with main
 * pollutants and trophic state), the comparison with the published classes (`null` when no
 * sampling has an `officialClass`), the set's figures and the options used.
 *
 * @category Water
 * @example
 * ```ts
 * import { SectionsAssessmentSchema } from 'eco-targets/water'
 * Object.keys(SectionsAssessmentSchema.shape) //=> ['sections', 'published', 'set', 'options']
 * ```
 */
export const SectionsAssessmentSchema = z
  .strictObject({
    sections: z.array(AssessedSectionSchema),
    published: PublishedClassComparisonSchema.nullable(),
    set: SectionSetAssessmentSchema,
    options: z.strictObject({
      period: z.string().nullable(),
      indicators: z.array(SectionIndicatorKeySchema).nullable().describe('null: the 21 of 22号'),
    }),
  })
  .describe('Sections read from an export, assessed for a period')

/** @category Water */
export type SectionsAssessment = z.output<typeof SectionsAssessmentSchema>
