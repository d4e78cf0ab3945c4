import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { cityDaysOfRows } from '../../../../src/standards/air/_city-rows.js'
import { resolveDailyOptions } from '../../../../src/standards/air/_daily-core.js'
import { parseAirInput } from '../../../../src/standards/air/_input.js'
import {
  type AggregateCityDaysOptions,
  aggregateCityDays,
  type CityDay,
  InputError,
  StationDayInputSchema,
} from '../../../../src/standards/air/index.js'
import { deepFreeze, PARAMS, TIMEOUT } from '../../../properties/_laws.js'

// aggregateCityDays computes a date on the integer grid when every value is on it, and reads
// its input with a cheap check, zod only for input the schema would change or refuse. Both
// are held to the exact path through rationals and zod's reading of every input: the same
// city days, and the same error (class, code, path, message) for bad input.

const CONTEXT = 'aggregateCityDays input'
const KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/** The exact reference: zod reads every input, and every date goes through rationals. */
function exactCityDays(input: unknown, options: AggregateCityDaysOptions = {}): CityDay[] {
  const rows = parseAirInput(z.array(StationDayInputSchema), input, CONTEXT)
  return cityDaysOfRows(
    rows,
    {
      daily: resolveDailyOptions(options),
      excluded: new Set(options.excludeStations ?? []),
      round: options.round ?? true,
      minStations: options.minStations ?? 1,
    },
    CONTEXT,
    true,
  )
}

/** The city days, or the error as plain data (class, message, issues). */
function outcome(call: () => unknown) {
  try {
    return { days: call() }
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    return { error: { name: e.name, message: e.message, issues: e.issues } }
  }
}

// published daily values (integers, CO one decimal), finer decimals, gaps, O3 8-hour above 800
const dailyValue = (key: (typeof KEYS)[number]) =>
  fc.oneof(
    {
      weight: 10,
      arbitrary:
        key === 'co'
          ? fc.integer({ min: 0, max: 200 }).map((v) => v / 10)
          : fc.integer({ min: 0, max: key === 'o3_8h' ? 900 : 700 }),
    },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: key === 'co' ? 6000 : 50_000 }).map((v) => v / 100),
    },
  )
const stationDay = fc.record({
  station: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  date: fc.constantFrom('2022-01-01', '2022-01-02', '2022-02-28', '2021-12-31'),
  ...Object.fromEntries(KEYS.map((k) => [k, dailyValue(k)])),
})
/** Station days with at most one row of a station and date (the order shuffled). */
const stationDays = fc
  .uniqueArray(stationDay, {
    maxLength: 24,
    selector: (d) => `${d.station} ${d.date}`,
  })
  // an absent key, as a caller leaves it out
  .map((days) =>
    days.map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined))),
  )
const options: fc.Arbitrary<AggregateCityDaysOptions> = fc.record(
  {
    round: fc.boolean(),
    minStations: fc.integer({ min: 1, max: 4 }),
    standard: fc.constantFrom('HJ633-2012' as const, 'HJ633-2026' as const),
    missingIndicators: fc.constantFrom(
      'computeFromOthers' as const,
      'withholdUnlessAbove100' as const,
    ),
    roundConcentrations: fc.boolean(),
    excludeStations: fc.subarray(['A', 'C', 'X']),
  },
  { requiredKeys: [] },
)

// a bad value of every kind zod refuses or changes, and values it accepts as they are
const badValue = fc.constantFrom(
  -1,
  -0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '12',
  'notMeasured',
  true,
  {},
  [],
  Number.MAX_VALUE,
  -0,
  200,
  null,
)
const badRow = fc.oneof(
  stationDay.chain((d) =>
    fc
      .record({ key: fc.constantFrom(...KEYS, 'station', 'date'), value: badValue })
      .map(({ key, value }) => ({ ...d, [key]: value })),
  ),
  stationDay.map((d) => ({ ...d, date: '2022-02-29' })),
  stationDay.map((d) => ({ ...d, date: '2022-1-5' })),
  stationDay.map((d) => ({ ...d, station: '' })),
  stationDay.map(({ station: _, ...d }) => d),
  stationDay.map((d) => ({ ...d, extra: 'ignored', PM25: 10 })),
  fc.constantFrom(null, 7, 'A', [], undefined),
)

describe('aggregateCityDays', () => {
  it(
    'gives the city days of the exact path on random station days, on and off the grid',
    () => {
      fc.assert(
        fc.property(stationDays, options, (days, o) => {
          expect(aggregateCityDays(days as never, o)).toEqual(exactCityDays(days, o))
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it(
    'gives the error of the zod check and the exact path for bad input, and changes nothing',
    () => {
      const input = fc
        .tuple(stationDays, fc.array(badRow, { minLength: 1, maxLength: 3 }), fc.nat())
        .map(([good, bad, at]) => {
          const rows: unknown[] = [...good]
          for (const [k, row] of bad.entries()) rows.splice((at + k) % (rows.length + 1), 0, row)
          return rows
        })
      fc.assert(
        fc.property(input, options, (rows, o) => {
          const before = structuredClone(rows)
          const expected = outcome(() => exactCityDays(rows, o))
          const frozen = deepFreeze(rows)
          expect(outcome(() => aggregateCityDays(frozen as never, o))).toEqual(expected)
          expect(rows).toEqual(before)
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it('names a station given twice and a CO above the daily bound as the exact path does', () => {
    const day = { date: '2022-01-05', so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 30 }
    const twice = [
      { ...day, station: 'A' },
      { ...day, station: 'B' },
      { ...day, station: 'A', pm25: 31 },
    ]
    const error = outcome(() => aggregateCityDays(twice))
    expect(error).toEqual(outcome(() => exactCityDays(twice)))
    expect(error.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate', [2, 'station']],
    ])
    // 1,500 mg/m³: µg/m³ given for mg/m³ (the daily bound is 60), at an excluded station too
    const unit = [
      { ...day, station: 'A' },
      { ...day, station: 'BG', co: 1500 },
    ]
    const implausible = outcome(() => aggregateCityDays(unit, { excludeStations: ['BG'] }))
    expect(implausible).toEqual(outcome(() => exactCityDays(unit, { excludeStations: ['BG'] })))
    expect(implausible.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['implausible', [1, 'co']],
    ])
  })

  it('reads a sparse array and a value behind a getter as zod reads them', () => {
    const day = { station: 'A', date: '2022-01-05', pm25: 30 }
    // biome-ignore lint/suspicious/noSparseArray: a hole is what this case is about
    const holes = [day, , { ...day, station: 'B' }]
    expect(outcome(() => aggregateCityDays(holes as never))).toEqual(
      outcome(() => exactCityDays(holes)),
    )
    const getter = {
      station: 'A',
      date: '2022-01-05',
      get pm25() {
        return 41
      },
    }
    expect(aggregateCityDays([getter])).toEqual(exactCityDays([getter]))
    expect(aggregateCityDays([getter])[0]?.pm25).toBe(41)
  })
})
