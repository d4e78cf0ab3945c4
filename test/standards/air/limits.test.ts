import { describe, expect, it } from 'vitest'
import { GB3095_LIMITS, gb3095Limit } from '../../../src/standards/air/index.js'

describe('GB3095_LIMITS', () => {
  it('holds GB 3095-2026 表1, transitional and final columns, as read in the standard', () => {
    // [pollutant, averaging, transitional I, II, final I, II]
    const rows = [
      ['so2', 'annual', 20, 60, 20, 20],
      ['so2', '24h', 50, 150, 50, 50],
      ['so2', '1h', 150, 500, 150, 150],
      ['no2', 'annual', 40, 40, 30, 30],
      ['no2', '24h', 80, 80, 50, 50],
      ['no2', '1h', 200, 200, 200, 200],
      ['co', '24h', 4, 4, 4, 4],
      ['co', '1h', 10, 10, 10, 10],
      ['o3', '8h', 100, 160, 100, 160],
      ['o3', '1h', 160, 200, 160, 200],
      ['pm10', 'annual', 40, 60, 20, 50],
      ['pm10', '24h', 50, 120, 50, 100],
      ['pm25', 'annual', 15, 30, 10, 25],
      ['pm25', '24h', 35, 60, 25, 50],
    ] as const
    for (const [p, avg, t1, t2, f1, f2] of rows) {
      expect(GB3095_LIMITS['GB3095-2026-transitional'].limits[p][avg]).toEqual([t1, t2])
      expect(GB3095_LIMITS['GB3095-2026'].limits[p][avg]).toEqual([f1, f2])
    }
  })

  it('holds GB 3095-2012 表1, equal to the 2026 transitional limits except for PM', () => {
    const y2012 = GB3095_LIMITS['GB3095-2012'].limits
    expect(y2012.pm10).toEqual({ annual: [40, 70], '24h': [50, 150] })
    expect(y2012.pm25).toEqual({ annual: [15, 35], '24h': [35, 75] })
    const { pm10: _a, pm25: _b, ...rest2012 } = y2012
    const {
      pm10: _c,
      pm25: _d,
      ...restTransitional
    } = GB3095_LIMITS['GB3095-2026-transitional'].limits
    expect(rest2012).toEqual(restTransitional)
    expect(Object.isFrozen(y2012.pm25.annual)).toBe(true)
  })
})

describe('gb3095Limit', () => {
  it('returns Grade II of GB 3095-2012 by default', () => {
    expect(gb3095Limit('pm25', 'annual')).toBe(35)
    expect(gb3095Limit('pm25', '24h')).toBe(75)
    expect(gb3095Limit('o3', '8h')).toBe(160)
    expect(gb3095Limit('o3', '8h', { grade: 1 })).toBe(100)
    expect(gb3095Limit('pm10', '24h', { edition: 'GB3095-2026' })).toBe(100)
  })

  it('throws when the standard sets no such limit', () => {
    expect(() => gb3095Limit('co', 'annual')).toThrow(/GB3095-2012 sets no annual limit for co/)
  })
})
