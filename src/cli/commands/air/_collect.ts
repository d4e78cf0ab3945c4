import {
  collectAirCities,
  createCityDayCollector,
  type StationDay,
} from '../../../standards/air/index.js'
import { inputError } from '../../input/located.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { readDailyInput } from './_daily.js'
import { noCityIssue } from './_daily-rules.js'
import { hourlyBatches, hourlyBook } from './_hourly.js'
import { located } from './_json-rows.js'
import type { AirCollected, CollectAirOptions, StationDayRecord } from './_types.js'

/** A station day of the engine as `air` shows it, with its city. */
const recordOf = (day: StationDay, city: string): StationDayRecord => {
  const { station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps } = day
  return {
    station,
    city,
    date,
    so2,
    no2,
    co,
    pm10,
    pm25,
    o3_1h,
    o3_8h,
    hours: { validHours, gaps },
  }
}

/**
 * Reads the inputs of `air` and computes the city days in one pass: hourly records through the
 * library's readers and {@link collectAirCities} (station days streamed, each station with its
 * city: `--city-of`, else the file's city column, else `--city-of '*=CITY'`), or station daily
 * values through {@link createCityDayCollector}.
 *
 * @param sources - the files or standard input
 * @param io - the process's input and output
 * @param options - how to read, the edition, excluded stations, a station-day listener
 * @returns the cities and remarks
 * @throws {@link InputError} with the problems found
 */
export async function collectAir(
  sources: readonly InputSource[],
  io: CliIO,
  options: CollectAirOptions,
): Promise<AirCollected> {
  const cityDays = { standard: options.standard, excludeStations: [...options.excludeStations] }
  const sink = options.onStationDay
  if (options.mode === 'daily') {
    const input = await readDailyInput(sources, io, options)
    const cityOf = new Map(input.stationDays.map((d) => [d.station, d.city]))
    const collector = createCityDayCollector({ cityOf, ...cityDays })
    for (const day of input.stationDays) {
      collector.add(day)
      sink?.(day)
    }
    return { cities: collector.finish(), notes: input.notes }
  }
  const book = hourlyBook()
  const cityOf = (station: string) =>
    options.cityOf.get(station) ?? book.fileCities.get(station) ?? options.cityOf.get('*')
  const batches = hourlyBatches(sources, { ...options, cwd: io.cwd }, book)
  const onBatch = options.onBatch
  const collected = await located(sources[0]?.name ?? '', () =>
    collectAirCities(
      onBatch
        ? (async function* () {
            for await (const batch of batches) {
              yield batch
              await onBatch()
            }
          })()
        : batches,
      {
        cityOf,
        stationDays: { timestamp: options.timestamp },
        cityDays,
        ...(sink
          ? {
              onStationDay: (day: StationDay) => {
                const city = cityOf(day.station)
                if (city !== undefined) sink(recordOf(day, city))
              },
            }
          : {}),
      },
    ),
  )
  const problems = [...book.firstSeen]
    .filter(([station]) => cityOf(station) === undefined)
    .map(([station, at]) => noCityIssue(at, station))
  if (problems.length) throw inputError(problems)
  return { cities: collected.cities, notes: book.notes }
}
