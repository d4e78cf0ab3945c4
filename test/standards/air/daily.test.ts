import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AIR_POLLUTANTS, dailyAqi, InputError } from '../../../src/standards/air/index.js'

const clean = { so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 80, o3_8h: 60 }

describe('dailyAqi', () => {
  it('returns every IAQI, the AQI, primary and exceeding pollutants and the category', () => {
    // SO2 22 → 22; NO2 48 → 50 + 8×50/40 = 60; CO 1.4 → 35; PM10 104 → 50 + 54×50/100 = 77;
    // PM2.5 76 → 100 + 1×50/40 = 101.25 → 102; O3 36 → 11.25 → 12; O3-8h 28 → 14
    const r = dailyAqi({ so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 })
    expect(r.iaqi).toEqual({ so2: 22, no2: 60, co: 35, pm10: 77, pm25: 102, o3_1h: 12, o3_8h: 14 })
    expect(r.aqi).toBe(102)
    expect(r.primaryPollutants).toEqual(['pm25'])
    expect(r.exceedingPollutants).toEqual(['pm25'])
    expect(r.category?.level).toBe(3)
    expect(r.category?.color.hex).toBe('#FF7E00')
    expect(r.report).toBe('daily')
    expect(r.standard).toBe('HJ633-2012')
    expect(r.options).toEqual({
      roundConcentrations: false,
      missingIndicators: 'computeFromOthers',
      notMeasured: 'text',
    })
    expect(r.flags).toEqual({
      capped: [],
      o3_8hAbove800: false,
      so2_1hAbove800: false,
      missing: [],
      notMeasured: [],
      withheld: false,
      withheldReason: null,
    })
  })

  it('lists tied primary pollutants and none when AQI ≤ 50', () => {
    // PM10 150 → 100 and PM2.5 75 → 100: both primary, neither exceeding (IAQI > 100 only)
    const tie = dailyAqi({ ...clean, pm10: 150, pm25: 75 })
    expect(tie.aqi).toBe(100)
    expect(tie.primaryPollutants).toEqual(['pm10', 'pm25'])
    expect(tie.exceedingPollutants).toEqual([])
    // all IAQIs ≤ 50: AQI 50 (PM10 50), no primary pollutant (§3.3)
    const low = dailyAqi({ ...clean, pm10: 50 })
    expect(low.aqi).toBe(50)
    expect(low.primaryPollutants).toEqual([])
  })

  it('drops the O3 8-hour IAQI above 800 under 2012 and counts it 300 under 2026', () => {
    // 2012 note (3): O3 is reported by its 1-hour IAQI: 500 → 200 + 100×100/400 = 225
    const r2012 = dailyAqi({ ...clean, o3_1h: 500, o3_8h: 850 })
    expect(r2012.iaqi.o3_8h).toBeNull()
    expect(r2012.iaqi.o3_1h).toBe(225)
    expect(r2012.aqi).toBe(225)
    expect(r2012.primaryPollutants).toEqual(['o3_1h'])
    expect(r2012.flags.o3_8hAbove800).toBe(true)
    expect(r2012.flags.missing).toEqual([])
    // 2026 note c: 300; the O3 1-hour maximum is not a 2026 daily indicator
    const r2026 = dailyAqi({ ...clean, o3_1h: 500, o3_8h: 850 }, { standard: 'HJ633-2026' })
    expect(r2026.aqi).toBe(300)
    expect(r2026.primaryPollutants).toEqual(['o3_8h'])
    expect(r2026.iaqi).not.toHaveProperty('o3_1h')
    expect(r2026.exceedingPollutants).toBeNull()
  })

  it('withholds the AQI under 2012 when O3 8-hour is above 800 and there is no O3 1-hour value', () => {
    // note (3) sends O3 to its 1-hour IAQI; without it the AQI is unknown (it was 43, 优)
    const day = { so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 30 }
    const r = dailyAqi({ ...day, o3_8h: 801 })
    expect(r.aqi).toBeNull()
    expect(r.category).toBeNull()
    expect(r.primaryPollutants).toEqual([])
    expect(r.flags).toMatchObject({
      o3_8hAbove800: true,
      withheld: true,
      withheldReason: 'o3_8hAbove800',
    })
    // at 800 the value is on the table: 300
    expect(dailyAqi({ ...day, o3_8h: 800 }).aqi).toBe(300)
    // with the 1-hour value: 900 → 300 + 100×100/200 = 350
    expect(dailyAqi({ ...day, o3_1h: 900, o3_8h: 801 }).aqi).toBe(350)
    // under 2026 note c counts it 300, with or without the 1-hour value
    const r2026 = dailyAqi({ ...day, o3_8h: 801 }, { standard: 'HJ633-2026' })
    expect(r2026.aqi).toBe(300)
    expect(r2026.flags.withheldReason).toBeNull()
  })

  it('caps above the table at 500 and flags it', () => {
    const r = dailyAqi({ ...clean, pm25: 600 })
    expect(r.aqi).toBe(500)
    expect(r.flags.capped).toEqual(['pm25'])
    expect(r.category?.name.zh).toBe('严重污染')
  })

  it('flags missing indicators and computes from the others under 2012', () => {
    const r = dailyAqi({ ...clean, pm25: null, o3_1h: undefined })
    expect(r.flags.missing).toEqual(['pm25', 'o3_1h'])
    expect(r.iaqi.pm25).toBeNull()
    expect(r.aqi).toBe(40) // PM10 40 → 40
    expect(dailyAqi({}).aqi).toBeNull()
    expect(dailyAqi({}).category).toBeNull()
  })

  it('withholds the AQI under 2026 when an indicator is missing and AQI ≤ 100 (§5.3.1)', () => {
    const withheld = dailyAqi({ ...clean, pm25: null }, { standard: 'HJ633-2026' })
    expect(withheld.aqi).toBeNull()
    expect(withheld.flags.withheld).toBe(true)
    expect(withheld.primaryPollutants).toEqual([])
    // PM10 200 under 2026: 100 + 80×50/130 = 130.8 → 131 > 100, so it is published
    const published = dailyAqi({ ...clean, pm25: null, pm10: 200 }, { standard: 'HJ633-2026' })
    expect(published.aqi).toBe(131)
    expect(published.flags.withheld).toBe(false)
    // and the 2012 behaviour on request
    const computed = dailyAqi(
      { ...clean, pm25: null },
      { standard: 'HJ633-2026', missingIndicators: 'computeFromOthers' },
    )
    expect(computed.aqi).toBe(40)
  })

  it('rounds concentrations by GB/T 8170 first under 2026', () => {
    // PM2.5 34.5 → 34 → 48.6 → 49 under 2026; 34.5 → 49.3 → 50 under 2012
    const input = { ...clean, pm10: 10, o3_1h: 10, o3_8h: 10, pm25: 34.5 }
    expect(dailyAqi(input, { standard: 'HJ633-2026' }).aqi).toBe(49)
    expect(dailyAqi(input).aqi).toBe(50)
  })

  it('equals the largest IAQI, and its primary pollutants are exactly the largest (property)', () => {
    const conc = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1300 }))
    fc.assert(
      fc.property(
        conc,
        conc,
        fc.integer({ min: 0, max: 600 }),
        conc,
        conc,
        conc,
        conc,
        (so2, no2, co10, pm10, pm25, o3_1h, o3_8h) => {
          const r = dailyAqi({ so2, no2, co: co10 / 10, pm10, pm25, o3_1h, o3_8h })
          const values = AIR_POLLUTANTS.map((k) => r.iaqi[k]).filter(
            (v): v is number => typeof v === 'number',
          )
          const max = values.length === 0 ? null : Math.max(...values)
          // 2012 note (3) without the O3 1-hour value: the AQI cannot be known, so it is withheld
          const unknown = o3_8h !== null && o3_8h > 800 && o3_1h === null
          expect(r.flags.withheldReason).toBe(unknown ? 'o3_8hAbove800' : null)
          if (unknown) {
            expect(r.aqi).toBeNull()
            return
          }
          expect(r.aqi).toBe(max)
          const argmax = AIR_POLLUTANTS.filter((k) => r.iaqi[k] === max)
          expect(r.primaryPollutants).toEqual(max !== null && max > 50 ? argmax : [])
          expect(r.exceedingPollutants).toEqual(
            AIR_POLLUTANTS.filter((k) => (r.iaqi[k] ?? 0) > 100),
          )
        },
      ),
      { numRuns: 500 },
    )
  })

  it.each([
    [{ pm25: -1 }, /non-negative number \(µg\/m³\), got -1[\s\S]*at pm25/],
    [{ no2: Number.NaN }, /got NaN[\s\S]*at no2/],
    [{ so2: Number.POSITIVE_INFINITY }, /got Infinity[\s\S]*at so2/],
    [{ pm10: '80' }, /got "80"[\s\S]*at pm10/],
    [{ co: 850 }, /got 850 \(implausible[\s\S]*850 µg\/m³ = 0.85 mg\/m³/],
  ])('throws a clear error for %o', (input, message) => {
    expect(() => dailyAqi(input as never)).toThrow(InputError)
    expect(() => dailyAqi(input as never)).toThrow(message)
  })

  it('lets the CO plausibility bound be changed', () => {
    expect(() => dailyAqi({ co: 30 }, { maxPlausibleCo: 20 })).toThrow(/at most 20 mg\/m³/)
    // above the top of the 24-hour column (60) only with a raised bound: capped and flagged
    const capped = dailyAqi({ co: 70 }, { maxPlausibleCo: 150 })
    expect(capped.aqi).toBe(500)
    expect(capped.flags.capped).toEqual(['co'])
  })

  it('bounds daily CO by the top of the 24-hour column, 60 mg/m³', () => {
    // 60 is the breakpoint of IAQI 500: on the table, not capped
    expect(dailyAqi({ co: 60 }).aqi).toBe(500)
    expect(dailyAqi({ co: 60 }).flags.capped).toEqual([])
    // a daily mean of 120 can only be µg/m³ (0.12 mg/m³): rejected, no longer AQI 500
    for (const co of [60.1, 120, 150]) {
      let error: unknown
      try {
        dailyAqi({ co })
      } catch (e) {
        error = e
      }
      expect(error, String(co)).toBeInstanceOf(InputError)
      expect((error as InputError).issues[0]).toMatchObject({ code: 'implausible', path: ['co'] })
      expect((error as InputError).issues[0]?.message.en).toMatch(
        /^expected a 24-hour CO concentration of at most 60 mg\/m³/,
      )
    }
  })

  it('does not modify its input', () => {
    const input = Object.freeze({ ...clean })
    expect(() => dailyAqi(input)).not.toThrow()
    expect(input).toEqual(clean)
  })
})
