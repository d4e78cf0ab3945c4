import { z } from 'zod'
import { expect } from '../../../_lib/errors/catalogue.js'
import { zodMessage } from '../../../_lib/errors/from-zod.js'
import { defineOptions } from '../../../_lib/options.js'
import { resolveDailyOptions } from '../_daily-core.js'
import { engineSettings, LEAN_KEYS, StationDayEngine } from '../_station-engine.js'
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
import { CitySums } from './_city-sums.js'
import type { HourlyInput, StationCities } from './stream.js'

/** One city collected by {@link createCityDayCollector} or {@link collectAirCities}. @category Air */
export interface CollectedCity {
  /** The city's name. */
  readonly city: string
  /** The stations whose values make the city's, sorted. */
  readonly stations: string[]
  /** Every station of the city met (excluded ones too), sorted. */
  readonly stationsSeen: string[]
  /** The station days met for the city, excluded stations' too. */
  readonly stationDays: number
  /** The city days, sorted by date, as {@link aggregateCityDays} gives them. */
  readonly days: CityDay[]
}

/** Options of {@link createCityDayCollector}: those of {@link aggregateCityDays}, and `cityOf`. @category Air */
export interface CityDayCollectorOptions extends AggregateCityDaysOptions {
  /** The city of each station (`null` or `undefined`: no city, the station is left out). */
  readonly cityOf: StationCities
}

/** A running city-day aggregation; see {@link createCityDayCollector}. @category Air */
export interface CityDayCollector {
  /** Adds a station day (a {@link StationDay}, or `station`, `date` and the seven daily values). */
  add(
    day: { readonly station: string; readonly date: string } & Partial<
      Record<'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3_1h' | 'o3_8h', number | null>
    >,
  ): void
  /** The city dates held now: what memory grows with (never the station days). */
  readonly openDates: number
  /** Every city's days and stations, by city name; the collector is empty afterwards. */
  finish(): CollectedCity[]
}

const isCities = (v: unknown) =>
  typeof v === 'function' || v instanceof Map || (v !== null && typeof v === 'object')

const COLLECTOR_OPTIONS = defineOptions(
  'createCityDayCollector',
  z.strictObject({
    ...AggregateCityDaysOptionsSchema.shape,
    cityOf: z.custom<StationCities>(isCities, { error: zodMessage(expect.object()) }),
  }),
  (o) => o,
)

const lookup = (cityOf: StationCities): ((station: string) => string | null | undefined) => {
  if (typeof cityOf === 'function') return cityOf
  const map: ReadonlyMap<string, string> =
    cityOf instanceof Map ? cityOf : new Map(Object.entries(cityOf))
  return (station) => map.get(station)
}

function citySums(o: CityDayCollectorOptions, context: string): CitySums {
  return new CitySums(
    {
      round: o.round ?? true,
      minStations: o.minStations ?? 1,
      excluded: new Set(o.excludeStations ?? []),
      daily: resolveDailyOptions(o),
    },
    lookup(o.cityOf),
    context,
  )
}

/**
 * City daily values from station days that come in any order across stations and cities (each
 * station's days in date order), for inputs a city at a time is not given in: one file per
 * station, shards of stations, station-major exports. Only the sums and counts of each city and
 * date are held (memory grows with cities × dates, not with stations or station days); the city
 * days come out at {@link CityDayCollector.finish}, the same as {@link aggregateCityDays} gives
 * for each city's station days (means of the valid station values, GB/T 8170 rounding, the
 * daily AQI). Partition contract: the sums do not depend on the order, so shards of stations
 * can be added in any interleaving. A station day out of date order for its station, or with a
 * CO mean above the bound, throws an {@link InputError} naming its index.
 *
 * @param options - the city of each station, and the options of {@link aggregateCityDays}
 * @returns the collector
 * @throws {@link InputError} for bad options (here) or a bad station day (at `add`)
 * @category Air
 * @see HJ 663-2013 (city values from station values); HJ 633-2012 §5.1.2
 * @example
 * ```ts
 * import { createCityDayCollector } from 'eco-targets/air'
 * const collector = createCityDayCollector({ cityOf: { A: 'Ulanqab', B: 'Ulanqab' } })
 * collector.add({ station: 'A', date: '2022-01-01', pm25: 30 })
 * collector.add({ station: 'A', date: '2022-01-02', pm25: 50 })
 * collector.add({ station: 'B', date: '2022-01-01', pm25: 41 })
 * collector.openDates //=> 2
 * const [city] = collector.finish()
 * city?.days.map((d) => d.pm25) //=> [36, 50]
 * ```
 */
export function createCityDayCollector(options: CityDayCollectorOptions): CityDayCollector {
  const o = COLLECTOR_OPTIONS.resolve(options as never) as CityDayCollectorOptions
  const sums = citySums(o, 'createCityDayCollector input')
  const row = new Float64Array(LEAN_KEYS.length)
  return {
    add(day) {
      for (let k = 0; k < LEAN_KEYS.length; k++) {
        const v = day[LEAN_KEYS[k] as (typeof LEAN_KEYS)[number]]
        row[k] = v === null || v === undefined ? Number.NaN : v
      }
      sums.values(day.station, day.date, row)
    },
    get openDates() {
      return sums.openDates
    },
    finish: () => sums.finish(),
  }
}

