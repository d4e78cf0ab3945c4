import { z } from 'zod'
import { expect } from '../../_lib/errors/catalogue.js'
import {
  GBT14848_2017,
  SpecificItemKeySchema,
  SupplementaryItemKeySchema,
  WaterIndicatorKeySchema,
} from '../../standards/water/index.js'
import { addIssue } from '../_issue.js'
import { IdSchema, IsoDateSchema } from '../common.js'
import { concentration } from './_fields.js'

// The Table 1 keys are defined by the water module; they are re-exported here under the same name.
export { WaterIndicatorKeySchema }

const SURFACE_SOURCE_KEYS: ReadonlySet<string> = new Set([
  ...WaterIndicatorKeySchema.options,
  ...SupplementaryItemKeySchema.options,
  ...SpecificItemKeySchema.options,
])

const GROUNDWATER_NUMERIC_KEYS: ReadonlySet<string> = new Set(
  Object.values(GBT14848_2017)
    .filter((item) => item.kind !== 'text')
    .map((item) => item.key),
)

/**
 * One sampling of a surface-water section (monthly for national sections). `status` records a
 * section that could not be sampled (断流 dried up, 冰封 frozen); such samplings carry no values.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { WaterSampleObservationSchema } from 'eco-targets'
 * WaterSampleObservationSchema.parse({
 *   kind: 'waterSample', section: 'daihai-lake-centre', waterBody: 'lake', date: '2022-05-10',
 *   values: { pH: 8.9, DO: 7.1, CODMn: 9.8, NH3N: 0.42, TP: 0.08 },
 * }).status //=> 'sampled'
 * ```
 */
export const WaterSampleObservationSchema = z
  .object({
    kind: z.literal('waterSample'),
    section: IdSchema,
    name: z.string().min(1).optional(),
    network: z.enum(['national', 'regional', 'municipal']).default('national'),
    waterBody: z.enum(['river', 'lake', 'reservoir']),
    date: IsoDateSchema,
    status: z.enum(['sampled', 'driedUp', 'frozen', 'notSampled']).default('sampled'),
    values: z.partialRecord(WaterIndicatorKeySchema, concentration).default({}),
  })
  .strict()
  .superRefine((s, ctx) => {
    const pH = s.values.pH
    if (pH !== undefined && pH !== null && pH > 14) {
      ctx.addIssue({ code: 'custom', path: ['values', 'pH'], message: 'pH must be within 0–14' })
    }
    const measured = Object.values(s.values).some((v) => v !== null && v !== undefined)
    if (s.status !== 'sampled' && measured) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `a ${s.status} sampling carries no values`,
      })
    }
  })
  .describe('One sampling of a surface-water section')

/** @category Schemas */
export type WaterSampleObservation = z.output<typeof WaterSampleObservationSchema>

/**
 * One sampling of a centralised drinking-water source. Surface sources use GB 3838-2002 keys
 * (Table 1 keys as in {@link WaterIndicatorKeySchema}, Table 2 and 3 items by their keys in
 * `eco-targets/water`); groundwater sources use the GB/T 14848-2017 keys of numeric items. A key
 * that is not one of those for the source type is rejected, naming the key.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DrinkingWaterSampleObservationSchema } from 'eco-targets'
 * DrinkingWaterSampleObservationSchema.parse({
 *   kind: 'drinkingWaterSample', source: 'jining-groundwater-1', level: 'prefecture',
 *   sourceType: 'groundwater', date: '2022-03-01', values: { nitrate: 4.2, F: 0.6 },
 * }).level //=> 'prefecture'
 * ```
 */
export const DrinkingWaterSampleObservationSchema = z
  .object({
    kind: z.literal('drinkingWaterSample'),
    source: IdSchema,
    name: z.string().min(1).optional(),
    level: z.enum(['prefecture', 'county']).describe('地级 (prefecture) or 县级 (county) source'),
    sourceType: z.enum(['surface', 'groundwater']),
    waterBody: z
      .enum(['river', 'lake', 'reservoir'])
      .optional()
      .describe('For surface sources (required there); not for groundwater'),
    date: IsoDateSchema,
    values: z.record(z.string().min(1), concentration),
    volume: z.number().finite().nonnegative().optional().describe('Water supplied, 万 m³'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const surface = s.sourceType === 'surface'
    if (surface && s.waterBody === undefined) {
      addIssue(ctx, ['waterBody'], expect.surfaceWaterBody(), { code: 'invalid_type' })
    } else if (!surface && s.waterBody !== undefined) {
      addIssue(ctx, ['waterBody'], expect.noWaterBody(), { code: 'invalid_value' })
    }
    const known = surface ? SURFACE_SOURCE_KEYS : GROUNDWATER_NUMERIC_KEYS
    for (const [key, value] of Object.entries(s.values)) {
      if (!known.has(key)) {
        const expected = surface
          ? 'a GB 3838-2002 Table 1, 2 or 3 key (e.g. NH3N, sulfate, chloroform)'
          : 'a numeric GB/T 14848-2017 key (e.g. NH3N, nitrate, totalHardness)'
        ctx.addIssue({
          code: 'custom',
          path: ['values', key],
          message: `unknown ${s.sourceType} indicator "${key}": expected ${expected}`,
        })
      } else if (key === 'pH' && value !== null && value > 14) {
        ctx.addIssue({ code: 'custom', path: ['values', 'pH'], message: 'pH must be within 0–14' })
      }
    }
  })
  .describe('One sampling of a drinking-water source')

/** @category Schemas */
export type DrinkingWaterSampleObservation = z.output<typeof DrinkingWaterSampleObservationSchema>
