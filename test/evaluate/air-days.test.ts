import { describe, expect, it } from 'vitest'
import { eachDate } from '../../src/_lib/calendar.js'
import {
  evaluateGoodDaysRatio,
  evaluateHeavyPollutionDaysRatio,
  evaluateSeverePollutionDaysRatio,
} from '../../src/evaluate/air-days.js'
import type { Observation, ObservationInput } from '../../src/index.js'
import { airDays, airTarget } from '../_helpers/air-days.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const datesOf = (p: { start: string; end: string }) => eachDate(p.start, p.end)

const good = target2022('air.good-days-ratio')
const heavy = target2022('air.heavy-pollution-days-ratio')

// PM2.5 decides each day's AQI (every other IAQI stays below 50):
// 30 → IAQI 43 (优), 90 → 119 (轻度), 180 → 230 (重度) by HJ 633-2012 Table 1.
const day = (date: string, pm25: number | null, over: Partial<Observation> = {}): Observation =>
  ({
    kind: 'airDaily',
    scope: 'central-city',
    date,
    so2: 10,
    no2: 20,
    co: 0.5,
    pm10: 40,
    pm25,
    o3_1h: 80,
    o3_8h: 70,
    ...over,
  }) as Observation

/** Days of 2022 from `start` to `end` with PM2.5 30, except the dates given. */
function year(end: string, special: Record<string, number | null> = {}): Observation[] {
  return datesOf({ start: '2022-01-01', end }).map((d) =>
    day(d, d in special ? (special[d] ?? null) : 30),
  )
}
/** `n` non-good days (PM2.5 90), every `step` days from 2 January. */
const nonGood = (n: number, step = 7) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      datesOf({ start: '2022-01-01', end: '2022-12-31' })[1 + i * step]!,
      90,
    ]),
  )

describe('evaluateGoodDaysRatio', () => {
  it('meets 91.6 % with 335 good days of 365 and misses it with 334', () => {
    const met = evaluateGoodDaysRatio(good, year('2022-12-31', nonGood(30)), { asOf: '2022-12-31' })
    expect(met).toMatchObject({
      status: 'met',
      actual: { published: 91.8 },
      margin: 0.2,
      coverage: { used: 365 },
    })
    const missed = evaluateGoodDaysRatio(good, year('2022-12-31', nonGood(31)), {
      asOf: '2022-12-31',
    })
    expect(missed).toMatchObject({ status: 'notMet', actual: { published: 91.5 } })
  })

  it('on 30 June with 10 non-good days leaves room for 20 more', () => {
    const r = evaluateGoodDaysRatio(good, year('2022-06-30', nonGood(10, 5)), {
      asOf: '2022-06-30',
    })
    expect(r.status).toBe('onTrack')
    expect(r.actual?.published).toBe(94.5) // 171 / 181
    expect(r.reachability).toMatchObject({
      reachable: true,
      remaining: 184,
      requirement: { kind: 'maxNonGoodDays', value: 20 },
    })
    expect(r.explanation.en).toContain('at most 20 more')
  })

  it('is unreachable once 31 non-good days have happened', () => {
    const r = evaluateGoodDaysRatio(good, year('2022-06-30', nonGood(31, 5)), {
      asOf: '2022-06-30',
    }) // up to 1 June
    expect(r.status).toBe('unreachable')
    expect(r.reachability?.reachable).toBe(false)
  })

  it('leaves out days with a missing indicator, and says so', () => {
    const r = evaluateGoodDaysRatio(
      good,
      [day('2022-01-01', 30), day('2022-01-02', 30, { o3_8h: null })],
      { asOf: '2022-01-02' },
    )
    expect(r.coverage).toMatchObject({ used: 1, expected: 2 })
    expect(r.coverage.excluded).toMatchObject([
      { reason: 'missingIndicator', count: 1, items: ['2022-01-02'] },
    ])
  })

  it('deducts dust days by default and returns the raw figure too', () => {
    const obs = [
      ...year('2022-01-10', { '2022-01-05': 90 }),
      { kind: 'dustDay', date: '2022-01-05', scope: 'central-city' } as Observation,
    ]
    const r = evaluateGoodDaysRatio(good, obs, { asOf: '2022-01-10' })
    expect(r.actual?.published).toBe(100) // 9 of 9 with the dust day out
    expect(r.variants?.map((v) => [v.label, v.actual?.published])).toEqual([
      ['raw', 90],
      ['dustDeducted', 100],
    ])
    expect(r.options).toMatchObject({ verdictBasis: 'deducted', dustRatioMethod: 'excludeDays' })
    const raw = evaluateGoodDaysRatio(good, obs, { asOf: '2022-01-10', verdictBasis: 'raw' })
    expect(raw.actual?.published).toBe(90)
  })

  it('requires the annual validity at the end of the year', () => {
    // only 300 days of data: no verdict, whatever the ratio
    const r = evaluateGoodDaysRatio(good, year('2022-10-27'), { asOf: '2022-12-31' })
    expect(r.status).toBe('insufficientData')
    expect(r.actual?.published).toBe(100)
    expect(r.explanation.en).toMatch(/a year needs at least 324/)
    const lenient = evaluateGoodDaysRatio(good, year('2022-10-27'), {
      asOf: '2022-12-31',
      requireAnnualValidity: false,
    })
    expect(lenient.status).toBe('met')
  })

  it('ignores other scopes and gives insufficientData without data', () => {
    const r = evaluateGoodDaysRatio(
      good,
      [day('2022-01-01', 30, { scope: 'county-a' } as Partial<Observation>)],
      { asOf: '2022-01-31' },
    )
    expect(r.status).toBe('insufficientData')
    expect(evaluateGoodDaysRatio(good, [], { asOf: '2021-12-31' }).status).toBe('insufficientData')
  })

  it('rejects a target of another metric', () => {
    expect(() => evaluateGoodDaysRatio(heavy, [], { asOf: '2022-12-31' })).toThrow(/goodDaysRatio/)
  })
})

