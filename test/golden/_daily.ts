import type { AirPollutant, PublishedSeries } from '../../src/standards/air/index.js'
import { type Archive, type Cause, HOUR, stamp, type Tally, tally } from './_archive.js'

/** A daily value of the library against the value published at 00时 of the next day. */
export interface DailyRow {
  readonly station: string
  readonly date: string
  readonly indicator: AirPollutant
  readonly published: number
  readonly ours: number
  /** The library's unrounded value, exact. */
  readonly exact: string
  /** The 24 displayed hourly values of the day (01时 … 24时). */
  readonly hours: readonly number[]
}

const PAIRS: readonly [
  AirPollutant,
  PublishedSeries,
  'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3',
][] = [
  ['so2', 'so2_24h', 'so2'],
  ['no2', 'no2_24h', 'no2'],
  ['co', 'co_24h', 'co'],
  ['pm10', 'pm10_24h', 'pm10'],
  ['pm25', 'pm25_24h', 'pm25'],
  ['o3_1h', 'o3_1hMax24h', 'o3'],
  ['o3_8h', 'o3_8hDayMax', 'o3'],
]

/** Per indicator: complete station-days compared, those without a published value, disagreements. */
export interface DailyComparison {
  readonly compared: Partial<Record<AirPollutant, number>>
  readonly notPublished: Partial<Record<AirPollutant, number>>
  readonly disagreements: Partial<Record<AirPollutant, DailyRow[]>>
}

/**
 * Every complete station-day (all 24 hours of the indicator valid, so the 20-hour rule of
 * GB 3095 表4 plays no part) against the platform's value at 00时 of the next day.
 */
export function compareDays(archive: Archive): DailyComparison {
  const { table } = archive
  const compared: Partial<Record<AirPollutant, number>> = {}
  const notPublished: Partial<Record<AirPollutant, number>> = {}
  const disagreements: Partial<Record<AirPollutant, DailyRow[]>> = {}
  const stationIndex = new Map(table.stations.map((s, i) => [s, i]))
  for (const day of archive.days) {
    const s = stationIndex.get(day.station) as number
    const next = stamp(day.date, 24)
    const i = archive.at(s, next)
    for (const [indicator, series, hourly] of PAIRS) {
      const column = table.published[series]
      if (!column || day.validHours[hourly] !== 24) continue
      compared[indicator] = (compared[indicator] ?? 0) + 1
      const published = i === undefined ? Number.NaN : (column[i] as number)
      if (Number.isNaN(published)) {
        notPublished[indicator] = (notPublished[indicator] ?? 0) + 1
        continue
      }
      const ours = day[indicator] as number
      if (ours === published) continue
      const hours = Array.from({ length: 24 }, (_, h) => {
        const k = archive.at(s, next - (23 - h) * HOUR)
        return k === undefined ? Number.NaN : (table[hourly][k] as number)
      })
      const row = { station: day.station, date: day.date, indicator, published, ours, hours }
      const list = disagreements[indicator] ?? []
      list.push({ ...row, exact: day.exact[indicator] as string })
      disagreements[indicator] = list
    }
  }
  return { compared, notPublished, disagreements }
}

/** The disagreements of each indicator sorted into causes, with the days not published. */
export function dailyTallies(
  daily: DailyComparison,
  causes: readonly Cause<DailyRow>[],
): Record<string, Tally<DailyRow> & { notPublished: number }> {
  return Object.fromEntries(
    Object.entries(daily.compared).map(([k, n]) => {
      const key = k as AirPollutant
      const notPublished = daily.notPublished[key] ?? 0
      const t = tally(n - notPublished, daily.disagreements[key] ?? [], causes)
      return [k, { ...t, notPublished }]
    }),
  )
}

/** `[compared, not published, agreed, causes]` per indicator. */
export function summary(
  tallies: Record<string, Tally<DailyRow> & { notPublished: number }>,
): Record<string, [number, number, number, Record<string, number>]> {
  return Object.fromEntries(
    Object.entries(tallies).map(([k, t]) => [
      k,
      [t.compared + t.notPublished, t.notPublished, t.agreed, t.causes],
    ]),
  )
}
