import { expect, issue } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import { decimal, toNumber } from '../../_lib/rational.js'
import { percentileOfSorted, sortExact } from './_percentile.js'

/**
 * The p-th percentile of a set of daily values by the formula used for ambient-air statistics
 * (HJ 663): sort ascending, k = 1 + (n − 1)·p %, s = integer part of k, then
 * m = X(s) + (X(s+1) − X(s))·(k − s). It is the "linear" percentile (Excel PERCENTILE.INC,
 * R type 7). Computed exactly; round the result for publication with GB/T 8170.
 * The formula is quoted from a secondary source (the HJ 663 text was not read).
 *
 * @param values - the valid daily values (nulls are not allowed; leave missing days out)
 * @param p - the percentile, 0 < p ≤ 100 (98 for SO2/NO2, 95 for PM and CO, 90 for O3 8-hour)
 * @returns the percentile, or `null` for an empty set (insufficient data, never zero)
 * @throws {@link InputError} for a negative or non-finite value, or p outside (0, 100]
 * @category Air
 * @see HJ 663-2013 (percentile formula; SECONDARY)
 * @example
 * ```ts
 * import { percentileHj663 } from 'eco-targets/air'
 * percentileHj663([3, 4, 8, 2, 5, 4], 90) //=> 6.5
 * percentileHj663([], 95)                 //=> null
 * ```
 */
export function percentileHj663(values: readonly number[], p: number): number | null {
  if (!(Number.isFinite(p) && p > 0 && p <= 100)) {
    throw new InputError('percentileHj663 input', [
      issue({
        code: typeof p === 'number' && !Number.isFinite(p) ? 'not_finite' : 'invalid_value',
        path: ['p'],
        expected: expect.percentile(),
        received: p,
      }),
    ])
  }
  const exact = values.map((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InputError('percentileHj663 input', [
        issue({
          code:
            typeof v !== 'number'
              ? 'invalid_type'
              : Number.isFinite(v)
                ? 'too_small'
                : 'not_finite',
          path: ['values', i],
          expected: expect.nonNegative(),
          received: v,
        }),
      ])
    }
    return decimal(v)
  })
  const m = percentileOfSorted(sortExact(exact), p)
  return m === null ? null : toNumber(m)
}
