import { describe, expect, it } from 'vitest'
import { summarizeAirPeriod } from '../../../../src/standards/air/index.js'

// The boundaries of the period rules, each on both sides, with figures worked by hand from the
// standard. IAQIs of the base values: SO2 10 → 4, NO2 20 → 25, CO 0.5 → 13, PM10 40 → 40,
// O3 80 → 25, O3-8h 60 → 30; PM2.5 20 → 29. AQI 40, good.
const base = { so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 80, o3_8h: 60 }
const iso = (m: number, d: number) =>
  `2022-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const year = { start: '2022-01-01', end: '2022-12-31' }

/** Days of 2022 with a valid PM2.5 value: `perMonth(m)` days from the 1st of month m. */
function daysOf(perMonth: (month: number) => number, extra: object = {}) {
  const out = []
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= perMonth(m); d++) out.push({ ...base, date: iso(m, d), ...extra })
  }
  return out
}

describe('GB 3095 表4 annual validity at its boundaries', () => {
  // 27 a month, 25 in February, two more in January and March: 11 × 27 + 25 + 2 = 324
  const at324 = (m: number) => (m === 2 ? 25 : m === 1 || m === 3 ? 28 : 27)

  it('meets the rule with exactly 324 valid days and every month at its minimum', () => {
    const v = summarizeAirPeriod(daysOf(at324), { period: year }).raw.pollutants.pm25.validity
    expect(v.days).toBe(324)
    expect(v.shortMonths).toEqual([])
    expect(v.met).toBe(true)
  })

  it('fails it with 323 valid days, every month still at its minimum', () => {
    const v = summarizeAirPeriod(
      daysOf((m) => (m === 3 ? 27 : at324(m))),
      { period: year },
    ).raw.pollutants.pm25.validity
    expect(v.days).toBe(323)
    expect(v.shortMonths).toEqual([])
    expect(v.met).toBe(false)
  })

  it('holds a month of 27 days (25 in February) enough, and one of 26 (24) short', () => {
    // 30 a month but 26 in April: 10 × 30 + 25 + 26 = 351 days, only April short
    const april = summarizeAirPeriod(
      daysOf((m) => (m === 2 ? 25 : m === 4 ? 26 : 30)),
      { period: year },
    ).raw.pollutants.pm25.validity
    expect(april.shortMonths).toEqual(['2022-04'])
    expect(april.met).toBe(false)
    const enough = summarizeAirPeriod(
      daysOf((m) => (m === 2 ? 25 : m === 4 ? 27 : 30)),
      { period: year },
    ).raw.pollutants.pm25.validity
    expect(enough.shortMonths).toEqual([])
    expect(enough.months.find((m) => m.month === '2022-04')).toEqual({
      month: '2022-04',
      days: 27,
      required: 27,
    })
    expect(enough.met).toBe(true)
  })

  it('counts only the days with a value of the pollutant', () => {
    // 324 records, but PM2.5 missing on 2022-01-28: 323 valid PM2.5 days, still 324 of SO2
    const days = daysOf(at324).map((d) => (d.date === '2022-01-28' ? { ...d, pm25: null } : d))
    const s = summarizeAirPeriod(days, { period: year }).raw.pollutants
    expect(s.pm25.validity.days).toBe(323)
    expect(s.pm25.validity.met).toBe(false)
    expect(s.so2.validity.days).toBe(324)
    expect(s.so2.validity.met).toBe(true)
  })
})

describe('dust dates at their boundaries (decision 7)', () => {
  const period = { start: '2022-03-01', end: '2022-03-03' }

  it('leaves the PM10 and PM2.5 of dust dates out of the deducted statistics', () => {
    // PM10 40, 300, 60 and PM2.5 20, 100, 30; 03-02 a dust date. Deducted means: PM10
    // (40 + 60) / 2 = 50, PM2.5 (20 + 30) / 2 = 25; raw: PM10 400 / 3 = 133.3 → 133,
    // PM2.5 150 / 3 = 50. SO2 keeps all three days.
    const days = [
      { ...base, date: '2022-03-01' },
      { ...base, date: '2022-03-02', pm10: 300, pm25: 100 },
      { ...base, date: '2022-03-03', pm10: 60, pm25: 30 },
    ]
    const s = summarizeAirPeriod(days, { period, dustDates: ['2022-03-02'] })
    expect(s.deducted?.pollutants.pm10.count).toBe(2)
    expect(s.deducted?.pollutants.pm10.mean?.published).toBe(50)
    expect(s.deducted?.pollutants.pm25.count).toBe(2)
    expect(s.deducted?.pollutants.pm25.mean?.published).toBe(25)
    expect(s.deducted?.pollutants.so2.count).toBe(3)
    expect(s.raw.pollutants.pm10.count).toBe(3)
    expect(s.raw.pollutants.pm10.mean?.published).toBe(133)
    expect(s.raw.pollutants.pm25.mean?.published).toBe(50)
  })

  it('keeps a dust day of AQI exactly 100 under excludeExceedingDays, drops one of 101', () => {
    // PM10 150 → IAQI 100 (a breakpoint, HJ 633 表1): AQI 100, 良, not 沙尘异常超标.
    // PM10 151 → 100 + 1 × 50/100 = 100.5 → 101: above 100, deducted.
    const days = (pm10: number) => [
      { ...base, date: '2022-03-01' },
      { ...base, date: '2022-03-02', pm10 },
      { ...base, date: '2022-03-03' },
    ]
    const options = {
      period,
      dustDates: ['2022-03-02'],
      dustRatioMethod: 'excludeExceedingDays' as const,
    }
    const at100 = summarizeAirPeriod(days(150), options)
    expect(at100.days[1]?.aqi).toBe(100)
    expect(at100.deducted?.validDays).toBe(3)
    expect(at100.deducted?.goodDays).toBe(3)
    expect(at100.deducted?.excluded).toEqual([])
    const at101 = summarizeAirPeriod(days(151), options)
    expect(at101.days[1]?.aqi).toBe(101)
    expect(at101.deducted?.validDays).toBe(2)
    expect(at101.deducted?.goodDays).toBe(2)
    expect(at101.deducted?.excluded.map((e) => [e.reason, e.items])).toEqual([
      ['dustDay', ['2022-03-02']],
    ])
  })
})

describe('the daily indicators of each edition', () => {
  it('does not need the O3 1-hour maximum for a valid HJ 633-2026 day, as 2012 does', () => {
    // HJ 633-2026 表3 has six daily indicators, without the O3 1-hour maximum
    const days = [
      { ...base, date: '2022-03-01' },
      { ...base, date: '2022-03-02', o3_1h: null },
    ]
    const s2026 = summarizeAirPeriod(days, { standard: 'HJ633-2026' })
    expect(s2026.days.map((d) => d.valid)).toEqual([true, true])
    expect(s2026.raw.validDays).toBe(2)
    const s2012 = summarizeAirPeriod(days)
    expect(s2012.days.map((d) => [d.valid, d.reason])).toEqual([
      [true, null],
      [false, 'missingIndicator'],
    ])
    expect(s2012.raw.validDays).toBe(1)
  })
})
