import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  AIR_POLLUTANTS,
  AQI_WITHHELD_REASONS,
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
    notMeasured: pollutantsOfMask(r.notMeasured[i] as number),
    withheld: r.withheld[i] === 1,
    withheldReason: AQI_WITHHELD_REASONS[r.withheldReason[i] as number],
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
    notMeasured: order(r.flags.notMeasured),
    withheld: r.flags.withheld,
    withheldReason: r.flags.withheldReason,
    o3: r.flags.o3_8hAbove800,
    so2: r.flags.so2_1hAbove800,
  }
}

/** A cell of the object input: a value, missing (`null`) or not measured. */
type Cell = number | null | 'notMeasured'
/** The same cell in a column: `'notMeasured'` is NOT_MEASURED there. */
const toColumn = (v: Cell | undefined): number | null =>
  v === 'notMeasured' ? NOT_MEASURED : (v ?? null)
/** The same cell in a typed column: missing is NaN. */
const toTyped = (v: Cell | undefined): number => toColumn(v) ?? Number.NaN

// concentrations on the published grid, across and above every column, with gaps and
// indicators not measured
const onGrid = (max: number): fc.Arbitrary<Cell> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('notMeasured' as const) },
  )
// CO on its grid (one decimal) up to `max` mg/m³: the plausibility bound of the options
const coGrid = (max: number): fc.Arbitrary<Cell> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: max * 10 }).map((t) => t / 10) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('notMeasured' as const) },
  )
const coAny = (max: number) => fc.oneof(coGrid(max), fc.double({ min: 0, max, noNaN: true }))
// values off the grid (finer decimals) take the exact rational path
const offGrid = (max: number): fc.Arbitrary<Cell> =>
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
    notMeasured: fc.constantFrom('platform' as const, 'text' as const),
    // the default daily bound is 60 (the top of the 24-hour column); 150 lets capped values in
    maxPlausibleCo: fc.constantFrom(60, 150),
  },
  { requiredKeys: [] },
)
/** The daily CO bound of options: `maxPlausibleCo`, default 60 (MAX_PLAUSIBLE_CO_24H). */
const dailyBound = (o: { maxPlausibleCo?: number }) => o.maxPlausibleCo ?? 60

const dailyRow = (v: (max: number) => fc.Arbitrary<Cell>, co: fc.Arbitrary<Cell>) =>
  fc.record({
    so2: v(3000),
    no2: v(1000),
    co,
    pm10: v(700),
    pm25: v(600),
    o3_1h: v(1400),
    o3_8h: v(1000),
  })

function checkDaily(rows: readonly Record<string, Cell>[], options: object) {
  const columns: Record<string, (number | null)[]> = {}
  for (const k of AIR_POLLUTANTS) columns[k] = rows.map((r) => toColumn(r[k]))
  const batch = dailyAqiColumns(columns, options)
  rows.forEach((r, i) => {
    const object = dailyAqi(r as never, options)
    expect(row(batch, i)).toEqual(fields(object))
    expect(batch.options).toEqual(object.options)
  })
  // the same through typed arrays
  const typed: Record<string, Float64Array> = {}
  for (const k of AIR_POLLUTANTS) typed[k] = Float64Array.from(rows, (r) => toTyped(r[k]))
  expect(Array.from(dailyAqiColumns(typed, options).aqi)).toEqual(Array.from(batch.aqi))
}

