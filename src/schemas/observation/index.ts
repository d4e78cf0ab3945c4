import { z } from 'zod'
import { checkAcrossRecords } from './_across-records.js'
import { AirDailyObservationSchema, DustDayObservationSchema } from './air.js'
import { AnnualValueObservationSchema } from './annual-value.js'
import { DrinkingWaterSampleObservationSchema, WaterSampleObservationSchema } from './water.js'
import {
  BatteryCollectionObservationSchema,
  CarbonAllowanceObservationSchema,
  EmissionAssignmentObservationSchema,
  EmissionProjectReductionObservationSchema,
  EmissionTotalObservationSchema,
  FarmlandSafeUseObservationSchema,
  LandPlotObservationSchema,
} from './yearly.js'

export * from './air.js'
export * from './annual-value.js'
export * from './water.js'
export * from './yearly.js'

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
    AnnualValueObservationSchema,
  ])
  .describe('An observation the plan evaluator reads')

/** @category Schemas */
export type Observation = z.output<typeof ObservationSchema>
/** @category Schemas */
export type ObservationInput = z.input<typeof ObservationSchema>

/**
 * A list of observations, with the checks across records: a day given twice for one scope, an
 * emission total, assignment or annual figure given twice for its year, and records that
 * contradict each other about a section's water body or a drinking-water source's type, level
 * or water body (codes `duplicate` and `conflict`, at the later record).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ObservationsSchema } from 'eco-targets'
 * ObservationsSchema.parse([]) //=> []
 * ObservationsSchema.safeParse([
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 10 },
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 12 },
 * ]).error?.issues[0].path //=> [1, 'year']
 * ```
 */
export const ObservationsSchema = z
  .array(ObservationSchema)
  .superRefine(checkAcrossRecords)
  .describe('A list of observations')
