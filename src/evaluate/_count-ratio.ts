import { div, mul, type Rational, rational } from '../_lib/rational.js'
import type { Comparator } from '../schemas/vocabulary.js'
import { satisfies } from './_compare.js'

/** Inputs of {@link assessCountRatio}. */
export interface CountRatioInput {
  /** Items that count toward the ratio so far (good days, class I–III sections, …). */
  readonly counted: number
  /** Items with valid data so far (the denominator). */
  readonly total: number
  /**
   * Items still to come that will join the denominator (the remaining days of the year); 0 when
   * the denominator is fixed (a set of sections).
   */
  readonly remaining: number
  /**
   * Whether the outcome of the items already in the denominator is final (a day's AQI is; a
   * section judged on its annual mean can still change until the year ends).
   */
  readonly itemsFinal: boolean
  /**
   * Items in the denominator whose failure is already final even when the others can still
   * change (a drinking-water source that failed a sampling under the every-sampling rule).
   */
  readonly finalFailures?: number
  readonly comparator: Extract<Comparator, 'atLeast' | 'atMost'>
  /** Target ratio in percent. */
  readonly target: Rational
  /** Decimals of the published ratio. */
  readonly precision: number
}

/** The arithmetic of a count ratio against its target, within the period. */
export interface CountRatioAssessment {
  /** counted / total × 100, or null without data. */
  readonly ratio: Rational | null
  readonly meetsNow: boolean | null
  /** Denominator at the end when every item still to come has data. */
  readonly finalTotal: number
  /**
   * For `atLeast`: the fewest counted items the final denominator needs; for `atMost`: the most it
   * may hold. `null` when no count out of the final denominator satisfies the target.
   */
  readonly bound: number | null
  /** The most (`atLeast`) or fewest (`atMost`) counted items the period can still end with. */
  readonly best: number
  /**
   * Room left: for `atLeast`, how many undecided items may still fail (non-good days the year can
   * absorb); for `atMost`, how many more may be counted. Negative when the target is out of reach.
   */
  readonly slack: number
  readonly reachable: boolean
}

/** counted / total × 100, exactly. */
export function percentOf(counted: number, total: number): Rational {
  return div(mul(rational(BigInt(counted)), rational(100n)), rational(BigInt(total)))
}

/**
 * Whether `counted` out of `total` meets the target after rounding, and how much room the rest of
 * the period leaves. The bound is searched over whole counts with the same GB/T 8170 rounding as
 * the verdict, so "335 of 365 passes, 334 fails" for 91.6 % follows from the rule itself.
 */
export function assessCountRatio(input: CountRatioInput): CountRatioAssessment {
  const { counted, total, remaining, itemsFinal, comparator, target, precision } = input
  const finalTotal = total + remaining
  const ratio = total > 0 ? percentOf(counted, total) : null
  const meetsNow = ratio === null ? null : satisfies(comparator, ratio, target, precision)
  const passes = (k: number) =>
    finalTotal > 0 && satisfies(comparator, percentOf(k, finalTotal), target, precision)
  let bound: number | null = null
  if (comparator === 'atLeast') {
    for (let k = 0; k <= finalTotal && bound === null; k++) if (passes(k)) bound = k
  } else {
    for (let k = finalTotal; k >= 0 && bound === null; k--) if (passes(k)) bound = k
  }
  const failed = input.finalFailures ?? 0
  const best =
    comparator === 'atLeast'
      ? (itemsFinal ? counted : total - failed) + remaining
      : itemsFinal
        ? counted
        : failed
  const slack = bound === null ? -1 : comparator === 'atLeast' ? best - bound : bound - counted
  const reachable = bound !== null && (comparator === 'atLeast' ? best >= bound : best <= bound)
  return { ratio, meetsNow, finalTotal, bound, best, slack, reachable }
}
