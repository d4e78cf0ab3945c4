import { compare, div, mul, type Rational, rational, sub } from '../_lib/rational.js'
import { upperEdge } from './_bounds.js'
import { satisfies } from './_compare.js'

/** Inputs of {@link assessMeanLimit}. */
export interface MeanLimitInput {
  /** Sum of the valid daily values so far. */
  readonly sum: Rational
  /** Number of valid daily values so far. */
  readonly count: number
  /** Days still to come in the period. */
  readonly remaining: number
  /** The upper limit of the published mean. */
  readonly target: Rational
  readonly precision: number
}

/** The arithmetic of a period mean against an upper limit. */
export interface MeanLimitAssessment {
  readonly mean: Rational | null
  readonly meetsNow: boolean | null
  /**
   * The mean the remaining days must stay below (or at, when `inclusive`) for the period mean to
   * publish within the limit; null when no day remains.
   */
  readonly requiredOfRemaining: Rational | null
  readonly inclusive: boolean
  /** Whether some non-negative mean of the remaining days keeps the period within the limit. */
  readonly reachable: boolean
}

/**
 * Whether a mean of daily values publishes within an upper limit, and what the rest of the
 * period must average: with S the sum of n values so far, R days to come and E the rounding edge
 * of the limit, (S + X·R) / (n + R) must stay below E, so X < (E·(n + R) − S) / R.
 */
export function assessMeanLimit(input: MeanLimitInput): MeanLimitAssessment {
  const { sum, count, remaining, target, precision } = input
  const mean = count > 0 ? div(sum, rational(BigInt(count))) : null
  const meetsNow = mean === null ? null : satisfies('atMost', mean, target, precision)
  const edge = upperEdge(target, precision)
  if (remaining === 0) {
    return {
      mean,
      meetsNow,
      requiredOfRemaining: null,
      inclusive: edge.inclusive,
      reachable: meetsNow === true,
    }
  }
  const required = div(
    sub(mul(edge.value, rational(BigInt(count + remaining))), sum),
    rational(BigInt(remaining)),
  )
  const sign = compare(required, rational(0n))
  const reachable = sign > 0 || (sign === 0 && edge.inclusive)
  return { mean, meetsNow, requiredOfRemaining: required, inclusive: edge.inclusive, reachable }
}
