import { compare, type Rational, roundHalfEven, sub } from '../_lib/rational.js'
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
 * Whether an exact actual value satisfies the target after GB/T 8170 rounding to `precision`
 * decimals (project decision 6), or compared exactly when `precision` is `null`.
 */
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
