import { describe, expect, it } from 'vitest'
import { evaluateCityRanking, InputError } from '../../src/index.js'

// SO2 10/60 + NO2 30/40 + PM10 70/70 + PM2.5 x/35 + CO 1/4 + O3 80/160 = 2.6666… + x/35
const days = (year: number, pm25: number, co: number | null = 1) =>
  [1, 2].map((d) => ({
    date: `${year}-01-0${d}`,
    so2: 10,
    no2: 30,
    co,
    pm10: 70,
    pm25,
    o3_1h: 90,
    o3_8h: 80,
  }))

function caught(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('evaluateCityRanking', () => {
  const cities = [
    // 2.6666… + 40/35 = 3.8095… → 3.81; 2021: + 50/35 = 4.0952… → 4.10: (3.81 − 4.10) / 4.10 = −7.07% → −7.1
    { city: '甲市', days: days(2022, 40), previous: { days: days(2021, 50) } },
    // 2.6666… + 1 = 3.6666… → 3.67, twice: tied first
    { city: '乙市', days: days(2022, 35) },
    { city: '丙市', days: days(2022, 35) },
    { city: '丁市', days: days(2022, 35, null) },
  ]

  it('returns the city’s index, its rank among the cities and one sentence on it', () => {
    const s = evaluateCityRanking(cities, { city: '甲市', month: '2022-01' })
    expect(s.period).toEqual({ start: '2022-01-01', end: '2022-01-31' })
    expect(s.compositeIndex.index?.published).toBe(3.81)
    expect([s.rank, s.tied, s.of]).toEqual([3, false, 3])
    expect(s.change?.text?.zh).toBe('同比下降 7.1%')
    expect(s.changeRank).toBe(1)
    expect(s.goodDaysRatio).toMatchObject({ rank: 1, value: { published: 100 } })
    expect(s.explanation).toEqual({
      zh: '2022年1月，甲市环境空气质量综合指数为3.81，首要污染物为PM2.5，在3个城市中排第3名，综合指数同比下降 7.1%。',
      en: 'January 2022: the composite air-quality index of 甲市 is 3.81 (primary pollutant PM2.5), ranked 3 of 3 cities; the index is down 7.1% on the same period of last year.',
    })
  })

  it('says when the rank is shared, and when the index is insufficient', () => {
    const tied = evaluateCityRanking(cities, { city: '乙市', month: '2022-01' })
    expect([tied.rank, tied.tied]).toEqual([1, true])
    expect(tied.explanation.zh).toContain('排第1名（并列）')
    expect(tied.change).toBeNull()
    const short = evaluateCityRanking(cities, { city: '丁市', month: '2022-01' })
    expect(short.rank).toBeNull()
    expect(short.explanation.zh).toBe(
      '2022年1月，丁市缺少CO数据，环境空气质量综合指数数据不足，不参与排名。',
    )
  })

  it('ranks the span of the data without a month, or the period given', () => {
    const s = evaluateCityRanking(cities, { city: '乙市' })
    expect(s.month).toBeNull()
    expect(s.period).toEqual({ start: '2022-01-01', end: '2022-01-02' })
    expect(s.explanation.en.startsWith('2022-01-01 to 2022-01-02: ')).toBe(true)
  })

  it('rejects a city that is not among the cities, a bad month and a month with a period', () => {
    const unknown = caught(() => evaluateCityRanking(cities, { city: '戊市', month: '2022-01' }))
    expect(unknown.issues[0].path).toEqual(['options', 'city'])
    expect(unknown.issues[0].expected.en).toContain('"甲市"')
    const month = caught(() => evaluateCityRanking(cities, { city: '甲市', month: '2022-13' }))
    expect(month.issues[0].expected.en).toBe('a month YYYY-MM')
    const both = caught(() =>
      evaluateCityRanking(cities, {
        city: '甲市',
        month: '2022-01',
        period: { start: '2022-01-01', end: '2022-01-31' },
      }),
    )
    expect(both.issues[0].code).toBe('conflict')
  })
})
