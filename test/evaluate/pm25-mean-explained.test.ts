import { describe, expect, it } from 'vitest'
import { evaluatePm25Mean } from '../../src/evaluate/pm25-mean.js'
import type { ObservationInput } from '../../src/index.js'
import { airDays, airTarget } from '../_helpers/air-days.js'

// The annual PM2.5 mean is published as an integer (GB/T 8170 half to even): 35.5 publishes as
// 36, so a limit of 35 holds only below 35.5; 34.5 publishes as 34, so a limit of 34 holds up to
// 34.5 inclusive. The mean the remaining days may have is floored to two decimals.
const limit = (value: number, scope?: Parameters<typeof airTarget>[0]['scope']) =>
  airTarget({
    metric: 'pm25Mean',
    comparator: 'atMost',
    value,
    unit: 'µg/m³',
    precision: 0,
    ...(scope ? { scope } : {}),
  })
const tenDays = airDays('im', '2025-01-01', '2025-01-10', () => 30) // sum 300
const asOf = '2025-01-10' // 355 days to come

describe('evaluatePm25Mean, explained', () => {
  it('gives the bound of the remaining days below an odd limit', () => {
    // (35.5 × 365 − 300) / 355 = 35.6549… → below 35.65
    const r = evaluatePm25Mean(limit(35), tenDays, { asOf })
    expect(r.status).toBe('onTrack')
    expect(r.reachability?.requirement).toEqual({
      kind: 'maxMeanOfRemaining',
      value: 35.65,
      unit: 'µg/m³',
    })
    expect(r.explanation).toEqual({
      zh: '10个有效日均值平均30微克/立方米，修约后30（目标不高于35）。剩余355天的PM2.5日均值平均需低于35.65微克/立方米，年均值方可达到35微克/立方米。',
      en: '10 valid daily means average 30 µg/m³, published as 30 (target at most 35). The remaining 355 days must average below 35.65 µg/m³ for the annual mean to publish at 35 µg/m³ or less.',
    })
    expect(r.reachability).toMatchObject({ remaining: 355, remainingUnit: 'days' })
    // no dust day: nothing excluded, no raw and deducted variants
    expect(r.coverage).toEqual({ unit: 'days', used: 10, expected: 10, excluded: [] })
    expect(r.variants).toBeUndefined()
  })

  it('gives an inclusive bound under an even limit', () => {
    // (34.5 × 365 − 300) / 355 = 34.6267… → at most 34.62
    const r = evaluatePm25Mean(limit(34), tenDays, { asOf })
    expect(r.reachability?.requirement.value).toBe(34.62)
    expect(r.explanation.en).toContain('The remaining 355 days must average at most 34.62 µg/m³')
    expect(r.explanation.zh).toContain('剩余355天的PM2.5日均值平均需不高于34.62微克/立方米')
  })

  it('says when even zero for the rest of the year is not enough', () => {
    // 335 days at 40 = 13 400 > 35.5 × 365 = 12 957.5
    const r = evaluatePm25Mean(
      limit(35),
      airDays('im', '2025-01-01', '2025-12-01', () => 40),
      {
        asOf: '2025-12-01',
      },
    )
    expect(r.status).toBe('unreachable')
    expect(r.reachability).toMatchObject({ reachable: false, remaining: 30 })
    expect(r.explanation).toEqual({
      zh: '335个有效日均值平均40微克/立方米，修约后40（目标不高于35）。即使剩余30天浓度为0，年均值也无法达到35微克/立方米。',
      en: '335 valid daily means average 40 µg/m³, published as 40 (target at most 35). Even a mean of 0 over the remaining 30 days cannot bring the annual mean to 35 µg/m³.',
    })
  })

  it('withholds the verdict of a year with enough days but a short month (GB 3095)', () => {
    // 1 February to 31 December: 334 valid days (≥ 324), but January has none (< 27)
    const r = evaluatePm25Mean(
      limit(35),
      airDays('im', '2025-02-01', '2025-12-31', () => 20),
      {
        asOf: '2025-12-31',
      },
    )
    expect(r.status).toBe('insufficientData')
    expect(r.reachability).toBeUndefined()
    expect(r.coverage.excluded.map((e) => [e.reason, e.count])).toEqual([['noData', 31]])
    expect(r.explanation).toEqual({
      zh: '334个有效日均值平均20微克/立方米，修约后20（目标不高于35）。有效日均值334个，2025-01不足，不满足GB 3095年均值数据有效性要求。',
      en: '334 valid daily means average 20 µg/m³, published as 20 (target at most 35). 334 valid daily means, too few in 2025-01: GB 3095 annual validity is not met.',
    })
    const lenient = evaluatePm25Mean(
      limit(35),
      airDays('im', '2025-02-01', '2025-12-31', () => 20),
      { asOf: '2025-12-31', requireAnnualValidity: false },
    )
    expect(lenient.status).toBe('met')
    expect(lenient.explanation.en).not.toMatch(/validity/)
  })

  it('names every short month, and a year of 322 days with no short month', () => {
    // from 1 March: 306 days, January and February without data
    const r = evaluatePm25Mean(
      limit(35),
      airDays('im', '2025-03-01', '2025-12-31', () => 20),
      {
        asOf: '2025-12-31',
      },
    )
    expect(r.explanation.zh).toContain('有效日均值306个，2025-01、2025-02不足，不满足')
    expect(r.explanation.en).toContain('306 valid daily means, too few in 2025-01, 2025-02: GB')
    const noData = r.coverage.excluded.find((e) => e.reason === 'noData')
    expect([noData?.count, noData?.items[0], noData?.items[58]]).toEqual([
      59,
      '2025-01-01',
      '2025-02-28',
    ])
    // GB 3095 表4: at least 27 days a month (25 in February) is 11 × 27 + 25 = 322 days, still
    // short of the 324 a year needs
    const minimal = airDays('im', '2025-01-01', '2025-12-31', () => 20).filter((o) => {
      const date = (o as { date: string }).date
      return Number(date.slice(8)) <= (date.slice(5, 7) === '02' ? 25 : 27)
    })
    expect(minimal).toHaveLength(322)
    const short = evaluatePm25Mean(limit(35), minimal, { asOf: '2025-12-31' })
    expect(short.status).toBe('insufficientData')
    expect(short.explanation).toEqual({
      zh: '322个有效日均值平均20微克/立方米，修约后20（目标不高于35）。有效日均值322个，不满足GB 3095年均值数据有效性要求。',
      en: '322 valid daily means average 20 µg/m³, published as 20 (target at most 35). 322 valid daily means: GB 3095 annual validity is not met.',
    })
  })

  it('has no figure before its period starts', () => {
    const r = evaluatePm25Mean(limit(35), tenDays, { asOf: '2024-12-31' })
    expect(r.status).toBe('insufficientData')
    expect(r.actual).toBeNull()
    expect(r.coverage).toEqual({ unit: 'days', used: 0, expected: 0, excluded: [] })
    expect(r.explanation.en).toMatch(/^No valid PM2\.5 daily means\./)
  })

  it('has no deducted mean when every day is a dust day', () => {
    const obs = [
      ...airDays('im', '2025-01-01', '2025-01-02', () => 80),
      { kind: 'dustDay', date: '2025-01-01', scope: 'im' } as ObservationInput,
      { kind: 'dustDay', date: '2025-01-02', scope: 'im' } as ObservationInput,
    ]
    const r = evaluatePm25Mean(limit(35), obs, { asOf: '2025-01-02' })
    expect(r.status).toBe('insufficientData')
    expect(r.variants?.map((v) => [v.label, v.status, v.actual?.published ?? null])).toEqual([
      ['raw', 'atRisk', 80],
      ['dustDeducted', 'insufficientData', null],
    ])
    expect(r.variants?.map((v) => v.description.zh)).toEqual([
      '含沙尘天气影响的原始值',
      '扣除沙尘天气影响后的值',
    ])
  })

  it('says there is no mean without a valid day', () => {
    const r = evaluatePm25Mean(limit(35), [], { asOf })
    expect(r.status).toBe('insufficientData')
    expect(r.explanation.en).toMatch(/^No valid PM2\.5 daily means\./)
    expect(r.explanation.zh).toMatch(/^无有效的PM2\.5日均值。/)
  })

  it('lists dust days as excluded only when the verdict deducts them', () => {
    const obs = [
      ...tenDays,
      { kind: 'dustDay', date: '2025-01-05', scope: 'im' } as ObservationInput,
    ]
    const deducted = evaluatePm25Mean(limit(35), obs, { asOf })
    expect(deducted.coverage).toMatchObject({
      used: 9,
      excluded: [{ reason: 'dustDay', count: 1, items: ['2025-01-05'] }],
    })
    const raw = evaluatePm25Mean(limit(35), obs, { asOf, verdictBasis: 'raw' })
    expect(raw.coverage).toMatchObject({ used: 10, excluded: [] })
    expect(raw.variants?.map((v) => [v.label, v.status])).toEqual([
      ['raw', 'onTrack'],
      ['dustDeducted', 'onTrack'],
    ])
  })
})

describe('a region’s PM2.5 mean: the best case of each member', () => {
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
  const members = (b: number) => [
    ...airDays('a', '2025-01-01', '2025-12-01', () => 40),
    ...airDays('b', '2025-01-01', '2025-12-01', () => b),
  ]

  it('is each member’s sum over the whole year, the remaining 30 days at zero', () => {
    // a: 335 × 40 / 365 = 36.71; b at 40 the same: mean 36.71 → 37 > 35
    const lost = evaluatePm25Mean(limit(35, region), members(40), { asOf: '2025-12-01' })
    expect(lost.status).toBe('unreachable')
    expect(lost.reachability).toMatchObject({
      reachable: false,
      remaining: 30,
      requirement: { kind: 'bestCase', value: 37 },
    })
    // b at 30: 335 × 30 / 365 = 27.53; mean (36.71 + 27.53) / 2 = 32.12 → 32 ≤ 35
    const open = evaluatePm25Mean(limit(35, region), members(30), { asOf: '2025-12-01' })
    expect(open.reachability).toMatchObject({
      reachable: true,
      requirement: { kind: 'bestCase', value: 32 },
    })
    expect(open.reachability?.explanation.en).toContain('at best be 32.12 µg/m³')
  })
})
