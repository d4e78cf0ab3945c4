import { z } from 'zod'
import { LocalizedTextSchema } from '../_lib/localized-text.js'

/**
 * An actual value: exact (as a decimal string of the exact rational, up to 10 decimals), as a
 * number, and as published after GB/T 8170 rounding to `precision` decimals.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ActualValueSchema } from 'eco-targets'
 * ActualValueSchema.parse({ value: 91.78082191780823, exact: '91.7808219178', published: 91.8, precision: 1 })
 * ```
 */
export const ActualValueSchema = /* @__PURE__ */ (() =>
  z
    .object({
      value: z.number().finite(),
      exact: z.string().regex(/^-?\d+(\.\d+)?$/),
      published: z.number().finite(),
      precision: z.number().int().min(0),
    })
    .strict()
    .describe('An actual value, exact and as published'))()

/** @category Schemas */
export type ActualValue = z.output<typeof ActualValueSchema>

/**
 * What was left out of a computation and why (a reason code, a count, and the items).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ExclusionSchema } from 'eco-targets'
 * ExclusionSchema.parse({ reason: 'dustDay', count: 2, items: ['2022-03-15', '2022-03-16'] }).count //=> 2
 * ```
 */
export const ExclusionSchema = /* @__PURE__ */ (() =>
  z
    .object({
      reason: z.string().min(1).describe('Reason code, e.g. missingIndicator, dustDay, driedUp'),
      count: z.number().int().nonnegative(),
      items: z.array(z.string()).describe('What was left out: dates, section or unit ids'),
      description: LocalizedTextSchema.optional(),
    })
    .strict()
    .describe('Items left out of a computation and why'))()

/** @category Schemas */
export type Exclusion = z.output<typeof ExclusionSchema>
