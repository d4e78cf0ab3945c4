import { z } from 'zod'
import {
  GBT14848_2017,
  SpecificItemKeySchema,
  SupplementaryItemKeySchema,
  WaterIndicatorKeySchema,
} from '../standards/water/index.js'
import { IdSchema, IsoDateSchema } from './common.js'
import { EmissionPollutantSchema } from './vocabulary.js'

/** A measured concentration; `null` means not measured or invalid, never zero. */
const concentration = z.number().finite().nonnegative().nullable()

const year = z.number().int().min(2000).max(2100)

/**
 * A day's city air values (daily means, CO in mg/m³, the rest µg/m³; O3 as the daily maximum
 * 1-hour and 8-hour means). `null` marks an indicator without a valid daily value.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AirDailyObservationSchema } from 'eco-targets'
 * AirDailyObservationSchema.parse({
 *   kind: 'airDaily', date: '2022-01-01', scope: 'central-city',
 *   so2: 14, no2: 32, co: 0.5, pm10: 51, pm25: 27, o3_1h: 80, o3_8h: 75,
 * }).pm25 //=> 27
 * ```
 */
export const AirDailyObservationSchema = z
  .object({
    kind: z.literal('airDaily'),
    date: IsoDateSchema,
    scope: IdSchema.default('central-city').describe('Scope id; default central-city'),
    so2: concentration.describe('SO2 24-hour mean, µg/m³'),
    no2: concentration.describe('NO2 24-hour mean, µg/m³'),
    co: concentration.describe('CO 24-hour mean, mg/m³'),
    pm10: concentration.describe('PM10 24-hour mean, µg/m³'),
    pm25: concentration.describe('PM2.5 24-hour mean, µg/m³'),
    o3_1h: concentration.describe('O3 daily maximum 1-hour mean, µg/m³'),
    o3_8h: concentration.describe('O3 daily maximum 8-hour moving mean, µg/m³'),
  })
  .strict()
  .describe('Daily city air values')

/** @category Schemas */
export type AirDailyObservation = z.output<typeof AirDailyObservationSchema>

/**
 * A day flagged by the monitoring authority as affected by sand and dust (沙尘天气过程影响),
 * for the dust deduction of project decision 7.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DustDayObservationSchema } from 'eco-targets'
 * DustDayObservationSchema.parse({ kind: 'dustDay', date: '2022-03-15' }).scope //=> 'central-city'
 * ```
 */
export const DustDayObservationSchema = z
  .object({
    kind: z.literal('dustDay'),
    date: IsoDateSchema,
    scope: IdSchema.default('central-city'),
    authority: z.string().min(1).optional().describe('Who flagged the day, e.g. CNEMC'),
  })
  .strict()
  .describe('A dust-affected day')

