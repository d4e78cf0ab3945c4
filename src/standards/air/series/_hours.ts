import { TZDate } from '@date-fns/tz'
import type { TimestampConvention } from '../hourly/types.js'

/** The hour a record covers: its natural day, the hour of the day (0–23), an absolute index. */
export interface CoveredHour {
  readonly date: string
  readonly hour: number
  /** Hours since the epoch at the start of the covered hour. */
  readonly index: number
}

const MS_PER_HOUR = 3_600_000
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Maps a stamp (milliseconds since the epoch) to the hour it covers in `zone`: hour-ending
 * stamps (the platform's 16时 is 15:00–16:00) cover the hour before them. A text for a stamp
 * not on the hour. Cached per reader: every station of a network reports the same hours.
 */
export function coveredHourReader(convention: TimestampConvention, zone: string) {
  const cache = new Map<number, CoveredHour | string>()
  const shift = convention === 'hour-ending' ? MS_PER_HOUR : 0
  return (stamp: number): CoveredHour | string => {
    const hit = cache.get(stamp)
    if (hit !== undefined) return hit
    const start = new TZDate(stamp - shift, zone)
    const slot =
      Number.isNaN(stamp) ||
      start.getMinutes() !== 0 ||
      start.getSeconds() !== 0 ||
      start.getMilliseconds() !== 0
        ? Number.isNaN(stamp)
          ? 'no timestamp'
          : new Date(stamp).toISOString()
        : {
            date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
            hour: start.getHours(),
            index: Math.round((stamp - shift) / MS_PER_HOUR),
          }
    cache.set(stamp, slot)
    return slot
  }
}
