import type { z } from 'zod'
import { AirInputError } from './errors.js'

/** zod at the boundary: parse or throw an {@link AirInputError} naming every bad field. */
export function parseAirInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: string,
): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new AirInputError(
    context,
    result.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })),
  )
}
