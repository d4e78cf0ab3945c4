import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createHourReader, dayStartIndex } from '../../../../src/standards/air/_clock.js'
import { engineSettings } from '../../../../src/standards/air/_station-engine.js'
import {
  exactSettings,
  exactStationDays,
} from '../../../../src/standards/air/hourly/_exact-station-days.js'
import { stationDaysOfCleanRecords } from '../../../../src/standards/air/hourly/_record-columns.js'
import {
  type AggregateStationDaysOptions,
  aggregateStationDays,
  type HourlyRecord,
  InputError,
} from '../../../../src/standards/air/index.js'
import { deepFreeze, PARAMS, TIMEOUT } from '../../../properties/_laws.js'

// In China Standard Time and UTC, aggregateStationDays reads clean records as one batch of
// columns, the covered hour by integer arithmetic; the hour reader does the same for stamps of
// such a zone. Both are held to the exact path (zod, the zone database, rationals): the same
// station days, and for bad input the same error.

const HOUR = 3_600_000
const CONTEXT = 'aggregateStationDays input'
// the exact path over a year of records takes seconds on a loaded machine
const SLOW = 120_000

const exactDays = (records: unknown, options: AggregateStationDaysOptions = {}) =>
  exactStationDays(records, exactSettings(engineSettings(options)), CONTEXT)

function outcome(call: () => unknown) {
  try {
    return { days: call() }
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    return { error: { name: e.name, message: e.message, issues: e.issues } }
  }
}

// one hourly value: published values, gaps, not measured, finer decimals (the exact path)
const hourly = (max: number, co: boolean) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.integer({ min: 0, max: co ? max * 10 : max }).map((v) => (co ? v / 10 : v)),
    },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant('notMeasured' as const) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: max * 100 }).map((v) => v / 100) },
  )
const values = fc.record({
  so2: hourly(100, false),
  no2: hourly(150, false),
  co: hourly(5, true),
  o3: hourly(400, false),
  pm10: hourly(400, false),
  pm25: hourly(300, false),
})

/** Records of 1–3 stations over 1–3 days from a random day, with gaps, in a random order. */
const recordsOf = (order: 'time' | 'station' | 'shuffled' | 'spread') =>
  fc
    .record({
      stations: fc.integer({ min: 1, max: 3 }),
      days: fc.integer({ min: 1, max: 3 }),
      // days from 1992-01-03 to about 2100
      start: fc.integer({ min: 8038, max: 47_000 }),
      gap: fc.integer({ min: 0, max: 40 }),
      values: fc.array(values, { minLength: 3 * 3 * 24, maxLength: 3 * 3 * 24 }),
      drop: fc.array(fc.integer({ min: 0, max: 99 }), {
        minLength: 3 * 3 * 24,
        maxLength: 3 * 3 * 24,
      }),
      shuffle: fc.array(fc.nat(), { minLength: 3 * 3 * 24, maxLength: 3 * 3 * 24 }),
    })
    .map((g) => {
      const records: HourlyRecord[] = []
      for (let h = 0; h < g.days * 24; h++) {
        for (let s = 0; s < g.stations; s++) {
          const k = h * 3 + s
          if ((g.drop[k] as number) < g.gap) continue
          const record: Record<string, unknown> = {
            station: `S${s}`,
            time: new Date((g.start * 24 + h - 8) * HOUR),
          }
          for (const [key, v] of Object.entries(g.values[k] as object)) {
            if (v !== undefined) record[key] = v
          }
          records.push(record as HourlyRecord)
        }
      }
      if (order === 'station') records.sort((a, b) => (a.station < b.station ? -1 : 1))
      if (order === 'spread') {
        // a station's records ten years later: a span too wide for a table of station × hour
        for (const r of records) {
          if (r.station === 'S1') r.time = new Date((r.time as Date).getTime() + 87_660 * HOUR)
        }
      }
      if (order === 'shuffled' || order === 'spread') {
        for (let i = records.length - 1; i > 0; i--) {
          const j = (g.shuffle[i] as number) % (i + 1)
          ;[records[i], records[j]] = [records[j] as HourlyRecord, records[i] as HourlyRecord]
        }
      }
      return records
    })
/** The same records with text stamps: wall time without offset, with an offset, or UTC. */
const asText = (records: HourlyRecord[], form: number) =>
  records.map((r) => {
    const t = (r.time as Date).getTime()
    const iso = new Date(t + 8 * HOUR).toISOString().slice(0, 19)
    const time =
      form === 0
        ? iso
        : form === 1
          ? `${iso.replace('T', ' ')}+08:00`
          : (r.time as Date).toISOString()
    return { ...r, time }
  })
