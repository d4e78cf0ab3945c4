import { describe, expect, it } from 'vitest'
import { aggregateCityDays } from '../../../src/standards/air/index.js'

const base = { date: '2022-01-05', so2: 10, no2: 20, co: 0.5, pm10: 40, o3_1h: 80, o3_8h: 60 }

describe('aggregateCityDays', () => {
  it('averages the valid station values and computes the city AQI from the rounded means', () => {
    // PM2.5 (75 + 76)/2 = 75.5 → 76 (half to even) → 100 + 1×50/40 = 101.25 → 102
    const [city] = aggregateCityDays([
      { ...base, station: 'A', pm25: 75 },
      { ...base, station: 'B', pm25: 76 },
      { ...base, station: 'C', pm25: null },
    ])
    expect(city?.pm25).toBe(76)
    expect(city?.exact.pm25).toBe('75.5')
    expect(city?.stations.pm25).toBe(2)
    expect(city?.stations.so2).toBe(3)
    expect(city?.aqi.aqi).toBe(102)
    expect(city?.aqi.primaryPollutants).toEqual(['pm25'])
    // unrounded: 75.5 → 100.625 → 101
    expect(
      aggregateCityDays(
        [
          { ...base, station: 'A', pm25: 75 },
          { ...base, station: 'B', pm25: 76 },
        ],
        { round: false },
      )[0]?.aqi.aqi,
    ).toBe(101)
  })

  it('rounds CO to one decimal, half to even', () => {
    // (0.4 + 0.5)/2 = 0.45 → 0.4; (0.5 + 0.6)/2 = 0.55 → 0.6
    const pair = (a: number, b: number) => [
      { ...base, station: 'A', pm25: 20, co: a },
      { ...base, station: 'B', pm25: 20, co: b },
    ]
    expect(aggregateCityDays(pair(0.4, 0.5))[0]?.co).toBe(0.4)
    expect(aggregateCityDays(pair(0.5, 0.6))[0]?.co).toBe(0.6)
  })

  it('leaves out excluded stations and enforces a minimum number of stations', () => {
    const rows = [
      { ...base, station: 'A', pm25: 20 },
      { ...base, station: 'BG', pm25: 5 },
    ]
    expect(aggregateCityDays(rows)[0]?.exact.pm25).toBe('12.5')
    expect(aggregateCityDays(rows, { excludeStations: ['BG'] })[0]?.pm25).toBe(20)
    const sparse = aggregateCityDays(
      [
        { ...base, station: 'A', pm25: 20 },
        { ...base, station: 'B', pm25: null },
      ],
      { minStations: 2 },
    )
    expect(sparse[0]?.pm25).toBeNull()
    expect(sparse[0]?.so2).toBe(10)
    expect(sparse[0]?.aqi.flags.missing).toEqual(['pm25'])
  })

  it('sorts by date and passes the AQI options on', () => {
    const r = aggregateCityDays(
      [
        { ...base, date: '2022-01-06', station: 'A', pm25: 70 },
        { ...base, date: '2022-01-05', station: 'A', pm25: 70 },
      ],
      { standard: 'HJ633-2026' },
    )
    expect(r.map((d) => d.date)).toEqual(['2022-01-05', '2022-01-06'])
    // 2026: PM2.5 70 → 100 + 10×50/55 = 109.1 → 110
    expect(r[0]?.aqi.aqi).toBe(110)
    expect(r[0]?.aqi.standard).toBe('HJ633-2026')
  })

  it('rejects a station given twice for a day', () => {
    expect(() =>
      aggregateCityDays([
        { ...base, station: 'A', pm25: 1 },
        { ...base, station: 'A', pm25: 2 },
      ]),
    ).toThrow(/station A is given twice for 2022-01-05[\s\S]*at \[1\]/)
    expect(() => aggregateCityDays([{ ...base, station: 'A', pm25: 1, co: 700 }])).toThrow(
      /implausible/,
    )
  })
})
