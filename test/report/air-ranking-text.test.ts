import { describe, expect, it } from 'vitest'
import { renderAirRankingText } from '../../src/index.js'
import { rankCities } from '../../src/standards/air/index.js'

// Two days of equal values, so each annual statistic (mean and percentile) is that value.
const days = (over: object) =>
  [1, 2].map((d) => ({
    date: `2022-01-0${d}`,
    ...{ so2: 10, no2: 30, co: 1, pm10: 70, pm25: 35, o3_1h: 90, o3_8h: 80 },
    ...over,
  }))
const ranking = rankCities([
  { city: '丙市', days: days({ pm25: 70 }) },
  { city: '甲市', days: days({}) },
  { city: '丁市', days: days({ pm25: null }) },
  { city: '乙市', days: days({}) },
])
const rowOf = (text: string, city: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.includes(city)) as string

describe('renderAirRankingText', () => {
  const en = renderAirRankingText(ranking, { lang: 'en' })

  it('heads the table with the period, the edition and the dust basis', () => {
    expect(en.split('\n')[0]).toBe(
      'Composite air-quality index, 2022-01-01 – 2022-01-02 (GB3095-2012; no dust days given)',
    )
  })

  it('gives the composite index worked by hand from the Grade II limits (环办〔2014〕64号)', () => {
    // 10/60 + 30/40 + 70/70 + 35/35 + 1/4 + 80/160 = 3.667 → 3.67; PM10 and PM2.5 tie at 1
    expect(rowOf(en, '甲市')).toMatch(
      /^1= +甲市 +3\.67 +PM10, PM2\.5 +10 +30 +70 +35 +1\.0 +80 +100\.0 % +1=$/,
    )
    expect(rowOf(en, '乙市')).toMatch(/^1= +乙市 +3\.67 /)
    // PM2.5 70/35 = 2 instead of 1: 4.67, alone the largest sub-index; third, after the tie
    expect(rowOf(en, '丙市')).toMatch(/^3 +丙市 +4\.67 +PM2\.5 +10 +30 +70 +70 /)
  })

  it('lists a city without a pollutant unranked, last, and says which pollutant is missing', () => {
    const lines = en.trimEnd().split('\n')
    const tableEnd = lines.findIndex((l, i) => i > 2 && l === '')
    expect(lines[tableEnd - 1]?.trim()).toMatch(/^— +丁市 +— /)
    expect(en).toContain('not ranked (a pollutant without data): 丁市 (PM2.5)')
  })

  it('writes Chinese by default, with full-width punctuation and no space between Chinese words', () => {
    const zh = renderAirRankingText(ranking)
    expect(zh.split('\n')[0]).toBe(
      '环境空气质量综合指数，2022年1月1日至2022年1月2日（GB3095-2012；未给出沙尘天）',
    )
    expect(rowOf(zh, '甲市')).toMatch(/^1= +甲市 +3\.67 +PM10、PM2\.5 .* 100\.0% +1=$/)
    expect(zh).toContain('未参与排名（有污染物无数据）：丁市（PM2.5）')
  })
})
