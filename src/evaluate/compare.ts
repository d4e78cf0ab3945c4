import { z } from 'zod'
import { parseOrThrow } from '../_lib/errors/from-zod.js'
import { decimal } from '../_lib/rational.js'
import { type Comparator, ComparatorSchema } from '../schemas/vocabulary.js'
import { satisfies } from './_compare.js'

const ArgumentsSchema = z.tuple([
  ComparatorSchema,
  z.number().finite(),
  z.number().finite(),
  z.number().int().min(0).max(6).nullable(),
])

/**
 * Compares an actual value with a target value, after rounding the actual value by GB/T 8170 to
 * the published precision when one is given (project decision 6: 91.55 % publishes as 91.6 % and
 * meets a 91.6 % target; 91.54 % publishes as 91.5 % and does not). Every evaluator compares
 * through the same table.
 *
 * @param comparator - how to compare
 * @param actual - the exact actual value
 * @param expected - the target value
 * @param precision - decimals of the published figure (0–6), or `null` to compare the exact value
 * @returns whether the actual value satisfies the target
 * @throws {@link InputError} for an unknown comparator, a value that is not a finite number or a
 *   precision outside 0–6 (paths `[0]` … `[3]`, the argument positions)
 * @category Report
 * @see GB/T 8170-2008 §3.2 (rounding); project decision 6
 * @example
 * ```ts
 * import { compareWithTarget } from 'eco-targets'
 * compareWithTarget('atLeast', 335 / 365 * 100, 91.6, 1) //=> true   (91.78 → 91.8)
 * compareWithTarget('atLeast', 334 / 365 * 100, 91.6, 1) //=> false  (91.51 → 91.5)
 * compareWithTarget('atMost', 23.5, 23, 0)               //=> false  (23.5 → 24)
 * ```
 */
export function compareWithTarget(
  comparator: Comparator,
  actual: number,
  expected: number,
  precision: number | null,
): boolean {
  const [c, a, e, p] = parseOrThrow(
    ArgumentsSchema,
    [comparator, actual, expected, precision],
    'compareWithTarget arguments',
  )
  return satisfies(c, decimal(a), decimal(e), p)
}
