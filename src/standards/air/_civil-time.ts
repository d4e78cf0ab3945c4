// Calendar arithmetic on epoch days, and the zones whose offset is one fixed whole number of
// hours: what the hour reader, the station-day batch and the CSV readers share.

import { civilFromDays, daysFromCivil } from '../../_lib/calendar.js'

export { civilFromDays, daysFromCivil }

const HOUR = 3_600_000

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** Whether y-m-d is a date of the calendar. */
export function isDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= (m === 2 && leap(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number))
}

// China has kept UTC+8 without daylight saving time since 1992.
const SHANGHAI_FIXED_FROM = Date.UTC(1992, 0, 1)

/** A time zone's offset from UTC (ms) where it is fixed: from the instant `from` on. */
export interface FixedOffset {
  readonly offset: number
  readonly from: number
}

const UTC_FIXED: FixedOffset = { offset: 0, from: Number.NEGATIVE_INFINITY }
const SHANGHAI_FIXED: FixedOffset = { offset: 8 * HOUR, from: SHANGHAI_FIXED_FROM }

/**
 * The offset of a time zone known to keep one whole-hour offset, without daylight saving time,
 * from an instant on (UTC; China Standard Time since 1992); `null` for any other zone, whose
 * offsets the zone database gives.
 */
export function fixedHourOffset(timeZone: string): FixedOffset | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return UTC_FIXED
  return timeZone === 'Asia/Shanghai' ? SHANGHAI_FIXED : null
}