const anyOrder = fc.oneof(
  recordsOf('time'),
  recordsOf('station'),
  recordsOf('shuffled'),
  recordsOf('spread'),
  fc.tuple(recordsOf('time'), fc.integer({ min: 0, max: 2 })).map(([r, form]) => asText(r, form)),
)
const options: fc.Arbitrary<AggregateStationDaysOptions> = fc.record(
  {
    timeZone: fc.constantFrom('Asia/Shanghai', 'UTC', 'Etc/UTC'),
    timestamp: fc.constantFrom('hour-ending' as const, 'hour-beginning' as const),
    round: fc.boolean(),
    minHours: fc.integer({ min: 1, max: 24 }),
    minWindowsPerDay: fc.integer({ min: 1, max: 17 }),
  },
  { requiredKeys: [] },
)

describe('aggregateStationDays', () => {
  it(
    'gives the station days of the exact path for records in any order, in a fixed-offset zone',
    () => {
      fc.assert(
        fc.property(anyOrder, options, (records, o) => {
          const expected = exactDays(records, o)
          expect(aggregateStationDays(records, o)).toEqual(expected)
          // the batch path took these records (none of them is bad)
          const s = engineSettings(o)
          const batch = stationDaysOfCleanRecords(records, s, CONTEXT, (rs) =>
            exactStationDays(rs, exactSettings(s), CONTEXT),
          )
          expect(batch).toEqual(expected)
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it(
    'gives the error of the exact path for bad records, and changes nothing',
    () => {
      const bad = fc.oneof(
        fc.constant({ time: new Date(Date.UTC(2022, 0, 1, 1, 30)) }),
        fc.constant({ time: new Date(Number.NaN) }),
        fc.constant({ time: '2022-01-01T09:00:00+08:00' }),
        fc.constant({ time: '2022-01-01' }),
        fc.constant({ station: '' }),
        fc.constant({ co: 151 }),
        fc.constant({ pm25: -1 }),
        fc.constant({ so2: Number.POSITIVE_INFINITY }),
        fc.constant({ o3: '12' }),
        fc.constant({ duplicate: true }),
      )
      fc.assert(
        fc.property(
          fc.oneof(recordsOf('time'), recordsOf('spread')).filter((r) => r.length > 0),
          fc.array(fc.tuple(bad, fc.nat()), { minLength: 1, maxLength: 2 }),
          options,
          (good, changes, o) => {
            const records: unknown[] = [...good]
            for (const [change, at] of changes) {
              const i = at % records.length
              const { duplicate, ...fields } = change as Record<string, unknown>
              if (duplicate) records.splice(i, 0, records[i])
              else records[i] = { ...(records[i] as object), ...fields }
            }
            const before = structuredClone(records)
            const expected = outcome(() => exactDays(records, o))
            expect(outcome(() => aggregateStationDays(deepFreeze(records) as never, o))).toEqual(
              expected,
            )
            expect(records).toEqual(before)
          },
        ),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it(
    'gives the station days of the exact path for a year of records, in batches and out of order',
    () => {
      // 8 stations × 365 days: more records than one batch holds; some gaps, some finer values
      const records: HourlyRecord[] = []
      const t0 = Date.UTC(2021, 11, 31, 17)
      for (let h = 0; h < 365 * 24; h++) {
        for (let s = 0; s < 8; s++) {
          const k = h * 8 + s
          if (k % 37 === 0) continue
          records.push({
            station: `S${s}`,
            time: new Date(t0 + h * HOUR),
            so2: k % 53,
            no2: k % 89,
            co: k % 101 === 0 ? 0.25 : (k % 31) / 10,
            o3: k % 29 === 0 ? null : k % 233,
            pm10: k % 397,
            pm25: k % 1009 === 0 ? 'notMeasured' : k % 251,
          })
        }
      }
      expect(records.length).toBeGreaterThan(65_536)
      const expected = exactDays(records)
      expect(expected.length).toBe(8 * 365)
      expect(aggregateStationDays(records)).toEqual(expected)
      // one record late, after the first batch: read again, in order of station and hour
      const late = [...records]
      const [moved] = late.splice(66_000, 1)
      late.push(moved as HourlyRecord)
      expect(aggregateStationDays(late)).toEqual(expected)
    },
    SLOW,
  )

  it('leaves records of a zone with daylight saving time and of 1991 to the general path', () => {
    const s = engineSettings({ timeZone: 'Europe/Berlin' })
    const record = { station: 'A', time: new Date(Date.UTC(2022, 0, 1, 1)), pm25: 20 }
    expect(stationDaysOfCleanRecords([record], s, CONTEXT, () => [])).toBeNull()
    // China kept daylight saving time until 1991
    const old = { ...record, time: new Date(Date.UTC(1991, 6, 1, 1)) }
    expect(stationDaysOfCleanRecords([old], engineSettings({}), CONTEXT, () => [])).toBeNull()
    expect(aggregateStationDays([old])).toEqual(exactDays([old]))
  })
})

describe('createHourReader', () => {
  // Asia/Chongqing is a link to Asia/Shanghai in the zone database, read through it; Etc/GMT is
  // UTC by another name
  it(
    'reads stamps of China Standard Time and UTC as the zone database does',
    () => {
      const instant = fc
        .integer({ min: 8035 * 24, max: 47_000 * 24 })
        .chain((h) =>
          fc.constantFrom(h * HOUR, h * HOUR + 60_000, h * HOUR + 1, h * HOUR + 30 * 60_000),
        )
      const two = (n: number) => String(n).padStart(2, '0')
      // the fields of a text stamp: mostly in range, sometimes just out of it; minutes mostly
      // zero (a stamp off the hour is refused whatever its instant)
      const field = (min: number, max: number, edges: readonly number[]) =>
        fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min, max }) },
          { weight: 1, arbitrary: fc.constantFrom(...edges) },
        )
      const minutes = fc.oneof(
        { weight: 6, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: field(0, 59, [60]) },
      )
      const text = fc
        .record({
          y: fc.integer({ min: 1991, max: 2100 }),
          mo: field(1, 12, [0, 13]),
          d: field(1, 28, [0, 29, 30, 31, 32]),
          h: field(0, 23, [24, 25]),
          mi: minutes,
          sec: fc.option(minutes),
          sep: fc.constantFrom('T', ' '),
          zone: fc.oneof(
            fc.constantFrom('', 'Z', 'z', '+0800', '+08', '.000Z'),
            fc
              .tuple(fc.constantFrom('+', '-'), field(0, 14, [24, 25]), minutes)
              .map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`),
          ),
        })
        .map(
          (f) =>
            `${f.y}-${two(f.mo)}-${two(f.d)}${f.sep}${two(f.h)}:${two(f.mi)}` +
            `${f.sec === null ? '' : `:${two(f.sec)}`}${f.zone}`,
        )
      const stamp = fc.oneof(
        instant.map((t) => new Date(t)),
        instant.map((t) => new Date(t).toISOString().slice(0, 19)),
        instant.map((t) => new Date(t).toISOString()),
        { weight: 3, arbitrary: text },
      )
      const pairs = [
        ['Asia/Shanghai', 'Asia/Chongqing'],
        ['UTC', 'Etc/GMT'],
      ] as const
      fc.assert(
        fc.property(
          stamp,
          fc.constantFrom(...pairs),
          fc.constantFrom('hour-ending' as const, 'hour-beginning' as const),
          (time, [fast, reference], convention) => {
            const slot = createHourReader(convention, fast)(time)
            expect(slot).toEqual(createHourReader(convention, reference)(time))
            if (typeof slot !== 'string') {
              expect(dayStartIndex(slot.date, fast)).toBe(dayStartIndex(slot.date, reference))
            }
          },
        ),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it('reads the edge cases of text stamps as the zone database does', () => {
    const stamps = [
      '2022-01-01T24:00',
      '2022-01-01T24:00:01',
      '2022-01-01T24:01',
      '2022-02-29T00:00',
      '2024-02-29T00:00',
      '2022-01-01 00:00:60',
      '2022-01-01T00:00+08:60',
      '2022-01-01T00:00+25:00',
      '2022-01-01T00:00-05:00',
      '2022-01-01T00:00z',
      // daylight saving time in China until 1991, and the first hours of 1992
      '1991-07-01T12:00',
      '1991-07-01T12:00+08:00',
      '1991-12-31T23:00',
      '1992-01-01T07:00',
      '1992-01-01T08:00',
    ]
    for (const convention of ['hour-ending', 'hour-beginning'] as const) {
      for (const stamp of stamps) {
        expect(createHourReader(convention, 'Asia/Shanghai')(stamp)).toEqual(
          createHourReader(convention, 'Asia/Chongqing')(stamp),
        )
        expect(createHourReader(convention, 'UTC')(stamp)).toEqual(
          createHourReader(convention, 'Etc/GMT')(stamp),
        )
      }
    }
    // 1991-07-01 12:00 was summer time (UTC+9) in China
    expect(createHourReader('hour-beginning', 'Asia/Shanghai')('1991-07-01T12:00')).toMatchObject({
      hour: 12,
      index: Date.UTC(1991, 6, 1, 3) / HOUR,
    })
  })

  it('gives the covered hour of a hour-ending stamp at midnight in China Standard Time', () => {
    // 2022-01-02T00:00 China Standard Time (2022-01-01T16:00Z) covers 23:00–24:00 of 2022-01-01
    const slot = createHourReader(
      'hour-ending',
      'Asia/Shanghai',
    )(new Date(Date.UTC(2022, 0, 1, 16)))
    expect(slot).toEqual({ date: '2022-01-01', hour: 23, index: Date.UTC(2022, 0, 1, 15) / HOUR })
    expect(dayStartIndex('2022-01-01', 'Asia/Shanghai')).toBe(Date.UTC(2021, 11, 31, 16) / HOUR)
  })
})