describe('evaluateHeavyPollutionDaysRatio', () => {
  it('is on track with no heavy day and notMet from the first one', () => {
    expect(
      evaluateHeavyPollutionDaysRatio(heavy, year('2022-03-31'), { asOf: '2022-03-31' }).status,
    ).toBe('onTrack')
    const r = evaluateHeavyPollutionDaysRatio(heavy, year('2022-03-31', { '2022-02-01': 180 }), {
      asOf: '2022-03-31',
    })
    expect(r).toMatchObject({ status: 'notMet', actual: { published: 1.1 } }) // 1 of 90
  })

  it('is met at year end with none', () => {
    const r = evaluateHeavyPollutionDaysRatio(heavy, year('2022-12-31'), { asOf: '2022-12-31' })
    expect(r).toMatchObject({ status: 'met', actual: { published: 0 }, margin: 0 })
  })
})

// 重度及以上污染天数比率 ≤ 0.5 % (AQI > 200) and 严重污染天数比率 ≤ 0.5 % (AQI > 300). Over 365
// valid days 2 days are 0.548 % → 0.5 (at the target), 3 are 0.822 % → 0.8 (over it).
const heavyLimit = airTarget({
  metric: 'heavyPollutionDaysRatio',
  comparator: 'atMost',
  value: 0.5,
})
const severe = airTarget({ metric: 'severePollutionDaysRatio', comparator: 'atMost', value: 0.5 })
const asOf2025 = '2025-12-31'
/** A year with `n` days of PM2.5 `bad` and the rest good. */
const year2025 = (n: number, bad: number) =>
  airDays('im', '2025-01-01', '2025-12-31', (i) => (i < n ? bad : 30))

