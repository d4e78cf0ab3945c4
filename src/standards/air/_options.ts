import { z } from 'zod'
import { parseAirInput } from './_parse.js'
import { AqiStandardSchema } from './tables.js'

// Options are checked at run time too, so a misspelt edition or policy from untyped callers is
// an error rather than a silent fallback to the default.
const OptionsSchema = z.object({
  standard: AqiStandardSchema.optional(),
  roundConcentration: z.boolean().optional(),
  roundConcentrations: z.boolean().optional(),
  missingIndicators: z.enum(['computeFromOthers', 'withholdUnlessAbove100']).optional(),
  maxPlausibleCo: z.number().positive().optional(),
  pmBasis: z.enum(['1h', '24h']).optional(),
  countO3_8h: z.boolean().optional(),
  validDay: z.enum(['allIndicators', 'publishedAqi']).optional(),
  dustRatioMethod: z.enum(['excludeDays', 'excludeExceedingDays', 'recomputeWithoutPm']).optional(),
  verdictBasis: z.enum(['raw', 'deducted']).optional(),
  round: z.boolean().optional(),
  minStations: z.number().int().positive().optional(),
  excludeStations: z.array(z.string()).optional(),
  timestamp: z.enum(['hour-ending', 'hour-beginning']).optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, { error: (i) => `unknown time zone "${String(i.input)}"` })
    .optional(),
  minHours: z.number().int().positive().max(24).optional(),
  minHoursPer8h: z.number().int().positive().max(8).optional(),
  minWindowsPerDay: z.number().int().positive().max(17).optional(),
  minHoursO3_1h: z.number().int().positive().max(24).optional(),
  o3_8hLimit: z.number().positive().optional(),
})

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Checks the shared options of the air functions (other keys are left to each function). */
export function checkAirOptions(options: unknown, context: string): void {
  if (options === undefined || (isPlainObject(options) && Object.keys(options).length === 0)) return
  parseAirInput(OptionsSchema, options, `${context} options`)
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
