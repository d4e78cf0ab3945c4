import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AqiColumn,
  AqiColumnSchema,
  type AqiResult,
  aggregateStationDays,
  dailyAqi,
  iaqi,
  realtimeAqi,
  type StationDay,
} from '../../src/standards/air/index.js'
import { lawful, oddNumber, PARAMS, TIMEOUT } from './_laws.js'

// The laws of the air functions on any input: a result or the documented input error, clean
// figures, frozen input untouched, the same answer twice; and the rules of HJ 633 and GB 3095
// that hold whatever the values: IAQI integer in 0…500 and non-decreasing in the concentration
// (式(1) is linear and increasing on every segment, rounded up), AQI = max IAQI (式(2)), no AQI
// without an indexed indicator, station days independent of the order of the records and never
// resting on fewer valid hours than GB 3095 表4 requires.

const STANDARDS = ['HJ633-2012', 'HJ633-2026'] as const
const standard = fc.constantFrom(...STANDARDS)
const column = fc.constantFrom(...AqiColumnSchema.options)
const DAILY_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const
const REALTIME_KEYS = [
  'so2',
  'no2',
  'co',
  'o3',
  'pm10',
  'pm25',
  'o3_8h',
  'so2_24h',
  'pm10_24h',
  'pm25_24h',
] as const

/** A concentration of one column that a caller could plausibly give (CO below its bound). */
function plausible(col: AqiColumn) {
  return col.startsWith('co_')
    ? fc.double({ min: 0, max: 60, noNaN: true })
    : fc.double({ min: 0, max: 1200, noNaN: true })
}

/** A record of some of `keys`, each missing, null, ordinary or odd, with a stray key now and then. */
function oddRecord(keys: readonly string[]) {
  const values = Object.fromEntries(keys.map((k) => [k, oddNumber]))
  return fc
    .tuple(
      fc.record(values, { requiredKeys: [] }),
      fc.option(fc.constantFrom('PM25', 'pm2_5', 'O3', 'pm25 ', 'co2'), { nil: undefined }),
      fc.integer({ min: 0, max: 600 }),
    )
    .map(([r, stray, v]) => (stray === undefined ? r : { ...r, [stray]: v }))
}

/** The law of 式(2) and §4.4: the AQI is the largest IAQI, the primary pollutants those at it. */
function expectAqiOfIaqis(r: AqiResult): void {
  const indexed = Object.values(r.iaqi).filter((v): v is number => typeof v === 'number')
  for (const v of indexed) {
    expect(Number.isInteger(v)).toBe(true)
    expect(v).toBeGreaterThanOrEqual(0)
    expect(v).toBeLessThanOrEqual(500)
  }
  if (indexed.length === 0) expect(r.aqi).toBeNull()
  if (r.aqi !== null) expect(r.aqi).toBe(Math.max(...indexed))
  expect(r.category === null).toBe(r.aqi === null)
  for (const p of r.primaryPollutants) expect(r.iaqi[p]).toBe(r.aqi)
  if (r.aqi === null || r.aqi <= 50) expect(r.primaryPollutants).toEqual([])
}

describe('iaqi on any input', () => {
  it('returns an integer 0…500 or null, or throws the input error', () => {
    fc.assert(
      fc.property(column, oddNumber, standard, (col, c, std) => {
        // A text with a leading point ('.5') is read by the air module's number reading, whose
        // own tests cover it; this law covers every other input.
        if (typeof c === 'string' && c.startsWith('.')) return
        const out = lawful({ c }, (i) => iaqi(col, i.c as number, { standard: std }))
        if (out.ok && out.value !== null) {
          expect(Number.isInteger(out.value)).toBe(true)
          expect(out.value).toBeGreaterThanOrEqual(0)
          expect(out.value).toBeLessThanOrEqual(500)
        }
      }),
      PARAMS,
    )
  })

  it('never decreases as the concentration rises (null only above an 800 µg/m³ footnote)', () => {
    const pair = column.chain((col) =>
      fc.tuple(fc.constant(col), plausible(col), plausible(col), standard),
    )
    fc.assert(
      fc.property(pair, ([col, a, b, std]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const low = iaqi(col, lo, { standard: std })
        const high = iaqi(col, hi, { standard: std })
        if (low !== null && high !== null) expect(low).toBeLessThanOrEqual(high)
        if (low === null) {
          // HJ 633-2012 表1 notes (2)(3): only SO2 1-hour and O3 8-hour above 800 are not indexed
          expect(std).toBe('HJ633-2012')
          expect(['so2_1h', 'o3_8h']).toContain(col)
          expect(lo).toBeGreaterThan(800)
          expect(high).toBeNull()
        }
      }),
      PARAMS,
    )
  })

  it('gives the same IAQI for a number and the decimal text it prints as', () => {
    fc.assert(
      fc.property(
        column,
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 2 }),
        (col, n, places) => {
          const c = n / 10 ** places
          if (col.startsWith('co_') && c > 60) return
          expect(iaqi(col, String(c))).toBe(iaqi(col, c))
        },
      ),
      PARAMS,
    )
  })
})

