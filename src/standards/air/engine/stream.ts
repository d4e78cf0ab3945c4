import { z } from 'zod'
import { expect, relocate } from '../../../_lib/errors/catalogue.js'
import { zodMessage } from '../../../_lib/errors/from-zod.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { defineOptions } from '../../../_lib/options.js'
import { resolveDailyOptions } from '../_daily-core.js'
import {
  type EngineSettings,
  type ExactDays,
  engineSettings,
  LEAN_KEYS,
  StationDayEngine,
} from '../_station-engine.js'
import {
  type AggregateCityDaysOptions,
  AggregateCityDaysOptionsSchema,
  type CityDay,
} from '../city-days.js'
import type { HourlyColumns } from '../columns.js'
import {
  type AggregateStationDaysOptions,
  AggregateStationDaysOptionsSchema,
  aggregateStationDays,
} from '../hourly/station-days.js'
import type { StationDay } from '../hourly/types.js'
import {
  type SummarizeAirPeriodOptions,
  SummarizeAirPeriodOptionsSchema,
  summarizeAirPeriod,
} from '../period/summarize.js'
import type { AggregateAirResultSchema, AirCityResultSchema } from '../result-schemas.js'
import type { HourlyRecord } from '../schemas.js'
import { CityDayEngine, type CitySettings } from './_city-engine.js'

/**
 * What the air engine reads: hourly records `{ station, time, so2, no2, co, o3, pm10, pm25 }`
 * (the records of {@link aggregateStationDays}) or batches of them in columns
 * ({@link HourlyColumns}, as {@link readHourlyCsv} and {@link streamHourlyCsv} give them),
 * mixed freely.
 *
 * @category Air
 */
export type HourlyInput = HourlyRecord | HourlyColumns

/** The exact path of a day off the grid: {@link aggregateStationDays} with the same settings. */
const exactDaysOf =
  (s: EngineSettings): ExactDays =>
  (records) =>
    aggregateStationDays(records, s)

const stationDayOptions = (name: string) =>
  defineOptions(name, AggregateStationDaysOptionsSchema, engineSettings)
const STREAM_OPTIONS = stationDayOptions('streamStationDays')
const STATION_DAYS_OF_OPTIONS = stationDayOptions('stationDaysOf')
const PIPELINE_STATION_OPTIONS = stationDayOptions('aggregateAir')

const isColumns = (item: HourlyInput): item is HourlyColumns =>
  typeof (item as { station?: unknown }).station !== 'string' &&
  (item as HourlyColumns).station instanceof Int32Array

function pushInput(engine: StationDayEngine, item: HourlyInput): void {
  if (item !== null && typeof item === 'object' && isColumns(item)) engine.pushColumns(item)
  else engine.push(item)
}

const isAsync = <T>(source: Iterable<T> | AsyncIterable<T>): source is AsyncIterable<T> =>
  typeof (source as AsyncIterable<T>)[Symbol.asyncIterator] === 'function'

/**
 * Station days from a stream of hourly records, each yielded as soon as the station's day is
 * complete: the same {@link StationDay}s as {@link aggregateStationDays} (GB 3095 表4 validity,
 * HJ 663 §6.1.2 daily maximum 8-hour O3), computed with integer arithmetic on the grid of
 * published concentrations and the exact rational path for a day with a finer value.
 *
 * Partition contract: a station's days depend on that station's records only, so an archive
 * can be split by station (one worker per shard of stations) and the outputs concatenated.
 * Within a station, records come day by day in time order (hours of a day in any order, as
 * monitoring exports give them); a station's day is complete when a record of a later day of
 * that station arrives, or at the end. Memory holds one open day per station, never the input.
 * A record that is bad, out of order or a second one for an hour is an issue naming its index in
 * the stream (and its file line for columns read from a file); the engine reads on and, at the
 * end, throws one {@link InputError} with every issue, as {@link aggregateStationDays} lists them
 * (the records' fields first, else the CO bound, else the hours; at most 100 of each, and
 * reading stops at the 100th issue of the fields). From the first issue on no day is yielded and
 * the open days are dropped, so no half result is ever handed on. Natural days are taken as the 24 hours from
 * local midnight, so a zone with daylight saving time reads as {@link aggregateStationDays}
 * does only outside its change days.
 *
 * @param source - hourly records or {@link HourlyColumns} batches, an iterable or async iterable
 * @param options - the options of {@link aggregateStationDays}
 * @returns the station days, in the order they complete (the end's are sorted by station)
 * @throws {@link InputError} for bad options (at the call) or bad input (at the end of the input,
 *   or at the 100th issue of the records' fields)
 * @category Air
 * @see GB 3095-2012 §7 表4; HJ 663-2013 §6.1.2
 * @example
 * ```ts
 * import { streamStationDays } from 'eco-targets/air'
 * // hour-ending records of 2022-01-01 for station A, then one of 01-02
 * const records = Array.from({ length: 25 }, (_, h) => ({
 *   station: 'A', time: new Date(Date.UTC(2021, 11, 31, 17 + h)), pm25: h < 12 ? 30 : 41,
 * }))
 * const days = []
 * for await (const day of streamStationDays(records)) days.push(day)
 * days.map((d) => [d.date, d.pm25]) //=> [['2022-01-01', 36], ['2022-01-02', null]]
 * ```
 */
