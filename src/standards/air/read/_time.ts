import { tzOffset } from '@date-fns/tz'
import { daysFromCivil, fixedHourOffset, isDate } from '../_civil-time.js'

export { daysFromCivil, isDate }

/**
 * Timestamps read from the bytes of a cell into the instant they name (epoch ms), for the forms
 * monitoring exports use: `2022-01-02T00:00:00`, `2022-01-02 00:00`, `2026-02-26T2000` (CNEMC
 * 2026), `2022/1/2 0:00` (spreadsheets), with or without seconds, and with an optional offset
 * (`Z`, `+08:00`, `+0800`, `+08`). A stamp without offset is wall time in the reader's time zone
 * (China Standard Time by default). `24:00` is the next day's `00:00` (hour-ending stamps).
 */

/** Why a stamp could not be read. */
export type StampProblem = 'format' | 'noHour' | 'notOnHour' | 'date'

const HOUR = 3_600_000
const DAY = 86_400_000

/** Turns wall time (as if UTC) in a time zone into an instant; cached by the hour. */
export function createZone(timeZone: string): (wall: number) => number {
  const known = fixedHourOffset(timeZone)
  const fixed = known !== null && known.from === Number.NEGATIVE_INFINITY ? known.offset : null
  const cache = new Map<number, number>()
  return (wall) => {
    if (fixed !== null) return wall - fixed
    if (known !== null && wall >= known.from + known.offset) return wall - known.offset
    const key = Math.floor(wall / HOUR)
    let offset = cache.get(key)
    if (offset === undefined) {
      // the offset at the wall time read as UTC, then once more at the instant it gives
      const guess = wall - tzOffset(timeZone, new Date(wall)) * 60_000
      offset = tzOffset(timeZone, new Date(guess)) * 60_000
      if (cache.size > 10_000) cache.clear()
      cache.set(key, offset)
    }
    return wall - offset
  }
}

/** A reader of stamps; `problem` says why the last read gave `NaN`. */
export interface StampReader {
  read(bytes: Uint8Array, start: number, end: number): number
  problem: StampProblem
}

/**
 * A reader of timestamps in a time zone. The instant of the previous stamp is kept, so the
 * rows of one hour (the common case) cost a comparison of bytes.
 */
export function createStampReader(timeZone: string): StampReader {
  const toInstant = createZone(timeZone)
  let last = new Uint8Array(32)
  let lastLength = -1
  let lastValue = Number.NaN
  const reader: StampReader = {
    problem: 'format',
    read(bytes, start, end) {
      let s = start
      let e = end
      while (s < e && bytes[s] === 0x20) s++
      while (e > s && bytes[e - 1] === 0x20) e--
      const length = e - s
      if (length === lastLength) {
        let same = true
        for (let k = 0; k < length; k++) {
          if (bytes[s + k] !== last[k]) {
            same = false
            break
          }
        }
        if (same) return lastValue
      }
      const value = parseStamp(bytes, s, e, toInstant, reader)
      if (length > last.length) last = new Uint8Array(length * 2)
      last.set(bytes.subarray(s, e))
      lastLength = length
      lastValue = value
      return value
    },
  }
  return reader
}

function parseStamp(
  b: Uint8Array,
  start: number,
  end: number,
  toInstant: (wall: number) => number,
  out: { problem: StampProblem },
): number {
  let i = start
  const num = (min: number, max: number): number => {
    let v = 0
    let n = 0
    while (i < end && n < max) {
      const c = (b[i] as number) - 0x30
      if (c < 0 || c > 9) break
      v = v * 10 + c
      n++
      i++
    }
    return n >= min ? v : -1
  }
  const fail = (problem: StampProblem) => {
    out.problem = problem
    return Number.NaN
  }
  const y = num(4, 4)
  if (y < 0) return fail('format')
  const sep = b[i]
  if (sep !== 0x2d && sep !== 0x2f) return fail('format')
  i++
  const m = num(1, 2)
  if (m < 0 || b[i] !== sep) return fail('format')
  i++
  const d = num(1, 2)
  if (d < 0) return fail('format')
  if (i === end) return fail('noHour')
  if (b[i] !== 0x54 && b[i] !== 0x20) return fail('format')
  i++
  while (i < end && b[i] === 0x20) i++
  const hourStart = i
  let h = num(1, 4)
  let mi = 0
  let sec = 0
  if (h < 0) return fail('format')
  if (i - hourStart === 4) {
    // HHMM, as in the CNEMC feed of 2026
    mi = h % 100
    h = Math.floor(h / 100)
    const secStart = i
    const ss = num(2, 2)
    if (ss >= 0) sec = ss
    else i = secStart
  } else if (i - hourStart === 3) return fail('format')
  else if (b[i] === 0x3a) {
    i++
    mi = num(2, 2)
    if (mi < 0) return fail('format')
    if (b[i] === 0x3a) {
      i++
      sec = num(2, 2)
      if (sec < 0) return fail('format')
      if (b[i] === 0x2e) {
        i++
        const fraction = i
        while (i < end && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x39) {
          if (b[i] !== 0x30) sec = -1
          i++
        }
        if (i === fraction) return fail('format')
      }
    }
  }
  let offset: number | null = null
  if (i < end) {
    const c = b[i]
    if ((c === 0x5a || c === 0x7a) && i + 1 === end) {
      offset = 0
      i++
    } else if (c === 0x2b || c === 0x2d) {
      i++
      const oh = num(2, 2)
      if (oh < 0) return fail('format')
      if (b[i] === 0x3a) i++
      const om = i < end ? num(2, 2) : 0
      if (om < 0 || oh > 23 || om > 59) return fail('format')
      offset = (c === 0x2d ? -1 : 1) * (oh * HOUR + om * 60_000)
    }
  }
  if (i !== end) return fail('format')
  if (!isDate(y, m, d) || h > 24 || mi > 59 || sec > 59) return fail('date')
  if (h === 24 && (mi !== 0 || sec !== 0)) return fail('date')
  // a fraction of a second other than zero left `sec` at -1
  if (mi !== 0 || sec !== 0) return fail('notOnHour')
  const wall = daysFromCivil(y, m, d) * DAY + h * HOUR
  return offset === null ? toInstant(wall) : wall - offset
}

/**
 * The instant of a wide-layout stamp: `date` as `YYYYMMDD` (or `YYYY-MM-DD`) and `hour` 0–24.
 *
 * @returns the instant, or NaN with `out.problem` set
 */
export function wideStamp(
  date: string,
  hour: number,
  toInstant: (wall: number) => number,
  out: { problem: StampProblem },
): number {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date)
  if (!match) {
    out.problem = 'format'
    return Number.NaN
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isDate(y, m, d) || !Number.isInteger(hour) || hour < 0 || hour > 24) {
    out.problem = 'date'
    return Number.NaN
  }
  return toInstant(daysFromCivil(y, m, d) * DAY + hour * HOUR)
}
