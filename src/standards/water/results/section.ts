import { z } from 'zod'
import { LocalizedTextSchema } from '../../../_lib/localized-text.js'
import {
  REFERENCE_INDICATORS,
  SectionIndicatorKeySchema,
  type WaterIndicatorKey,
  WaterIndicatorKeySchema,
} from '../indicators.js'
import { WaterBodySchema, WaterClassLabelSchema, WaterClassSchema } from '../water-class.js'

/** A class that values are judged against (Ⅰ–Ⅴ). @category Water */
export const BaseClassSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
  .describe('A class 1–5 (Ⅰ–Ⅴ) that exceedances are judged against')

/** A class that a value can be judged against (Ⅰ–Ⅴ). @category Water */
export type BaseClass = z.output<typeof BaseClassSchema>

/**
 * Measured values of Table 1 items by key (mg/L; 个/L for fecal coliform; ℃ for water
 * temperature). `null` or an absent key means not measured, never zero. A value is a finite
 * number ≥ 0 (pH at most 14; water temperature any finite number); the water functions check
 * exactly these rules.
 *
 * @category Water
 * @example
 * ```ts
 * import { SurfaceWaterValuesSchema } from 'eco-targets/water'
 * SurfaceWaterValuesSchema.safeParse({ pH: 7.6, NH3N: null }).success //=> true
 * SurfaceWaterValuesSchema.safeParse({ TP: -0.1 }).success            //=> false
 * ```
 */
export const SurfaceWaterValuesSchema = z
  .object(
    Object.fromEntries(
      WaterIndicatorKeySchema.options.map((key) => [
        key,
        (key === 'pH'
          ? z.number().min(0).max(14)
          : key === 'waterTemp'
            ? z.number()
            : z.number().nonnegative()
        )
          .nullable()
          .optional(),
      ]),
    ) as Record<WaterIndicatorKey, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>,
  )
  .strict()
  .describe('Surface-water values by GB 3838-2002 Table 1 key (mg/L; null = not measured)')

/** Surface-water values by Table 1 key. @category Water */
export type SurfaceWaterValues = Readonly<z.input<typeof SurfaceWaterValuesSchema>>

/** One counted indicator of a section: its value, class and exceedance. @category Water */
export const IndicatorClassResultSchema = z
  .object({
    indicator: SectionIndicatorKeySchema,
    value: z.number().describe('The value classified (a period mean where means were taken)'),
    waterClass: WaterClassSchema,
    label: WaterClassLabelSchema,
    exceeds: z
      .boolean()
      .describe('Fails the base class (above a maximum, below the DO minimum, pH outside 6–9)'),
    limit: z
      .number()
      .nullable()
      .describe('The base-class limit (for TP the column of the water body); null for pH'),
    exceedanceMultiple: z
      .number()
      .nullable()
      .describe('超标倍数 (value − limit) / limit when exceeding; never for pH and DO (22号)'),
  })
  .strict()
  .describe('A counted indicator of a section')

/** @category Water */
export type IndicatorClassResult = z.output<typeof IndicatorClassResultSchema>

/** A reference indicator (water temperature, TN, fecal coliform): reported, never counted. @category Water */
export const ReferenceIndicatorResultSchema = z
  .object({
    indicator: z.enum(REFERENCE_INDICATORS),
    value: z.number(),
    waterClass: WaterClassSchema.nullable().describe(
      'Its own class where the standard defines one (TN on lakes and reservoirs, fecal coliform)',
    ),
  })
  .strict()
  .describe('A reference indicator, reported and not counted')

/** @category Water */
export type ReferenceIndicatorResult = z.output<typeof ReferenceIndicatorResultSchema>

/** The options a section was classified with, defaults filled in. @category Water */
export const SectionOptionsUsedSchema = z
  .object({
    waterBody: WaterBodySchema,
    indicators: z
      .array(SectionIndicatorKeySchema)
      .nullable()
      .describe('The 5+X list, or null for the 21 of 22号'),
    baseClass: BaseClassSchema,
    doSaturationPercent: z.number().nullable(),
  })
  .strict()

