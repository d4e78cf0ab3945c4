import { describe, expect, it } from 'vitest'
import {
  type AirDayInput,
  compareAirPeriods,
  InputError,
  summarizeAirPeriod,
} from '../../../../src/standards/air/index.js'

// The national July figures of 2021 and 2020 (CNEMC monthly report of July 2021): PM2.5 16 and
// 19, PM10 31 and 37, SO2 7 and 8, NO2 14 and 17, CO 0.7 and 0.8, O3 139 and 137.
const july = (
  year: number,
  v: Omit<AirDayInput, 'date' | 'o3_1h'>,
  dates = ['07-01', '07-02'],
): AirDayInput[] => dates.map((d) => ({ date: `${year}-${d}`, o3_1h: 150, ...v }))
const Y2021 = { so2: 7, no2: 14, co: 0.7, pm10: 31, pm25: 16, o3_8h: 139 }
const Y2020 = { so2: 8, no2: 17, co: 0.8, pm10: 37, pm25: 19, o3_8h: 137 }

describe('compareAirPeriods', () => {
  it('reproduces the changes the national report prints for every pollutant', () => {
    const c = compareAirPeriods(
      summarizeAirPeriod(july(2021, Y2021)),
      summarizeAirPeriod(july(2020, Y2020)),
    )
    const zh = Object.fromEntries(Object.entries(c.concentrations).map(([k, v]) => [k, v.text?.zh]))
    expect(zh).toEqual({
      so2: '同比下降 12.5%',
      no2: '同比下降 17.6%',
      pm10: '同比下降 16.2%',
      pm25: '同比下降 15.8%',
      co: '同比下降 12.5%',
      o3_8h: '同比上升 1.5%',
    })
    expect(c.goodDaysRatio.text?.zh).toBe('同比持平')
    expect(c.heavyDaysRatio.unit).toBe('percentagePoints')
    expect(c.period).toEqual({ start: '2021-07-01', end: '2021-07-02' })
    expect(c.earlierPeriod).toEqual({ start: '2020-07-01', end: '2020-07-02' })
  })

  it('changes the composite index computed with one edition for both periods', () => {
    // 2021: 7/60 + 14/40 + 31/70 + 16/35 + 0.7/4 + 139/160 = 2.41041… → 2.41
    // 2020: 8/60 + 17/40 + 37/70 + 19/35 + 0.8/4 + 137/160 = 2.68601… → 2.69
    // published: (2.41 − 2.69) / 2.69 = −10.408…% → −10.4; exact: −10.260…% → −10.3
    const now = summarizeAirPeriod(july(2021, Y2021))
    const before = summarizeAirPeriod(july(2020, Y2020))
    expect(compareAirPeriods(now, before).compositeIndex.change?.published).toBe(-10.4)
    expect(
      compareAirPeriods(now, before, { compare: 'exact' }).compositeIndex.change?.published,
    ).toBe(-10.3)
    const base = compareAirPeriods(now, before, { baseYear: 2020 })
    expect(base.compositeIndex.text?.zh).toBe('比2020年下降 10.4%')
    expect(base.options).toEqual({
      baseYear: 2020,
      compare: 'published',
      edition: 'GB3095-2012',
      concentrationBasis: 'deducted',
      ratioBasis: 'raw',
    })
  })

  it('keeps dust days in the ratios by default and leaves them out when asked', () => {
    // 2020-07-02 is a dust day with PM10 300 (AQI 175): raw 1 good day of 2 = 50%, deducted 100%
    const dusty = july(2020, Y2020).map((d, i) => (i === 1 ? { ...d, pm10: 300 } : d))
    const before = summarizeAirPeriod(dusty, { dustDates: ['2020-07-02'] })
    const now = summarizeAirPeriod(july(2021, Y2021))
    expect(compareAirPeriods(now, before).goodDaysRatio.text?.zh).toBe('同比上升 50.0 个百分点')
    expect(compareAirPeriods(now, before, { ratioBasis: 'deducted' }).goodDaysRatio.text?.zh).toBe(
      '同比持平',
    )
    // PM10 without the dust day is 37: −16.2% as before
    expect(compareAirPeriods(now, before).concentrations.pm10.change?.published).toBe(-16.2)
  })

  it('gives no change where a period has no data for a pollutant', () => {
    const c = compareAirPeriods(
      summarizeAirPeriod(july(2021, { ...Y2021, co: null })),
      summarizeAirPeriod(july(2020, Y2020)),
    )
    expect(c.concentrations.co.gap).toBe('noCurrent')
    expect(c.compositeIndex.gap).toBe('noCurrent')
  })

  it('rejects a value that is not a summary', () => {
    expect(() => compareAirPeriods({} as never, {} as never)).toThrow(InputError)
  })
})
