import { describe, expect, it } from 'vitest'
import { renderAirText } from '../../src/index.js'
import {
  aggregateCityDays,
  assessAirCompliance,
  dailyAqi,
  summarizeAirPeriod,
} from '../../src/standards/air/index.js'

// Two days of station A; station B is left out of the city (a background station).
const base = { so2: 10, no2: 20, co: 0.5, o3_1h: 80, o3_8h: 70 }
const stationDays = [
  { ...base, station: 'A', date: '2022-01-01', pm10: 40, pm25: 80 },
  { ...base, station: 'B', date: '2022-01-01', pm10: 300, pm25: 250 },
  { ...base, station: 'A', date: '2022-01-02', pm10: 60, pm25: 30 },
  { ...base, station: 'B', date: '2022-01-02', pm10: 300, pm25: 250 },
]
const days = aggregateCityDays(stationDays, { excludeStations: ['B'] })
const summary = summarizeAirPeriod(days)
const input = {
  dailyInput: true,
  stationDays: stationDays.map(({ station, date, ...values }) => ({
    ...values,
    station,
    date,
    city: 'Ulanqab',
    aqi: dailyAqi(values),
  })),
  cities: [
    {
      city: 'Ulanqab',
      stations: ['A'],
      days,
      summary,
      compliance: assessAirCompliance(summary.raw.pollutants),
    },
  ],
}

describe('renderAirText', () => {
  const en = renderAirText(input, { lang: 'en', stations: true, excludedStations: ['B'] })
  const lines = en.split('\n').map((l) => l.trim())

  it('counts the stations, cities and station days it was given', () => {
    expect(lines[0]).toBe('2 stations, 1 city, 4 station days (daily values as given)')
  })

  it('marks the excluded station and shows CO with one decimal', () => {
    const b = lines.filter((l) => l.includes('B (excluded)'))
    expect(b).toHaveLength(2)
    expect(lines.filter((l) => l.startsWith('Ulanqab  A ')).length).toBe(2)
    expect(b[0]).toContain(' 0.5 ')
  })

  it('gives each city day the AQI worked by hand from HJ 633 表1', () => {
    // day 1: PM2.5 80 lies in 75–115 (IAQI 100–150): 100 + 50 × 5 / 40 = 106.25, ceiling 107
    const day1 = lines.find((l) => l.startsWith('2022-01-01')) as string
    expect(day1).toMatch(/ 107 +3 轻度污染 +PM2\.5$/)
    // day 2: PM10 60 in 50–150 (IAQI 50–100): 55; PM2.5 30: 50 × 30 / 35 = 42.9, so 55, PM10
    const day2 = lines.find((l) => l.startsWith('2022-01-02')) as string
    expect(day2).toMatch(/ 55 +2 良 +PM10$/)
  })

  it('states the period figures and the pollutant means of the city (station A alone)', () => {
    expect(en).toContain('Period 2022-01-01 – 2022-01-02 (2 days, HJ 633-2012)')
    expect(en).toContain('raw: 2 valid days · good 1 (50.0 %) · heavy 0 (0.0 %)')
    // PM2.5 mean (80 + 30) / 2 = 55; PM10 (40 + 60) / 2 = 50
    // HJ 663 percentile, k = 1 + (2 − 1) × 0.95: PM10 40 + 0.95 × 20 = 59; PM2.5 30 + 0.95 × 50
    // = 77.5, half to even 78
    expect(lines.find((l) => l.startsWith('PM2.5 '))).toMatch(/^PM2\.5 +2 +55 +P95 78 +no$/)
    expect(lines.find((l) => l.startsWith('PM10 '))).toMatch(/^PM10 +2 +50 +P95 59 +yes$/)
  })

  it('gives the verdict with the note that annual limits need a calendar year', () => {
    expect(en).toContain(
      'GB 3095-2012 Grade II: not compliant (PM2.5); annual limits apply to a calendar year, this is a shorter period',
    )
  })

  it('writes the same report in Chinese, without spaces between Chinese words', () => {
    const zh = renderAirText(input, { stations: true, excludedStations: ['B'] })
    expect(zh.split('\n')[0]).toBe('2 个站点，1 个城市，4 个站点日（按给出的日均值）')
    expect(zh).toContain('B（不计入）')
    expect(zh).toContain('GB 3095-2012 二级：未达标（')
    expect(zh).toContain('年均浓度限值适用于一个日历年，本时段不足一年')
  })

  it('leaves the station table out unless asked', () => {
    const plain = renderAirText(input, { lang: 'en' })
    expect(plain).not.toContain('(excluded)')
    expect(plain.split('\n')[0]).toBe(lines[0])
  })
})
