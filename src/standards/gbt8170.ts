import { decimal, roundHalfEven, toFixed, toNumber } from '../_lib/rational.js'

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < -15 || digits > 15) {
    throw new RangeError(`digits must be an integer from -15 to 15, got ${digits}`)
  }
}

/**
 * Rounds a value by GB/T 8170-2008 (数值修约规则, §3.2): round half to even on the exact
 * decimal value (四舍六入五成双), negatives on their absolute value. The number is read as the
 * decimal it prints as (`2.675` is 2.675, not the binary 2.67499…), so the result is what a
 * person rounding the published figure by hand would write.
 *
 * @param value - a finite number, or a decimal string for values beyond double precision
 * @param digits - decimals to keep; negative rounds to tens (-1), hundreds (-2), …
 * @returns the rounded value
 * @throws RangeError when `value` is not a finite decimal or `digits` is not an integer in -15…15
 * @category Rounding
 * @see GB/T 8170-2008 数值修约规则与极限数值的表示和判定, §3.2 进舍规则
 * @example
 * ```ts
 * import { roundGbt8170 } from 'eco-targets'
 * roundGbt8170(2.5, 0)     //=> 2
 * roundGbt8170(3.5, 0)     //=> 4
 * roundGbt8170(0.25, 1)    //=> 0.2
 * roundGbt8170(2.51, 0)    //=> 3
 * roundGbt8170(91.55, 1)   //=> 91.6
 * roundGbt8170(-2.5, 0)    //=> -2
 * ```
 */
export function roundGbt8170(value: number | string, digits: number): number {
  checkDigits(digits)
  return toNumber(roundHalfEven(decimal(value), digits))
}

/**
 * Rounds like {@link roundGbt8170} and writes the result with exactly `digits` decimals, so a
 * published figure keeps its trailing zeros (`91.50`).
 *
 * @param value - a finite number or a decimal string
 * @param digits - decimals to keep (0 to 15)
 * @returns the rounded value as text
 * @category Rounding
 * @see GB/T 8170-2008 §3.2
 * @example
 * ```ts
 * import { formatGbt8170 } from 'eco-targets'
 * formatGbt8170(91.5, 2)   //=> '91.50'
 * formatGbt8170(0.125, 2)  //=> '0.12'
 * ```
 */
export function formatGbt8170(value: number | string, digits: number): string {
  checkDigits(digits)
  if (digits < 0) throw new RangeError('formatGbt8170 needs digits ≥ 0')
  return toFixed(decimal(value), digits)
}
