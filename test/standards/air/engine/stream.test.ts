import { createReadStream } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  aggregateAir,
  aggregateAirStream,
  aggregateCityDays,
  aggregateStationDays,
  type CityDay,
  type HourlyColumns,
  type HourlyRecord,
  InputError,
  readHourlyCsv,
  type StationDay,
  stationDaysOf,
  streamStationDays,
  summarizeAirPeriod,
} from '../../../../src/standards/air/index.js'
import { readCsv } from '../../../_helpers/csv.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

// property runs take seconds on a loaded machine
const SLOW = 120_000

const KEYS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const
const HOUR = 3_600_000

/** Records in columns, as a reader gives them. */
function toColumns(records: readonly HourlyRecord[]): HourlyColumns {
  const stations = [...new Set(records.map((r) => r.station))]
  const col = (k: (typeof KEYS)[number]) =>
    Float64Array.from(records, (r) =>
      r[k] === null || r[k] === undefined ? Number.NaN : (r[k] as number),
    )
  return {
    length: records.length,
    stations,
    station: Int32Array.from(records, (r) => stations.indexOf(r.station)),
    time: Float64Array.from(records, (r) => (r.time as Date).getTime()),
    so2: col('so2'),
    no2: col('no2'),
    co: col('co'),
    o3: col('o3'),
    pm10: col('pm10'),
    pm25: col('pm25'),
  }
}

const sortDays = (days: StationDay[]) =>
  [...days].sort((a, b) => (a.station + a.date < b.station + b.date ? -1 : 1))

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

// one value of one hour: mostly published values, some gaps, some finer decimals
const value = (max: number, co: boolean, fine: boolean) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.integer({ min: 0, max: co ? max * 10 : max }).map((v) => (co ? v / 10 : v)),
    },
    { weight: 2, arbitrary: fc.constant(null) },
    ...(fine
      ? [{ weight: 1, arbitrary: fc.integer({ min: 0, max: max * 100 }).map((v) => v / 100) }]
      : []),
  )
const hourOf = (fine: boolean) =>
  fc.record({
    so2: value(100, false, fine),
    no2: value(150, false, fine),
    co: value(5, true, fine),
    o3: value(400, false, fine),
    pm10: value(400, false, fine),
    pm25: value(300, false, fine),
  })
// three in four inputs on the published grid (the integer path), the rest with finer decimals
// (a day with one takes the exact rational path)
const hours = fc
  .integer({ min: 0, max: 3 })
  .chain((k) => fc.array(hourOf(k === 0), { minLength: 4 * 3 * 24, maxLength: 4 * 3 * 24 }))

const input = fc
  .record({
    stations: fc.integer({ min: 1, max: 4 }),
    days: fc.integer({ min: 1, max: 3 }),
    start: fc.integer({ min: 0, max: 30 }),
    // probability of a missing hour record, in percent
    gap: fc.integer({ min: 0, max: 40 }),
    hours,
    drop: fc.array(fc.integer({ min: 0, max: 99 }), {
      minLength: 4 * 3 * 24,
      maxLength: 4 * 3 * 24,
    }),
    ending: fc.boolean(),
  })
  .map((g) => {
    const records: HourlyRecord[] = []
    const t0 = Date.UTC(2021, 11, 31 + g.start, 16)
    for (let h = 0; h < g.days * 24; h++) {
      for (let s = 0; s < g.stations; s++) {
        const k = h * 4 + s
        if ((g.drop[k] as number) < g.gap) continue
        records.push({
          station: `S${s}`,
          time: new Date(t0 + (h + (g.ending ? 1 : 0)) * HOUR),
          ...g.hours[k],
        })
      }
    }
    return { records, ending: g.ending }
  })

const stationOptions = fc.record(
  {
    round: fc.boolean(),
    minHours: fc.integer({ min: 1, max: 24 }),
    minHoursPer8h: fc.integer({ min: 1, max: 8 }),
    minWindowsPerDay: fc.integer({ min: 1, max: 17 }),
    o3_8hLimit: fc.constantFrom(100, 160, 160.5),
    minHoursO3_1h: fc.integer({ min: 1, max: 24 }),
  },
  { requiredKeys: [] },
)

