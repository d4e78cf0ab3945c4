import { describe, expect, it } from 'vitest'
import { gridColumn } from '../../../src/standards/air/_grid.js'
import { iaqiSteps } from '../../../src/standards/air/_grid-steps.js'
import { aqiBreakpointTable } from '../../../src/standards/air/index.js'
import type { AqiColumn } from '../../../src/standards/air/indicators.js'
import { referenceIaqi } from '../../_helpers/exact-iaqi.js'

// The per-step IAQI tables that the object and the columnar AQI read on the grid, against the
// tests' own exact IAQI at every step of every column of both editions (the real-time columns too).

describe('the IAQI table of every grid step', () => {
  it('is the exact IAQI at every step of every column of both editions, up to the top', () => {
    for (const standard of ['HJ633-2012', 'HJ633-2026'] as const) {
      const table = aqiBreakpointTable(standard)
      for (const column of Object.keys(table.columns) as AqiColumn[]) {
        const bp = table.columns[column]
        const co = column.startsWith('co_')
        const top = (bp[bp.length - 1] as number) * (co ? 10 : 1)
        const steps = iaqiSteps(gridColumn(table, column))
        expect(steps.length, `${standard} ${column}`).toBe(top + 1)
        for (let p = 0; p <= top; p++) {
          const text = co ? `${Math.floor(p / 10)}.${p % 10}` : String(p)
          const expected = referenceIaqi(bp, table.iaqi, text)
          if (steps[p] !== expected)
            expect(steps[p], `${standard} ${column} ${text}`).toBe(expected)
        }
        // built once per column
        expect(iaqiSteps(gridColumn(table, column))).toBe(steps)
      }
    }
  })
})
