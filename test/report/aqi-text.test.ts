import { describe, expect, it } from 'vitest'
import { AQI_REPORT_KEYS, aqiReportUnits, renderAqiText } from '../../src/index.js'
import { dailyAqi, realtimeAqi } from '../../src/standards/air/index.js'

describe('renderAqiText', () => {
  // PM2.5 80 µg/m³ lies between the 75 (IAQI 100) and 115 (IAQI 150) breakpoints of HJ 633-2012
  // 表1: 100 + (80 − 75) × 50 / 40 = 106.25, rounded up to 107, level 3 (轻度污染)
  const values = { pm25: 80 }
  const result = dailyAqi(values)

  it('returns the AQI, level, primary pollutant and the table in Chinese by default', () => {
    const lines = renderAqiText(values, result).split('\n')
    expect(lines.slice(0, 3)).toEqual([
      'AQI 107（HJ 633-2012，日报）',
      '空气质量指数级别：三级，类别：轻度污染',
      '首要污染物：PM2.5',
    ])
    expect(lines.find((l) => l.includes('PM2.5 24小时平均'))).toMatch(/80 µg\/m³ +107$/)
    expect(lines.at(-2)).toBe('IAQI 计算结果向上取整（HJ 633-2012 第6.2条）。')
  })

  it('returns the English words with lang en, and every daily indicator as a row', () => {
    const text = renderAqiText(values, result, { lang: 'en' })
    expect(text.split('\n')[0]).toBe('AQI 107  (HJ 633-2012, daily report)')
    expect(text).toContain('SO2 24-hour mean     not given')
    expect(text).toContain(
      'The AQI is taken over the indicators given; missing: SO2, NO2, CO, PM10, O3 1-hour, O3 8-hour.',
    )
    expect(text.endsWith('IAQIs are rounded up to integers (HJ 633-2012 §6.2).\n')).toBe(true)
  })

  it('says why an AQI is withheld: O3 8-hour above 800 without the 1-hour value', () => {
    // HJ 633-2012 表1 note (3): above 800 µg/m³ the O3 8-hour value is not indexed; the
    // 1-hour value is reported instead, and without it no AQI can be given
    const v = { o3_8h: 900 }
    const r = dailyAqi(v)
    const en = renderAqiText(v, r, { lang: 'en' }).split('\n')
    expect(en[0]).toBe('AQI NA  (HJ 633-2012, daily report)')
    expect(en[1]).toMatch(
      /^Withheld: O3 8-hour is above 800 µg\/m³ and no O3 1-hour value is given/,
    )
    const zh = renderAqiText(v, r).split('\n')
    expect(zh[0]).toBe('AQI 不发布（HJ 633-2012，日报）')
    expect(zh[1]).toMatch(/^不发布：O3 8小时平均浓度大于 800 µg\/m³，且未提供 O3 1小时平均浓度/)
  })

  it('notes that the real-time report does not count the O3 8-hour mean unless asked', () => {
    const v = { o3: 100, o3_8h: 100 }
    const text = renderAqiText(v, realtimeAqi(v), { report: 'realtime', lang: 'en' })
    expect(text).toContain('The O3 8-hour mean is not counted in the real-time AQI')
    const counted = realtimeAqi(v, { countO3_8h: true })
    expect(
      renderAqiText(v, counted, { report: 'realtime', countO3_8h: true, lang: 'en' }),
    ).not.toContain('not counted in the real-time AQI')
  })
})

describe('AQI_REPORT_KEYS and aqiReportUnits', () => {
  it('list the real-time keys with their units, CO in mg/m³', () => {
    expect(AQI_REPORT_KEYS.realtime).toEqual([
      'so2',
      'no2',
      'co',
      'o3',
      'pm10',
      'pm25',
      'o3_8h',
      'so2_24h',
    ])
    expect(aqiReportUnits('realtime')).toMatchObject({ co: 'mg/m³', o3: 'µg/m³', so2_24h: 'µg/m³' })
  })
})
