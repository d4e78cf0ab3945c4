import { describe, expect, it } from 'vitest'
import { airDailyObservationsFromCityDays } from '../../src/evaluate/air-observations.js'
import { ObservationSchema } from '../../src/index.js'
import { aggregateCityDays } from '../../src/standards/air/index.js'

describe('airDailyObservationsFromCityDays', () => {
  const cityDays = aggregateCityDays([
    {
      station: 'A',
      date: '2022-01-01',
      so2: 10,
      no2: 20,
      co: 0.5,
      pm10: 40,
      pm25: 30,
      o3_1h: 80,
      o3_8h: 70,
    },
    {
      station: 'B',
      date: '2022-01-01',
      so2: 12,
      no2: 24,
      co: 0.7,
      pm10: 50,
      pm25: 41,
      o3_1h: 90,
      o3_8h: 72,
    },
    {
      station: 'A',
      date: '2022-01-02',
      so2: 8,
      no2: null,
      co: 0.4,
      pm10: 35,
      pm25: 20,
      o3_1h: 85,
      o3_8h: 75,
    },
  ])

  it('carries the city means as published: (30 + 41) / 2 = 35.5 → 36, CO (0.5 + 0.7) / 2 = 0.6', () => {
    const [first] = airDailyObservationsFromCityDays(cityDays)
    expect(first).toEqual({
      kind: 'airDaily',
      date: '2022-01-01',
      scope: 'central-city',
      so2: 11,
      no2: 22,
      co: 0.6,
      pm10: 45,
      pm25: 36,
      o3_1h: 85,
      o3_8h: 71,
    })
  })

  it('keeps a pollutant without valid station values as null, and takes a scope', () => {
    const [, second] = airDailyObservationsFromCityDays(cityDays, { scope: 'county-a' })
    expect(second).toMatchObject({ date: '2022-01-02', no2: null, scope: 'county-a' })
  })

  it('gives observations the plan evaluator accepts', () => {
    for (const o of airDailyObservationsFromCityDays(cityDays))
      expect(ObservationSchema.safeParse(o).success).toBe(true)
  })
})
