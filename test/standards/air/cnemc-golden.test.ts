import { expect, it } from 'vitest'
import {
  type AirPollutant,
  aggregateCityDays,
  dailyAqi,
  HJ633_2012_TABLE,
  realtimeAqi,
  summarizeAirPeriod,
} from '../../../src/standards/air/index.js'
import { readCsv } from '../../_helpers/csv.js'
import { referenceIaqi } from '../../_helpers/exact-iaqi.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'

const FILE = 'fixtures/cnemc/inner-mongolia-stations-2022-01.csv'
const ULANQAB = ['2197A', '3034A', '3285A', '3421A']

// The national platform's names of primary pollutants.
const PRIMARY: Readonly<Record<string, AirPollutant>> = {
  二氧化硫: 'so2',
  二氧化氮: 'no2',
  一氧化碳: 'co',
  '颗粒物(PM10)': 'pm10',
  '细颗粒物(PM2.5)': 'pm25',
  臭氧1小时: 'o3_1h',
  臭氧8小时: 'o3_8h',
}

const num = (s: string | undefined): number | null =>
  s === undefined || s === '' ? null : Number(s)

describeWithShared('CNEMC station data, Inner Mongolia, January 2022', FILE, () => {
  const rows = readCsv(sharedPath(FILE))
  const published = rows.filter((r) => r.aqi !== '')

  // Real-time inputs of a row. The archive swaps the ozone columns (fixture README): `o3_24h`
  // is the hour's O3 and `o3_8h_24h` the latest 8-hour moving mean.
  const realtimeInput = (r: Record<string, string>) => ({
    so2: num(r.so2),
    no2: num(r.no2),
    co: num(r.co),
    o3: num(r.o3_24h),
    pm10: num(r.pm10),
    pm25: num(r.pm2_5),
    o3_8h: num(r.o3_8h_24h),
    so2_24h: num(r.so2_24h),
  })
  // Daily inputs of a row: day D's 24-hour means; `o3` is D's maximum 1-hour and `o3_8h` D's
  // maximum 8-hour O3 (again the swapped columns).
  const dailyInput = (r: Record<string, string>) => ({
    so2: num(r.so2_24h),
    no2: num(r.no2_24h),
    co: num(r.co_24h),
    pm10: num(r.pm10_24h),
    pm25: num(r.pm2_5_24h),
    o3_1h: num(r.o3),
    o3_8h: num(r.o3_8h),
  })

  it('holds 496 station-days, 485 of them with a published AQI and complete 1-hour values', () => {
    expect(rows).toHaveLength(496)
    expect(published).toHaveLength(485)
    const incomplete = published.filter((r) =>
      Object.values(realtimeInput(r)).some((v) => v === null),
    )
    expect(incomplete).toEqual([])
  })

  it('reproduces all 485 published real-time AQI values', () => {
    const disagreements = published
      .map((r) => ({
        row: `${r.day} ${r.stationcode}`,
        published: Number(r.aqi),
        ours: realtimeAqi(realtimeInput(r)).aqi,
      }))
      .filter((d) => d.ours !== d.published)
    expect(disagreements).toEqual([])
  })

  it('reproduces every published primary pollutant, ties included', () => {
    const disagreements = published
      .map((r) => {
        const names = r.primarypollutant ?? ''
        const expected = names === '' ? [] : names.split(',').map((n) => PRIMARY[n])
        const ours = realtimeAqi(realtimeInput(r)).primaryPollutants
        return {
          row: `${r.day} ${r.stationcode}`,
          expected: [...expected].sort(),
          ours: [...ours].sort(),
        }
      })
      .filter((d) => JSON.stringify(d.expected) !== JSON.stringify(d.ours))
    expect(disagreements).toEqual([])
    // the 4 published ties (颗粒物(PM10),细颗粒物(PM2.5)) are among the reproduced rows
    expect(published.filter((r) => r.primarypollutant?.includes(','))).toHaveLength(4)
  })

  it('shows the platform leaves the O3 8-hour mean out of the real-time AQI', () => {
    // Counting it, as HJ 633-2012 §5.1.3 read literally would, misses 107 published values; in
    // each of them the O3 8-hour IAQI is above the published AQI, which equals the AQI of the
    // six 1-hour indicators.
    const missed = published.filter(
      (r) => realtimeAqi(realtimeInput(r), { countO3_8h: true }).aqi !== Number(r.aqi),
    )
    expect(missed).toHaveLength(107)
    for (const r of missed) {
      const withO3_8h = realtimeAqi(realtimeInput(r), { countO3_8h: true })
      expect(withO3_8h.iaqi.o3_8h).toBeGreaterThan(Number(r.aqi))
      expect(withO3_8h.aqi).toBe(withO3_8h.iaqi.o3_8h)
      expect(withO3_8h.primaryPollutants).toEqual(withO3_8h.aqi! > 50 ? ['o3_8h'] : [])
    }
  })

  it('recomputes station daily AQI from the 24-hour columns, row by row', () => {
    // Hand-worked: 2197A on 2022-01-01: SO2 14 → 14; NO2 32 → 32×50/40 = 40; CO 0.5 → 12.5 →
    // 13; PM10 51 → 50 + 1×50/100 = 50.5 → 51; PM2.5 27 → 27×50/35 = 38.6 → 39; O3 1-hour max
    // 80 → 80×50/160 = 25; O3 8-hour max 75 → 75×50/100 = 37.5 → 38. AQI 51, primary PM10.
    const jining = rows.find((r) => r.day === '2022-01-01' && r.stationcode === '2197A')!
    const a = dailyAqi(dailyInput(jining))
    expect(a.iaqi).toEqual({ so2: 14, no2: 40, co: 13, pm10: 51, pm25: 39, o3_1h: 25, o3_8h: 38 })
    expect(a.aqi).toBe(51)
    expect(a.primaryPollutants).toEqual(['pm10'])
    // 2195A on 2022-01-08: PM2.5 176 → 200 + 26×100/100 = 226; PM10 277 → 150 + 27×50/100 =
    // 163.5 → 164; CO 2.2 → 55. AQI 226, 重度污染, PM2.5 primary and PM2.5, PM10 exceeding.
    const bayannur = rows.find((r) => r.day === '2022-01-08' && r.stationcode === '2195A')!
    const b = dailyAqi(dailyInput(bayannur))
    expect(b.aqi).toBe(226)
    expect(b.iaqi.pm10).toBe(164)
    expect(b.iaqi.co).toBe(55)
    expect(b.category?.name.zh).toBe('重度污染')
    expect(b.exceedingPollutants).toEqual(['pm10', 'pm25'])
    // Every row against the test's own exact arithmetic on the 24-hour columns.
    const columns = {
      so2: 'so2_24h',
      no2: 'no2_24h',
      co: 'co_24h',
      pm10: 'pm10_24h',
      pm25: 'pm25_24h',
      o3_1h: 'o3_1h',
      o3_8h: 'o3_8h',
    } as const
    for (const r of rows) {
      const input = dailyInput(r)
      const ours = dailyAqi(input)
      let max = 0
      for (const [key, column] of Object.entries(columns) as [
        AirPollutant,
        keyof typeof HJ633_2012_TABLE.columns,
      ][]) {
        const v = input[key]
        const expected = referenceIaqi(
          HJ633_2012_TABLE.columns[column],
          HJ633_2012_TABLE.iaqi,
          String(v),
        )
        expect(ours.iaqi[key]).toBe(expected)
        max = Math.max(max, expected as number)
      }
      expect(ours.aqi).toBe(max)
    }
  })

  it("computes Ulanqab's January 2022 from its four stations: 29 good days of 31 (93.5 %), PM2.5 32 µg/m³", () => {
    const stationDays = rows
      .filter((r) => ULANQAB.includes(r.stationcode!))
      .map((r) => ({ station: r.stationcode!, date: r.day!, ...dailyInput(r) }))
    expect(stationDays).toHaveLength(4 * 31)
    const city = aggregateCityDays(stationDays)
    expect(city).toHaveLength(31)
    expect(city.every((d) => d.stations.pm25 === 4)).toBe(true)
    // 2022-01-21: PM2.5 (74 + 79 + 82 + 71)/4 = 76.5 → 76 (half to even) → 100 + 1×50/40 =
    // 101.25 → 102; 2022-01-22: (76 + 70 + 85 + 72)/4 = 75.75 → 76 → 102. The other 29 days are
    // at most 100 (the closest, 2022-01-07: PM2.5 (70 + 76 + 74 + 66)/4 = 71.5 → 72 → 96.25 → 97).
    expect(city.find((d) => d.date === '2022-01-21')?.aqi.aqi).toBe(102)
    expect(city.find((d) => d.date === '2022-01-22')?.aqi.aqi).toBe(102)
    expect(city.find((d) => d.date === '2022-01-07')?.aqi.aqi).toBe(97)

    const month = summarizeAirPeriod(city, { period: { start: '2022-01-01', end: '2022-01-31' } })
    expect(month.raw.validDays).toBe(31)
    expect(month.raw.goodDays).toBe(29)
    expect(month.raw.goodDaysRatio?.published).toBe(93.5) // published: 93.5 %
    expect(month.raw.heavyDays).toBe(0)
    expect(month.raw.pollutants.pm25.mean?.published).toBe(32) // published: 32 µg/m³
    expect(month.days.filter((d) => d.aqi! > 100).map((d) => d.date)).toEqual([
      '2022-01-21',
      '2022-01-22',
    ])
    // January is a whole month inside the period: 31 ≥ 27 days, the monthly rule holds
    expect(month.raw.pollutants.pm25.validity.months).toEqual([
      { month: '2022-01', days: 31, required: 27 },
    ])
    expect(month.raw.pollutants.pm25.validity.met).toBe(true)
  })

  it('leaves a background station out of the city values when asked (Alxa, 2204A 对照点)', () => {
    const alxa = rows
      .filter((r) => r.area === '阿拉善盟')
      .map((r) => ({ station: r.stationcode!, date: r.day!, ...dailyInput(r) }))
    const all = aggregateCityDays(alxa)
    const official = aggregateCityDays(alxa, { excludeStations: ['2204A'] })
    expect(all[0]?.stations.pm25).toBe(3)
    expect(official[0]?.stations.pm25).toBe(2)
    // 2022-01-01 PM2.5: 2205A and 2206A only
    const day = alxa.filter((d) => d.date === '2022-01-01' && d.station !== '2204A')
    const mean = day.reduce((s, d) => s + (d.pm25 ?? 0), 0) / 2
    expect(official[0]?.exact.pm25).toBe(String(mean))
  })
})
