import { z } from 'zod'
import { LocalizedTextSchema } from '../../../_lib/localized-text.js'
import { SectionIndicatorKeySchema } from '../indicators.js'
import { WaterBodySchema, WaterClassLabelSchema, WaterClassSchema } from '../water-class.js'
import { BaseClassSchema } from './section.js'

/** A main pollutant of a section. @category Water */
export const MainPollutantSchema = z
  .object({
    indicator: SectionIndicatorKeySchema,
    name: LocalizedTextSchema,
    waterClass: WaterClassSchema,
    label: WaterClassLabelSchema,
    exceedanceMultiple: z
      .number()
      .nullable()
      .describe('(C − C_Ⅲ) / C_Ⅲ unrounded; null for pH and DO'),
    published: z
      .number()
      .nullable()
      .describe('The multiple as published (GB/T 8170, `digits` decimals)'),
    toxic: z.boolean().describe('Cyanide or a heavy metal, listed even beyond the top three'),
    text: LocalizedTextSchema.describe('e.g. 高锰酸盐指数(1.2)'),
  })
  .strict()

/** @category Water */
export type MainPollutant = z.output<typeof MainPollutantSchema>

/** The main pollutants of a section ({@link mainPollutants}). @category Water */
export const MainPollutantsSchema = z
  .object({
    waterClass: WaterClassSchema.nullable(),
    label: WaterClassLabelSchema.nullable(),
    applies: z.boolean().describe('The section is worse than the base class (Ⅲ)'),
    pollutants: z.array(MainPollutantSchema),
    text: LocalizedTextSchema.nullable().describe('The list as reports print it'),
    options: z
      .object({
        waterBody: WaterBodySchema,
        indicators: z.array(SectionIndicatorKeySchema).nullable(),
        baseClass: BaseClassSchema,
        doSaturationPercent: z.number().nullable(),
        count: z.number().int().positive(),
        digits: z.number().int().nonnegative(),
        listToxic: z.boolean(),
      })
      .strict(),
  })
  .strict()
  .describe('Main pollutants of a surface-water section (22号)')

/** @category Water */
export type MainPollutants = z.output<typeof MainPollutantsSchema>
