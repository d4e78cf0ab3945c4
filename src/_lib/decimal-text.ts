/**
 * Decimal text of exact values, the one home for it in eco-targets: the exact value as written
 * in results, and the shorter figures written in explanations. Both round half to even on the
 * exact value (GB/T 8170), never through binary floating point.
 *
 * @internal
 * @module
 */
import { decimal, floor, type Rational, rational, toFixed } from './rational.js'

const dropZeros = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text)

/** The exact value written with up to `maxDigits` decimals (10 by default), trailing zeros dropped. */
export function decimalText(value: Rational, maxDigits = 10): string {
  return dropZeros(toFixed(value, maxDigits))
}

/**
 * A figure for an explanation: at most `digits` decimals, rounded half to even on the exact
 * value, trailing zeros dropped (`91.78082…` → `91.78`, `25.5` with 0 digits → `26`). A number
 * is read as the decimal it prints as.
 */
export function displayText(value: Rational | number, digits = 1): string {
  const exact = typeof value === 'number' ? decimal(value) : value
  const text = dropZeros(toFixed(exact, digits))
  return text === '-0' ? '0' : text
}

/**
 * A bound written with `digits` decimals rounded toward minus infinity, so the figure shown is
 * never above the exact bound (a limit of 23.4931… µg/m³ is shown as 23.49, never 23.50).
 */
export function floorText(value: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits)
  const floored = rational(floor(rational(value.num * scale, value.den)), scale)
  return toFixed(floored, digits)
}
