import { decimalText } from './decimal-text.js'
import { type Rational, roundHalfEven, toNumber } from './rational.js'

/**
 * An actual value as results report it (`ActualValueSchema` in `standards/figures.ts`): the
 * nearest number, the exact decimal (10 decimals) and the figure as published after GB/T 8170
 * rounding to `precision` decimals. The one builder of that shape.
 *
 * @internal
 */
export function actualValueOf(
  value: Rational,
  precision: number,
): { value: number; exact: string; published: number; precision: number } {
  return {
    value: toNumber(value),
    exact: decimalText(value),
    published: toNumber(roundHalfEven(value, precision)),
    precision,
  }
}
