import { z } from 'zod'
import { IdSchema } from '../common.js'

/** A measured concentration; `null` means not measured or invalid, never zero. */
export const concentration = z.number().finite().nonnegative().nullable()

/** A calendar year of a plan or a record. */
export const year = z.number().int().min(2000).max(2100)

/** The scope a yearly record belongs to; a record without one counts for every target. */
export const recordScope = IdSchema.optional().describe(
  'Scope the record belongs to (a city, banner, region); without one it counts for every target',
)