describe('dailyAqiColumns gives row by row what dailyAqi gives', () => {
  it(
    'on random published values (integers, CO one decimal), both editions',
    () => {
      fc.assert(
        fc.property(
          dailyOptions.chain((o) =>
            fc.tuple(
              fc.array(dailyRow(onGrid, coGrid(dailyBound(o))), { maxLength: 40 }),
              fc.constant(o),
            ),
          ),
          ([rows, o]) => checkDaily(rows, o),
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
          dailyOptions.chain((o) =>
            fc.tuple(
              fc.array(dailyRow(offGrid, coAny(dailyBound(o))), { maxLength: 20 }),
              fc.constant(o),
            ),
          ),
          ([rows, o]) => checkDaily(rows, o),
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
    const rows = (bound: number) =>
      all.map((v) => ({
        so2: v,
        no2: v,
        co: Math.min(v, bound * 10) / 10,
        pm10: v,
        pm25: v,
        o3_1h: v,
        o3_8h: v,
      }))
    for (const standard of ['HJ633-2012', 'HJ633-2026'] as const) {
      checkDaily(rows(60), { standard })
      checkDaily(rows(150), { standard, maxPlausibleCo: 150 })
    }
  })

  it(
    'rejects a daily CO above the bound of the options as dailyAqi does, row by row',
    () => {
      fc.assert(
        fc.property(
          fc.array(dailyRow(onGrid, coGrid(150)), { minLength: 1, maxLength: 30 }),
          dailyOptions,
          (rows, o) => {
            const expected = issuesByRow(rows, (r) => dailyAqi(r, o))
            const columns: Record<string, (number | null)[]> = {}
            for (const k of AIR_POLLUTANTS) columns[k] = rows.map((r) => toColumn(r[k]))
            const got = issuesOf(() => dailyAqiColumns(columns, o))
            expect(got).toEqual(expected)
            // and through a Float64Array, whose scan is a separate loop
            const co = Float64Array.from(rows, (r) => toTyped(r.co))
            expect(issuesOf(() => dailyAqiColumns({ ...columns, co }, o))).toEqual(expected)
          },
        ),
        { seed: 20224, numRuns: 200 },
      )
    },
    SLOW,
  )

  it('withholds the AQI for O3 8-hour above 800 without an O3 1-hour value (HJ 633-2012 note 3)', () => {
    const day = { so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 20 }
    const rows = [
      { ...day, o3_8h: 801 },
      { ...day, o3_8h: 801, o3_1h: 900 },
    ]
    const r = dailyAqiColumns({
      so2: [10, 10],
      no2: [20, 20],
      co: [0.5, 0.5],
      pm10: [40, 40],
      pm25: [20, 20],
      o3_1h: [null, 900],
      o3_8h: [801, 801],
    })
    // O3 1-hour 900 lies on 800–1000 → IAQI 300–400: 300 + 100·100/200 = 350
    expect(Array.from(r.aqi)).toEqual([Number.NaN, 350])
    expect(Array.from(r.withheldReason, (c) => AQI_WITHHELD_REASONS[c])).toEqual([
      'o3_8hAbove800',
      null,
    ])
    checkDaily(rows, {})
  })

  it('takes NaN as missing and NOT_MEASURED as not measured', () => {
    const r = dailyAqiColumns({ pm25: Float64Array.of(NOT_MEASURED, Number.NaN, 80) })
    expect(Array.from(r.aqi)).toEqual([Number.NaN, Number.NaN, 107])
    // the other columns are absent: missing on every row
    expect(pollutantsOfMask(r.missing[0] as number)).toEqual([
      'so2',
      'no2',
      'co',
      'pm10',
      'pm25',
      'o3_1h',
      'o3_8h',
    ])
    expect(pollutantsOfMask(r.notMeasured[0] as number)).toEqual(['pm25'])
    expect(pollutantsOfMask(r.notMeasured[1] as number)).toEqual([])
    const platform = dailyAqiColumns(
      { pm25: Float64Array.of(NOT_MEASURED) },
      { notMeasured: 'platform' },
    )
    expect(pollutantsOfMask(platform.missing[0] as number)).not.toContain('pm25')
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
        'expected a 24-hour CO concentration of at most 60 mg/m³, got 1200 (implausible: CO is in mg/m³, was it µg/m³? (1200 µg/m³ = 1.2 mg/m³))',
      )
      expect(issues[2]?.message.en).toMatch(/did you mean pm25\?/)
    }
    expect(() => dailyAqiColumns({ pm25: ['12'] as never })).toThrow(
      /expected a non-negative number \(µg\/m³\), got "12"/,
    )
    expect(() => dailyAqiColumns({ pm25: [1, 2], so2: [1] })).toThrow(
      /2 values, as many as the other columns/,
    )
    expect(() => dailyAqiColumns({}, { standrd: 'HJ633-2026' } as never)).toThrow(
      /did you mean standard/,
    )
  })

  it('gives the issue of dailyAqi and realtimeAqi for the same bad value, at [column, row]', () => {
    for (const bad of ['12', -3, Number.POSITIVE_INFINITY, true, 61, 151, 1200]) {
      for (const key of AIR_POLLUTANTS) {
        const input = { [key]: bad }
        const expected = issuesByRow([input], (r) => dailyAqi(r as never))
        expect(issuesOf(() => dailyAqiColumns({ [key]: [bad] } as never))).toEqual(expected)
      }
      for (const key of RT_KEYS) {
        const input = { [key]: bad }
        const expected = issuesByRow([input], (r) => realtimeAqi(r as never))
        expect(issuesOf(() => realtimeAqiColumns({ [key]: [bad] } as never))).toEqual(expected)
      }
    }
    // an unknown column reads as an unknown key of the object functions
    const unknown = issuesOf(() => dailyAqi({ pm2_5: 3 } as never))
    expect(issuesOf(() => dailyAqiColumns({ pm2_5: [3] } as never))).toEqual(unknown)
    // a bad option: the message of the object function, under the batch function's name
    const option = (f: () => unknown) => issuesOf(f)[0]?.message
    expect(option(() => realtimeAqiColumns({}, { so2Above80: 'text' } as never))).toEqual(
      option(() => realtimeAqi({}, { so2Above80: 'text' } as never)),
    )
  })
})

