import { describe, expect, it } from 'vitest'
import {
  evaluateGoodDaysRatio,
  evaluateHeavyPollutionDaysRatio,
  evaluateSeverePollutionDaysRatio,
} from '../../src/evaluate/air-days.js'
import type { ObservationInput } from '../../src/index.js'
import { airDays, airTarget } from '../_helpers/air-days.js'

// Ten days of January 2025 whose AQI follows PM2.5 (HJ 633-2012 表1): 30 → 43 (优), 180 → 230
// (重度, AQI > 200), 260 → 310 (严重, AQI > 300). 5 January is a dust day.
const asOf = '2025-01-10'
const dust = { kind: 'dustDay', date: '2025-01-05', scope: 'im' } as ObservationInput
const days = airDays('im', '2025-01-01', '2025-01-10', (i) => (i === 4 ? 260 : i === 5 ? 180 : 30))
const obs = [...days, dust]

const variantsOf = (r: {
  variants?: readonly { label: string; actual: { exact: string } | null }[] | undefined
}) => r.variants?.map((v) => [v.label, v.actual?.exact])

describe('air-day ratios with a dust day: the raw and the deducted figure', () => {
  it('counts the severe day in the raw figure only (1 of 10; 0 of 9)', () => {
    const severe = airTarget({
      metric: 'severePollutionDaysRatio',
      comparator: 'atMost',
      value: 0.5,
    })
    const r = evaluateSeverePollutionDaysRatio(severe, obs, { asOf })
    expect(variantsOf(r)).toEqual([
      ['raw', '10'],
      ['dustDeducted', '0'],
    ])
    expect(r.actual?.exact).toBe('0')
  })

  it('counts both heavy days raw (2 of 10) and one deducted (1 of 9)', () => {
    const heavy = airTarget({ metric: 'heavyPollutionDaysRatio', comparator: 'atMost', value: 0.5 })
    const r = evaluateHeavyPollutionDaysRatio(heavy, obs, { asOf })
    expect(variantsOf(r)).toEqual([
      ['raw', '20'],
      ['dustDeducted', '11.1111111111'],
    ])
  })

  it('describes each figure and says which one the verdict uses', () => {
    const good = airTarget({ metric: 'goodDaysRatio', value: 90.7 })
    const deducted = evaluateGoodDaysRatio(good, obs, { asOf })
    // 8 good of 10 raw; 8 of 9 deducted
    expect(deducted.variants?.map((v) => [v.label, v.actual?.exact, v.description])).toEqual([
      [
        'raw',
        '80',
        { zh: '含沙尘天气影响的原始值', en: 'Raw figure, dust-affected days included' },
      ],
      [
        'dustDeducted',
        '88.8888888889',
        { zh: '扣除沙尘天气影响后的值', en: 'Figure with dust-affected days deducted' },
      ],
    ])
    expect(deducted.explanation.en).toMatch(
      /The verdict uses the figure with dust days deducted\.$/,
    )
    expect(deducted.explanation.zh).toMatch(/判定采用扣除沙尘天气影响后的值。$/)
    const raw = evaluateGoodDaysRatio(good, obs, { asOf, verdictBasis: 'raw' })
    expect(raw.actual?.exact).toBe('80')
    expect(raw.explanation.en).toMatch(/The verdict uses the raw figure\.$/)
    expect(raw.explanation.zh).toMatch(/判定采用含沙尘天气的原始值。$/)
  })

  it('has no variants and no basis note without a dust day', () => {
    const good = airTarget({ metric: 'goodDaysRatio', value: 90.7 })
    const r = evaluateGoodDaysRatio(good, days, { asOf })
    expect(r.variants).toBeUndefined()
    expect(r.explanation.en).not.toMatch(/The verdict uses/)
  })
})

