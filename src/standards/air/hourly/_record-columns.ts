import { fixedHourOffset } from '../_civil-time.js'
import { createHourReader } from '../_clock.js'
import { type EngineSettings, type ExactDays, StationDayEngine } from '../_station-engine.js'
import { type HourlyColumns, NOT_MEASURED } from '../columns.js'
import type { StationDay } from './types.js'

const HOUR_MS = 3_600_000
// Stamps of years after 9999 print with more digits; such records take the general path
const LAST_STAMP = Date.UTC(9999, 0, 1)

/** A value `HourlyRecordSchema` accepts, as a column holds it; `undefined` for any other. */
function columnValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v >= 0 && v < Number.POSITIVE_INFINITY ? v : undefined
  if (v === undefined || v === null) return Number.NaN
  return v === 'notMeasured' ? NOT_MEASURED : undefined
}

/** Rows of a batch handed to the engine at a time when the records come in order. */
const CHUNK = 1 << 16

/** Columns of `size` rows, the stations named by `names` (filled as they are met). */
function columnsOf(size: number, names: string[]): HourlyColumns {
  return {
    length: size,
    stations: names,
    station: new Int32Array(size),
    time: new Float64Array(size),
    so2: new Float64Array(size),
    no2: new Float64Array(size),
    co: new Float64Array(size),
    o3: new Float64Array(size),
    pm10: new Float64Array(size),
    pm25: new Float64Array(size),
  }
}

/** The first `n` rows of a batch. */
function head(batch: HourlyColumns, n: number): HourlyColumns {
  if (n === batch.length) return batch
  const cut = (a: Float64Array) => a.subarray(0, n)
  return {
    length: n,
    stations: batch.stations,
    station: batch.station.subarray(0, n),
    time: cut(batch.time),
    so2: cut(batch.so2),
    no2: cut(batch.no2),
    co: cut(batch.co),
    o3: cut(batch.o3),
    pm10: cut(batch.pm10),
    pm25: cut(batch.pm25),
  }
}

/**
 * The station days of hourly records in memory, in any order, for the common case: every
 * record clean (the fields `HourlyRecordSchema` accepts as they are, a `Date` or a text stamp
 * the engine's reader reads, on the hour, CO within its bound, one record a station and hour)
 * in a time zone of one whole-hour offset without daylight saving time (China Standard Time,
 * UTC). There a record's covered hour is integer arithmetic on its epoch milliseconds (a text
 * stamp is read once) and every natural day has its 24 hours: the records go to the engine in
 * batches of columns, without the zone database; as they come while each
 * station's records are in time order (memory: one batch), else all of them ordered by
 * station and hour. The days come sorted by station, then date.
 * `null` for any other input: the caller's general path reads it, and names the issues.
 */
