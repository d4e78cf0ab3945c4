import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns'
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

/** Calendar days from `a` to `b` (`b` − `a`), for `YYYY-MM-DD` strings. */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a))
}

/** The `YYYY-MM-DD` date `n` days after `date`. */
export function shiftDate(date: string, n: number): string {
  return format(addDays(parseISO(date), n), 'yyyy-MM-dd')
}

/** Every date of a closed interval, in order. */
export function datesOf(period: Period): string[] {
  const n = daysBetween(period.start, period.end)
  return Array.from({ length: n + 1 }, (_, i) => shiftDate(period.start, i))
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

/** The earlier of two `YYYY-MM-DD` dates. */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b
}