/** @category Schemas */
export type DustDayObservation = z.output<typeof DustDayObservationSchema>

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
    waterBody: z.enum(['river', 'lake', 'reservoir']).optional().describe('For surface sources'),
    date: IsoDateSchema,
    values: z.record(z.string().min(1), concentration),
    volume: z.number().finite().nonnegative().optional().describe('Water supplied, 万 m³'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const surface = s.sourceType === 'surface'
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

/**
 * A year's total emission of one pollutant, in tonnes.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EmissionTotalObservationSchema } from 'eco-targets'
 * EmissionTotalObservationSchema.parse({ kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 61234.5 })
 * ```
 */
export const EmissionTotalObservationSchema = z
  .object({
    kind: z.literal('emissionTotal'),
    pollutant: EmissionPollutantSchema,
    year,
    tonnes: z.number().finite().nonnegative(),
  })
  .strict()
  .describe('Annual emission total of a pollutant')

/**
 * The reduction a higher authority assigned (自治区下达减排目标), as a percentage of the base-year
 * total or as tonnes of key-project reductions (重点工程减排量), whichever the caller has.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EmissionAssignmentObservationSchema } from 'eco-targets'
 * EmissionAssignmentObservationSchema.parse({
 *   kind: 'emissionAssignment', pollutant: 'COD', year: 2022, baseYear: 2020, reductionPercent: 2,
 * }).reductionPercent //=> 2
 * ```
 */
export const EmissionAssignmentObservationSchema = z
  .object({
    kind: z.literal('emissionAssignment'),
    pollutant: EmissionPollutantSchema,
    year,
    baseYear: year,
    reductionPercent: z.number().finite().min(0).max(100).optional(),
    projectTonnes: z.number().finite().nonnegative().optional(),
    authority: z.string().min(1).optional(),
  })
  .strict()
  .refine((a) => (a.reductionPercent === undefined) !== (a.projectTonnes === undefined), {
    message: 'give exactly one of reductionPercent or projectTonnes',
    path: ['reductionPercent'],
  })
  .refine((a) => a.baseYear < a.year, { message: 'baseYear must precede year', path: ['baseYear'] })
  .describe('An assigned emission reduction')

/**
 * Reduction delivered by one key project in a year, in tonnes (重点工程减排量).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EmissionProjectReductionObservationSchema } from 'eco-targets'
 * EmissionProjectReductionObservationSchema.parse({
 *   kind: 'emissionProjectReduction', pollutant: 'NOx', year: 2022, project: 'plant-3-scr', tonnes: 120,
 * }).tonnes //=> 120
 * ```
 */
export const EmissionProjectReductionObservationSchema = z
  .object({
    kind: z.literal('emissionProjectReduction'),
    pollutant: EmissionPollutantSchema,
    year,
    project: z.string().min(1),
    tonnes: z.number().finite().nonnegative(),
  })
  .strict()
  .describe('Reduction delivered by a key project')

/**
 * Contaminated-farmland areas for the safe-use rate A = (B + C + D) / E (受污染耕地安全利用率核算方法).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FarmlandSafeUseObservationSchema } from 'eco-targets'
 * FarmlandSafeUseObservationSchema.parse({
 *   kind: 'farmlandSafeUse', year: 2022, areaUnit: 'mu',
 *   lightProtected: 1200, safeUseAchieved: 3400, strictControlled: 500, totalContaminated: 5200,
 * }).totalContaminated //=> 5200
 * ```
 */
export const FarmlandSafeUseObservationSchema = z
  .object({
    kind: z.literal('farmlandSafeUse'),
    year,
    areaUnit: z.enum(['mu', 'ha']),
    lightProtected: z
      .number()
      .finite()
      .nonnegative()
      .describe('B: light, priority protection applied'),
    safeUseAchieved: z
      .number()
      .finite()
      .nonnegative()
      .describe('C: light-to-moderate, safe-use measures applied and crops up to standard'),
    strictControlled: z
      .number()
      .finite()
      .nonnegative()
      .describe('D: heavy, strict control applied'),
    totalContaminated: z.number().finite().nonnegative().describe('E: all contaminated farmland'),
  })
  .strict()
  .refine((f) => f.lightProtected + f.safeUseAchieved + f.strictControlled <= f.totalContaminated, {
    message: 'B + C + D cannot exceed E (total contaminated area)',
    path: ['totalContaminated'],
  })
  .describe('Contaminated-farmland areas for the safe-use rate')

/**
 * One contaminated or suspected plot (污染地块) and whether its (re)use in the year met the
 * soil requirements of its planned use.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { LandPlotObservationSchema } from 'eco-targets'
 * LandPlotObservationSchema.parse({ kind: 'landPlot', plot: 'plot-01', year: 2022, safeUse: true }).safeUse //=> true
 * ```
 */
export const LandPlotObservationSchema = z
  .object({
    kind: z.literal('landPlot'),
    plot: IdSchema,
    name: z.string().min(1).optional(),
    year,
    safeUse: z.boolean().nullable().describe('true when safely used; null when not yet determined'),
    surveyDone: z.boolean().optional().describe('详查 completed (counts toward the 46-plot task)'),
  })
  .strict()
  .describe('A contaminated-land plot')

/**
 * Waste lead-acid battery collection for a year (tonnes collected by licensed collectors and the
 * estimated tonnes generated).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { BatteryCollectionObservationSchema } from 'eco-targets'
 * BatteryCollectionObservationSchema.parse({
 *   kind: 'batteryCollection', year: 2022, collectedTonnes: 2100, generatedTonnes: 4000,
 * }).collectedTonnes //=> 2100
 * ```
 */
export const BatteryCollectionObservationSchema = z
  .object({
    kind: z.literal('batteryCollection'),
    year,
    collectedTonnes: z.number().finite().nonnegative(),
    generatedTonnes: z.number().finite().positive(),
  })
  .strict()
  .describe('Waste lead-acid battery collection')

/**
 * One key emitting unit's allowance surrender for an emission year (tCO2).
 * The obligation defaults to the verified emissions.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CarbonAllowanceObservationSchema } from 'eco-targets'
 * CarbonAllowanceObservationSchema.parse({
 *   kind: 'carbonAllowance', unit: 'power-plant-01', year: 2021, verifiedEmissions: 1000000,
 *   allowancesSurrendered: 960000, offsetsSurrendered: 40000, onTime: true,
 * }).onTime //=> true
 * ```
 */
export const CarbonAllowanceObservationSchema = z
  .object({
    kind: z.literal('carbonAllowance'),
    unit: IdSchema.describe('Key emitting unit id'),
    name: z.string().min(1).optional(),
    year: year.describe('Emission year being surrendered for'),
    verifiedEmissions: z.number().finite().nonnegative(),
    obligation: z.number().finite().nonnegative().optional(),
    allowancesSurrendered: z.number().finite().nonnegative().nullable(),
    offsetsSurrendered: z.number().finite().nonnegative().default(0),
    onTime: z.boolean().nullable(),
  })
  .strict()
  .describe('A key emitting unit allowance surrender')

/**
 * Any observation the plan evaluator reads, discriminated by `kind`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ObservationSchema } from 'eco-targets'
 * ObservationSchema.parse({ kind: 'emissionTotal', pollutant: 'COD', year: 2021, tonnes: 10 }).kind
 * //=> 'emissionTotal'
 * ```
 */
export const ObservationSchema = z
  .discriminatedUnion('kind', [
    AirDailyObservationSchema,
    DustDayObservationSchema,
    WaterSampleObservationSchema,
    DrinkingWaterSampleObservationSchema,
    EmissionTotalObservationSchema,
    EmissionAssignmentObservationSchema,
    EmissionProjectReductionObservationSchema,
    FarmlandSafeUseObservationSchema,
    LandPlotObservationSchema,
    BatteryCollectionObservationSchema,
    CarbonAllowanceObservationSchema,
  ])
  .describe('An observation the plan evaluator reads')

/** @category Schemas */
export type Observation = z.output<typeof ObservationSchema>
/** @category Schemas */
export type ObservationInput = z.input<typeof ObservationSchema>

/**
 * A list of observations.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ObservationsSchema } from 'eco-targets'
 * ObservationsSchema.parse([]) //=> []
 * ```
 */
export const ObservationsSchema = z.array(ObservationSchema).describe('A list of observations')
