import { createReadStream } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { engineSettings } from '../../../../src/standards/air/_station-engine.js'
import {
  exactSettings,
  exactStationDays,
} from '../../../../src/standards/air/hourly/_exact-station-days.js'
import {
  aggregateAir,
  aggregateAirStream,
  aggregateCityDays,
  aggregateStationDays,
  type CityDay,
  type HourlyColumns,
  type HourlyRecord,
  InputError,
  NOT_MEASURED,
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
const hourOf = (fine: boolean, o3Max: number) =>
  fc.record({
    so2: value(100, false, fine),
    no2: value(150, false, fine),
    co: value(5, true, fine),
    o3: value(o3Max, false, fine),
    pm10: value(400, false, fine),
    pm25: value(300, false, fine),
  })
// three in four inputs on the published grid (the integer path), the rest with finer decimals
// (a day with one takes the exact rational path)
const hoursOf = (o3Max: number) =>
  fc
    .integer({ min: 0, max: 3 })
    .chain((k) =>
      fc.array(hourOf(k === 0, o3Max), { minLength: 4 * 3 * 24, maxLength: 4 * 3 * 24 }),
    )

/** Hourly records of 1–4 stations over 1–3 days, with gaps; O3 up to `o3Max` µg/m³. */
const inputOf = (o3Max: number) =>
  fc
    .record({
      stations: fc.integer({ min: 1, max: 4 }),
      days: fc.integer({ min: 1, max: 3 }),
      start: fc.integer({ min: 0, max: 30 }),
      // probability of a missing hour record, in percent
      gap: fc.integer({ min: 0, max: 40 }),
      hours: hoursOf(o3Max),
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
const input = inputOf(400)

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
          // the exact rational path, independent of the engine
          const reference = exactStationDays(
            records,
            exactSettings(engineSettings(options)),
            'reference',
          )
          expect(expected).toEqual(reference)
          expect(stationDaysOf(records, options)).toEqual(expected)
          expect(stationDaysOf(toColumns(records), options)).toEqual(expected)
          expect(sortDays(await collect(streamStationDays(records, options)))).toEqual(expected)
        }),
        { seed: 11, numRuns: 150 },
      )
    },
    SLOW,
  )

  // O3 up to 1000: 8-hour maxima above 800, some without a valid 1-hour maximum (HJ 633-2012
  // note 3 withholds the city AQI)
  it.each([
    [400, 12],
    [1000, 13],
  ])(
    'city days and summaries: aggregateAir equals the chain of the three functions (O3 up to %i)',
    (o3Max, seed) => {
      fc.assert(
        fc.property(
          inputOf(o3Max),
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
            // with a station-day listener the days go on as objects, without it as values only
            const heard: StationDay[] = []
            const r = aggregateAir(toColumns(records), {
              cityOf,
              stationDays,
              cityDays: cityOptions,
              summary: { standard: cityOptions.standard ?? 'HJ633-2012' },
              onCityDay: (city, day) => seen.push([city, day]),
              ...(o3Max > 400 ? { onStationDay: (day: StationDay) => heard.push(day) } : {}),
            })
            if (o3Max > 400) expect(sortDays(heard)).toEqual(days)
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
        { seed, numRuns: 100 },
      )
    },
    SLOW,
  )

  it(
    'summaries: the values-only city days (no city day kept or heard) give those of the whole days',
    () => {
      fc.assert(
        fc.property(
          inputOf(1000),
          fc.record(
            {
              round: fc.boolean(),
              minStations: fc.integer({ min: 1, max: 3 }),
              standard: fc.constantFrom('HJ633-2012' as const, 'HJ633-2026' as const),
              excludeStations: fc.subarray(['S0', 'S1', 'S2', 'S3']),
            },
            { requiredKeys: [] },
          ),
          fc.constantFrom('record', 'map'),
          // a period cutting the days on both sides, or the days' own
          fc.constantFrom(undefined, { start: '2022-01-02', end: '2022-01-20' }),
          ({ records, ending }, cityOptions, form, period) => {
            const stationDays = {
              timestamp: ending ? ('hour-ending' as const) : ('hour-beginning' as const),
            }
            const members: Record<string, string> = { S0: 'X', S1: 'Y', S2: 'X', S3: 'X' }
            const cityOf = form === 'record' ? members : new Map(Object.entries(members))
            const summary = {
              standard: cityOptions.standard ?? 'HJ633-2012',
              dustDates: ['2022-01-02'],
              ...(period ? { period } : {}),
            }
            const options = { cityOf, stationDays, cityDays: cityOptions, summary }
            const whole = aggregateAir(toColumns(records), options)
            const valuesOnly = aggregateAir(toColumns(records), { ...options, keepCityDays: false })
            expect(valuesOnly.records).toBe(whole.records)
            expect(valuesOnly.stationDays).toBe(whole.stationDays)
            expect(valuesOnly.cities.map((c) => [c.city, c.days, c.summary])).toEqual(
              whole.cities.map((c) => [c.city, [], c.summary]),
            )
            // and the whole days are those of the array functions
            const days = aggregateStationDays(records, stationDays)
            for (const c of whole.cities) {
              const expected = aggregateCityDays(
                days.filter((d) => members[d.station] === c.city),
                cityOptions,
              )
              expect(c.days).toEqual(expected)
              // reversed, the days take the path of days in any order
              expect(c.summary).toEqual(summarizeAirPeriod([...expected].reverse(), summary))
            }
          },
        ),
        { seed: 14, numRuns: 100 },
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
      'expected a unique station and hour, got 2022-01-01 0:00–1:00 (a second record for station A)',
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

  it('gives the issues of aggregateStationDays for the same bad record', () => {
    const at = (h: number) => `2022-01-01T${String(h).padStart(2, '0')}:00:00`
    const good = { station: 'A', time: at(1), pm25: 10 }
    const bad: unknown[] = [
      { station: 5, time: at(2) },
      { time: at(2) },
      { station: 'A' },
      { station: 'A', time: null },
      { station: 'A', time: '' },
      { station: 'A', time: 'abc' },
      { station: 'A', time: new Date(Number.NaN) },
      { station: 'A', time: '2022-01-01T02:30:00' },
      { station: 'A', time: at(2), pm25: -1, co: -2, o3: -3, so2: 'x' },
      { station: 'A', time: at(2), pm25: -1, co: 200 },
      { station: 'A', time: at(2), co: 150.1 },
      { station: 'A', time: at(2), no2: Number.NaN, o3: Number.POSITIVE_INFINITY },
      { station: 'A', time: at(2), pm10: Number.NEGATIVE_INFINITY },
      { station: 'A', time: at(2), so2: true },
      { station: 'A', time: at(1), co: 1 },
      null,
      [1],
    ]
    const issues = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        expect(e).toBeInstanceOf(InputError)
        return (e as InputError).issues
      }
      return null
    }
    for (const record of bad) {
      const records = [good, record] as HourlyRecord[]
      const expected = issues(() => aggregateStationDays(records))
      expect(expected).not.toBeNull()
      expect(issues(() => stationDaysOf(records))).toEqual(expected)
      expect(issues(() => aggregateAir(records, { cityOf: () => 'X' }))).toEqual(expected)
    }
    // a higher bound of the options lets the same CO through, on both paths
    const high = [good, { station: 'A', time: at(2), co: 180.5 }]
    expect(stationDaysOf(high, { maxPlausibleCo: 200 })).toEqual(
      aggregateStationDays(high, { maxPlausibleCo: 200 }),
    )
  })

  it('rejects a station day of CO above the daily bound as aggregateCityDays does', () => {
    // 24 hours of CO 80 mg/m³: plausible for an hour (≤ 150), not as a daily mean (> 60)
    const records = Array.from({ length: 24 }, (_, h) => ({
      station: 'A',
      time: new Date(Date.UTC(2021, 11, 31, 17 + h)),
      co: 80,
      pm25: 30,
    }))
    const days = aggregateStationDays(records)
    expect(days[0]?.co).toBe(80)
    const issues = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        expect(e).toBeInstanceOf(InputError)
        return (e as InputError).issues
      }
      return null
    }
    const expected = issues(() => aggregateCityDays(days))
    expect(expected?.map((i) => [i.code, i.path])).toEqual([['implausible', [0, 'co']]])
    expect(issues(() => aggregateAir(records, { cityOf: () => 'X' }))).toEqual(expected)
    // an excluded station is checked too, as aggregateCityDays checks it
    const excluded = { excludeStations: ['A'] }
    expect(issues(() => aggregateAir(records, { cityOf: () => 'X', cityDays: excluded }))).toEqual(
      issues(() => aggregateCityDays(days, excluded)),
    )
    // with a higher bound for the city days and the summary, the chain's results
    const options = { maxPlausibleCo: 150 }
    const r = aggregateAir(records, { cityOf: () => 'X', cityDays: options, summary: options })
    const cityDays = aggregateCityDays(days, options)
    expect(r.cities[0]?.days).toEqual(cityDays)
    expect(r.cities[0]?.days[0]?.aqi.flags.capped).toEqual(['co'])
    expect(r.cities[0]?.summary).toEqual(summarizeAirPeriod(cityDays, options))
  })

  it('withholds a city day of O3 8-hour above 800 without an O3 1-hour value (HJ 633-2012 note 3)', () => {
    // 16 hours of O3 900: too few for the daily maximum 1-hour (20), while the 8-hour maximum
    // (11 valid means of 17) is valid because it exceeds the limit (HJ 663 §6.1.2)
    const records = Array.from({ length: 24 }, (_, h) => ({
      station: 'A',
      time: new Date(Date.UTC(2021, 11, 31, 17 + h)),
      so2: 10,
      no2: 20,
      co: 0.5,
      pm10: 40,
      pm25: 20,
      o3: h < 16 ? 900 : null,
    }))
    const days = aggregateStationDays(records)
    expect([days[0]?.o3_1h, days[0]?.o3_8h]).toEqual([null, 900])
    for (const standard of ['HJ633-2012', 'HJ633-2026'] as const) {
      const r = aggregateAir(records, { cityOf: () => 'X', cityDays: { standard }, summary: false })
      expect(r.cities[0]?.days).toEqual(aggregateCityDays(days, { standard }))
      const aqi = r.cities[0]?.days[0]?.aqi
      // 2012: withheld; 2026 表3 note c: O3 8-hour above 800 counts as 300
      expect([aqi?.aqi, aqi?.flags.withheldReason]).toEqual(
        standard === 'HJ633-2012' ? [null, 'o3_8hAbove800'] : [300, null],
      )
    }
  })

  it('checks the options of each step by its schema, at its place in the options', () => {
    const issue = (options: object) => {
      try {
        aggregateAir([], { cityOf: () => 'X', ...options })
      } catch (e) {
        const i = (e as InputError).issues[0]
        return [i?.path, i?.message.en]
      }
      return null
    }
    expect(issue({ stationDays: { minHour: 3 } })?.[0]).toEqual([
      'options',
      'stationDays',
      'minHour',
    ])
    expect(issue({ stationDays: { minHour: 3 } })?.[1]).toMatch(/did you mean minHours/)
    expect(issue({ cityDays: { minStations: 0 } })?.[0]).toEqual([
      'options',
      'cityDays',
      'minStations',
    ])
    expect(issue({ summary: { standrd: 'HJ633-2026' } })?.[0]).toEqual([
      'options',
      'summary',
      'standrd',
    ])
  })

  it('reads NOT_MEASURED in columns as a record saying notMeasured, on and off the grid', () => {
    // day 1: no CO at all; day 2: CO not measured in 2 hours, and one PM2.5 off the grid
    const records: HourlyRecord[] = Array.from({ length: 48 }, (_, h) => ({
      station: 'A',
      time: new Date(Date.UTC(2021, 11, 31, 17 + h)),
      so2: 10,
      no2: 20,
      co: h < 24 || h === 30 || h === 40 ? 'notMeasured' : 0.8,
      o3: 60,
      pm10: 50,
      pm25: h === 35 ? 30.5 : 30,
    }))
    const columns = toColumns(
      records.map((r) => ({ ...r, co: r.co === 'notMeasured' ? null : r.co })),
    )
    columns.co.forEach((_, i) => {
      if (records[i]?.co === 'notMeasured') columns.co[i] = NOT_MEASURED
    })
    const days = stationDaysOf(columns)
    expect(days).toEqual(aggregateStationDays(records))
    expect(days[0]?.gaps.co).toBe('notMeasured')
    expect(days[0]?.co).toBeNull()
    expect(days[1]?.validHours.co).toBe(22)
    expect(days[1]?.co).toBe(0.8)
    // (23 × 30 + 30.5) / 24 = 30.0208…
    expect(days[1]?.exact.pm25).toBe('30.0208333333')
  })

  it('reads columns as records on days of a daylight-saving change and in a zone off the hour', () => {
    const cases = [
      // 2022-03-13 has 23 hours and 2022-11-06 has 25 in New York; Kathmandu is UTC+05:45
      { timeZone: 'America/New_York', start: Date.UTC(2022, 2, 12, 5), minute: 0 },
      { timeZone: 'America/New_York', start: Date.UTC(2022, 10, 5, 4), minute: 0 },
      { timeZone: 'Asia/Kathmandu', start: Date.UTC(2021, 11, 31, 18), minute: 15 },
    ]
    for (const { timeZone, start, minute } of cases) {
      const records: HourlyRecord[] = ['A', 'B'].flatMap((station, s) =>
        Array.from({ length: 72 }, (_, h) => ({
          station,
          time: new Date(start + h * HOUR + minute * 60_000),
          so2: 10 + s,
          no2: 20 + (h % 7),
          co: 0.5 + (h % 3) / 10,
          o3: 60 + ((h * 37) % 90),
          pm10: 50,
          pm25: 30 + (h % 5),
        })),
      )
      // interleaved by hour, as an export gives them
      const byHour = [...records].sort(
        (a, b) => (a.time as Date).getTime() - (b.time as Date).getTime(),
      )
      for (const timestamp of ['hour-ending', 'hour-beginning'] as const) {
        const options = { timeZone, timestamp }
        const fromRecords = stationDaysOf(byHour, options)
        expect(fromRecords.length).toBeGreaterThanOrEqual(6)
        expect(stationDaysOf(toColumns(byHour), options)).toEqual(fromRecords)
      }
    }
  })

  it('reads batches that cut days anywhere as records, in engine after engine, across a daylight-saving change', () => {
    // 2022-03-27 has 23 hours in Berlin: the days before and after it start 23 hours apart less
    // a day; a second engine reads the same days again after the first has seen them
    const start = Date.UTC(2022, 2, 24, 23)
    const records: HourlyRecord[] = Array.from({ length: 24 * 6 }, (_, h) =>
      ['A', 'B'].map((station, s) => ({
        station,
        time: new Date(start + (h + 1) * HOUR),
        so2: 10 + s,
        no2: 20 + (h % 7),
        co: 0.5 + (h % 3) / 10,
        o3: 60 + ((h * 37) % 90),
        pm10: 50,
        pm25: 30 + (h % 5),
      })),
    ).flat()
    const options = { timeZone: 'Europe/Berlin' }
    const fromRecords = stationDaysOf(records, options)
    expect(fromRecords.map((d) => d.date).slice(0, 6)).toEqual([
      '2022-03-25',
      '2022-03-26',
      '2022-03-27',
      '2022-03-28',
      '2022-03-29',
      '2022-03-30',
    ])
    // batches of 17 records: 8.5 hours of both stations, so day boundaries fall inside them
    const batches: HourlyColumns[] = []
    for (let i = 0; i < records.length; i += 17) batches.push(toColumns(records.slice(i, i + 17)))
    expect(stationDaysOf(batches, options)).toEqual(fromRecords)
    expect(stationDaysOf(batches, options)).toEqual(fromRecords)
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

describe('aggregateAir with cityOf as a function', () => {
  // two stations of one city, three days, hour by hour as exports list them
  const hours: HourlyRecord[] = []
  for (let h = 1; h <= 72; h++) {
    for (const station of ['A', 'B']) {
      const time = new Date(Date.UTC(2021, 11, 31, 16 + h))
      const pm25 = station === 'A' ? 30 : 50
      hours.push({ station, time, so2: 10, no2: 20, co: 0.5, o3: 50, pm10: 40, pm25 })
    }
  }

  it('gives the city of both stations, as a record does, when records come hour by hour', () => {
    const called: string[] = []
    const byFunction = aggregateAir(hours, {
      cityOf: (s) => {
        called.push(s)
        return 'X'
      },
    })
    const byRecord = aggregateAir(hours, { cityOf: { A: 'X', B: 'X' } })
    expect(byFunction).toEqual(byRecord)
    // PM2.5 (30 + 50) / 2 = 40 every day, so 40 over the period
    expect(byFunction.cities[0]?.days.map((d) => d.pm25)).toEqual([40, 40, 40])
    expect(called).toEqual(['A', 'B'])
  })

  it('refuses records one station after another, which only a map or record can place', () => {
    const byStation = [...hours].sort((a, b) => (a.station < b.station ? -1 : 1))
    expect(aggregateAir(byStation, { cityOf: { A: 'X', B: 'X' } }).cities[0]?.days).toHaveLength(3)
    expect(() => aggregateAir(byStation, { cityOf: () => 'X' })).toThrow(
      /B 2022-01-01 after X was closed through 2022-01-0/,
    )
  })
})
