import { describe, expect, it } from 'vitest'
import { assessAirCompliance, summarizeAirPeriod } from '../../../../src/standards/air/index.js'

const allWithin = {
  so2: { mean: 9, percentile: 21 },
  no2: { mean: 39, percentile: 75 },
  pm10: { mean: 70.4, percentile: 140 },
  pm25: { mean: 35.5, percentile: 70 },
  co: { percentile: 1.25 },
  o3_8h: { percentile: 160 },
}

describe('assessAirCompliance', () => {
  it('rounds by GB/T 8170 before comparing, and needs mean and percentile both within limits', () => {
    const r = assessAirCompliance(allWithin)
    // PM10 70.4 → 70 ≤ 70; PM2.5 35.5 → 36 (half to even) > 35; CO 1.25 → 1.2 ≤ 4; O3 160 ≤ 160
    expect(r.pollutants.pm10.compliant).toBe(true)
    expect(r.pollutants.pm25.compliant).toBe(false)
    expect(r.pollutants.pm25.items).toEqual([
      { statistic: 'annualMean', p: null, value: 35.5, published: 36, limit: 35, compliant: false },
      { statistic: 'percentile', p: 95, value: 70, published: 70, limit: 75, compliant: true },
    ])
    expect(r.pollutants.co.items).toEqual([
      { statistic: 'percentile', p: 95, value: 1.25, published: 1.2, limit: 4, compliant: true },
    ])
    expect(r.pollutants.o3_8h.compliant).toBe(true)
    expect(r.compliant).toBe(false)
    expect(r.nonCompliant).toEqual(['pm25'])
    expect(r.edition).toBe('GB3095-2012')
    expect(r.grade).toBe(2)
  })

  it('fails a pollutant whose percentile exceeds even when its mean is within', () => {
    // NO2 P98 80.5 → 80 (even) ≤ 80 within; 81 > 80 not
    expect(
      assessAirCompliance({ ...allWithin, no2: { mean: 30, percentile: 80.5 } }).pollutants.no2
        .compliant,
    ).toBe(true)
    expect(
      assessAirCompliance({ ...allWithin, no2: { mean: 30, percentile: 81 } }).pollutants.no2
        .compliant,
    ).toBe(false)
  })

  it('leaves a verdict open (null) when a statistic is missing and none exceeds', () => {
    const r = assessAirCompliance({ ...allWithin, pm25: { mean: 30 } })
    expect(r.pollutants.pm25.compliant).toBeNull()
    expect(r.pollutants.pm25.items[1]?.compliant).toBeNull()
    expect(r.compliant).toBeNull()
    expect(assessAirCompliance({}).compliant).toBeNull()
  })

  it('judges against the chosen edition and grade', () => {
    const stats = { ...allWithin, pm25: { mean: 28, percentile: 55 } }
    expect(assessAirCompliance(stats).pollutants.pm25.compliant).toBe(true) // 35 / 75
    expect(
      assessAirCompliance(stats, { edition: 'GB3095-2026-transitional' }).pollutants.pm25.compliant,
    ).toBe(true) // 30 / 60
    expect(assessAirCompliance(stats, { edition: 'GB3095-2026' }).pollutants.pm25.compliant).toBe(
      false,
    ) // 25 / 50
    expect(assessAirCompliance(stats, { grade: 1 }).pollutants.pm25.compliant).toBe(false) // 15 / 35
  })

  it('reads the statistics of summarizeAirPeriod directly', () => {
    const day = (date: string, pm25: number) => ({
      date,
      so2: 10,
      no2: 20,
      co: 0.5,
      pm10: 40,
      pm25,
      o3_1h: 80,
      o3_8h: 70,
    })
    const s = summarizeAirPeriod([
      day('2022-01-01', 30),
      day('2022-01-02', 80),
      day('2022-01-03', 20),
    ])
    const r = assessAirCompliance(s.raw.pollutants)
    // PM2.5 mean 130/3 = 43.3 → 43 > 35; P95 = 30 + 50×0.9 = 75 ≤ 75
    expect(r.pollutants.pm25.items.map((i) => [i.published, i.compliant])).toEqual([
      [43, false],
      [75, true],
    ])
    // O3 8-hour P90 of 70, 70, 70 = 70
    expect(r.pollutants.o3_8h.items[0]?.published).toBe(70)
  })

  it('throws a clear error for a bad statistic', () => {
    expect(() => assessAirCompliance({ pm25: { mean: 'abc' } })).toThrow(
      /pm25.*mean|mean[\s\S]*pm25/,
    )
    expect(() => assessAirCompliance({ pm25: { mean: -3 } })).toThrow(/non-negative/)
  })
})