describe('the air engine gives the results of the array functions', () => {
  it(
    'station days: records, columns and the stream all equal aggregateStationDays',
    async () => {
      await fc.assert(
        fc.asyncProperty(input, stationOptions, async ({ records, ending }, o) => {
          const options = {
            ...o,
            timestamp: ending ? ('hour-ending' as const) : ('hour-beginning' as const),
          }
          const expected = aggregateStationDays(records, options)
          expect(stationDaysOf(records, options)).toEqual(expected)
          expect(stationDaysOf(toColumns(records), options)).toEqual(expected)
          expect(sortDays(await collect(streamStationDays(records, options)))).toEqual(expected)
        }),
        { seed: 11, numRuns: 150 },
      )
    },
    SLOW,
  )

  it(
    'city days and summaries: aggregateAir equals the chain of the three functions',
    () => {
      fc.assert(
        fc.property(
          input,
          fc.record(
            {
              round: fc.boolean(),
              minStations: fc.integer({ min: 1, max: 3 }),
              standard: fc.constantFrom('HJ633-2012' as const, 'HJ633-2026' as const),
            },
            { requiredKeys: [] },
          ),
          ({ records, ending }, cityOptions) => {
            const stationDays = {
              timestamp: ending ? ('hour-ending' as const) : ('hour-beginning' as const),
            }
            const cityOf = { S0: 'X', S1: 'X', S2: 'Y', S3: 'X' }
            const days = aggregateStationDays(records, stationDays)
            const seen: [string, CityDay][] = []
            const r = aggregateAir(toColumns(records), {
              cityOf,
              stationDays,
              cityDays: cityOptions,
              summary: { standard: cityOptions.standard ?? 'HJ633-2012' },
              onCityDay: (city, day) => seen.push([city, day]),
            })
            expect(r.records).toBe(records.length)
            expect(r.stationDays).toBe(days.length)
            for (const city of ['X', 'Y']) {
              const members = days.filter((d) => cityOf[d.station as keyof typeof cityOf] === city)
              const result = r.cities.find((c) => c.city === city)
              if (members.length === 0) {
                expect(result).toBeUndefined()
                continue
              }
              const expected = aggregateCityDays(members, cityOptions)
              expect(result?.days).toEqual(expected)
              expect(seen.filter(([c]) => c === city).map(([, d]) => d)).toEqual(expected)
              expect(result?.summary).toEqual(
                summarizeAirPeriod(expected, { standard: cityOptions.standard ?? 'HJ633-2012' }),
              )
            }
          },
        ),
        { seed: 12, numRuns: 100 },
      )
    },
    SLOW,
  )

  it('hands on each station day as soon as a later record of its station arrives', async () => {
    const t = (h: number) => new Date(Date.UTC(2021, 11, 31, 17 + h))
    async function* source() {
      for (let h = 0; h < 24; h++) yield { station: 'A', time: t(h), pm25: 10 }
      yield { station: 'A', time: t(24), pm25: 10 }
      throw new Error('the source failed')
    }
    const out: StationDay[] = []
    await expect(async () => {
      for await (const d of streamStationDays(source())) out.push(d)
    }).rejects.toThrow('the source failed')
    // the complete day came out; the open day of 01-02 did not
    expect(out.map((d) => d.date)).toEqual(['2022-01-01'])
  })

  it('returns nothing when the input has a bad record', async () => {
    const records = [
      { station: 'A', time: '2022-01-01T01:00:00', pm25: 10 },
      { station: 'A', time: '2022-01-01T02:00:00', pm25: -4 },
    ]
    await expect(aggregateAirStream(records, { cityOf: () => 'X' })).rejects.toThrow(InputError)
    try {
      aggregateAir(records, { cityOf: () => 'X' })
    } catch (e) {
      expect((e as InputError).issues.map((i) => [i.code, i.path])).toEqual([
        ['too_small', [1, 'pm25']],
      ])
    }
  })

  it('names the record of a bad value, a second hour, an unreadable time and an out-of-order day', () => {
    const issue = (records: unknown[], options = {}) => {
      try {
        stationDaysOf(records as HourlyRecord[], options)
      } catch (e) {
        const i = (e as InputError).issues[0]
        return [i?.code, i?.path, i?.message.en]
      }
      return null
    }
    const at = (h: number) => `2022-01-01T${String(h).padStart(2, '0')}:00:00`
    expect(
      issue([
        { station: 'A', time: at(1) },
        { station: 'A', time: at(1), co: 1 },
      ]),
    ).toEqual([
      'duplicate',
      [1, 'time'],
      'expected a unique station and hour, got a second record for station A and the hour 2022-01-01 0:00–1:00',
    ])
    expect(issue([{ station: 'A', time: at(1), co: 300 }])?.slice(0, 2)).toEqual([
      'implausible',
      [0, 'co'],
    ])
    expect(issue([{ station: 'A', time: '2022-01-01T01:30:00' }])?.slice(0, 2)).toEqual([
      'invalid_format',
      [0, 'time'],
    ])
    expect(issue([{ station: '', time: at(1) }])?.slice(0, 2)).toEqual([
      'too_small',
      [0, 'station'],
    ])
    expect(issue([{ station: 'A', time: at(1), pm25: '12' }])?.slice(0, 2)).toEqual([
      'invalid_type',
      [0, 'pm25'],
    ])
    expect(
      issue([
        { station: 'A', time: '2022-01-02T05:00:00' },
        { station: 'A', time: at(5) },
      ])?.slice(0, 2),
    ).toEqual(['custom', [1, 'time']])
    expect(() => stationDaysOf([], { minHour: 3 } as never)).toThrow(/did you mean minHours/)
  })

  it('carries the file line of a bad value read from a file', () => {
    const columns = toColumns([{ station: 'A', time: new Date(Date.UTC(2022, 0, 1)), pm25: -1 }])
    const lines = Int32Array.of(7)
    try {
      stationDaysOf({ ...columns, source: { file: 'hours.csv', lines } })
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues[0]?.location).toEqual({ file: 'hours.csv', line: 7 })
    }
  })
})