describe('a region’s pollution-day ratio: the best case of each member', () => {
  const region = {
    id: 'im',
    zh: '全区',
    en: 'Whole region',
    kind: 'region' as const,
    members: [
      { id: 'a', zh: '甲市', en: 'City A' },
      { id: 'b', zh: '乙市', en: 'City B' },
    ],
  }
  const heavy = airTarget({
    metric: 'heavyPollutionDaysRatio',
    comparator: 'atMost',
    value: 0.5,
    scope: region,
  })
  const members = (heavyDaysOfA: number) => [
    ...airDays('a', '2025-01-01', '2025-01-10', (i) => (i < heavyDaysOfA ? 180 : 30)),
    ...airDays('b', '2025-01-01', '2025-01-10', () => 30),
  ]

  it('is the heavy days so far over the whole year: every remaining day clean', () => {
    // 10 days so far, 355 to come. a: 1 heavy day, at best 1 / 365 = 0.274 %; b: 0. Mean
    // 0.137 % ≤ 0.5 %: still reachable, though the mean so far is (10 + 0) / 2 = 5 %.
    const r = evaluateHeavyPollutionDaysRatio(heavy, members(1), { asOf })
    expect(r.actual?.exact).toBe('5')
    expect(r.reachability).toMatchObject({
      reachable: true,
      remaining: 355,
      requirement: { kind: 'bestCase', value: 0.1 },
    })
    expect(r.status).toBe('atRisk')
  })

  it('is lost once the best mean is over the limit', () => {
    // a: 5 heavy days, at best 5 / 365 = 1.370 %; mean 0.685 % → 0.7 > 0.5
    const r = evaluateHeavyPollutionDaysRatio(heavy, members(5), { asOf })
    expect(r.reachability).toMatchObject({
      reachable: false,
      requirement: { kind: 'bestCase', value: 0.7 },
    })
    expect(r.status).toBe('unreachable')
  })
})

describe('air-day ratios, explained', () => {
  // one heavy day (PM2.5 180 → AQI 230) in ten: 10 %. Of 365 days at most 2 may be heavy:
  // 2 / 365 = 0.548 % publishes as 0.5, 3 / 365 = 0.822 % as 0.8 (GB/T 8170)
  const tenDays = airDays('im', '2025-01-01', '2025-01-10', (i) => (i === 0 ? 180 : 30))

  it('counts pollution days among valid days, and the room left in the year', () => {
    const heavy = airTarget({ metric: 'heavyPollutionDaysRatio', comparator: 'atMost', value: 0.5 })
    const r = evaluateHeavyPollutionDaysRatio(heavy, tenDays, { asOf })
    expect(r.explanation).toEqual({
      zh: '10个有效天中重污染天1，比例10%（目标不超过0.5%）。365个有效天中重污染天至多2个，还可再有1个。',
      en: '1 heavy-pollution day of 10 valid days, 10 % (target at most 0.5 %). At most 2 of 365 valid days may be heavy-pollution days; 1 more can be absorbed.',
    })
    expect(r.reachability?.requirement).toEqual({
      kind: 'maxMoreFailing',
      value: 1,
      unit: 'valid days',
    })
  })

  it('counts good days among valid days', () => {
    // 9 of 10; 90.7 % of 365 needs 331 good days (331 / 365 = 90.68 % → 90.7), so 33 more
    // of the 355 to come may fall short
    const good = airTarget({ metric: 'goodDaysRatio', value: 90.7 })
    const r = evaluateGoodDaysRatio(good, tenDays, { asOf })
    expect(r.explanation).toEqual({
      zh: '10个有效天中优良天9，比例90%（目标不低于90.7%）。若剩余355天均为有效天，全年共365个有效天，需优良天至少331个，剩余天数中至多还可有33个非优良天。',
      en: '9 good days of 10 valid days, 90 % (target at least 90.7 %). If all 355 remaining days are valid, the year has 365 valid days and needs at least 331 good days: at most 33 more days may fall short.',
    })
  })

  it('has an empty coverage before the period starts', () => {
    const good = airTarget({ metric: 'goodDaysRatio', value: 90.7 })
    const r = evaluateGoodDaysRatio(good, tenDays, { asOf: '2024-12-31' })
    expect(r.status).toBe('insufficientData')
    expect(r.coverage).toEqual({ unit: 'days', used: 0, expected: 0, excluded: [] })
  })
})
