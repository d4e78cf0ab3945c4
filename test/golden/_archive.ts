import { createReadStream, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import {
  aggregateStationDays,
  type HourlyRecord,
  type HourlyTable,
  readHourlyCsv,
  type StationDay,
} from '../../src/standards/air/index.js'
import { sharedPath } from '../_helpers/shared.js'

/** The two archives of real-time station data (see their READMEs under `../shared/fixtures`). */
export const YEAR_2019 = 'fixtures/quotsoft-2019/china_sites_2019_beijing_inner_mongolia.csv.gz'
export const FEED_2026 = 'fixtures/cnemc-2026/cnemc_2026_beijing_inner_mongolia.csv.gz'
export const STATIONS_2019 = 'fixtures/quotsoft-2019/stations-2019.csv'
/** The two whole national files (about 1,600 stations) that hold the natural day 13 January 2019. */
export const NATIONAL_2019 = [
  'fixtures/quotsoft-2019/china_sites_20190113.csv.gz',
  'fixtures/quotsoft-2019/china_sites_20190114.csv.gz',
] as const

/** Large files on a loaded machine. */
export const SLOW = 180_000

export const HOUR = 3_600_000
/** The instant of the platform's stamp `date h时` (China Standard Time). */
export const stamp = (date: string, hour: number): number => {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d, hour) - 8 * HOUR
}
/** `YYYY-MM-DDTHH` of a stamp, China Standard Time, as the platform labels it. */
export const label = (time: number): string => new Date(time + 8 * HOUR).toISOString().slice(0, 13)

/** A value of a column as the library's object inputs take it: `null` for no value. */
export const cellValue = (v: number | undefined): number | null =>
  v === undefined || Number.isNaN(v) || v === Number.NEGATIVE_INFINITY ? null : v

/** One archive, read once: the table, a lookup by station and stamp, and the station days. */
export interface Archive {
  readonly table: HourlyTable
  /** Record index of a station (by index into `table.stations`) at a stamp. */
  at(station: number, time: number): number | undefined
  /** The library's station days (GB 3095 表4 rules) of every station and natural day. */
  readonly days: readonly StationDay[]
}

const cache = new Map<string, Promise<Archive>>()

/**
 * Reads an archive with the library's reader and aggregates it with `aggregateStationDays`;
 * several wide files with one header are read as one (the header of the later ones dropped).
 */
export function loadArchive(...files: string[]): Promise<Archive> {
  const key = files.join('|')
  let hit = cache.get(key)
  if (!hit) {
    hit = read(files)
    cache.set(key, hit)
  }
  return hit
}

async function read(files: readonly string[]): Promise<Archive> {
  const file = files.join(' + ')
  const input =
    files.length === 1
      ? createReadStream(sharedPath(files[0] as string))
      : files
          .map((f, i) => {
            const text = gunzipSync(readFileSync(sharedPath(f))).toString('utf8')
            return i === 0 ? text : text.slice(text.indexOf('\n') + 1)
          })
          .join('')
  const table = await readHourlyCsv(input, { file })
  const index = new Map<number, number>()
  const records: HourlyRecord[] = []
  for (let i = 0; i < table.length; i++) {
    // hours since the epoch, times the station count: one number per station and hour
    index.set(((table.time[i] as number) / HOUR) * 4096 + (table.station[i] as number), i)
    records.push({
      station: table.stations[table.station[i] as number] as string,
      time: new Date(table.time[i] as number),
      so2: cellValue(table.so2[i]),
      no2: cellValue(table.no2[i]),
      co: cellValue(table.co[i]),
      o3: cellValue(table.o3[i]),
      pm10: cellValue(table.pm10[i]),
      pm25: cellValue(table.pm25[i]),
    })
  }
  const days = aggregateStationDays(records)
  return {
    table,
    at: (station, time) => index.get((time / HOUR) * 4096 + station),
    days,
  }
}

/**
 * A named cause of disagreement between the library and a published figure: `applies` says,
 * from the data, whether a disagreement is of this kind.
 */
export interface Cause<Row> {
  readonly name: string
  readonly applies: (row: Row) => boolean
}

/** Disagreements sorted into causes (the first that applies), and those no cause explains. */
export interface Tally<Row> {
  readonly compared: number
  readonly agreed: number
  readonly causes: Record<string, number>
  readonly unexplained: Row[]
}

/** Sorts disagreements into the first cause that applies to each. */
export function tally<Row>(
  compared: number,
  disagreements: readonly Row[],
  causes: readonly Cause<Row>[],
): Tally<Row> {
  const counts: Record<string, number> = Object.fromEntries(causes.map((c) => [c.name, 0]))
  const unexplained: Row[] = []
  for (const row of disagreements) {
    const cause = causes.find((c) => c.applies(row))
    if (cause) counts[cause.name] = (counts[cause.name] ?? 0) + 1
    else unexplained.push(row)
  }
  return { compared, agreed: compared - disagreements.length, causes: counts, unexplained }
}

/**
 * Whether an exact decimal lies on a rounding tie at `decimals` places (`7.5` at 0, `0.35` at
 * 1): the platform averages unrounded hourly values, so it can round either way there.
 */
export function onTie(exact: string, decimals: number): boolean {
  const frac = exact.split('.')[1] ?? ''
  return frac.length === decimals + 1 && frac.endsWith('5')
}
