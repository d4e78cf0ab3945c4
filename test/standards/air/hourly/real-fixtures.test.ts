import { createReadStream } from 'node:fs'
import { expect, it } from 'vitest'
import { cityDaysOfRows } from '../../../../src/standards/air/_city-rows.js'
import { resolveDailyOptions } from '../../../../src/standards/air/_daily-core.js'
import { engineSettings } from '../../../../src/standards/air/_station-engine.js'
import {
  exactSettings,
  exactStationDays,
} from '../../../../src/standards/air/hourly/_exact-station-days.js'
import { stationDaysOfCleanRecords } from '../../../../src/standards/air/hourly/_record-columns.js'
import {
  aggregateCityDays,
  aggregateStationDays,
  type HourlyRecord,
  NOT_MEASURED,
  readHourlyCsv,
  type StationDay,
  summarizeAirPeriod,
} from '../../../../src/standards/air/index.js'
import { readCsv } from '../../../_helpers/csv.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

// Every real hourly file of the shared fixtures, read as records: the station days, city days
// and period summaries of the array functions (the integer paths) are those of the exact path
// (zod, the zone database, rationals), record for record.

const SLOW = 300_000
const CONTEXT = 'test'

/** The records of the first `days` days of a file, the first `stations` stations. */
async function recordsOf(file: string, days: number, stations = Number.POSITIVE_INFINITY) {
  const t = await readHourlyCsv(createReadStream(sharedPath(file)))
  let first = Number.POSITIVE_INFINITY
  for (let i = 0; i < t.length; i++) first = Math.min(first, t.time[i] as number)
  const end = first + days * 86_400_000
  const records: HourlyRecord[] = []
  const cityOf = new Map<string, string>()
  const value = (v: number) =>
    v === NOT_MEASURED ? ('notMeasured' as const) : Number.isNaN(v) ? null : v
  for (let i = 0; i < t.length; i++) {
    const s = t.station[i] as number
    if ((t.time[i] as number) >= end || s >= stations) continue
    const station = t.stations[s] as string
    const city = t.stationInfo[s]?.city
    if (city) cityOf.set(station, city)
    records.push({
      station,
      time: new Date(t.time[i] as number),
      so2: value(t.so2[i] as number),
      no2: value(t.no2[i] as number),
      co: value(t.co[i] as number),
      o3: value(t.o3[i] as number),
      pm10: value(t.pm10[i] as number),
      pm25: value(t.pm25[i] as number),
    })
  }
  return { records, cityOf }
}

/** The city days of the exact path: every date through rationals. */
const exactCityDays = (days: readonly StationDay[]) =>
  cityDaysOfRows(
    days,
    { daily: resolveDailyOptions(), excluded: new Set(), round: true, minStations: 1 },
    CONTEXT,
    true,
  )

function checkPaths(records: readonly HourlyRecord[], cityOf: ReadonlyMap<string, string>) {
  const stationDays = aggregateStationDays(records)
  const settings = engineSettings({})
  const exact = exactStationDays(records, exactSettings(settings), CONTEXT)
  expect(stationDays).toEqual(exact)
  // the records went through the batch of columns, not the general path
  const batch = stationDaysOfCleanRecords(records, settings, CONTEXT, (rs) =>
    exactStationDays(rs, exactSettings(settings), CONTEXT),
  )
  expect(batch).toEqual(exact)
  const byCity = new Map<string, StationDay[]>()
  for (const d of stationDays) {
    const city = cityOf.get(d.station) ?? d.station
    byCity.set(city, [...(byCity.get(city) ?? []), d])
  }
  for (const members of byCity.values()) {
    const cityDays = aggregateCityDays(members)
    const reference = exactCityDays(members)
    expect(cityDays).toEqual(reference)
    expect(summarizeAirPeriod(cityDays)).toEqual(summarizeAirPeriod(reference))
  }
  return { stationDays: stationDays.length, cities: byCity.size }
}

const files = [
  // Beijing and Inner Mongolia, 2019: the first 12 days of the year
  ['fixtures/quotsoft-2019/china_sites_2019_beijing_inner_mongolia.csv.gz', 12, Infinity],
  // two national days, 2019-01-13 and -14: the first 400 stations
  ['fixtures/quotsoft-2019/china_sites_20190113.csv.gz', 2, 400],
  ['fixtures/quotsoft-2019/china_sites_20190114.csv.gz', 2, 400],
  // the CNEMC feed across the switch to HJ 633-2026: the first 12 days, with '/' (not measured)
  ['fixtures/cnemc-2026/cnemc_2026_beijing_inner_mongolia.csv.gz', 12, Infinity],
  // the midnight records of January 2022: days with too few hours
  ['fixtures/cnemc/inner-mongolia-stations-2022-01.csv', 31, Infinity],
] as const

for (const [file, days, stations] of files) {
  describeWithShared(`the integer paths on ${file}`, file, () => {
    it(
      'give the station days, city days and summaries of the exact path',
      async () => {
        const { records, cityOf } = await recordsOf(file, days, stations)
        const stationsFile = sharedPath('fixtures/quotsoft-2019/stations-2019.csv')
        if (cityOf.size === 0) {
          for (const r of readCsv(stationsFile)) cityOf.set(r.code as string, r.city as string)
        }
        expect(records.length).toBeGreaterThan(400)
        const counts = checkPaths(records, cityOf)
        expect(counts.stationDays).toBeGreaterThan(100)
        expect(counts.cities).toBeGreaterThan(5)
      },
      SLOW,
    )
  })
}