export function streamStationDays(
  source: Iterable<HourlyInput> | AsyncIterable<HourlyInput>,
  options?: AggregateStationDaysOptions,
): AsyncGenerator<StationDay, void, undefined> {
  const settings = STREAM_OPTIONS.resolve(options)
  return (async function* () {
    const ready: StationDay[] = []
    const engine = new StationDayEngine(
      settings,
      (d) => ready.push(d),
      'streamStationDays input',
      exactDaysOf(settings),
    )
    if (isAsync(source)) {
      for await (const item of source) {
        pushInput(engine, item)
        while (ready.length > 0) yield ready.shift() as StationDay
      }
    } else {
      for (const item of source) {
        pushInput(engine, item)
        while (ready.length > 0) yield ready.shift() as StationDay
      }
    }
    engine.end()
    yield* ready
  })()
}

/**
 * Station days of hourly records already in memory, in columns or as records: what
 * {@link streamStationDays} yields, collected and sorted by station then date (the order of
 * {@link aggregateStationDays}).
 *
 * @param source - {@link HourlyColumns} (e.g. a {@link readHourlyCsv} table), or an iterable of
 *   records and batches; each station's records day by day in time order
 * @param options - the options of {@link aggregateStationDays}
 * @returns the station days, sorted by station then date
 * @throws {@link InputError} for bad options or input, with the record index (and file line)
 * @category Air
 * @example
 * ```ts
 * import { stationDaysOf } from 'eco-targets/air'
 * const hours = 24
 * const columns = {
 *   length: hours, stations: ['A'], station: new Int32Array(hours),
 *   time: Float64Array.from({ length: hours }, (_, h) => Date.UTC(2021, 11, 31, 17 + h)),
 *   so2: new Float64Array(hours).fill(NaN), no2: new Float64Array(hours).fill(NaN),
 *   co: new Float64Array(hours).fill(0.7), o3: new Float64Array(hours).fill(NaN),
 *   pm10: new Float64Array(hours).fill(NaN), pm25: new Float64Array(hours).fill(35),
 * }
 * const [day] = stationDaysOf(columns)
 * [day?.date, day?.co, day?.pm25] //=> ['2022-01-01', 0.7, 35]
 * ```
 */
export function stationDaysOf(
  source: HourlyColumns | Iterable<HourlyInput>,
  options?: AggregateStationDaysOptions,
): StationDay[] {
  const settings = STATION_DAYS_OF_OPTIONS.resolve(options)
  const out: StationDay[] = []
  const engine = new StationDayEngine(
    settings,
    (d) => out.push(d),
    'stationDaysOf input',
    exactDaysOf(settings),
  )
  if (isColumns(source as HourlyInput)) engine.pushColumns(source as HourlyColumns)
  else for (const item of source as Iterable<HourlyInput>) pushInput(engine, item)
  engine.end()
  return out.sort((a, b) =>
    a.station < b.station
      ? -1
      : a.station > b.station
        ? 1
        : a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : 0,
  )
}