/** The issues of the `InputError` a call throws; none when it returns. */
function issuesOf(f: () => unknown) {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return [...(e as InputError).issues]
  }
  return []
}

/**
 * The issues the object function gives row by row, re-rooted at `[column, row]` as the batch
 * functions report them (an empty list when every row is accepted).
 */
function issuesByRow<R>(rows: readonly R[], f: (r: R) => unknown) {
  const byRow = rows.map((r, i) => {
    try {
      f(r)
      return []
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      return (e as InputError).issues.map((x) => ({ ...x, path: [x.path[0], i] }))
    }
  })
  // the batch functions check column by column, each column row by row
  const keys = [...new Set(byRow.flatMap((l) => l.map((x) => x.path[0])))]
  return keys.flatMap((k) => byRow.flatMap((l) => l.filter((x) => x.path[0] === k)))
}

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
    so2Above800: fc.constantFrom('platform' as const, 'text' as const),
    notMeasured: fc.constantFrom('platform' as const, 'text' as const),
    missingPm10: fc.constantFrom('platform' as const, 'text' as const),
    maxPlausibleCo: fc.constantFrom(30, 150),
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

function checkRealtime(rows: readonly Record<string, Cell>[], options: object) {
  const columns: Record<string, (number | null)[]> = {}
  for (const k of RT_KEYS) columns[k] = rows.map((r) => toColumn(r[k]))
  const batch = realtimeAqiColumns(columns, options)
  rows.forEach((r, i) => {
    const object = realtimeAqi(r as never, options)
    expect(row(batch, i)).toEqual(fields(object))
    expect(batch.options).toEqual(object.options)
  })
}

const rtRow = (v: (max: number) => fc.Arbitrary<Cell>, co: fc.Arbitrary<Cell>) =>
  fc.record({
    so2: v(1200),
    no2: v(4000),
    co,
    o3: v(1400),
    pm10: v(700),
    pm25: v(600),
    o3_8h: v(1000),
    so2_24h: v(3000),
    pm10_24h: v(700),
    pm25_24h: v(600),
  })

describe('realtimeAqiColumns gives row by row what realtimeAqi gives', () => {
  it(
    'on random values, on and off the grid, every option',
    () => {
      const v = (max: number) => fc.oneof(onGrid(max), offGrid(max))
      fc.assert(
        fc.property(
          rtOptions.chain((o) =>
            fc.tuple(
              fc.array(rtRow(v, coAny(o.maxPlausibleCo ?? 150)), { maxLength: 30 }),
              fc.constant(o),
            ),
          ),
          ([rows, o]) => checkRealtime(rows, o),
        ),
        { seed: 20223, numRuns: 300 },
      )
    },
    SLOW,
  )

  it(
    'rejects a 1-hour CO above the bound of the options as realtimeAqi does, row by row',
    () => {
      fc.assert(
        fc.property(
          fc.array(rtRow(onGrid, coGrid(200)), { minLength: 1, maxLength: 30 }),
          rtOptions,
          (rows, o) => {
            const expected = issuesByRow(rows, (r) => realtimeAqi(r, o))
            const columns: Record<string, (number | null)[]> = {}
            for (const k of RT_KEYS) columns[k] = rows.map((r) => toColumn(r[k]))
            expect(issuesOf(() => realtimeAqiColumns(columns, o))).toEqual(expected)
          },
        ),
        { seed: 20225, numRuns: 200 },
      )
    },
    SLOW,
  )

  it('indexes SO2 1-hour above 800 as the platform (200) or by the letter of note (2)', () => {
    const hours = { so2: [966, 966], no2: [20, 20], co: [0.4, 0.4], o3: [50, 50] }
    const columns = { ...hours, pm10: [30, 30], pm25: [15, 15], so2_24h: [90, null] }
    const reasons = (r: AqiColumnsResult) =>
      Array.from(r.withheldReason, (c) => AQI_WITHHELD_REASONS[c])
    const platform = realtimeAqiColumns(columns)
    expect(Array.from(platform.aqi)).toEqual([200, 200])
    expect(platform.options.so2Above800).toBe('platform')
    // SO2 24-hour 90 lies on 50–150 → IAQI 50–100: 50 + 50·40/100 = 70
    const text = realtimeAqiColumns(columns, { so2Above800: 'text' })
    expect(Array.from(text.aqi)).toEqual([70, Number.NaN])
    expect(reasons(text)).toEqual([null, 'so2_1hAbove800'])
    // under HJ 633-2026 note b prescribes 200 and the option changes nothing
    const r2026 = realtimeAqiColumns(columns, { standard: 'HJ633-2026', so2Above800: 'text' })
    expect(Array.from(r2026.aqi)).toEqual([200, 200])
  })
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
