// Calendar arithmetic on epoch days, and the zones whose offset is one fixed whole number of
// hours: what the hour reader, the station-day batch and the CSV readers share.

const HOUR = 3_600_000

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** The proleptic Gregorian date of a count of days from 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d }
}

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
