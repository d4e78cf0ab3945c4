import { daysBetween } from '../_lib/calendar.js'
import type { Period } from '../schemas/common.js'

/** How much of a period has passed as of a date. */
export interface PeriodProgress {
  readonly start: string
  readonly end: string
  readonly asOf: string
  /** Days of the period up to and including `asOf` (0 before the start). */
  readonly elapsedDays: number
  readonly totalDays: number
  /** Days after `asOf` still to come within the period. */
  readonly remainingDays: number
  /** `asOf` is on or after the last day: the figure is final. */
  readonly isOver: boolean
}

/** Where `asOf` falls in `period`. */
export function progressOf(period: Period, asOf: string): PeriodProgress {
  const totalDays = daysBetween(period.start, period.end) + 1
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(period.start, asOf) + 1))
  return {
    start: period.start,
    end: period.end,
    asOf,
    elapsedDays,
    totalDays,
    remainingDays: totalDays - elapsedDays,
    isOver: elapsedDays === totalDays,
  }
}
