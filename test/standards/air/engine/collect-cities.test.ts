import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aggregateCityDays,
  collectAirCities,
  createCityDayCollector,
  type HourlyRecord,
  InputError,
  stationDaysOf,
} from '../../../../src/standards/air/index.js'

const SLOW = 120_000
const KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/** A daily value: on the grid, missing, or (rarely) a finer decimal that takes the exact path. */
const value = (key: (typeof KEYS)[number]) => {
  const co = key === 'co'
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.integer({ min: 0, max: co ? 400 : 600 }).map((v) => (co ? v / 10 : v)),
    },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 4000 }).map((v) => v / (co ? 100 : 7)) },
  )
}

const stationDay = fc.record({
  station: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  day: fc.integer({ min: 1, max: 6 }),
  ...Object.fromEntries(KEYS.map((k) => [k, value(k)])),
}) as fc.Arbitrary<Record<string, unknown> & { station: string; day: number }>

const CITY: Record<string, string> = { A: 'X', B: 'X', C: 'X', D: 'Y', E: 'Y' }

describe('createCityDayCollector', () => {
  it(
    'gives the city days of aggregateCityDays, whatever the order of the stations',
    () => {
      fc.assert(
        fc.property(
          fc.array(stationDay, { maxLength: 40 }),
          fc.boolean(),
          fc.constantFrom([], ['B']),
          (raw, round, excludeStations) => {
            // one day per station and date, each station's days in date order, stations shuffled
            const seen = new Set<string>()
            const days = raw
              .filter((d) => !seen.has(`${d.station}${d.day}`) && seen.add(`${d.station}${d.day}`))
              .map(({ day, ...d }) => ({ ...d, date: `2022-01-0${day}` }))
            const byStation = [...days].sort((a, b) => (a.date < b.date ? -1 : 1))
            const collector = createCityDayCollector({ cityOf: CITY, round, excludeStations })
            for (const d of byStation) collector.add(d as never)
            const got = collector.finish()
            for (const city of ['X', 'Y']) {
              const input = days.filter((d) => CITY[d.station] === city)
              const expected = aggregateCityDays(input as never, { round, excludeStations })
              const mine = got.find((c) => c.city === city)
              expect(mine?.days ?? []).toEqual(expected)
              if (mine) expect(mine.stationDays).toBe(input.length)
            }
          },
        ),
        { numRuns: 150 },
      )
    },
    SLOW,
  )

  it('holds one entry per city and date, not per station day', () => {
    const collector = createCityDayCollector({ cityOf: () => 'X' })
    for (let s = 0; s < 500; s++) {
      for (let d = 1; d <= 9; d++)
        collector.add({ station: `S${s}`, date: `2022-01-0${d}`, pm25: s })
    }
    expect(collector.openDates).toBe(9)
    const [city] = collector.finish()
    // the mean of 0…499 is 249.5, rounded half to even: 250
    expect(city?.days.map((d) => d.pm25)).toEqual(Array(9).fill(250))
    expect(city?.days[0]?.exact.pm25).toBe('249.5')
    expect(city?.stations).toHaveLength(500)
    expect(collector.openDates).toBe(0)
  })

  it('rejects a station day out of date order and a CO mean above the bound, with its index', () => {
    const c = createCityDayCollector({ cityOf: () => 'X' })
    c.add({ station: 'A', date: '2022-01-02', pm25: 1 })
    expect(() => c.add({ station: 'A', date: '2022-01-01', pm25: 1 })).toThrow(InputError)
    try {
      c.add({ station: 'B', date: '2022-01-01', co: 61 })
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues[0]).toMatchObject({ code: 'implausible', path: [2, 'co'] })
    }
  })

  it('rejects an unknown option', () => {
    expect(() => createCityDayCollector({ cityOf: {}, rounding: true } as never)).toThrow(
      InputError,
    )
  })
})

describe('collectAirCities', () => {
  const hours = (station: string, day: number, pm25: (h: number) => number): HourlyRecord[] =>
    Array.from({ length: 24 }, (_, h) => ({
      station,
      time: new Date(Date.UTC(2021, 11, 30 + day, 17 + h)),
      so2: 10,
      pm25: pm25(h),
    }))

  it('gives the city days of aggregateCityDays over the station days, stations one after another', async () => {
    const records = [
      ...hours('A', 1, () => 30),
      ...hours('A', 2, (h) => 40 + h),
      ...hours('B', 1, (h) => (h < 12 ? 41 : 44)),
      ...hours('C', 2, () => 7),
    ]
    const seen: string[] = []
    const r = await collectAirCities(records, {
      cityOf: { A: 'X', B: 'X', C: 'Y' },
      onStationDay: (d) => seen.push(`${d.station} ${d.date}`),
    })
    const stationDays = stationDaysOf(records)
    expect(r.stationDays).toBe(stationDays.length)
    expect(seen.sort()).toEqual(stationDays.map((d) => `${d.station} ${d.date}`).sort())
    expect(r.cities.map((c) => c.city)).toEqual(['X', 'Y'])
    // X on 1 January: A 30 and B (12 × 41 + 12 × 44) / 24 = 42.5 → 42; (30 + 42) / 2 = 36
    expect(r.cities[0]?.days.map((d) => d.pm25)).toEqual([36, 52])
    expect(r.cities[0]?.days).toEqual(
      aggregateCityDays(stationDays.filter((d) => d.station !== 'C')),
    )
    const lean = await collectAirCities(records, { cityOf: { A: 'X', B: 'X', C: 'Y' } })
    expect(lean.cities).toEqual(r.cities)
  })
})
