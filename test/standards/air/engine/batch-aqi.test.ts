import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  AIR_POLLUTANTS,
  type AqiColumnsResult,
  type AqiResult,
  dailyAqi,
  dailyAqiColumns,
  InputError,
  NOT_MEASURED,
  pollutantsOfMask,
  realtimeAqi,
  realtimeAqiColumns,
} from '../../../../src/standards/air/index.js'
import { readCsv } from '../../../_helpers/csv.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

// property runs take seconds on a loaded machine
const SLOW = 120_000

/** Row `i` of a batch result in the shape of the object API's result. */
function row(r: AqiColumnsResult, i: number) {
  const iaqi: Record<string, number | null> = {}
  for (const [k, col] of Object.entries(r.iaqi)) {
    const v = col[i] as number
    iaqi[k] = Number.isNaN(v) ? null : v
  }
  const aqi = r.aqi[i] as number
  return {
    aqi: Number.isNaN(aqi) ? null : aqi,
    level: r.level[i] === 0 ? null : r.level[i],
    iaqi,
    primary: pollutantsOfMask(r.primary[i] as number),
    exceeding: r.standard === 'HJ633-2012' ? pollutantsOfMask(r.exceeding[i] as number) : null,
    capped: pollutantsOfMask(r.capped[i] as number),
    missing: pollutantsOfMask(r.missing[i] as number),
    withheld: r.withheld[i] === 1,
    o3: r.o3_8hAbove800[i] === 1,
    so2: r.so2_1hAbove800[i] === 1,
  }
}

/** The same fields of an object result. */
function fields(r: AqiResult) {
  const order = (keys: readonly string[]) => AIR_POLLUTANTS.filter((k) => keys.includes(k))
  return {
    aqi: r.aqi,
    level: r.category?.level ?? null,
    iaqi: { ...r.iaqi },
    primary: [...r.primaryPollutants],
    exceeding: r.exceedingPollutants === null ? null : [...r.exceedingPollutants],
    capped: order(r.flags.capped),
    missing: order(r.flags.missing),
    withheld: r.flags.withheld,
    o3: r.flags.o3_8hAbove800,
    so2: r.flags.so2_1hAbove800,
  }
}

// concentrations on the published grid, across and above every column, with gaps
const onGrid = (max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constant(null) },
  )
const coGrid = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1500 }).map((t) => t / 10) },
  { weight: 1, arbitrary: fc.constant(null) },
)
// values off the grid (finer decimals) take the exact rational path
const offGrid = (max: number) =>
  fc.oneof(
    onGrid(max),
    fc.integer({ min: 0, max: max * 100 }).map((h) => h / 100),
    fc.double({ min: 0, max, noNaN: true }),
  )

const standards = fc.constantFrom('HJ633-2012' as const, 'HJ633-2026' as const)
const dailyOptions = fc.record(
  {
    standard: standards,
    roundConcentrations: fc.boolean(),
    missingIndicators: fc.constantFrom(
      'computeFromOthers' as const,
      'withholdUnlessAbove100' as const,
    ),
  },
  { requiredKeys: [] },
)

const dailyRow = (
  v: (max: number) => fc.Arbitrary<number | null>,
  co: fc.Arbitrary<number | null>,
) =>
  fc.record({
    so2: v(3000),
    no2: v(1000),
    co,
    pm10: v(700),
    pm25: v(600),
    o3_1h: v(1400),
    o3_8h: v(1000),
  })

function checkDaily(rows: readonly Record<string, number | null>[], options: object) {
  const columns: Record<string, (number | null)[]> = {}
  for (const k of AIR_POLLUTANTS) columns[k] = rows.map((r) => r[k] ?? null)
  const batch = dailyAqiColumns(columns, options)
  rows.forEach((r, i) => {
    expect(row(batch, i)).toEqual(fields(dailyAqi(r, options)))
  })
  // the same through typed arrays
  const typed: Record<string, Float64Array> = {}
  for (const k of AIR_POLLUTANTS) typed[k] = Float64Array.from(rows, (r) => r[k] ?? Number.NaN)
  expect(Array.from(dailyAqiColumns(typed, options).aqi)).toEqual(Array.from(batch.aqi))
}

