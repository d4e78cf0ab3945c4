import type {
  CodedTextColumn,
  HourlyBatch,
  HourlyTable,
  PublishedColumns,
  ReadHourlyOptionsResolved,
} from './types.js'

function join<T extends Float64Array | Int32Array>(parts: readonly T[], make: (n: number) => T): T {
  if (parts.length === 1) return parts[0] as T
  const out = make(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const f64 = (n: number) => new Float64Array(n)
const i32 = (n: number) => new Int32Array(n)

/** The batches of one reading as one table. */
export function concatBatches(
  batches: readonly HourlyBatch[],
  about: {
    readonly rows: number
    readonly encoding: 'utf-8' | 'gbk'
    readonly compressed: boolean
    readonly options: ReadHourlyOptionsResolved
  },
): HourlyTable {
  const last = batches.at(-1) as HourlyBatch
  const column = (key: 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25' | 'time') =>
    join(
      batches.map((b) => b[key]),
      f64,
    )
  const published: Record<string, Float64Array | CodedTextColumn> = {}
  for (const key of Object.keys(last.published) as (keyof PublishedColumns)[]) {
    if (key === 'primaryPollutant') {
      const texts = last.published.primaryPollutant?.texts ?? []
      published[key] = {
        texts,
        index: join(
          batches.map((b) => b.published.primaryPollutant?.index ?? i32(b.length)),
          i32,
        ),
      }
    } else {
      published[key] = join(
        batches.map((b) => b.published[key] ?? f64(b.length).fill(Number.NaN)),
        f64,
      )
    }
  }
  return {
    length: batches.reduce((n, b) => n + b.length, 0),
    stations: last.stations,
    stationInfo: last.stationInfo,
    station: join(
      batches.map((b) => b.station),
      i32,
    ),
    time: column('time'),
    so2: column('so2'),
    no2: column('no2'),
    co: column('co'),
    o3: column('o3'),
    pm10: column('pm10'),
    pm25: column('pm25'),
    source: {
      file: last.source.file,
      lines: join(
        batches.map((b) => b.source.lines),
        i32,
      ),
    },
    published,
    layout: last.layout,
    notes: last.notes,
    ...about,
  }
}
