import { describe, expect, it } from 'vitest'
import {
  GRID_MAX,
  gridColumn,
  gridIaqi,
  quotientText,
  roundHalfEvenDiv,
  topNumerator,
  toSteps,
} from '../../../../src/standards/air/engine/_grid.js'
import {
  HJ633_2012_TABLE,
  HJ633_2026_TABLE,
  MAX_PLAUSIBLE_CO,
} from '../../../../src/standards/air/index.js'
import { AqiColumnSchema } from '../../../../src/standards/air/indicators.js'
import { referenceIaqi } from '../../../_helpers/exact-iaqi.js'

const SAFE = 2 ** 53

describe('the integer grid stays below 2^53', () => {
  for (const table of [HJ633_2012_TABLE, HJ633_2026_TABLE]) {
    for (const column of AqiColumnSchema.options) {
      it(`${table.standard} ${column}: the IAQI numerator at the top breakpoint`, () => {
        const col = gridColumn(table, column)
        const top = col.bp[col.bp.length - 1] as number
        const n = topNumerator(col)
        // the numerator (I_hi − I_lo)(p − BP_lo) + I_lo·span at p = top is the largest formed
        expect(n).toBeLessThan(SAFE)
        expect(n).toBeLessThanOrEqual(570_000)
        const breakpoints = table.columns[column]
        const steps = col.steps
        const text = steps === 10 ? (top / 10).toFixed(1) : String(top)
        // at the top the IAQI is the table's top IAQI, as the independent reference says
        expect(gridIaqi(col, top)).toBe(referenceIaqi(breakpoints, table.iaqi, text))
        expect(gridIaqi(col, top)).toBe(table.iaqi[breakpoints.length - 1])
        // one step below the top, still exact
        const below = steps === 10 ? ((top - 1) / 10).toFixed(1) : String(top - 1)
        expect(gridIaqi(col, top - 1)).toBe(referenceIaqi(breakpoints, table.iaqi, below))
      })
    }
  }

  it('puts the largest accepted CO on the grid, with its sums far below 2^53', () => {
    const p = toSteps(MAX_PLAUSIBLE_CO, 10)
    expect(p).toBe(1500)
    // a year of hourly CO at the bound, summed in tenths
    expect(p * 8784).toBeLessThan(SAFE)
    // the largest grid value and a sum of 2^21 of them
    expect(GRID_MAX * 2 ** 21).toBeLessThan(SAFE)
    expect(toSteps(GRID_MAX / 10, 10)).toBe(GRID_MAX)
    expect(toSteps(GRID_MAX / 10 + 0.1, 10)).toBe(-1)
  })

  it('reads a value as the decimal it prints as, or keeps it off the grid', () => {
    expect(toSteps(2.2, 10)).toBe(22)
    expect(toSteps(0.1 + 0.2, 10)).toBe(-1) // 0.30000000000000004 is not 0.3
    expect(toSteps(35.5, 1)).toBe(-1)
    expect(toSteps(-1, 1)).toBe(-1)
    expect(toSteps(Number.NaN, 10)).toBe(-1)
  })

  it('rounds quotients half to even and writes them like the exact path', () => {
    // 71/2 = 35.5 → 36; 73/2 = 36.5 → 36; 851/24 = 35.458… → 35
    expect([roundHalfEvenDiv(71, 2), roundHalfEvenDiv(73, 2), roundHalfEvenDiv(851, 24)]).toEqual([
      36, 36, 35,
    ])
    expect(quotientText(851, 24)).toBe('35.4583333333')
    expect(quotientText(2, 3)).toBe('0.6666666667')
    expect(quotientText(10, 8)).toBe('1.25')
    expect(quotientText(48, 24)).toBe('2')
  })
})