/** The options a section was classified with, defaults filled in. @category Water */
export type ResolvedSectionOptions = z.output<typeof SectionOptionsUsedSchema>

const sectionShape = {
  waterClass: WaterClassSchema.nullable().describe(
    'Worst counted indicator; null when no counted indicator has a value',
  ),
  label: WaterClassLabelSchema.nullable(),
  status: LocalizedTextSchema.nullable().describe(
    '水质状况 (优, 良好, 轻度污染, 中度污染, 重度污染)',
  ),
  meetsBaseClass: z.boolean().nullable(),
  deciding: z.array(SectionIndicatorKeySchema).describe('The indicators of the section class'),
  indicators: z
    .array(IndicatorClassResultSchema)
    .describe('Every counted indicator, Table 1 order'),
  exceeding: z.array(IndicatorClassResultSchema).describe('超标项目: those failing the base class'),
  reference: z.array(ReferenceIndicatorResultSchema),
  notInIndicatorSet: z
    .array(SectionIndicatorKeySchema)
    .describe('Indicators of the 21 supplied but not in the 5+X list'),
  waterBody: WaterBodySchema,
  indicatorSet: z.enum(['FULL_21', 'FIVE_PLUS_X']),
  baseClass: BaseClassSchema,
}

/**
 * The class of a section and how it was reached ({@link classifySection}).
 *
 * @category Water
 */
export const SectionClassificationSchema = z
  .object({ ...sectionShape, options: SectionOptionsUsedSchema })
  .strict()
  .describe('The class of a surface-water section (GB 3838-2002, 22号)')

/** @category Water */
export type SectionClassification = z.output<typeof SectionClassificationSchema>

/**
 * A calendar period: a year, a quarter or a month.
 *
 * @category Water
 */
export const WaterPeriodSchema = z
  .object({
    label: z.string().describe('As given: 2022, 2022-Q3 or 2022-07'),
    start: z.iso.date(),
    end: z.iso.date(),
  })
  .strict()

/** @category Water */
export type WaterPeriod = z.output<typeof WaterPeriodSchema>

/** Why a section has no class for a period, or `assessed` when it has one. @category Water */
export const SectionConditionSchema = z.enum([
  'assessed',
  'noData',
  'driedUp',
  'frozen',
  'notSampled',
  'tooFewSamplings',
])

/** @category Water */
export type SectionCondition = z.output<typeof SectionConditionSchema>

/** Why a sampling carries no values: 断流, 冰封 or not sampled. @category Water */
export const SamplingStatusSchema = z.enum(['sampled', 'driedUp', 'frozen', 'notSampled'])

/** @category Water */
export type SamplingStatus = z.output<typeof SamplingStatusSchema>

/** The options a period classification used, defaults filled in. @category Water */
export const SectionPeriodOptionsUsedSchema = SectionOptionsUsedSchema.extend({
  period: z.string().nullable(),
  minSamplings: z.number().int().positive(),
}).strict()

/** The options a period classification used, defaults filled in. @category Water */
export type ResolvedSectionPeriodOptions = z.output<typeof SectionPeriodOptionsUsedSchema>

/**
 * A section's class for a period, with the means and sampling counts behind it
 * ({@link classifySectionPeriod}).
 *
 * @category Water
 */
export const SectionPeriodClassificationSchema = z
  .object({
    ...sectionShape,
    options: SectionPeriodOptionsUsedSchema,
    period: WaterPeriodSchema.nullable(),
    condition: SectionConditionSchema,
    samplings: z
      .object({
        total: z.number().int(),
        used: z.number().int(),
        driedUp: z.number().int(),
        frozen: z.number().int(),
        notSampled: z.number().int(),
        empty: z.number().int(),
      })
      .strict(),
    means: z.partialRecord(WaterIndicatorKeySchema, z.number()),
    counts: z.partialRecord(WaterIndicatorKeySchema, z.number().int()),
  })
  .strict()
  .describe("A section's class for a month, quarter or year")

/** @category Water */
export type SectionPeriodClassification = z.output<typeof SectionPeriodClassificationSchema>
