import { describe, expect, it } from 'vitest'
import { realtimeAqi } from '../../../src/standards/air/index.js'

const hour = { so2: 10, no2: 40, co: 0.5, o3: 60, pm10: 40, pm25: 20 }

describe('realtimeAqi', () => {
  it('indexes 1-hour SO2, NO2, CO and O3 on their 1-hour columns and PM on the 24-hour columns', () => {
    // SO2 10 → 10×50/150 = 3.3 → 4; NO2 40 → 20; CO 0.5 → 5; O3 60 → 18.75 → 19;
    // PM10 40 → 40; PM2.5 20 → 28.6 → 29
    const r = realtimeAqi(hour)
    expect(r.iaqi).toEqual({ so2: 4, no2: 20, co: 5, o3_1h: 19, pm10: 40, pm25: 29 })
    expect(r.aqi).toBe(40)
    expect(r.report).toBe('realtime')
    expect(r.options).toMatchObject({ pmBasis: '1h', countO3_8h: false })
  })

  it('counts SO2 1-hour above 800 as 200 by default, as the national platform publishes', () => {
    // a station-hour with SO2 966 and everything else low: published 200. Others: NO2 20 → 10,
    // CO 0.4 → 4, O3 50 → 15.6 → 16, PM10 30 → 30, PM2.5 15 → 21.4 → 22
    const high = { so2: 966, no2: 20, co: 0.4, o3: 50, pm10: 30, pm25: 15 }
    const r = realtimeAqi(high)
    expect(r.iaqi.so2).toBe(200)
    expect(r.aqi).toBe(200)
    expect(r.primaryPollutants).toEqual(['so2'])
    expect(r.category?.name.zh).toBe('中度污染')
    expect(r.flags.so2_1hAbove800).toBe(true)
    expect(r.flags.withheld).toBe(false)
    expect(r.options).toMatchObject({ so2Above800: 'platform' })
    // with a 24-hour value too: still 200 (the 24-hour value is not used)
    expect(realtimeAqi({ ...high, so2_24h: 90 }).aqi).toBe(200)
    // at 800 the value is on the 1-hour column: 200 as well
    expect(realtimeAqi({ ...high, so2: 800 }).iaqi.so2).toBe(200)
  })

  it('withholds the AQI when SO2 1-hour is above 800 and there is no SO2 24-hour value, by the text', () => {
    const high = { so2: 966, no2: 20, co: 0.4, o3: 50, pm10: 30, pm25: 15 }
    // note (2): SO2 24-hour 90 → 50 + 40×50/100 = 70
    expect(realtimeAqi({ ...high, so2_24h: 90 }, { so2Above800: 'text' }).aqi).toBe(70)
    const r = realtimeAqi(high, { so2Above800: 'text' })
    expect(r.aqi).toBeNull()
    expect(r.category).toBeNull()
    expect(r.flags).toMatchObject({ withheld: true, withheldReason: 'so2_1hAbove800' })
    // the printf case: SO2 900, PM2.5 20, nothing else: never 29 "Excellent"
    expect(realtimeAqi({ so2: 900, pm25: 20 }, { so2Above800: 'text' }).aqi).toBeNull()
    expect(realtimeAqi({ so2: 900, pm25: 20 }).aqi).toBe(200)
  })

  it('uses the SO2 24-hour IAQI when the 1-hour SO2 is above 800 under 2012 (note 2)', () => {
    // SO2 24-hour 300 lies in 150–475 (IAQI 100–150): 100 + 150×50/325 = 123.1 → 124
    const text = { so2Above800: 'text' } as const
    const r = realtimeAqi({ ...hour, so2: 900, so2_24h: 300 }, text)
    expect(r.iaqi.so2).toBe(124)
    expect(r.flags.so2_1hAbove800).toBe(true)
    expect(r.primaryPollutants).toEqual(['so2'])
    const without = realtimeAqi({ ...hour, so2: 900 }, text)
    expect(without.iaqi.so2).toBeNull()
    expect(without.flags.missing).toEqual(['so2'])
    // 2026 note b: 200
    const r2026 = realtimeAqi({ ...hour, so2: 900 }, { standard: 'HJ633-2026' })
    expect(r2026.iaqi.so2).toBe(200)
    expect(r2026.flags.so2_1hAbove800).toBe(true)
  })

  it('can index the PM 24-hour moving means instead (pmBasis "24h")', () => {
    // 1-hour PM2.5 100 → 100 + 25×50/40 = 131.25 → 132; 24-hour 50 → 50 + 15×50/40 = 68.75 → 69
    expect(realtimeAqi({ ...hour, pm25: 100, pm25_24h: 50 }).iaqi.pm25).toBe(132)
    const r = realtimeAqi({ ...hour, pm25: 100, pm25_24h: 50, pm10_24h: 40 }, { pmBasis: '24h' })
    expect(r.iaqi.pm25).toBe(69)
    expect(r.iaqi.pm10).toBe(40)
    expect(realtimeAqi(hour, { pmBasis: '24h' }).flags.missing).toEqual(['pm10', 'pm25'])
  })

  it('counts the O3 8-hour moving mean only when asked, with the > 800 rules', () => {
    // O3-8h 200 → 100 + 40×50/55 = 136.4 → 137
    expect(realtimeAqi({ ...hour, o3_8h: 200 }).iaqi).not.toHaveProperty('o3_8h')
    expect(realtimeAqi({ ...hour, o3_8h: 200 }).aqi).toBe(40)
    const counted = realtimeAqi({ ...hour, o3_8h: 200 }, { countO3_8h: true })
    expect(counted.iaqi.o3_8h).toBe(137)
    expect(counted.aqi).toBe(137)
    expect(counted.primaryPollutants).toEqual(['o3_8h'])
    const over = realtimeAqi({ ...hour, o3_8h: 900 }, { countO3_8h: true })
    expect(over.iaqi.o3_8h).toBeNull()
    expect(over.flags.o3_8hAbove800).toBe(true)
    // note (3): O3 by its 1-hour IAQI; without the hour's O3 the AQI is withheld
    const { o3: _, ...noO3 } = hour
    const blind = realtimeAqi({ ...noO3, o3_8h: 900 }, { countO3_8h: true })
    expect(blind.aqi).toBeNull()
    expect(blind.flags.withheldReason).toBe('o3_8hAbove800')
    expect(
      realtimeAqi({ ...hour, o3_8h: 900 }, { countO3_8h: true, standard: 'HJ633-2026' }).aqi,
    ).toBe(300)
    expect(realtimeAqi(hour, { countO3_8h: true }).flags.missing).toEqual(['o3_8h'])
  })

  it('rounds the hour’s values first under 2026 and caps above the table', () => {
    // PM2.5 4.9 → 5 → 5×50/35 = 7.1 → 8 under 2026; 4.9 → 7 exactly under 2012
    const low = { so2: 0, no2: 0, co: 0, o3: 0, pm10: 0, pm25: 4.9 }
    expect(realtimeAqi(low, { standard: 'HJ633-2026' }).iaqi.pm25).toBe(8)
    expect(realtimeAqi(low).iaqi.pm25).toBe(7)
    const high = realtimeAqi({ ...hour, no2: 4000 })
    expect(high.aqi).toBe(500)
    expect(high.flags.capped).toEqual(['no2'])
  })

  it('throws a clear error for bad input', () => {
    expect(() => realtimeAqi({ ...hour, o3: -5 })).toThrow(/non-negative[\s\S]*at o3/)
    expect(() => realtimeAqi({ ...hour, co: 1200 })).toThrow(/implausible/)
    // 1-hour CO is bounded by the top of the 1-hour column, 150 mg/m³: 120 → 400 + 0 = 400
    expect(realtimeAqi({ ...hour, co: 120 }).iaqi.co).toBe(400)
    expect(realtimeAqi({ ...hour, co: 150 }).iaqi.co).toBe(500)
    expect(() => realtimeAqi({ ...hour, co: 150.1 })).toThrow(
      /1-hour CO concentration of at most 150 mg\/m³[\s\S]*at co/,
    )
  })

  it('reads options once per distinct set, and still rejects a bad value after a good one', () => {
    const o = { standard: 'HJ633-2026' as const, missingPm10: 'text' as const }
    const first = realtimeAqi({ ...hour, pm10: null }, o)
    expect(realtimeAqi({ ...hour, pm10: null }, { ...o })).toEqual(first)
    expect(first.aqi).toBeNull()
    expect(() => realtimeAqi(hour, { ...o, missingPm10: 'txt' as never })).toThrow(/missingPm10/)
    expect(() => realtimeAqi(hour, { ...o, pmBasis: '2h' as never })).toThrow(/pmBasis/)
  })
})
