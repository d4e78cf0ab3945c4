import { add, compare, type Rational, rational, roundHalfEven, sub } from '../_lib/rational.js'

/** Half a unit of the last published decimal. */
function halfStep(precision: number): Rational {
  return rational(1n, 2n * 10n ** BigInt(precision))
}

/** The edge of the values that publish at or below / at or above a target, and whether the edge itself does. */
export interface RoundingEdge {
  readonly value: Rational
  readonly inclusive: boolean
}

/**
 * The largest exact value that still publishes as ≤ `target` at `precision` decimals by GB/T 8170:
 * target + half a step, included when half-even rounds it down (23.5 publishes as 24, so a 23 µg/m³
 * target needs a mean below 23.5; 22.5 publishes as 22).
 */
export function upperEdge(target: Rational, precision: number): RoundingEdge {
  const value = add(target, halfStep(precision))
  return { value, inclusive: compare(roundHalfEven(value, precision), target) <= 0 }
}

/**
 * The smallest exact value that still publishes as ≥ `target`: target − half a step, included
 * when half-even rounds it up (91.55 publishes as 91.6).
 */
export function lowerEdge(target: Rational, precision: number): RoundingEdge {
  const value = sub(target, halfStep(precision))
  return { value, inclusive: compare(roundHalfEven(value, precision), target) >= 0 }
}
