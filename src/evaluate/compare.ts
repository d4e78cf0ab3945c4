import {
  compare,
  decimal as decimalOf,
  type Rational,
  roundHalfEven,
  sub,
} from '../_lib/rational.js'
import type { Comparator } from '../schemas/vocabulary.js'

type Predicate = (actual: Rational, expected: Rational) => boolean

/**
 * The one comparison table every evaluator uses. `decrease` and `reachReduction` compare a
 * reduction (in percent or tonnes) with its required minimum, so they read like `atLeast`.
 */
const PREDICATES: Readonly<Record<Comparator, Predicate>> = {
  atLeast: (a, e) => compare(a, e) >= 0,
  atMost: (a, e) => compare(a, e) <= 0,
  equals: (a, e) => compare(a, e) === 0,
  decrease: (a, e) => compare(a, e) >= 0,
  reachReduction: (a, e) => compare(a, e) >= 0,
}

/** Whether a larger actual value is better under a comparator. */
export function higherIsBetter(comparator: Comparator): boolean {
  return comparator !== 'atMost'
}

/**
 * Compares an actual value with a target value, after rounding the actual value by GB/T 8170 to
 * the published precision when one is given (project decision 6: 91.55 % publishes as 91.6 % and
 * meets a 91.6 % target; 91.54 % publishes as 91.5 % and does not).
 *
 * @param comparator - how to compare
 * @param actual - the exact actual value
 * @param expected - the target value
 * @param precision - decimals of the published figure, or `null` to compare the exact value
 * @returns whether the actual value satisfies the target
 * @category Report
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
  return satisfies(comparator, decimalOf(actual), decimalOf(expected), precision)
}

/** Rational form of {@link compareWithTarget}; the evaluators call this. */
export function satisfies(
  comparator: Comparator,
  actual: Rational,
  expected: Rational,
  precision: number | null,
): boolean {
  const published = precision === null ? actual : roundHalfEven(actual, precision)
  return PREDICATES[comparator](published, expected)
}

/**
 * The margin on the passing side of the line (positive) or the failing side (negative), in the
 * target's unit, from the published figure.
 */
export function marginOf(
  comparator: Comparator,
  published: Rational,
  expected: Rational,
): Rational {
  return higherIsBetter(comparator) ? sub(published, expected) : sub(expected, published)
}