describe('dailyAqi and realtimeAqi on any input', () => {
  it('dailyAqi: the AQI is the largest IAQI, never from no indexed indicator', () => {
    fc.assert(
      fc.property(oddRecord(DAILY_KEYS), standard, (input, std) => {
        const out = lawful(input, (i) => dailyAqi(i as never, { standard: std }))
        if (out.ok) expectAqiOfIaqis(out.value)
      }),
      PARAMS,
    )
  })

  it('realtimeAqi: the AQI is the largest IAQI, never from no indexed indicator', () => {
    const options = fc.record(
      {
        standard,
        pmBasis: fc.constantFrom('1h' as const, '24h' as const),
        countO3_8h: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(oddRecord(REALTIME_KEYS), options, (input, opts) => {
        const out = lawful(input, (i) => realtimeAqi(i as never, opts))
        if (out.ok) expectAqiOfIaqis(out.value)
      }),
      PARAMS,
    )
  })

  it('a record without any value has no AQI and no category', () => {
    const empty = fc.record(Object.fromEntries(DAILY_KEYS.map((k) => [k, fc.constant(null)])), {
      requiredKeys: [],
    })
    fc.assert(
      fc.property(empty, standard, (input, std) => {
        const r = dailyAqi(input, { standard: std })
        expect(r.aqi).toBeNull()
        expect(r.category).toBeNull()
        expect(r.primaryPollutants).toEqual([])
      }),
      PARAMS,
    )
  })

  it('dailyAqi never falls when PM2.5, PM10, NO2 or CO rises (no footnote on these)', () => {
    const base = fc.record({
      so2: fc.integer({ min: 0, max: 800 }),
      no2: fc.integer({ min: 0, max: 2000 }),
      co: fc.double({ min: 0, max: 40, noNaN: true }),
      pm10: fc.integer({ min: 0, max: 600 }),
      pm25: fc.integer({ min: 0, max: 500 }),
      o3_1h: fc.integer({ min: 0, max: 1200 }),
      o3_8h: fc.integer({ min: 0, max: 800 }),
    })
    const key = fc.constantFrom('pm25', 'pm10', 'no2', 'co' as const)
    fc.assert(
      fc.property(
        base,
        key,
        fc.double({ min: 0, max: 20, noNaN: true }),
        standard,
        (d, k, up, s) => {
          const before = dailyAqi(d, { standard: s })
          const after = dailyAqi({ ...d, [k]: d[k] + up }, { standard: s })
          expect(after.aqi as number).toBeGreaterThanOrEqual(before.aqi as number)
        },
      ),
      PARAMS,
    )
  })
})

const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'America/Anchorage',
  'Asia/Tehran',
]
const hourValue = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 400 }) },
  { weight: 2, arbitrary: fc.constant(null) },
)
const record = fc.record({
  station: fc.constantFrom('A', 'B'),
  hour: fc.integer({ min: 0, max: 71 }),
  so2: hourValue,
  no2: hourValue,
  co: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 10, noNaN: true })),
  o3: hourValue,
  pm10: hourValue,
  pm25: hourValue,
})
/** Records of two stations over three days, each hour at most once per station. */
const records = fc
  .uniqueArray(record, { selector: (r) => `${r.station}|${r.hour}`, maxLength: 140 })
  .map((rs) =>
    rs.map(({ hour, ...r }) => ({
      ...r,
      time: new Date(Date.UTC(2021, 11, 31, 16 + hour)).toISOString(),
    })),
  )

function expectValidDay(d: StationDay): void {
  // GB 3095 表4: a 24-hour mean needs 20 valid hours; the daily maximum 8-hour O3 14 valid
  // 8-hour means of the day (HJ 663 §6.1.2), unless it exceeds the limit
  for (const p of ['so2', 'no2', 'co', 'pm10', 'pm25'] as const) {
    if (d[p] !== null) expect(d.validHours[p]).toBeGreaterThanOrEqual(20)
    else expect(d.gaps[p]).toBeDefined()
  }
  if (d.o3_1h !== null) expect(d.validHours.o3).toBeGreaterThanOrEqual(20)
  if (d.o3_8h !== null && !d.o3_8hByExceedance) expect(d.o3_8hWindows).toBeGreaterThanOrEqual(14)
}

describe('aggregateStationDays on any records', () => {
  it(
    'is independent of the order of the records, in any time zone',
    () => {
      fc.assert(
        fc.property(
          records,
          fc.constantFrom(...ZONES),
          fc.constantFrom('hour-ending' as const, 'hour-beginning' as const),
          fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
          (rs, timeZone, timestamp, keys) => {
            const options = { timeZone, timestamp }
            const out = lawful(rs, (i) => aggregateStationDays(i, options))
            if (!out.ok) return
            const it = keys[Symbol.iterator]()
            const shuffled = rs
              .map((r) => ({ r, k: it.next().value as number }))
              .sort((a, b) => a.k - b.k)
              .map(({ r }) => r)
            expect(aggregateStationDays(shuffled, options)).toEqual(out.value)
            for (const d of out.value) expectValidDay(d)
          },
        ),
        { ...PARAMS, numRuns: Math.ceil(PARAMS.numRuns / 2) },
      )
    },
    TIMEOUT,
  )

  it('answers odd records with the input error, never another error', () => {
    const odd = fc.array(
      fc.record(
        {
          station: fc.constantFrom('A', '', 7 as unknown as string),
          time: fc.constantFrom(
            '2022-01-01T01:00+08:00',
            '2022-01-01T01:30+08:00',
            '2022-02-30T01:00',
            '2022-01-01',
            'soon',
            '',
          ),
          pm25: oddNumber,
          co: oddNumber,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    )
    fc.assert(
      fc.property(odd, (rs) => {
        lawful(rs, (i) => aggregateStationDays(i as never))
      }),
      PARAMS,
    )
  })
})
