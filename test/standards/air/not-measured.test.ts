import { describe, expect, it } from 'vitest'
import {
  dailyAqi,
  dailyAqiColumns,
  iaqi,
  NOT_MEASURED,
  pollutantsOfMask,
  realtimeAqi,
  realtimeAqiColumns,
} from '../../../src/standards/air/index.js'

const NM = 'notMeasured' as const

// Rows of the national real-time feed at 2026-05-10 14时 (HJ 633-2026), as published: stations
// that do not measure SO2 or CO ('/') and hours with PM10 'NA'. Public hourly archive
// StorywithLove/workflow, Archive/CNEMC/2026-05-10/2026-05-10T14.csv.
const FEED = [
  // station, published AQI, so2, no2, co, o3, pm10, pm2_5
  ['2483A', 32, 8, 6, NM, 102, 25, 16],
  ['1689A', 36, 4, 7, NM, 88, 36, 20],
  ['2429A', 39, NM, 7, 0.6, 98, 39, 7],
  ['2430A', 30, NM, 10, NM, 95, 15, 3],
  ['1746A', 40, 5, 12, 0.3, 111, null, 28],
  ['3286A', 46, 4, 10, 0.7, 111, null, 32],
] as const

const hourOf = (row: (typeof FEED)[number]) => ({
  so2: row[2],
  no2: row[3],
  co: row[4],
  o3: row[5],
  pm10: row[6],
  pm25: row[7],
})

