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

  it('uses the SO2 24-hour IAQI when the 1-hour SO2 is above 800 under 2012 (note 2)', () => {
    // SO2 24-hour 300 lies in 150–475 (IAQI 100–150): 100 + 150×50/325 = 123.1 → 124
    const r = realtimeAqi({ ...hour, so2: 900, so2_24h: 300 })
    expect(r.iaqi.so2).toBe(124)
    expect(r.flags.so2_1hAbove800).toBe(true)
    expect(r.primaryPollutants).toEqual(['so2'])
    const without = realtimeAqi({ ...hour, so2: 900 })
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
  })
})
