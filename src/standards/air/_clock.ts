import { TZDate, tz } from '@date-fns/tz'
import { parseISO } from 'date-fns'
import { expect } from '../../_lib/errors/catalogue.js'
import type { LocalizedText } from '../../_lib/localized-text.js'
import {
  civilFromDays,
  daysFromCivil,
  type FixedOffset,
  fixedHourOffset,
  isDate,
} from './_civil-time.js'
import type { TimestampConvention } from './hourly/types.js'

/** China Standard Time, in which natural days (自然日) are counted. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai'

/** The hour a record covers: its natural day, the hour of the day (0–23) and an absolute index. */
export interface HourSlot {
  readonly date: string
  readonly hour: number
  /** Hours since the epoch at the start of the covered hour. */
  readonly index: number
}

const MS_PER_HOUR = 3_600_000
const MS_PER_DAY = 86_400_000
const DATE_TIME_DELIMITER = /[T ]/
const WITHOUT_HOUR = 'expected a timestamp with an hour'
const NOT_ON_HOUR = 'expected a timestamp on the hour'

const pad = (n: number) => String(n).padStart(2, '0')

/** `YYYY-MM-DD` of a zoned date. */
function isoDay(d: TZDate): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * Reads timestamps in a time zone and maps them to the hour they cover: with hour-ending
 * stamps (the national platform's convention, "16时的小时均值为15:00-16:00") 2022-01-02T00:00
 * covers 23:00–24:00 of 2022-01-01; with hour-beginning stamps it covers 00:00–01:00 of
 * 2022-01-02. A timestamp without offset is read in `zone`. A date alone (`2022-01-02`) names
 * no hour: it is refused rather than read as 00:00, which under hour-ending stamps would be the
 * last hour of the day before. Results are cached per reader, as every station of a network
 * reports the same hours.
 */
export function createHourReader(convention: TimestampConvention, zone: string = CHINA_TIME_ZONE) {
  const inZone = tz(zone)
  // a zone of one whole-hour offset: its hours by integer arithmetic where the offset is fixed
  const fixed = fixedHourOffset(zone)
  const cache = new Map<string | number, HourSlot | string>()
  return (time: string | Date): HourSlot | string => {
    const key = typeof time === 'string' ? time : time.getTime()
    const hit = cache.get(key)
    if (hit !== undefined) return hit
    // hour-ending: the value stamped T covers T − 1 h … T
    const shift = convention === 'hour-ending' ? MS_PER_HOUR : 0
    const stampMs =
      typeof time === 'string'
        ? ((fixed === null ? undefined : fixedZoneStamp(time, fixed)) ??
          parseISO(time, { in: inZone }).getTime())
        : (key as number)
    let slot: HourSlot | string
    if (Number.isNaN(stampMs)) {
      slot = `expected an ISO 8601 timestamp, got "${String(time)}"`
    } else if (typeof time === 'string' && !DATE_TIME_DELIMITER.test(time)) {
      // ISO 8601 separates the time of day from the date by "T" (or a space, RFC 3339)
      slot = `${WITHOUT_HOUR}, got "${time}"`
    } else if (fixed !== null && stampMs - shift >= fixed.from) {
      const local = stampMs - shift + fixed.offset
      if (local % MS_PER_HOUR !== 0) {
        slot = `${NOT_ON_HOUR}, got ${typeof time === 'string' ? time : time.toISOString()}`
      } else {
        const { y, m, d } = civilFromDays(Math.floor(local / MS_PER_DAY))
        slot = {
          date: `${y}-${pad(m)}-${pad(d)}`,
          hour: (((local / MS_PER_HOUR) % 24) + 24) % 24,
          index: Math.round((stampMs - shift) / MS_PER_HOUR),
        }
      }
    } else {
      const start = new TZDate(stampMs - shift, zone)
      slot =
        start.getMinutes() !== 0 || start.getSeconds() !== 0 || start.getMilliseconds() !== 0
          ? `${NOT_ON_HOUR}, got ${typeof time === 'string' ? time : time.toISOString()}`
          : {
              date: isoDay(start),
              hour: start.getHours(),
              index: Math.round((stampMs - shift) / MS_PER_HOUR),
            }
    }
    cache.set(key, slot)
    return slot
  }
}

// The common forms of an ISO 8601 stamp: 2022-01-02T00:00, with seconds, a space for the T, Z
// or an offset ±HH:MM
const COMMON_STAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):(\d{2}))?$/

/**
 * The instant of a stamp of a common form, as `parseISO` reads it in a zone of one fixed
 * whole-hour offset (wall time without an offset is in that zone; 24:00 is the next day's
 * 00:00); `undefined` for any other form, a value out of range, or an instant before the
 * offset is fixed, which `parseISO` and the zone database then read.
 */
function fixedZoneStamp(text: string, zone: FixedOffset): number | undefined {
  const m = COMMON_STAMP.exec(text)
  if (m === null) return undefined
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const sec = m[6] === undefined ? 0 : Number(m[6])
  if (!isDate(y, mo, d) || mi > 59 || sec > 59 || h > 24 || (h === 24 && (mi > 0 || sec > 0))) {
    return undefined
  }
  const wall = daysFromCivil(y, mo, d) * MS_PER_DAY + h * MS_PER_HOUR + mi * 60_000 + sec * 1000
  let offset = zone.offset
  if (m[7] === undefined && m[8] !== undefined) {
    const om = Number(m[10])
    if (om > 59) return undefined
    offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + om) * 60_000
  } else if (m[7] !== undefined) offset = 0
  const instant = wall - offset
  return instant >= zone.from ? instant : undefined
}

/** What a timestamp the hour reader refused should have been, for its issue's `expected`. */
export function expectedTimestamp(problem: string): LocalizedText {
  if (problem.startsWith(WITHOUT_HOUR)) return expect.timestampWithHour()
  if (problem.startsWith(NOT_ON_HOUR)) return expect.timestampOnHour()
  return expect.timestamp()
}

/** Absolute hour index of 00:00 of a natural day in `zone`. */
export function dayStartIndex(date: string, zone: string = CHINA_TIME_ZONE): number {
  const fixed = fixedHourOffset(zone)
  const ymd = fixed === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (fixed !== null && ymd !== null) {
    const start = daysFromCivil(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) * MS_PER_DAY
    if (start - fixed.offset >= fixed.from) return (start - fixed.offset) / MS_PER_HOUR
  }
  return Math.round(parseISO(`${date}T00:00:00`, { in: tz(zone) }).getTime() / MS_PER_HOUR)
}
