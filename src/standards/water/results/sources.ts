import { z } from 'zod'
import { SectionIndicatorKeySchema, WaterIndicatorKeySchema } from '../indicators.js'
import { SupplementaryItemKeySchema } from '../tables/gb3838-table2.js'
import { SpecificItemKeySchema } from '../tables/gb3838-table3.js'
import { GroundwaterItemKeySchema } from '../tables/gbt14848-2017.js'
import { WaterBodySchema, WaterClassLabelSchema } from '../water-class.js'
import { SectionClassificationSchema } from './section.js'
import { CountRatioSchema } from './section-set.js'

/** A GB/T 14848-2017 class, 1–5 for Ⅰ–Ⅴ (class Ⅴ is anything worse than Ⅳ). @category Water */
export const GroundwaterClassSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
  .describe('GB/T 14848-2017 class 1–5 (Ⅰ–Ⅴ)')

/** @category Water */
export type GroundwaterClass = z.output<typeof GroundwaterClassSchema>

/**
 * A groundwater value: a number in the item's unit, `'notDetected'` (未检出, below the method's
 * detection limit), `'none'` / `'present'` for the described items (嗅和味, 肉眼可见物: 无 / 有),
 * or `null` for not measured.
 *
 * @category Water
 */
export const GroundwaterValueSchema = z.union([
  z.number().nonnegative(),
  z.literal('notDetected'),
  z.literal('none'),
  z.literal('present'),
  z.null(),
])

/** @category Water */
export type GroundwaterValue = z.output<typeof GroundwaterValueSchema>

/**
 * Groundwater values by GB/T 14848-2017 key; `null` or absent means not measured.
 *
 * @category Water
 * @example
 * ```ts
 * import { GroundwaterValuesSchema } from 'eco-targets/water'
 * GroundwaterValuesSchema.safeParse({ nitrate: 4.2, LAS: 'notDetected' }).success //=> true
 * ```
 */
export const GroundwaterValuesSchema = z
  .partialRecord(GroundwaterItemKeySchema, GroundwaterValueSchema)
  .describe('Groundwater values by GB/T 14848-2017 key')

/** @category Water */
export type GroundwaterValues = Readonly<z.input<typeof GroundwaterValuesSchema>>

/** One classified groundwater item. @category Water */
export const GroundwaterItemResultSchema = z
  .object({
    item: GroundwaterItemKeySchema,
    value: z.union([z.number(), z.enum(['notDetected', 'none', 'present'])]),
    waterClass: GroundwaterClassSchema,
    label: WaterClassLabelSchema,
  })
  .strict()

/** @category Water */
export type GroundwaterItemResult = z.output<typeof GroundwaterItemResultSchema>

/** The class of a groundwater sample and how it was reached ({@link classifyGroundwater}). @category Water */
export const GroundwaterClassificationSchema = z
  .object({
    waterClass: GroundwaterClassSchema.nullable().describe('Worst item class; null without data'),
    label: WaterClassLabelSchema.nullable(),
    deciding: z.array(GroundwaterItemKeySchema).describe('最差类别的指标'),
    items: z
      .array(GroundwaterItemResultSchema)
      .describe("Every item with a value, in the standard's order"),
  })
  .strict()
  .describe('GB/T 14848-2017 class of a groundwater sample')

/** @category Water */
export type GroundwaterClassification = z.output<typeof GroundwaterClassificationSchema>

/** Whether a groundwater source meets class Ⅲ ({@link assessGroundwaterSource}). @category Water */
export const GroundwaterSourceAssessmentSchema = z
  .object({
    meets: z.boolean().nullable().describe('Class Ⅲ or better; null without data'),
    classification: GroundwaterClassificationSchema,
    failing: z.array(GroundwaterItemKeySchema).describe('Items worse than class Ⅲ'),
  })
  .strict()

/** @category Water */
export type GroundwaterSourceAssessment = z.output<typeof GroundwaterSourceAssessmentSchema>

/** One Table 2 or Table 3 item checked against its limit. @category Water */
export const SingleLimitCheckSchema = z
  .object({
    item: z.string(),
    table: z.union([z.literal(2), z.literal(3)]),
    value: z.number(),
    limit: z.number(),
    within: z.boolean(),
    exceedanceMultiple: z.number().nullable(),
  })
  .strict()

/** @category Water */
export type SingleLimitCheck = z.output<typeof SingleLimitCheckSchema>

