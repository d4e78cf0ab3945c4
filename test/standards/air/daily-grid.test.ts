import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DAILY_COLUMNS,
  dailyAqiOfExact,
  exactValues,
  resolveDailyOptions,
} from '../../../src/standards/air/_daily-core.js'
import { dailyAqiOnGrid } from '../../../src/standards/air/_daily-grid.js'
import { aqiBreakpointTable, dailyAqi } from '../../../src/standards/air/index.js'
import { referenceIaqi } from '../../_helpers/exact-iaqi.js'
import { PARAMS, TIMEOUT } from '../../properties/_laws.js'

// The one-pass daily AQI of published values (every value missing or on the integer grid at or
// below its column's top) against the exact rational path and the tests' own exact IAQI.

const EDITIONS = ['HJ633-2012', 'HJ633-2026'] as const
const POLICIES = ['computeFromOthers', 'withholdUnlessAbove100'] as const

const tops = (standard: (typeof EDITIONS)[number]) => {
  const table = aqiBreakpointTable(standard)
  return DAILY_COLUMNS[standard].map(([key, column]) => {
    const bp = table.columns[column]
    return { key, column, bp, top: bp[bp.length - 1] as number, co: key === 'co' }
  })
}

describe('the daily AQI of values on the grid', () => {
  it('is the exact IAQI at every step of every daily column, up to the top', () => {
    for (const standard of EDITIONS) {
      const table = aqiBreakpointTable(standard)
      const options = resolveDailyOptions({ standard })
      for (const { key, column, top, co } of tops(standard)) {
        const steps = co ? top * 10 : top
        for (let p = 0; p <= steps; p++) {
          const value = co ? p / 10 : p
          const r = dailyAqiOnGrid({ [key]: value }, options)
          const expected = referenceIaqi(table.columns[column], table.iaqi, String(value))
          expect(r?.iaqi[key], `${standard} ${key} ${value}`).toBe(expected)
        }
        // one step above the top is not on this path
        expect(dailyAqiOnGrid({ [key]: co ? top + 0.1 : top + 1 }, options)).toBeNull()
      }
    }
  })

  it(
    'gives the result of the rational path for any day of grid values, missing ones too',
    () => {
      const day = (standard: (typeof EDITIONS)[number]) =>
        fc.record(
          Object.fromEntries(
            tops(standard).map(({ key, top, co }) => [
              key,
              fc.oneof(
                { weight: 6, arbitrary: fc.integer({ min: 0, max: co ? top * 10 : top }) },
                { weight: 1, arbitrary: fc.constantFrom(null, undefined, -0) },
              ),
            ]),
          ),
          { requiredKeys: [] },
        )
      const arb = fc
        .tuple(fc.constantFrom(...EDITIONS), fc.constantFrom(...POLICIES), fc.boolean())
        .chain(([standard, missingIndicators, roundConcentrations]) =>
          fc.tuple(
            fc.constant({ standard, missingIndicators, roundConcentrations }),
            day(standard).map((d) => {
              const out: Record<string, number | null | undefined> = {}
              for (const [k, v] of Object.entries(d)) {
                out[k] = k === 'co' && typeof v === 'number' ? v / 10 : (v as number | null)
              }
              return out
            }),
          ),
        )
      fc.assert(
        fc.property(arb, ([opts, input]) => {
          const options = resolveDailyOptions(opts)
          const fast = dailyAqiOnGrid(input, options)
          expect(fast).not.toBeNull()
          expect(fast).toEqual(dailyAqiOfExact(exactValues(input), options))
          expect(JSON.stringify(fast)).toBe(
            JSON.stringify(dailyAqiOfExact(exactValues(input), options)),
          )
        }),
        PARAMS,
      )
    },
    TIMEOUT,
  )

  it('leaves everything else to the other paths', () => {
    const options = resolveDailyOptions()
    for (const input of [
      null,
      [],
      { pm25: 35.5 },
      { pm25: -1 },
      { pm25: '80' },
      { pm25: Number.NaN },
      { co: 1.25 },
      { co: 61 },
      { o3_8h: 801 },
      { PM25: 80 },
      Object.create({ pm2_5: 3 }),
    ]) {
      expect(dailyAqiOnGrid(input, options), JSON.stringify(input)).toBeNull()
    }
    expect(dailyAqiOnGrid({ co: 9 }, resolveDailyOptions({ maxPlausibleCo: 8 }))).toBeNull()
    // and dailyAqi still gives their results and errors
    expect(dailyAqi({ pm25: 35.5 }).iaqi.pm25).toBe(51)
    expect(() => dailyAqi({ co: 9 }, { maxPlausibleCo: 8 })).toThrow(/at most 8 mg/)
  })
})
