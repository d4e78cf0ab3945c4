import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as root from '../../../src/index.js'
import * as air from '../../../src/standards/air/index.js'

const AIR_DIR = join(import.meta.dirname, '../../../src/standards/air')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

describe('eco-targets/air', () => {
  it('exports the air API and the GB/T 8170 rounding of the root entry', () => {
    for (const name of [
      'iaqi',
      'dailyAqi',
      'realtimeAqi',
      'aqiCategory',
      'aggregateStationDays',
      'aggregateCityDays',
      'summarizeAirPeriod',
      'percentileHj663',
      'assessAirCompliance',
      'gb3095Limit',
      'isInputError',
    ]) {
      expect(typeof (air as Record<string, unknown>)[name]).toBe('function')
    }
    expect(air.roundGbt8170).toBe(root.roundGbt8170)
    expect(air.formatGbt8170).toBe(root.formatGbt8170)
  })

  it('exports no private helper', () => {
    const exported = Object.keys(air)
    for (const name of [
      'parseAirInput',
      'checkCoPlausible',
      'dailyAqiOfExact',
      'percentileOfSorted',
      'assembleAqiResult',
    ]) {
      expect(exported).not.toContain(name)
    }
  })

  it('imports nothing from the plan or the evaluators', () => {
    for (const file of files(AIR_DIR)) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/from '[^']*\/(plans|evaluate)\//)
    }
  })
})

describe('roundGbt8170 (rounding laws)', () => {
  const tenths = fc.integer({ min: 0, max: 1_000_000 })

  it('is idempotent and monotone, and moves a value by at most half a unit', () => {
    fc.assert(
      fc.property(tenths, tenths, (a, b) => {
        const x = a / 1000
        const y = b / 1000
        const rx = air.roundGbt8170(x, 1)
        expect(air.roundGbt8170(rx, 1)).toBe(rx)
        if (x <= y) expect(rx).toBeLessThanOrEqual(air.roundGbt8170(y, 1))
        // |x − r| ≤ 0.05, checked in integers of 1/1000
        expect(Math.abs(a - Math.round(rx * 1000))).toBeLessThanOrEqual(50)
      }),
    )
  })

  it('sends exact halves to the even neighbour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const r = air.roundGbt8170(`${n}.5`, 0)
        expect(r % 2).toBe(0)
        expect(Math.abs(r - n - 0.5)).toBe(0.5)
      }),
    )
  })
})