/** Whether a surface drinking-water source meets class Ⅲ ({@link assessSurfaceSource}). @category Water */
export const SurfaceSourceAssessmentSchema = z
  .object({
    meets: z.boolean().nullable().describe('null when no basic item has a value'),
    basic: SectionClassificationSchema.describe(
      'Table 1 items under the 22号 rules, against class Ⅲ',
    ),
    supplementary: z.array(SingleLimitCheckSchema).describe('Table 2 items supplied, in order'),
    specific: z.array(SingleLimitCheckSchema).describe('Table 3 items supplied, in order'),
    failing: z
      .array(z.string())
      .describe('Basic items above class Ⅲ, Table 2/3 items over their limit'),
    options: z
      .object({
        waterBody: WaterBodySchema,
        indicators: z.array(SectionIndicatorKeySchema).nullable(),
      })
      .strict(),
  })
  .strict()

/** @category Water */
export type SurfaceSourceAssessment = z.output<typeof SurfaceSourceAssessmentSchema>

/** One source's verdict. @category Water */
export const DrinkingWaterSourceResultSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    type: z.enum(['surface', 'groundwater']),
    meets: z.boolean(),
    samplings: z.number().int().describe('Samplings with data'),
    failing: z.array(z.string()),
    assessments: z.array(
      z.union([SurfaceSourceAssessmentSchema, GroundwaterSourceAssessmentSchema]),
    ),
  })
  .strict()

/** @category Water */
export type DrinkingWaterSourceResult = z.output<typeof DrinkingWaterSourceResultSchema>

/** Compliance of a set of drinking-water sources ({@link assessDrinkingWaterSources}). @category Water */
export const DrinkingWaterSourcesAssessmentSchema = z
  .object({
    rule: z.enum(['annualMean', 'everySampling']),
    sources: z.array(DrinkingWaterSourceResultSchema),
    excluded: z.array(
      z
        .object({ id: z.string(), name: z.string().optional(), reason: z.literal('noData') })
        .strict(),
    ),
    ratio: CountRatioSchema.describe('水质达到或优于Ⅲ类比例, by count'),
    volumeRatio: z
      .object({ numerator: z.number(), denominator: z.number(), percent: z.number().nullable() })
      .strict()
      .nullable(),
    options: z
      .object({ rule: z.enum(['annualMean', 'everySampling']), volumeWeighted: z.boolean() })
      .strict(),
  })
  .strict()
  .describe('Compliance of a set of drinking-water sources')

/** @category Water */
export type DrinkingWaterSourcesAssessment = z.output<typeof DrinkingWaterSourcesAssessmentSchema>

/**
 * Values of a surface drinking-water source by key (mg/L): GB 3838 Table 1 items and the Table 2
 * and Table 3 items monitored; `null` or absent means not measured.
 *
 * @category Water
 * @example
 * ```ts
 * import { SurfaceSourceValuesSchema } from 'eco-targets/water'
 * SurfaceSourceValuesSchema.safeParse({ NH3N: 0.2, nitrate: 4 }).success //=> true
 * ```
 */
export const SurfaceSourceValuesSchema = z
  .partialRecord(
    z.union([WaterIndicatorKeySchema, SupplementaryItemKeySchema, SpecificItemKeySchema]),
    z.number().nonnegative().nullable(),
  )
  .readonly()
  .describe('Surface drinking-water source values by GB 3838 key, mg/L')

/** One sampling of a drinking-water source. @category Water */
export const DrinkingWaterSourceSamplingSchema = z
  .strictObject({
    date: z.iso.date().describe('Sampling date, YYYY-MM-DD'),
    values: z.union([SurfaceSourceValuesSchema, GroundwaterValuesSchema.readonly()]),
  })
  .readonly()

/**
 * A drinking-water source with its samplings for the period, as
 * {@link groupDrinkingWaterSamplings} returns it and {@link assessDrinkingWaterSources} reads it.
 *
 * @category Water
 * @example
 * ```ts
 * import { DrinkingWaterSourceSchema, groupDrinkingWaterSamplings } from 'eco-targets/water'
 * const [source] = groupDrinkingWaterSamplings([
 *   { source: 'w1', sourceType: 'groundwater', date: '2022-03-01', values: { nitrate: 4 } },
 * ])
 * DrinkingWaterSourceSchema.parse(source).samplings.length //=> 1
 * ```
 */
export const DrinkingWaterSourceSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable id, unique in the list'),
    name: z.string().optional(),
    type: z.enum(['surface', 'groundwater']),
    waterBody: WaterBodySchema.optional(),
    indicators: z.array(SectionIndicatorKeySchema).readonly().optional(),
    volume: z.number().nonnegative().optional(),
    samplings: z.array(DrinkingWaterSourceSamplingSchema).readonly(),
  })
  .readonly()
  .describe('A drinking-water source with its samplings for the period')