/**
 * Which city a station belongs to: a map or record from station code to city, or a function
 * (`null` or `undefined`: the station belongs to no city and is left out of city days). A function
 * is called once per station, at its first record, not for each of its days. A city date is
 * handed on once every station of the city known so far has moved past it: a map or record
 * names every station from the start, whereas a function learns of a station at its first
 * record, so with a function the records of a city's stations must come interleaved in time
 * (hour by hour, as exports list them); records one station after another need a map or record,
 * else the second station's first day is refused as coming after its city's date was closed.
 *
 * @category Air
 */
export type StationCities =
  | ReadonlyMap<string, string>
  | Readonly<Record<string, string>>
  | ((station: string) => string | null | undefined)

/** Options of {@link aggregateAir} and {@link aggregateAirStream}. @category Air */
export interface AggregateAirOptions {
  /** The city of each station. */
  readonly cityOf: StationCities
  /** Options of the station days, as for {@link aggregateStationDays}. */
  readonly stationDays?: AggregateStationDaysOptions
  /** Options of the city days, as for {@link aggregateCityDays}. */
  readonly cityDays?: AggregateCityDaysOptions
  /** Options of each city's period summary, as for {@link summarizeAirPeriod}; `false`: none. */
  readonly summary?: SummarizeAirPeriodOptions | false
  /** Called with every station day as soon as it is complete. */
  readonly onStationDay?: (day: StationDay) => void
  /** Called with every city day as soon as it is complete. */
  readonly onCityDay?: (city: string, day: CityDay) => void
  /**
   * Keep every city's days in the result (default true). With false and no `onCityDay`, the city
   * days are computed as their published values only (no exact texts, no daily AQI), which is
   * all the summaries read: the same summaries, in less time.
   */
  readonly keepCityDays?: boolean
}

/** One city's result of {@link aggregateAir}. @category Air */
export type AirCityResult = z.output<typeof AirCityResultSchema>

/** What {@link aggregateAir} returns. @category Air */
export type AggregateAirResult = z.output<typeof AggregateAirResultSchema>

const AIR_OPTIONS = defineOptions(
  'aggregateAir',
  z.strictObject({
    cityOf: z.custom<StationCities>(
      (v) => typeof v === 'function' || v instanceof Map || (v !== null && typeof v === 'object'),
      { error: zodMessage(expect.object()) },
    ),
    stationDays: z.record(z.string(), z.unknown()).optional(),
    cityDays: z.record(z.string(), z.unknown()).optional(),
    summary: z.union([z.literal(false), z.record(z.string(), z.unknown())]).optional(),
    onStationDay: z.custom<(day: StationDay) => void>((v) => typeof v === 'function').optional(),
    onCityDay: z
      .custom<(city: string, day: CityDay) => void>((v) => typeof v === 'function')
      .optional(),
    keepCityDays: z.boolean().optional(),
  }),
  (o) => o,
)

const CITY_OPTIONS = defineOptions(
  'aggregateAir',
  AggregateCityDaysOptionsSchema,
  (o): CitySettings => ({
    round: o.round ?? true,
    minStations: o.minStations ?? 1,
    excluded: new Set(o.excludeStations ?? []),
    daily: resolveDailyOptions(o),
    given: o,
  }),
)
const SUMMARY_OPTIONS = defineOptions('aggregateAir', SummarizeAirPeriodOptionsSchema, (o) => o)

/**
 * The options of one step of {@link aggregateAir}, resolved by that step's schema; a bad one is
 * reported at `['options', step, …]`.
 */
function stepOptions<T>(step: string, resolve: () => T): T {
  try {
    return resolve()
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    throw new InputError(
      'aggregateAir options',
      e.issues.map((i) =>
        i.path[0] === 'options'
          ? { ...i, path: ['options', step, ...i.path.slice(1)] }
          : relocate(i, { prefix: ['options', step] }),
      ),
    )
  }
}

/**
 * The values a city's summary needs, a date at a time: the dates, and 7 values a date
 * (`NaN`: none) in typed chunks of {@link CHUNK_DATES} dates, outside the JavaScript heap, so that
 * a year of every city adds little to what the garbage collector walks and sizes its heap by.
 */
interface CompactDays {
  readonly dates: string[]
  readonly chunks: Float64Array[]
}
const CHUNK_DATES = 128

