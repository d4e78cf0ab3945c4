import { z } from 'zod'
import { LocalizedTextSchema } from '../../../_lib/localized-text.js'
import { SectionIndicatorKeySchema } from '../indicators.js'
import { BaseClassSchema, SectionClassificationSchema } from './section.js'

/** A ratio as exact counts and as a percentage (`null` when the denominator is 0). @category Water */
export const CountRatioSchema = z
  .object({
    numerator: z.number().int().nonnegative(),
    denominator: z.number().int().nonnegative(),
    percent: z.number().nullable().describe('numerator / denominator × 100, unrounded'),
  })
  .strict()

/** @category Water */
export type CountRatio = z.output<typeof CountRatioSchema>

/** Why a section was left out of a set's ratios. @category Water */
export const SectionExclusionReasonSchema = z.enum([
  'noData',
  'driedUp',
  'frozen',
  'notSampled',
  'tooFewSamplings',
])

/** @category Water */
export type SectionExclusionReason = z.output<typeof SectionExclusionReasonSchema>

/** A classified section of a set. @category Water */
export const SectionSetEntrySchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    classification: SectionClassificationSchema,
  })
  .strict()

/** @category Water */
export type SectionSetEntry = z.output<typeof SectionSetEntrySchema>

/** The five quality-status words, best first. @category Water */
export const WaterQualityStatusKeySchema = z.enum([
  'excellent',
  'good',
  'slightlyPolluted',
  'moderatelyPolluted',
  'heavilyPolluted',
])

/** The quality status of a set of sections and how it was reached. @category Water */
export const SectionSetStatusSchema = z
  .object({
    method: z
      .enum(['average', 'classShares'])
      .describe('average below minSectionsForShares sections, else classShares'),
    key: WaterQualityStatusKeySchema,
    text: LocalizedTextSchema.describe('水质状况'),
    averaged: SectionClassificationSchema.optional().describe(
      'For average: the classification of the mean values',
    ),
  })
  .strict()

/** @category Water */
export type SectionSetStatus = z.output<typeof SectionSetStatusSchema>

const classRecord = <T extends z.ZodType>(t: T) =>
  z.object({ 1: t, 2: t, 3: t, 4: t, 5: t, 6: t }).strict()

/** The options a set was assessed with, defaults filled in. @category Water */
export const SectionSetOptionsUsedSchema = z
  .object({
    indicators: z.array(SectionIndicatorKeySchema).nullable(),
    baseClass: BaseClassSchema,
    minSectionsForShares: z.number().int().positive(),
  })
  .strict()

/**
 * A set of sections assessed together ({@link assessSectionSet}).
 *
 * @category Water
 */
export const SectionSetAssessmentSchema = z
  .object({
    sections: z.array(SectionSetEntrySchema).describe('The sections with a class, in input order'),
    evaluated: z.number().int().nonnegative().describe('N: sections with data'),
    excluded: z.array(
      z
        .object({
          id: z.string(),
          name: z.string().optional(),
          reason: SectionExclusionReasonSchema,
        })
        .strict(),
    ),
    excludedCounts: z
      .object({
        noData: z.number().int(),
        driedUp: z.number().int(),
        frozen: z.number().int(),
        notSampled: z.number().int(),
        tooFewSamplings: z.number().int(),
      })
      .strict(),
    classCounts: classRecord(z.number().int().nonnegative()),
    classShares: classRecord(CountRatioSchema),
    classIToIII: CountRatioSchema.describe('Ⅰ–Ⅲ ratio (达到或优于Ⅲ类比例)'),
    worseThanV: CountRatioSchema.describe('劣Ⅴ ratio'),
    status: SectionSetStatusSchema.nullable(),
    options: SectionSetOptionsUsedSchema,
  })
  .strict()
  .describe('A set of surface-water sections (22号 断面水质类别比例法)')

/** @category Water */
export type SectionSetAssessment = z.output<typeof SectionSetAssessmentSchema>
