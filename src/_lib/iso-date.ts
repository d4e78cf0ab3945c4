import { z } from 'zod'

/**
 * A calendar date `YYYY-MM-DD` (impossible dates such as 2022-02-29 are rejected).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IsoDateSchema } from 'eco-targets'
 * IsoDateSchema.parse('2022-06-30') //=> '2022-06-30'
 * ```
 */
export const IsoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD')