/** Options of {@link collectAirCities}. @category Air */
export interface CollectAirCitiesOptions {
  /** The city of each station. */
  readonly cityOf: StationCities
  /** Options of the station days, as for {@link aggregateStationDays}. */
  readonly stationDays?: AggregateStationDaysOptions
  /** Options of the city days, as for {@link aggregateCityDays}. */
  readonly cityDays?: AggregateCityDaysOptions
  /** Called with every station day as soon as it is complete (without it, none is made). */
  readonly onStationDay?: (day: StationDay) => void
}

/** What {@link collectAirCities} returns. @category Air */
export interface CollectedAir {
  /** Hourly records read. */
  readonly records: number
  /** Station days computed. */
  readonly stationDays: number
  /** Each city's stations and days, by city name. */
  readonly cities: CollectedCity[]
}

const COLLECT_AIR_OPTIONS = defineOptions(
  'collectAirCities',
  z.strictObject({
    cityOf: z.custom<StationCities>(isCities, { error: zodMessage(expect.object()) }),
    stationDays: z.record(z.string(), z.unknown()).optional(),
    cityDays: z.record(z.string(), z.unknown()).optional(),
    onStationDay: z.custom<(day: StationDay) => void>((v) => typeof v === 'function').optional(),
  }),
  (o) => o as CollectAirCitiesOptions,
)

const STATION_OPTIONS = defineOptions(
  'collectAirCities',
  AggregateStationDaysOptionsSchema,
  engineSettings,
)

/**
 * Hourly records to city days in one pass, in bounded memory whatever the order of the stations:
 * station days as {@link streamStationDays} computes them (one open day per station), then city
 * days as {@link createCityDayCollector} sums them (cities × dates, never the station days). The
 * records of different stations may come in any order (one file per station, or hour by hour);
 * each station's records day by day in time order. Without `onStationDay` no station day object
 * is made: only its values go on. The promise rejects at the end of the input (or at the first
 * bad station day) with every problem found; nothing is returned then.
 *
 * @param source - hourly records or {@link HourlyColumns} batches, an iterable or async iterable
 * @param options - the city of each station, the options of the two steps, a station-day listener
 * @returns the counts and each city's days
 * @throws {@link InputError} for bad options or input
 * @category Air
 * @example
 * ```ts
 * import { collectAirCities } from 'eco-targets/air'
 * const day = (station: string, pm25: number) =>
 *   Array.from({ length: 24 }, (_, h) => ({
 *     station, time: new Date(Date.UTC(2021, 11, 31, 17 + h)), pm25,
 *   }))
 * // one station after the other: their city day is still one day
 * const r = await collectAirCities([...day('A', 30), ...day('B', 41)], { cityOf: () => 'X' })
 * r.cities[0]?.days.map((d) => d.pm25) //=> [36]
 * ```
 */
export async function collectAirCities(
  source: AsyncIterable<HourlyInput> | Iterable<HourlyInput>,
  options: CollectAirCitiesOptions,
): Promise<CollectedAir> {
  const {
    cityOf,
    stationDays: stationOptions,
    cityDays,
    onStationDay,
  } = COLLECT_AIR_OPTIONS.resolve(options as never)
  const settings = STATION_OPTIONS.resolve(stationOptions)
  const sums = citySums(
    COLLECTOR_OPTIONS.resolve({ ...(cityDays ?? {}), cityOf } as never) as CityDayCollectorOptions,
    'collectAirCities station days',
  )
  let count = 0
  const engine = new StationDayEngine(
    settings,
    onStationDay
      ? (day) => {
          count++
          sums.values(day.station, day.date, leanOf(day))
          onStationDay(day)
        }
      : {
          values: (station, date, values) => {
            count++
            sums.values(station, date, values)
          },
        },
    'collectAirCities input',
    (records) => aggregateStationDays(records, settings),
  )
  const push = (item: HourlyInput) => {
    if ((item as HourlyColumns).station instanceof Int32Array) {
      engine.pushColumns(item as HourlyColumns)
    } else engine.push(item)
  }
  if (typeof (source as AsyncIterable<HourlyInput>)[Symbol.asyncIterator] === 'function') {
    for await (const item of source) push(item)
  } else for (const item of source as Iterable<HourlyInput>) push(item)
  engine.end()
  return { records: engine.records, stationDays: count, cities: sums.finish() }
}

const leanRow = new Float64Array(LEAN_KEYS.length)
function leanOf(day: StationDay): Float64Array {
  for (let k = 0; k < LEAN_KEYS.length; k++) {
    leanRow[k] = (day[LEAN_KEYS[k] as (typeof LEAN_KEYS)[number]] as number | null) ?? Number.NaN
  }
  return leanRow
}
