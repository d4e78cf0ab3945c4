import { describe, expect, it } from 'vitest'
import { eachDate } from '../../src/_lib/calendar.js'

const datesOf = (p: { start: string; end: string }) => eachDate(p.start, p.end)

import {
  evaluateGoodDaysRatio,
  evaluateHeavyPollutionDaysRatio,
} from '../../src/evaluate/air-days.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

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