const YEAR = 'fixtures/quotsoft-2019/china_sites_2019_beijing_inner_mongolia.csv.gz'

describeWithShared(
  'the air engine on a year of Beijing and Inner Mongolia hours (2019)',
  YEAR,
  () => {
    it('gives the station days, city days and summaries of the array functions', async () => {
      const table = await readHourlyCsv(createReadStream(sharedPath(YEAR)))
      const cityOf = new Map(
        readCsv(sharedPath('fixtures/quotsoft-2019/stations-2019.csv')).map((r) => [
          r.code as string,
          r.city as string,
        ]),
      )
      // the first 40 days through the object path (the whole year is too slow for it)
      const end = Date.UTC(2019, 1, 9, 16)
      const records: HourlyRecord[] = []
      const num = (v: number) => (Number.isFinite(v) ? v : null)
      for (let i = 0; i < table.length; i++) {
        const t = table.time[i] as number
        if (t > end) continue
        records.push({
          station: table.stations[table.station[i] as number] as string,
          time: new Date(t),
          so2: num(table.so2[i] as number),
          no2: num(table.no2[i] as number),
          co: num(table.co[i] as number),
          o3: num(table.o3[i] as number),
          pm10: num(table.pm10[i] as number),
          pm25: num(table.pm25[i] as number),
        })
      }
      expect(records.length).toBeGreaterThan(50_000)
      const expected = aggregateStationDays(records)
      expect(stationDaysOf(records)).toEqual(expected)
      expect(stationDaysOf(toColumns(records))).toEqual(expected)
      const r = aggregateAir(toColumns(records), {
        cityOf,
        cityDays: { excludeStations: [...cityOf.keys()].filter((c) => c === '1002A') },
      })
      for (const city of r.cities) {
        const members = expected.filter((d) => cityOf.get(d.station) === city.city)
        const days = aggregateCityDays(members, { excludeStations: ['1002A'] })
        expect(city.days).toEqual(days)
        expect(city.summary).toEqual(summarizeAirPeriod(days))
      }
      expect(r.cities.length).toBeGreaterThan(5)
      // and the whole year, streamed, without error and with every station-day
      const year = aggregateAir(table, { cityOf, summary: false, keepCityDays: false })
      expect(year.records).toBe(table.length)
    }, 300_000)
  },
)
