/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, the one home for it in eco-targets: pure integer
 * arithmetic on the proleptic Gregorian calendar (days since 1970-01-01), so no time zone, no
 * daylight-saving shift and no `Date` object can move a day. The dates are assumed valid
 * (checked at the boundary by `IsoDateSchema`).
 *
 * @internal
 * @module
 */

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y0: number, m: number, d: number): number {
  // March-based years make the leap day the last of the year.
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
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

/** The day number of a date: days since 1970-01-01 (negative before). */
export function dayNumber(date: string): number {
  return daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  )
}

/** The date of a day number. */
export function dateOfDayNumber(n: number): string {
  const { y, m, d } = civilFromDays(n)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Calendar days from `a` to `b` (`b` − `a`). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return dateOfDayNumber(dayNumber(date) + n)
}

/** Every date from `start` to `end`, both included, in order; empty when `end` precedes `start`. */
export function eachDate(start: string, end: string): string[] {
  const first = dayNumber(start)
  const n = dayNumber(end) - first + 1
  return Array.from({ length: Math.max(0, n) }, (_, i) => dateOfDayNumber(first + i))
}

/** The earlier of two dates. */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b
}

/** The later of two dates. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b
}

/** The calendar year of a date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}