/** The slot of a new date in `kept`: the chunk and the index of its first value. */
function nextSlot(kept: CompactDays, date: string): [Float64Array, number] {
  const i = kept.dates.length
  kept.dates.push(date)
  const at = i % CHUNK_DATES
  if (at === 0) kept.chunks.push(new Float64Array(CHUNK_DATES * LEAN_KEYS.length))
  return [kept.chunks[kept.chunks.length - 1] as Float64Array, at * LEAN_KEYS.length]
}

function keepCompact(kept: CompactDays, day: CityDay): void {
  const [chunk, b] = nextSlot(kept, day.date)
  for (let k = 0; k < LEAN_KEYS.length; k++) {
    chunk[b + k] = day[LEAN_KEYS[k] as (typeof LEAN_KEYS)[number]] ?? Number.NaN
  }
}

/** {@link keepCompact} of a city day's values (in the order of `LEAN_KEYS`, `NaN`: none). */
function keepValues(kept: CompactDays, date: string, values: Float64Array): void {
  const [chunk, b] = nextSlot(kept, date)
  chunk.set(values, b)
}

/** A city's days for {@link summarizeAirPeriod} from the values the pipeline keeps. */
function compactDays(kept: CompactDays | undefined) {
  if (!kept) return []
  const value = (v: number) => (Number.isNaN(v) ? null : v)
  return kept.dates.map((date, i) => {
    const v = kept.chunks[Math.floor(i / CHUNK_DATES)] as Float64Array
    const b = (i % CHUNK_DATES) * LEAN_KEYS.length
    return {
      date,
      so2: value(v[b] as number),
      no2: value(v[b + 1] as number),
      co: value(v[b + 2] as number),
      pm10: value(v[b + 3] as number),
      pm25: value(v[b + 4] as number),
      o3_1h: value(v[b + 5] as number),
      o3_8h: value(v[b + 6] as number),
    }
  })
}

/** The running pipeline: station days → city days → compact values for the summaries. */
class Pipeline {
  readonly stations: StationDayEngine
  private readonly cities: CityDayEngine
  private readonly kept = new Map<string, CityDay[]>()
  /** Per city, for the summaries: the dates and their values. */
  private readonly compact = new Map<string, CompactDays>()
  private stationDayCount = 0

  constructor(private readonly o: AggregateAirOptions) {
    AIR_OPTIONS.resolve(o as never)
    const stationSettings = stepOptions('stationDays', () =>
      PIPELINE_STATION_OPTIONS.resolve(o.stationDays),
    )
    const citySettings = stepOptions('cityDays', () => CITY_OPTIONS.resolve(o.cityDays))
    const keep = o.keepCityDays ?? true
    const summary = o.summary ?? {}
    if (summary !== false) stepOptions('summary', () => SUMMARY_OPTIONS.resolve(summary))
    const compactOf = (city: string): CompactDays => {
      let kept = this.compact.get(city)
      if (!kept) {
        kept = { dates: [], chunks: [] }
        this.compact.set(city, kept)
      }
      return kept
    }
    const onCityDay = o.onCityDay
    this.cities = new CityDayEngine(
      citySettings,
      o.cityOf,
      keep || onCityDay
        ? {
            day: (city, day) => {
              onCityDay?.(city, day)
              if (keep) {
                let list = this.kept.get(city)
                if (!list) {
                  list = []
                  this.kept.set(city, list)
                }
                list.push(day)
              } else if (summary !== false) keepCompact(compactOf(city), day)
            },
          }
        : // nobody sees the city days: only the values the summaries need are computed
          {
            values:
              summary === false
                ? () => {}
                : (city, date, values) => keepValues(compactOf(city), date, values),
          },
      'aggregateAir station days',
    )
    const onStationDay = o.onStationDay
    this.stations = new StationDayEngine(
      stationSettings,
      // without a listener, the station days go on as their values only (no object per day)
      onStationDay
        ? (day) => {
            this.stationDayCount++
            onStationDay(day)
            this.cities.push(day)
          }
        : {
            values: (station, date, values) => {
              this.stationDayCount++
              this.cities.values(station, date, values)
            },
          },
      'aggregateAir input',
      exactDaysOf(stationSettings),
      (station) => this.cities.meet(station),
    )
  }

