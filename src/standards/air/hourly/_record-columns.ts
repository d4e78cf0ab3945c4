import { fixedHourOffset } from '../_civil-time.js'
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

/**
 * The station days of hourly records in memory, in any order, for the common case: every
 * record clean (the fields `HourlyRecordSchema` accepts as they are, a `Date` on the hour, CO
 * within its bound, one record a station and hour) in a time zone of one whole-hour offset
 * without daylight saving time (China Standard Time, UTC). There a record's covered hour is
 * integer arithmetic on its epoch milliseconds and every natural day has its 24 hours: the
 * records go to the engine in one batch of columns (as given when each station's records come
 * in time order, else ordered by station and hour), with no call of the zone's reader per
 * record. The days come sorted by station, then date. `null` for any other input: the
 * caller's general path reads it, and names the issues.
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
  const codes = new Map<string, number>()
  const names: string[] = []
  // the latest hour of each station so far: the input is in time order by station while each
  // record is later than the one before it of its station
  const latest: number[] = []
  let inOrder = true
  const batch: HourlyColumns = {
    length: n,
    stations: names,
    station: new Int32Array(n),
    time: new Float64Array(n),
    so2: new Float64Array(n),
    no2: new Float64Array(n),
    co: new Float64Array(n),
    o3: new Float64Array(n),
    pm10: new Float64Array(n),
    pm25: new Float64Array(n),
  }
  const { station, time: stamps, so2, no2, co, o3, pm10, pm25 } = batch
  let lastCode = ''
  let lastIndex = -1
  let minHour = Number.POSITIVE_INFINITY
  let maxHour = Number.NEGATIVE_INFINITY
  for (let i = 0; i < n; i++) {
    const r = records[i]
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return null
    const o = r as Record<string, unknown>
    const code = o.station
    if (typeof code !== 'string' || code.length === 0) return null
    const time = o.time
    if (!(time instanceof Date)) return null
    const t = time.getTime()
    const h = (t - shift) / HOUR_MS
    // on the hour: the zone's offset is whole hours; NaN (an invalid Date) fails too
    if (!(t >= first && t <= LAST_STAMP && Math.floor(h) === h)) return null
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
      return null
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
        latest.push(Number.NEGATIVE_INFINITY)
      } else index = known
      lastCode = code
      lastIndex = index
    }
    if (h <= (latest[index] as number)) inOrder = false
    latest[index] = h
    if (h < minHour) minHour = h
    if (h > maxHour) maxHour = h
    station[i] = index
    stamps[i] = t
    so2[i] = a0
    no2[i] = a1
    co[i] = a2
    pm10[i] = a3
    pm25[i] = a4
    o3[i] = a5
  }
  let input = batch
  if (!inOrder) {
    // by station, then hour; two records of a station and hour go to the general path
    const order = byStationAndHour(names.length, station, stamps, shift, minHour, maxHour)
    if (order === null) return null
    const pick = (column: Float64Array) => {
      const out = new Float64Array(n)
      for (let j = 0; j < n; j++) out[j] = column[order[j] as number] as number
      return out
    }
    input = {
      length: n,
      stations: names,
      station: Int32Array.from(order, (i) => station[i] as number),
      time: pick(stamps),
      so2: pick(so2),
      no2: pick(no2),
      co: pick(co),
      o3: pick(o3),
      pm10: pick(pm10),
      pm25: pick(pm25),
    }
  }
  // each station's days come in date order (its last one at the end)
  const byStation = new Map<string, StationDay[]>()
  const engine = new StationDayEngine(
    s,
    (day) => {
      const list = byStation.get(day.station)
      if (list) list.push(day)
      else byStation.set(day.station, [day])
    },
    context,
    exactDays,
  )
  engine.pushColumns(input)
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
