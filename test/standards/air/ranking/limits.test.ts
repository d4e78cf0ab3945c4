import { describe, expect, it } from 'vitest'
import {
  COMPOSITE_INDEX_LIMITS,
  COMPOSITE_INDEX_POLLUTANTS,
  GB3095_LIMITS,
} from '../../../../src/standards/air/index.js'

describe('COMPOSITE_INDEX_LIMITS', () => {
  it('holds the Sᵢ the ranking rule names for GB 3095-2012: 60, 40, 70, 35, 4 and 160', () => {
    // "PM2.5、PM10、SO2、NO2对应的二级标准年均值分别是35、70、60、40μg/m3，O3、CO对应…160μg/m3、4mg/m3"
    expect(COMPOSITE_INDEX_LIMITS['GB3095-2012'].limits).toEqual({
      so2: 60,
      no2: 40,
      pm10: 70,
      pm25: 35,
      co: 4,
      o3_8h: 160,
    })
  })

  it('holds the GB 3095-2026 values: PM 60 and 30 in the transitional stage, 50/25 and SO2 20, NO2 30 from 2031', () => {
    expect(COMPOSITE_INDEX_LIMITS['GB3095-2026-transitional'].limits).toEqual({
      so2: 60,
      no2: 40,
      pm10: 60,
      pm25: 30,
      co: 4,
      o3_8h: 160,
    })
    expect(COMPOSITE_INDEX_LIMITS['GB3095-2026'].limits).toEqual({
      so2: 20,
      no2: 30,
      pm10: 50,
      pm25: 25,
      co: 4,
      o3_8h: 160,
    })
  })

  it('agrees with the Grade II column of GB 3095 表1 of every edition', () => {
    for (const [edition, table] of Object.entries(COMPOSITE_INDEX_LIMITS)) {
      const t1 = GB3095_LIMITS[edition as keyof typeof GB3095_LIMITS].limits
      expect(table.limits).toEqual({
        so2: t1.so2.annual?.[1],
        no2: t1.no2.annual?.[1],
        pm10: t1.pm10.annual?.[1],
        pm25: t1.pm25.annual?.[1],
        co: t1.co['24h']?.[1],
        o3_8h: t1.o3['8h']?.[1],
      })
      const gb = GB3095_LIMITS[edition as keyof typeof GB3095_LIMITS]
      expect(table.appliesUntil).toBe(gb.appliesUntil)
      // the 2012 limits serve every earlier period too (the rankings of 2013-2015 used them)
      expect(table.appliesFrom).toBe(edition === 'GB3095-2012' ? null : gb.appliesFrom)
    }
  })

  it('names the clause of every value and cannot be edited in place', () => {
    const t = COMPOSITE_INDEX_LIMITS['GB3095-2012']
    for (const p of COMPOSITE_INDEX_POLLUTANTS) expect(t.clauses[p]).toMatch(/^GB 3095-2012 表1 /)
    expect(t.clauses.o3_8h).toContain('日最大8小时平均')
    expect(Object.isFrozen(t.limits)).toBe(true)
    expect(Object.isFrozen(COMPOSITE_INDEX_LIMITS)).toBe(true)
    expect(() => {
      ;(t.limits as { pm25: number }).pm25 = 30
    }).toThrow(TypeError)
  })
})

describe('COMPOSITE_INDEX_POLLUTANTS', () => {
  it('lists the six pollutants in the order of the releases', () => {
    expect(COMPOSITE_INDEX_POLLUTANTS).toEqual(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3_8h'])
  })
})