  finish(): AggregateAirResult {
    this.stations.end()
    this.cities.end()
    const summary = this.o.summary ?? {}
    const names = [...new Set([...this.kept.keys(), ...this.compact.keys()])].sort()
    const cities = names.map((city) => {
      const days = this.kept.get(city) ?? []
      // the summary's input one city at a time, so that only one city's objects are alive
      const input = this.kept.has(city) ? days : compactDays(this.compact.get(city))
      this.compact.delete(city)
      return {
        city,
        days,
        summary: summary === false ? null : summarizeAirPeriod(input as never, summary),
      }
    })
    return { records: this.stations.records, stationDays: this.stationDayCount, cities }
  }
}

/**
 * The whole chain from hourly records to city figures in one pass: station days
 * ({@link aggregateStationDays}), city days ({@link aggregateCityDays}) and each city's period
 * summary ({@link summarizeAirPeriod}), with results identical to that chain. Station days and
 * city days are handed on as soon as they are complete; memory holds the open days (one per
 * station, and a city's dates until all its stations have moved past them) and the city days.
 *
 * Partition contract: station days are independent per station, city days per city. Split a
 * national archive by city (each shard holding all the stations of its cities) and the shards'
 * results are the national result. A city date is complete when every member station (every
 * station the map lists for the city, and every station seen with it) has moved past it, so the
 * records of a city's stations come interleaved in time, as monitoring exports give them.
 * A bad record throws an {@link InputError}; nothing is returned then.
 *
 * @param source - hourly records or {@link HourlyColumns} batches (each station day by day in
 *   time order)
 * @param options - the city of each station, and the options of the three steps
 * @returns the counts, and each city's days and summary
 * @throws {@link InputError} for bad options or input
 * @category Air
 * @example
 * ```ts
 * import { aggregateAir } from 'eco-targets/air'
 * const records = ['A', 'B'].flatMap((station, s) =>
 *   Array.from({ length: 24 }, (_, h) => ({
 *     station, time: new Date(Date.UTC(2021, 11, 31, 17 + h)),
 *     so2: 10, no2: 20, co: 0.5, o3: 60 + h, pm10: 50, pm25: 30 + s,
 *   })))
 * const { cities } = aggregateAir(records, { cityOf: { A: 'Ulanqab', B: 'Ulanqab' } })
 * cities[0]?.days[0]?.pm25                       //=> 30
 * cities[0]?.days[0]?.exact.pm25                 //=> '30.5'
 * cities[0]?.summary?.raw.pollutants.pm25.sum    //=> '30'
 * ```
 */
export function aggregateAir(
  source: HourlyColumns | Iterable<HourlyInput>,
  options: AggregateAirOptions,
): AggregateAirResult {
  const p = new Pipeline(options)
  if (isColumns(source as HourlyInput)) p.stations.pushColumns(source as HourlyColumns)
  else for (const item of source as Iterable<HourlyInput>) pushInput(p.stations, item)
  return p.finish()
}

/**
 * {@link aggregateAir} over an async stream, e.g. the batches of {@link streamHourlyCsv}: the
 * national year streamed in bounded memory. The promise rejects at the first bad record, with
 * nothing returned.
 *
 * @param source - an async iterable (or iterable) of records and {@link HourlyColumns} batches
 * @param options - as for {@link aggregateAir}
 * @returns the counts, and each city's days and summary
 * @throws {@link InputError} for bad options or input
 * @category Air
 * @example
 * ```ts
 * import { aggregateAirStream } from 'eco-targets/air'
 * async function* hours() {
 *   for (let h = 0; h < 24; h++) {
 *     yield { station: 'A', time: new Date(Date.UTC(2021, 11, 31, 17 + h)), pm25: 20 + h }
 *   }
 * }
 * const r = await aggregateAirStream(hours(), { cityOf: () => 'X', summary: false })
 * r.cities[0]?.days[0]?.pm25 //=> 32
 * ```
 */
export async function aggregateAirStream(
  source: AsyncIterable<HourlyInput> | Iterable<HourlyInput>,
  options: AggregateAirOptions,
): Promise<AggregateAirResult> {
  const p = new Pipeline(options)
  if (isAsync(source)) for await (const item of source) pushInput(p.stations, item)
  else for (const item of source) pushInput(p.stations, item)
  return p.finish()
}