describe('evaluateHeavyPollutionDaysRatio against a limit above zero', () => {
  it.each([
    [1, 'met', 0.3], // under
    [2, 'met', 0.5], // exactly at the target once published
    [3, 'notMet', 0.8], // over
  ] as const)('%i heavy days of 365: %s (%f %)', (n, status, published) => {
    const r = evaluateHeavyPollutionDaysRatio(heavyLimit, year2025(n, 180), { asOf: asOf2025 })
    expect(r.status).toBe(status)
    expect(r.actual?.published).toBe(published)
  })

  it('has insufficient data without days', () => {
    expect(evaluateHeavyPollutionDaysRatio(heavyLimit, [], { asOf: asOf2025 }).status).toBe(
      'insufficientData',
    )
  })

  it('says how many more heavy days the year can absorb, and fails once it cannot', () => {
    const days = (n: number) => airDays('im', '2025-01-01', '2025-01-10', (i) => (i < n ? 180 : 30))
    // 10 days to 10 January, 355 to come: the year may hold 2 heavy days
    const one = evaluateHeavyPollutionDaysRatio(heavyLimit, days(1), { asOf: '2025-01-10' })
    expect(one.status).toBe('atRisk') // 10 % so far
    expect(one.reachability).toMatchObject({
      reachable: true,
      requirement: { kind: 'maxMoreFailing', value: 1 },
    })
    // a third heavy day can never be undone: the target is lost for good
    expect(
      evaluateHeavyPollutionDaysRatio(heavyLimit, days(3), { asOf: '2025-01-10' }).status,
    ).toBe('notMet')
  })
})

describe('evaluateSeverePollutionDaysRatio', () => {
  it('counts only days above AQI 300: PM2.5 250 is AQI 300 exactly, 251 is 301', () => {
    // HJ 633-2012 表1: PM2.5 250 → 300, 350 → 400; 251 → 300 + 1 × 100 / 100 = 301
    expect(
      evaluateSeverePollutionDaysRatio(severe, year2025(3, 250), { asOf: asOf2025 }).actual
        ?.published,
    ).toBe(0)
    expect(
      evaluateSeverePollutionDaysRatio(severe, year2025(3, 251), { asOf: asOf2025 }).actual
        ?.published,
    ).toBe(0.8)
  })

  it.each([
    [1, 'met', 0.3],
    [2, 'met', 0.5],
    [3, 'notMet', 0.8],
  ] as const)('%i severe days of 365: %s', (n, status, published) => {
    const r = evaluateSeverePollutionDaysRatio(severe, year2025(n, 260), { asOf: asOf2025 })
    expect(r.status).toBe(status)
    expect(r.actual?.published).toBe(published)
  })

  it('has insufficient data without days, and gives the room left within the year', () => {
    expect(evaluateSeverePollutionDaysRatio(severe, [], { asOf: asOf2025 }).status).toBe(
      'insufficientData',
    )
    const jan = airDays('im', '2025-01-01', '2025-01-02', (i) => (i === 0 ? 260 : 30))
    const r = evaluateSeverePollutionDaysRatio(severe, jan, { asOf: '2025-01-02' })
    expect(r.reachability?.requirement).toMatchObject({ kind: 'maxMoreFailing', value: 1 })
  })

  it('leaves dust days out of the deducted figure, and recomputes them without PM', () => {
    const days = year2025(2, 260)
    const dust: ObservationInput = { kind: 'dustDay', scope: 'im', date: '2025-01-01' }
    // deducted (default excludeDays): 1 severe day of 364 valid = 0.27 % → 0.3; raw 2 of 365
    const r = evaluateSeverePollutionDaysRatio(severe, [...days, dust], { asOf: asOf2025 })
    expect(r.actual?.published).toBe(0.3)
    expect(r.variants?.map((v) => [v.label, v.actual?.published])).toEqual([
      ['raw', 0.5],
      ['dustDeducted', 0.3],
    ])
    // without PM the dust day's AQI is 43 at most: no longer severe, still valid
    const recomputed = evaluateSeverePollutionDaysRatio(severe, [...days, dust], {
      asOf: asOf2025,
      dustRatioMethod: 'recomputeWithoutPm',
    })
    expect(recomputed.actual?.published).toBe(0.3) // 1 of 365 = 0.27 %
    expect(recomputed.coverage.used).toBe(365)
  })

  it('is a TypeError for a target of another metric', () => {
    expect(() => evaluateSeverePollutionDaysRatio(heavyLimit, [], { asOf: asOf2025 })).toThrow(
      TypeError,
    )
  })
})
