import { describe, expect, it } from 'vitest'
import { CityStandingSchema, evaluateCityRanking } from '../../src/index.js'

// Every IAQI ≤ 50: AQI 40. City B has PM2.5 30 instead of 20, so a larger composite index.
const GOOD = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }

describe('CityStandingSchema', () => {
  it('accepts the standing of a ranked city, of one with a change, and of one listed apart', () => {
    const cities = [
      {
        city: 'A',
        days: [{ date: '2022-06-01', ...GOOD }],
        previous: { days: [{ date: '2021-06-01', ...GOOD, pm25: 25 }] },
      },
      { city: 'B', days: [{ date: '2022-06-01', ...GOOD, pm25: 30 }] },
      { city: 'C', days: [{ date: '2022-06-01', ...GOOD, co: null }] },
    ]
    for (const city of ['A', 'B', 'C']) {
      const standing = evaluateCityRanking(cities, { city, month: '2022-06' })
      const checked = CityStandingSchema.safeParse(standing)
      expect(checked.success ? [] : checked.error.issues.map((i) => i.path.join('.'))).toEqual([])
    }
    expect(evaluateCityRanking(cities, { city: 'B' }).rank).toBe(2)
    expect(evaluateCityRanking(cities, { city: 'C' }).rank).toBeNull()
  })
})
