import { z } from 'zod'
import { IdSchema } from '../common.js'
import { EmissionPollutantSchema } from '../vocabulary.js'
import { recordScope, year } from './_fields.js'

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
    scope: recordScope,
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
    scope: recordScope,
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
    scope: recordScope,
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
    scope: recordScope,
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
    scope: recordScope,
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
    scope: recordScope,
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
    scope: recordScope,
    verifiedEmissions: z.number().finite().nonnegative(),
    obligation: z.number().finite().nonnegative().optional(),
    allowancesSurrendered: z.number().finite().nonnegative().nullable(),
    offsetsSurrendered: z.number().finite().nonnegative().default(0),
    onTime: z.boolean().nullable(),
  })
  .strict()
  .describe('A key emitting unit allowance surrender')
