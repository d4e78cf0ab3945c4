import { z } from 'zod'
import { expect } from '../../_lib/errors/catalogue.js'
import { zodMessage } from '../../_lib/errors/from-zod.js'
import { AqiStandardSchema } from './tables.js'

// The pieces of the air functions' options schemas, written once: each public function builds
// its own strict schema from them, so that one concept has one name across the air API.

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** `standard`: the edition of HJ 633. */
export const standardOption = AqiStandardSchema.optional()

/** `roundConcentrations`: GB/T 8170 rounding of concentrations before indexing. */
export const roundConcentrationsOption = z
  .boolean()
  .optional()
  .describe('Round concentrations by GB/T 8170 before indexing (default: by edition)')

/** `missingIndicators`: what a missing indicator does to the AQI. */
export const missingIndicatorsOption = z
  .enum(['computeFromOthers', 'withholdUnlessAbove100'])
  .optional()
  .describe("AQI with a missing indicator (default: the edition's rule)")

/** `notMeasured`: what an indicator the station does not measure does to the AQI. */
export const notMeasuredOption = z
  .enum(['platform', 'text'])
  .optional()
  .describe('Not-measured indicator: platform (left out) or text (missing); default by report')

/** `maxPlausibleCo`: the largest CO accepted, mg/m³. */
export const maxPlausibleCoOption = z
  .number()
  .positive()
  .optional()
  .describe('Largest CO value accepted, mg/m³ (above it: a unit error)')

/** `timeZone`: an IANA time zone. */
export const timeZoneOption = z
  .string()
  .refine(isTimeZone, { error: zodMessage(expect.timeZone()) })
  .optional()
  .describe('IANA time zone of natural days and of stamps without offset')

/**
 * The options of the daily AQI of aggregated values (city days, period figures), whose inputs
 * have no not-measured state.
 */
export const AGGREGATE_AQI_OPTIONS = {
  standard: standardOption,
  roundConcentrations: roundConcentrationsOption,
  missingIndicators: missingIndicatorsOption,
  maxPlausibleCo: maxPlausibleCoOption,
}

/** The options of the daily AQI of a station's or city's values, shared by `dailyAqi` and `realtimeAqi`. */
export const DAILY_AQI_OPTIONS = {
  standard: standardOption,
  roundConcentrations: roundConcentrationsOption,
  missingIndicators: missingIndicatorsOption,
  notMeasured: notMeasuredOption,
  maxPlausibleCo: maxPlausibleCoOption,
}