export function stationDaysOfCleanRecords(
  records: readonly unknown[],
  s: EngineSettings,
  context: string,
  exactDays: ExactDays,
): StationDay[] | null {
  const zone = fixedHourOffset(s.timeZone)
  if (zone === null) return null
  const n = records.length
  // the covered hour's start must lie where the offset is fixed, a whole day ahead
  const shift = s.timestamp === 'hour-ending' ? HOUR_MS : 0
  const first = zone.from + 24 * HOUR_MS + shift
  const maxCo = s.maxPlausibleCo
  const stamp = createHourReader(s.timestamp, s.timeZone)
  const codes = new Map<string, number>()
  const names: string[] = []
  let lastCode = ''
  let lastIndex = -1
  /**
   * Reads record `i` into row `j` of `to` (its station as the index in `names`); the covered
   * hour, or -1 for a record the general path must read.
   */
  const read = (i: number, to: HourlyColumns, j: number): number => {
    const r = records[i]
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return -1
    const o = r as Record<string, unknown>
    const code = o.station
    if (typeof code !== 'string' || code.length === 0) return -1
    const time = o.time
    let t: number
    if (time instanceof Date) t = time.getTime()
    else if (typeof time === 'string') {
      // a text stamp as the engine's reader reads it (once per distinct stamp)
      const slot = stamp(time)
      if (typeof slot === 'string') return -1
      t = slot.index * HOUR_MS + shift
    } else return -1
    const h = (t - shift) / HOUR_MS
    // on the hour: the zone's offset is whole hours; NaN (an invalid Date) fails too
    if (!(t >= first && t <= LAST_STAMP && Math.floor(h) === h)) return -1
    // the keys in the order of HourlyRecordSchema
    const a0 = columnValue(o.so2)
    const a1 = columnValue(o.no2)
    const a2 = columnValue(o.co)
    const a5 = columnValue(o.o3)
    const a3 = columnValue(o.pm10)
    const a4 = columnValue(o.pm25)
    if (
      a0 === undefined ||
      a1 === undefined ||
      a2 === undefined ||
      a3 === undefined ||
      a4 === undefined ||
      a5 === undefined ||
      a2 > maxCo
    ) {
      return -1
    }
    let index = lastIndex
    if (code !== lastCode) {
      // records come by station (the same one again) or by hour (the next one, in turn)
      const next = lastIndex + 1 < names.length ? lastIndex + 1 : 0
      const known = names[next] === code ? next : codes.get(code)
      if (known === undefined) {
        index = names.length
        codes.set(code, index)
        names.push(code)
      } else index = known
      lastCode = code
      lastIndex = index
    }
    to.station[j] = index
    to.time[j] = t
    to.so2[j] = a0
    to.no2[j] = a1
    to.co[j] = a2
    to.pm10[j] = a3
    to.pm25[j] = a4
    to.o3[j] = a5
    return h
  }
  // each station's days come in date order (its last one at the end)
  const byStation = new Map<string, StationDay[]>()
  const engineOf = () =>
    new StationDayEngine(
      s,
      (day) => {
        const list = byStation.get(day.station)
        if (list) list.push(day)
        else byStation.set(day.station, [day])
      },
      context,
      exactDays,
    )
  // in order while each record is later than the one before it of its station
  const latest: number[] = []
  let engine = engineOf()
  const chunk = columnsOf(Math.min(n, CHUNK), names)
  let fill = 0
  let inOrder = true
  for (let i = 0; i < n; i++) {
    const h = read(i, chunk, fill)
    if (h < 0) return null
    const st = chunk.station[fill] as number
    if (st === latest.length) latest.push(Number.NEGATIVE_INFINITY)
    if (h <= (latest[st] as number)) {
      inOrder = false
      break
    }
    latest[st] = h
    if (++fill === chunk.length) {
      engine.pushColumns(chunk)
      fill = 0
    }
  }
  if (inOrder) {
    if (fill > 0) engine.pushColumns(head(chunk, fill))
  } else {
    // every record, then in order of station and hour; two records of a station and hour go
    // to the general path
    const all = columnsOf(n, names)
    let minHour = Number.POSITIVE_INFINITY
    let maxHour = Number.NEGATIVE_INFINITY
    for (let i = 0; i < n; i++) {
      const h = read(i, all, i)
      if (h < 0) return null
      if (h < minHour) minHour = h
      if (h > maxHour) maxHour = h
    }
    const order = byStationAndHour(names.length, all.station, all.time, shift, minHour, maxHour)
    if (order === null) return null
    const pick = (column: Float64Array) => {
      const out = new Float64Array(n)
      for (let j = 0; j < n; j++) out[j] = column[order[j] as number] as number
      return out
    }
    byStation.clear()
    engine = engineOf()
    engine.pushColumns({
      length: n,
      stations: names,
      station: Int32Array.from(order, (i) => all.station[i] as number),
      time: pick(all.time),
      so2: pick(all.so2),
      no2: pick(all.no2),
      co: pick(all.co),
      o3: pick(all.o3),
      pm10: pick(all.pm10),
      pm25: pick(all.pm25),
    })
  }
  engine.end()
  const out: StationDay[] = []
  for (const code of [...byStation.keys()].sort()) {
    for (const day of byStation.get(code) as StationDay[]) out.push(day)
  }
  return out
}

/**
 * The record indices ordered by station, then hour; `null` when a station has two records for
 * an hour. A dense table of station × hour when the span is not much larger than the input (a
 * year of hourly records), else a sort.
 */
function byStationAndHour(
  stations: number,
  station: Int32Array,
  stamps: Float64Array,
  shift: number,
  minHour: number,
  maxHour: number,
): Int32Array | null {
  const n = station.length
  const order = new Int32Array(n)
  const span = maxHour - minHour + 1
  const hourOf = (i: number) => ((stamps[i] as number) - shift) / HOUR_MS - minHour
  if (span * stations <= 4 * n + 4096) {
    // slot of (station, hour) → record index + 1
    const table = new Int32Array(span * stations)
    for (let i = 0; i < n; i++) {
      const k = (station[i] as number) * span + hourOf(i)
      if (table[k] !== 0) return null
      table[k] = i + 1
    }
    let j = 0
    for (let k = 0; k < table.length; k++) {
      const i = table[k] as number
      if (i !== 0) order[j++] = i - 1
    }
    return order
  }
  // station × span + hour: an integer below 2^53 for any span of instants
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = (station[i] as number) * span + hourOf(i)
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (keys[a] as number) - (keys[b] as number),
  )
  for (let j = 0; j < n; j++) {
    const i = idx[j] as number
    if (j > 0 && keys[i] === keys[idx[j - 1] as number]) return null
    order[j] = i
  }
  return order
}