describe('dailyAqiColumns gives row by row what dailyAqi gives', () => {
  it(
    'on random published values (integers, CO one decimal), both editions',
    () => {
      fc.assert(
        fc.property(
          fc.array(dailyRow(onGrid, coGrid), { maxLength: 40 }),
          dailyOptions,
          checkDaily,
        ),
        { seed: 20221, numRuns: 300 },
      )
    },
    SLOW,
  )

  it(
    'on random finer decimals and doubles, through the exact fallback',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            dailyRow(offGrid, fc.oneof(coGrid, fc.double({ min: 0, max: 150, noNaN: true }))),
            {
              maxLength: 20,
            },
          ),
          dailyOptions,
          checkDaily,
        ),
        { seed: 20222, numRuns: 300 },
      )
    },
    SLOW,
  )

  it('at every breakpoint of both editions and one step either side', () => {
    const values = [0, 35, 50, 60, 75, 100, 115, 120, 150, 160, 215, 250, 265, 280, 350, 420, 475]
    const more = [500, 565, 600, 750, 800, 801, 940, 1600, 2100, 2620, 2621]
    const all = [...values, ...more].flatMap((v) => [v - 1, v, v + 1]).filter((v) => v >= 0)
    const rows = all.map((v) => ({
      so2: v,
      no2: v,
      co: Math.min(v, 1500) / 10,
      pm10: v,
      pm25: v,
      o3_1h: v,
      o3_8h: v,
    }))
    for (const standard of ['HJ633-2012', 'HJ633-2026'] as const) checkDaily(rows, { standard })
  })

  it('takes NOT_MEASURED and NaN as missing', () => {
    const r = dailyAqiColumns({ pm25: Float64Array.of(NOT_MEASURED, Number.NaN, 80) })
    expect(Array.from(r.aqi)).toEqual([Number.NaN, Number.NaN, 107])
    expect(pollutantsOfMask(r.missing[0] as number)).toEqual([
      'so2',
      'no2',
      'co',
      'pm10',
      'pm25',
      'o3_1h',
      'o3_8h',
    ])
  })

  it('rejects bad values with the column and row, and unknown columns', () => {
    const call = () =>
      dailyAqiColumns({ pm25: [1, -3, 2], co: Float64Array.of(0.5, 1200, 1), pm2_5: [1] } as never)
    expect(call).toThrow(InputError)
    try {
      call()
    } catch (e) {
      const issues = (e as InputError).issues
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['too_small', ['pm25', 1]],
        ['implausible', ['co', 1]],
        ['unrecognized_keys', ['pm2_5']],
      ])
      expect(issues[1]?.message.en).toBe(
        'expected a daily mean CO concentration of at most 150 mg/m³, got 1200 (CO is in mg/m³: was it µg/m³?)',
      )
    }
    expect(() => dailyAqiColumns({ pm25: ['12'] as never })).toThrow(
      /expected a number \(µg\/m³\), got "12"/,
    )
    expect(() => dailyAqiColumns({ pm25: [1, 2], so2: [1] })).toThrow(
      /2 values, as many as the other columns/,
    )
    expect(() => dailyAqiColumns({}, { standrd: 'HJ633-2026' } as never)).toThrow(
      /did you mean standard/,
    )
  })
})

const rtOptions = fc.record(
  {
    standard: standards,
    roundConcentrations: fc.boolean(),
    missingIndicators: fc.constantFrom(
      'computeFromOthers' as const,
      'withholdUnlessAbove100' as const,
    ),
    pmBasis: fc.constantFrom('1h' as const, '24h' as const),
    countO3_8h: fc.boolean(),
  },
  { requiredKeys: [] },
)
const RT_KEYS = [
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

function checkRealtime(rows: readonly Record<string, number | null>[], options: object) {
  const columns: Record<string, (number | null)[]> = {}
  for (const k of RT_KEYS) columns[k] = rows.map((r) => r[k] ?? null)
  const batch = realtimeAqiColumns(columns, options)
  rows.forEach((r, i) => {
    expect(row(batch, i)).toEqual(fields(realtimeAqi(r, options)))
  })
}

describe('realtimeAqiColumns gives row by row what realtimeAqi gives', () => {
  it(
    'on random values, on and off the grid, every option',
    () => {
      const v = (max: number) => fc.oneof(onGrid(max), offGrid(max))
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              so2: v(1200),
              no2: v(4000),
              co: fc.oneof(coGrid, fc.double({ min: 0, max: 150, noNaN: true })),
              o3: v(1400),
              pm10: v(700),
              pm25: v(600),
              o3_8h: v(1000),
              so2_24h: v(3000),
              pm10_24h: v(700),
              pm25_24h: v(600),
            }),
            { maxLength: 30 },
          ),
          rtOptions,
          checkRealtime,
        ),
        { seed: 20223, numRuns: 300 },
      )
    },
    SLOW,
  )
})

const FILE = 'fixtures/cnemc/inner-mongolia-stations-2022-01.csv'
const num = (s: string | undefined): number | null =>
  s === undefined || s === '' ? null : Number(s)

describeWithShared('the batch AQI on CNEMC station data, January 2022', FILE, () => {
  const rows = readCsv(sharedPath(FILE))
  it('matches the object API on all 496 station-days, daily and real-time, both editions', () => {
    // the archive swaps the ozone columns (fixture README): o3_24h is the hour's O3
    const daily = rows.map((r) => ({
      so2: num(r.so2_24h),
      no2: num(r.no2_24h),
      co: num(r.co_24h),
      pm10: num(r.pm10_24h),
      pm25: num(r.pm2_5_24h),
      o3_1h: num(r.o3),
      o3_8h: num(r.o3_8h),
    }))
    const hourly = rows.map((r) => ({
      so2: num(r.so2),
      no2: num(r.no2),
      co: num(r.co),
      o3: num(r.o3_24h),
      pm10: num(r.pm10),
      pm25: num(r.pm2_5),
      o3_8h: num(r.o3_8h_24h),
      so2_24h: num(r.so2_24h),
    }))
    expect(rows).toHaveLength(496)
    for (const standard of ['HJ633-2012', 'HJ633-2026'] as const) {
      checkDaily(daily, { standard })
      checkRealtime(hourly, { standard })
    }
    // and the published real-time AQI of the rows that have one
    const batch = realtimeAqiColumns(
      Object.fromEntries(
        RT_KEYS.map((k) => [k, hourly.map((h) => h[k as keyof typeof h] ?? null)]),
      ),
    )
    let checked = 0
    rows.forEach((r, i) => {
      if (r.aqi === '' || r.aqi === undefined) return
      checked++
      expect(batch.aqi[i]).toBe(Number(r.aqi))
    })
    expect(checked).toBe(485)
  })
})
