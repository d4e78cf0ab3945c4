import type { HourlyColumns, StationDay } from '../../../standards/air/index.js'

/** The parts of a station day the outputs show: less to copy between threads. */
export const slim = (day: StationDay): StationDay => {
  const { station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps } = day
  return { station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps } as StationDay
}

const DAY = 86_400_000
// the engine's natural days: China Standard Time (UTC+8), as its default time zone
const CST = 8 * 3_600_000

/**
 * The rows of a batch that belong to this shard (the stations met `k`-th, `k mod jobs`), and
 * the records among them that close a station's open day: the moments the engine hands a day on.
 */
export function shardOf(
  batch: HourlyColumns,
  job: {
    readonly shard: number
    readonly jobs: number
    readonly read: { readonly timestamp: string }
  },
  owners: Map<string, boolean>,
  lastDay: Map<string, number>,
  first: number,
  closes: number[],
): HourlyColumns | null {
  const mine = batch.stations.map((code) => {
    let own = owners.get(code)
    if (own === undefined) {
      own = owners.size % job.jobs === job.shard
      owners.set(code, own)
    }
    return own
  })
  const keep: number[] = []
  const shift = job.read.timestamp === 'hour-ending' ? 3_600_000 : 0
  for (let r = 0; r < batch.length; r++) {
    const s = batch.station[r] as number
    if (!mine[s]) continue
    keep.push(r)
    const id = batch.stations[s] as string
    const day = Math.floor(((batch.time[r] as number) - shift + CST) / DAY)
    const before = lastDay.get(id)
    if (before !== undefined && day > before) closes.push(first + r)
    if (before === undefined || day > before) lastDay.set(id, day)
  }
  if (keep.length === 0) return null
  const pick = <T extends Float64Array | Int32Array>(a: T): T => {
    const out =
      a instanceof Int32Array ? new Int32Array(keep.length) : new Float64Array(keep.length)
    for (let k = 0; k < keep.length; k++) out[k] = a[keep[k] as number] as number
    return out as T
  }
  const source = (batch as { source?: { file: string; lines: Int32Array } }).source
  return {
    length: keep.length,
    stations: batch.stations,
    station: pick(batch.station),
    time: pick(batch.time),
    so2: pick(batch.so2),
    no2: pick(batch.no2),
    co: pick(batch.co),
    o3: pick(batch.o3),
    pm10: pick(batch.pm10),
    pm25: pick(batch.pm25),
    ...(source ? { source: { file: source.file, lines: pick(source.lines) } } : {}),
  } as HourlyColumns
}
