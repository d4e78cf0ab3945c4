import {
  type MovingSeries,
  type RealtimeSeriesColumns,
  type RealtimeSeriesOptions,
  realtimeSeries,
} from '../../src/standards/air/index.js'
import { type Archive, HOUR, label } from './_archive.js'

/** A moving value of the library against the one published at that hour. */
export interface SeriesRow {
  readonly station: string
  readonly hour: string
  readonly series: MovingSeries
  readonly published: number
  readonly ours: number
  /** The library's unrounded value. */
  readonly exact: number
  /** The hourly values of the window, as displayed. */
  readonly window: readonly number[]
}

type Pollutant = 'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3'

const SOURCE: Record<MovingSeries, Pollutant> = {
  so2_24h: 'so2',
  no2_24h: 'no2',
  co_24h: 'co',
  pm10_24h: 'pm10',
  pm25_24h: 'pm25',
  o3_1hMax24h: 'o3',
  o3_8hMoving: 'o3',
  o3_8hDayMax: 'o3',
}

export interface SeriesComparison {
  /** Published values whose window is complete in the file, compared. */
  readonly compared: Partial<Record<MovingSeries, number>>
  /** Published values whose window lacks hours in the file (not compared). */
  readonly incomplete: Partial<Record<MovingSeries, number>>
  /** Of those, published although fewer than 20 of the 24 hours (6 of 8) are in the file. */
  readonly fewHours: Partial<Record<MovingSeries, number>>
  readonly disagreements: Partial<Record<MovingSeries, SeriesRow[]>>
}

/**
 * The library's moving values of every record against the published ones, where every hour of
 * the window has a value in the file (elsewhere the platform's window rests on hours the file
 * does not show).
 */
export function compareSeries(
  archive: Archive,
  options: RealtimeSeriesOptions,
  early: 'none' | 'dayHours',
): SeriesComparison {
  const { table } = archive
  const rounded: RealtimeSeriesColumns = realtimeSeries(table, options)
  const exact: RealtimeSeriesColumns = realtimeSeries(table, { ...options, round: false })
  const compared: Partial<Record<MovingSeries, number>> = {}
  const incomplete: Partial<Record<MovingSeries, number>> = {}
  const fewHours: Partial<Record<MovingSeries, number>> = {}
  const disagreements: Partial<Record<MovingSeries, SeriesRow[]>> = {}
  const add = (o: Partial<Record<MovingSeries, number>>, k: MovingSeries) => {
    o[k] = (o[k] ?? 0) + 1
  }
  // every station's hours on one dense grid (hour h of station s at s * span + h), with the
  // running count of valid values per pollutant: a window's valid hours are one subtraction
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  for (let i = 0; i < table.length; i++) {
    const t = table.time[i] as number
    if (t < first) first = t
    if (t > last) last = t
  }
  const span = table.length === 0 ? 0 : (last - first) / HOUR + 1
  const stations = table.stations.length
  const at = (i: number) =>
    (table.station[i] as number) * span + ((table.time[i] as number) - first) / HOUR
  const grid: Partial<Record<Pollutant, Float64Array>> = {}
  const valid: Partial<Record<Pollutant, Int32Array>> = {}
  for (const p of new Set(Object.values(SOURCE))) {
    const g = new Float64Array(stations * span).fill(Number.NaN)
    for (let i = 0; i < table.length; i++) g[at(i)] = table[p][i] as number
    // valid[s * (span + 1) + h]: valid values among the station's hours before hour h
    const c = new Int32Array(stations * (span + 1))
    for (let st = 0; st < stations; st++) {
      for (let h = 0; h < span; h++) {
        const v = g[st * span + h] as number
        const ok = !Number.isNaN(v) && v !== Number.NEGATIVE_INFINITY
        c[st * (span + 1) + h + 1] = (c[st * (span + 1) + h] as number) + (ok ? 1 : 0)
      }
    }
    grid[p] = g
    valid[p] = c
  }
  for (let i = 0; i < table.length; i++) {
    const s = table.station[i] as number
    const t = table.time[i] as number
    const h = (t - first) / HOUR
    // the hour ending at the stamp, 1 … 24 of its natural day
    const ending = ((new Date(t + 8 * HOUR).getUTCHours() + 23) % 24) + 1
    for (const series of Object.keys(SOURCE) as MovingSeries[]) {
      const column = table.published[series]
      if (!column) continue
      const published = column[i] as number
      if (Number.isNaN(published)) continue
      const width =
        series === 'o3_8hMoving'
          ? ending < 8 && early === 'dayHours'
            ? ending
            : 8
          : series === 'o3_8hDayMax'
            ? ending
            : 24
      // hours of the window before the file's first hour are not in the file
      const from = Math.max(h + 1 - width, 0)
      const c = valid[SOURCE[series]] as Int32Array
      const base = s * (span + 1)
      const count = (c[base + h + 1] as number) - (c[base + from] as number)
      if (count < width) {
        add(incomplete, series)
        if (count < (width >= 24 ? 20 : width >= 8 ? 6 : 0)) add(fewHours, series)
        continue
      }
      add(compared, series)
      const ours = rounded[series][i] as number
      if (ours === published) continue
      const g = grid[SOURCE[series]] as Float64Array
      const window = Array.from(
        { length: width },
        (_, j) => g[s * span + h - width + 1 + j] as number,
      )
      const row: SeriesRow = {
        station: table.stations[s] as string,
        hour: label(t),
        series,
        published,
        ours,
        exact: exact[series][i] as number,
        window,
      }
      const list = disagreements[series] ?? []
      list.push(row)
      disagreements[series] = list
    }
  }
  return { compared, incomplete, fewHours, disagreements }
}

/** Whether an unrounded mean lies on a rounding tie at `decimals` places. */
export const seriesOnTie = (r: SeriesRow): boolean => {
  const scaled = r.exact * (r.series === 'co_24h' ? 10 : 1)
  return (
    scaled - Math.floor(scaled) === 0.5 &&
    Math.abs(r.published - r.ours) <= (r.series === 'co_24h' ? 0.1000001 : 1)
  )
}
