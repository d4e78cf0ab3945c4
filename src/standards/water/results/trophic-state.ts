import { z } from 'zod'
import { LocalizedTextSchema } from '../../../_lib/localized-text.js'

/** A parameter of the comprehensive trophic level index. @category Water */
export const TrophicParameterSchema = z.enum(['chla', 'TP', 'TN', 'SD', 'CODMn'])

/** @category Water */
export type TrophicParameter = z.output<typeof TrophicParameterSchema>

/** A trophic-state grade (营养状态分级). @category Water */
export const TrophicGradeKeySchema = z.enum([
  'oligotrophic',
  'mesotrophic',
  'lightEutrophic',
  'moderateEutrophic',
  'hyperEutrophic',
])

/** @category Water */
export type TrophicGradeKey = z.output<typeof TrophicGradeKeySchema>

/** The trophic state of a lake or reservoir ({@link trophicLevelIndex}). @category Water */
export const TrophicStateSchema = z
  .object({
    index: z.number().nullable().describe('TLI(Σ) unrounded; null when withheld or without data'),
    published: z.number().nullable().describe('TLI(Σ) to one decimal (GB/T 8170)'),
    grade: TrophicGradeKeySchema.nullable(),
    gradeText: LocalizedTextSchema.nullable().describe(
      '贫营养, 中营养, 轻度富营养, 中度富营养, 重度富营养',
    ),
    eutrophic: z.boolean().nullable().describe('TLI(Σ) > 50 (富营养)'),
    parameters: z
      .array(
        z
          .object({
            parameter: TrophicParameterSchema,
            value: z.number(),
            index: z.number().describe('TLI(j)'),
            weight: z.number().describe('W_j = r²_ij / Σ r²_ij over the parameters used'),
          })
          .strict(),
      )
      .describe('The parameters used, in the rule’s order'),
    missing: z.array(TrophicParameterSchema).describe('Parameters without a value'),
    renormalized: z.boolean().describe('Weights normalised over fewer than the five parameters'),
    withheld: z.enum(['noParameter', 'missingParameters']).nullable(),
    options: z
      .object({
        missingParameters: z.enum(['renormalize', 'withhold']),
        gradeBasis: z.enum(['published', 'unrounded']),
      })
      .strict(),
  })
  .strict()
  .describe('Comprehensive trophic level index TLI(Σ) of a lake or reservoir')

/** @category Water */
export type TrophicState = z.output<typeof TrophicStateSchema>
