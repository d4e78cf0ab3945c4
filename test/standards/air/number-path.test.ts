import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { add, decimal, rational } from '../../../src/_lib/rational.js'
import {
  dailyAqiOfExact,
  dailyAqiOfNumbers,
  exactValues,
  resolveDailyOptions,
} from '../../../src/standards/air/_daily-core.js'
import { actualValue, exactDecimalString } from '../../../src/standards/air/_decimal.js'
import { exactIaqi, numberIaqi, roundConcentration } from '../../../src/standards/air/_exact.js'
import { gridColumn, topNumerator } from '../../../src/standards/air/_grid.js'
import { percentileOfSorted, sortExact } from '../../../src/standards/air/_percentile.js'
import { HJ633_2012_TABLE, HJ633_2026_TABLE } from '../../../src/standards/air/index.js'
import { AqiColumnSchema } from '../../../src/standards/air/indicators.js'
import { pollutantStats } from '../../../src/standards/air/period/_figures.js'

// The number paths (values on the integer grid in doubles, off it through rationals) against
// the exact rational path they replace, on the values where they part: breakpoints and one
// step either side, finer decimals, doubles, -0, values above the tops.
const breakpoints = [
  ...new Set(
    [HJ633_2012_TABLE, HJ633_2026_TABLE].flatMap((t) =>
      Object.values(t.columns).flatMap((c) => [...c]),
    ),
  ),
]
const value = (co: boolean) =>
  fc.oneof(
    fc.constant(null),
    fc.constant(-0),
    fc.integer({ min: 0, max: co ? 60 : 1300 }).map((v) => (co ? v / 10 : v)),
    fc
      .constantFrom(...breakpoints)
      .chain((b) =>
        fc.constantFrom(b, b + (co ? 0.1 : 1), Math.max(0, b - (co ? 0.1 : 1)), b + 0.05, b + 0.5),
      ),
    fc.integer({ min: 0, max: 60_000 }).map((v) => v / (co ? 1000 : 100)),
    fc.double({ min: 0, max: co ? 60 : 1300, noNaN: true }),
  )
const day = fc.record({
  so2: value(false),
  no2: value(false),
  co: value(true),
  pm10: value(false),
  pm25: value(false),
  o3_1h: value(false),
  o3_8h: value(false),
})
const dailyOptions = fc
  .record({
    standard: fc.constantFrom('HJ633-2012' as const, 'HJ633-2026' as const),
    roundConcentrations: fc.boolean(),
    missingIndicators: fc.constantFrom(
      'computeFromOthers' as const,
      'withholdUnlessAbove100' as const,
    ),
  })
  .map((o) => resolveDailyOptions({ ...o, maxPlausibleCo: 1000 }))

describe('the integer grid of the object functions stays below 2^53', () => {
  for (const table of [HJ633_2012_TABLE, HJ633_2026_TABLE]) {
    it(`${table.standard}: the IAQI numerator at the top of every column`, () => {
      for (const column of AqiColumnSchema.options) {
        const n = topNumerator(gridColumn(table, column))
        expect(n).toBeLessThan(2 ** 53)
        expect(n).toBeLessThanOrEqual(570_000)
      }
    })
  }
})

describe('the daily AQI of numbers', () => {
  it('is the exact daily AQI of their decimals, on and off the grid', () => {
    fc.assert(
      fc.property(day, dailyOptions, (d, o) => {
        expect(dailyAqiOfNumbers(d, o)).toEqual(dailyAqiOfExact(exactValues(d), o))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the IAQI of a number', () => {
  it('is the exact IAQI of its decimal on every column of both editions', () => {
    const columnAndValue = fc.constantFrom(...AqiColumnSchema.options).chain((column) =>
      fc.tuple(
        fc.constant(column),
        value(column.startsWith('co_')).filter((v): v is number => v !== null),
      ),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(HJ633_2012_TABLE, HJ633_2026_TABLE),
        columnAndValue,
        fc.boolean(),
        (table, [column, v], round) => {
          const c = decimal(v)
          expect(numberIaqi(table, column, v, round)).toEqual(
            exactIaqi(table, column, round ? roundConcentration(column, c) : c),
          )
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('the period statistics of one pollutant', () => {
  const period = { start: '2022-01-01', end: '2022-12-31' }
  const dates = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
    )
  // the statistics as the rational path forms them
  function reference(co: boolean, values: readonly number[], p: number | null) {
    const precision = co ? 1 : 0
    const exact = values.map((v) => decimal(v))
    let sum = rational(0n)
    for (const v of exact) sum = add(sum, v)
    const n = exact.length
    const m = p === null ? null : percentileOfSorted(sortExact(exact), p)
    return {
      count: n,
      sum: exactDecimalString(sum),
      mean: n > 0 ? actualValue(rational(sum.num, sum.den * BigInt(n)), precision) : null,
      percentile: m === null || p === null ? null : { p, value: actualValue(m, precision) },
    }
  }
  const percentile = fc.oneof(
    fc.constant(null),
    fc.constantFrom(90, 95, 98, 100, 50, 0.5, 99.9, 12.345),
    fc.double({ min: 0.001, max: 100, noNaN: true }),
  )
  for (const key of ['pm25', 'co'] as const) {
    const co = key === 'co'
    it(`${key}: sum, mean and percentile are the rational ones, on and off the grid`, () => {
      fc.assert(
        fc.property(
          fc.array(
            value(co).filter((v): v is number => v !== null),
            { maxLength: 400 },
          ),
          percentile,
          (values, p) => {
            const stats = pollutantStats(key, { dates: dates(values.length), values }, p, period)
            const { validity: _, ...figures } = stats
            expect(figures).toEqual(reference(co, values, p))
          },
        ),
        { numRuns: 400 },
      )
    })
  }
})