describe('an indicator the station does not measure', () => {
  it('has no IAQI', () => {
    expect(iaqi('so2_1h', NM)).toBeNull()
    expect(iaqi('co_24h', NM, { standard: 'HJ633-2026' })).toBeNull()
  })

  it('is left out of a real-time AQI by default, as the platform publishes (HJ 633-2026)', () => {
    // hand-worked, HJ 633-2026 表3: NO2 20 → 10, O3 50 → ⌈50·50/160⌉ = 16, PM10 30 → 30,
    // PM2.5 15 → ⌈15·50/35⌉ = 22: AQI 30, with SO2 and CO not measured
    const hour = { so2: NM, no2: 20, co: NM, o3: 50, pm10: 30, pm25: 15 }
    const r = realtimeAqi(hour, { standard: 'HJ633-2026' })
    expect(r.aqi).toBe(30)
    expect(r.iaqi).toEqual({ so2: null, no2: 10, co: null, o3_1h: 16, pm10: 30, pm25: 22 })
    expect(r.flags.notMeasured).toEqual(['so2', 'co'])
    expect(r.flags.missing).toEqual([])
    expect(r.flags.withheld).toBe(false)
    expect(r.options.notMeasured).toBe('platform')
    // by the letter of §5.3.1 it is a missing indicator: withheld at 100 or below
    const text = realtimeAqi(hour, { standard: 'HJ633-2026', notMeasured: 'text' })
    expect(text.aqi).toBeNull()
    expect(text.flags.missing).toEqual(['so2', 'co'])
    expect(text.flags.notMeasured).toEqual(['so2', 'co'])
    expect(text.flags.withheldReason).toBe('missingIndicator')
    // above 100 the AQI is published either way (PM2.5 80 → ⌈100 + 50·20/55⌉ = 119)
    expect(
      realtimeAqi({ ...hour, pm25: 80 }, { standard: 'HJ633-2026', notMeasured: 'text' }).aqi,
    ).toBe(119)
  })

  it('reproduces the published rows of the national feed with "/" and PM10 NA', () => {
    for (const row of FEED) {
      const r = realtimeAqi(hourOf(row), { standard: 'HJ633-2026' })
      expect(r.aqi, row[0]).toBe(row[1])
      expect(r.primaryPollutants, row[0]).toEqual([])
    }
  })

  it('still withholds for a missing indicator beside it', () => {
    // a station without CO, and NO2 missing this hour: §5.3.1 withholds at 100 or below
    const r = realtimeAqi(
      { so2: 8, no2: null, co: NM, o3: 102, pm10: 25, pm25: 16 },
      { standard: 'HJ633-2026' },
    )
    expect(r.aqi).toBeNull()
    expect(r.flags.missing).toEqual(['no2'])
    expect(r.flags.notMeasured).toEqual(['co'])
  })

  it('counts as missing in a daily report by default (the letter of §5.3.1)', () => {
    // HJ 633-2026 daily: SO2 10 → 10, NO2 20 → 25, PM10 40 → 40, PM2.5 20 → 29, O3 8-hour
    // 60 → 30: AQI 40 of the measured indicators
    const day = { so2: 10, no2: 20, co: NM, pm10: 40, pm25: 20, o3_8h: 60 }
    const text = dailyAqi(day, { standard: 'HJ633-2026' })
    expect(text.aqi).toBeNull()
    expect(text.flags.withheldReason).toBe('missingIndicator')
    expect(text.flags.missing).toEqual(['co'])
    expect(text.flags.notMeasured).toEqual(['co'])
    const platform = dailyAqi(day, { standard: 'HJ633-2026', notMeasured: 'platform' })
    expect(platform.aqi).toBe(40)
    expect(platform.flags.missing).toEqual([])
    expect(platform.flags.notMeasured).toEqual(['co'])
    // under 2012 (silent) the AQI is computed from the others either way
    expect(dailyAqi({ ...day, o3_1h: 80 }).aqi).toBe(40)
    expect(dailyAqi({ ...day, o3_1h: 80 }).flags.notMeasured).toEqual(['co'])
  })

  it('does not change the caller’s object and still rejects bad values', () => {
    const day = { so2: NM, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_8h: 60 }
    const copy = structuredClone(day)
    dailyAqi(day)
    expect(day).toEqual(copy)
    expect(() => dailyAqi({ so2: NM, pm25: -1 })).toThrow(/pm25/)
    expect(() => dailyAqi({ so2: 'not measured' as never })).toThrow(/so2/)
    expect(() => realtimeAqi({ co: NM, no2: 'x' as never })).toThrow(/no2/)
  })

  it('is NOT_MEASURED in columns, with the same results row by row', () => {
    const rows = FEED.map(hourOf)
    const col = (k: keyof ReturnType<typeof hourOf>) =>
      Float64Array.from(rows, (r) => (r[k] === NM ? NOT_MEASURED : (r[k] ?? Number.NaN)))
    const columns = {
      so2: col('so2'),
      no2: col('no2'),
      co: col('co'),
      o3: col('o3'),
      pm10: col('pm10'),
      pm25: col('pm25'),
    }
    const r = realtimeAqiColumns(columns, { standard: 'HJ633-2026' })
    expect(Array.from(r.aqi)).toEqual(FEED.map((row) => row[1]))
    expect(pollutantsOfMask(r.notMeasured[3] as number)).toEqual(['so2', 'co'])
    expect(pollutantsOfMask(r.missing[4] as number)).toEqual(['pm10'])
    const text = realtimeAqiColumns(columns, {
      standard: 'HJ633-2026',
      notMeasured: 'text',
      missingPm10: 'text',
    })
    expect(Array.from(text.aqi)).toEqual(FEED.map(() => Number.NaN))
    // daily columns: the letter of the text by default
    const daily = dailyAqiColumns(
      { so2: [10], no2: [20], co: [NOT_MEASURED], pm10: [40], pm25: [20], o3_8h: [60] },
      { standard: 'HJ633-2026' },
    )
    expect(Array.from(daily.aqi)).toEqual([Number.NaN])
    expect(
      Array.from(
        dailyAqiColumns(
          { so2: [10], no2: [20], co: [NOT_MEASURED], pm10: [40], pm25: [20], o3_8h: [60] },
          { standard: 'HJ633-2026', notMeasured: 'platform' },
        ).aqi,
      ),
    ).toEqual([40])
  })
})

describe('a missing PM10 1-hour value (the platform’s NA)', () => {
  it('does not withhold a real-time AQI by default, as the platform publishes', () => {
    // HJ 633-2026: PM2.5 28 → ⌈28·50/35⌉ = 40, O3 111 → ⌈111·50/160⌉ = 35: AQI 40
    const hour = { so2: 5, no2: 12, co: 0.3, o3: 111, pm10: null, pm25: 28 }
    const r = realtimeAqi(hour, { standard: 'HJ633-2026' })
    expect(r.aqi).toBe(40)
    expect(r.flags.missing).toEqual(['pm10'])
    expect(r.flags.withheld).toBe(false)
    expect(r.options.missingPm10).toBe('platform')
    const text = realtimeAqi(hour, { standard: 'HJ633-2026', missingPm10: 'text' })
    expect(text.aqi).toBeNull()
    expect(text.flags.withheldReason).toBe('missingIndicator')
  })

  it('is PM10 only: another missing indicator still withholds', () => {
    const hour = { so2: 5, no2: 12, co: null, o3: 111, pm10: null, pm25: 28 }
    expect(realtimeAqi(hour, { standard: 'HJ633-2026' }).aqi).toBeNull()
    expect(realtimeAqi({ ...hour, co: 0.3, pm25: null }, { standard: 'HJ633-2026' }).aqi).toBeNull()
  })
})
