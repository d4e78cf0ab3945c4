import { describe, expect, it } from 'vitest'
import { eachDate } from '../../src/_lib/calendar.js'
import { evaluatePm25Mean } from '../../src/evaluate/pm25-mean.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const datesOf = (p: { start: string; end: string }) => eachDate(p.start, p.end)

const pm25 = target2022('air.pm25-annual-mean')
const day = (date: string, value: number | null): Observation =>
  ({
    kind: 'airDaily',
    scope: 'central-city',
    date,
    so2: 10,
    no2: 20,
    co: 0.5,
    pm10: 40,
    pm25: value,
    o3_1h: 80,
    o3_8h: 70,
  }) as Observation
const days = (end: string, value: (i: number) => number | null) =>
  datesOf({ start: '2022-01-01', end }).map((d, i) => day(d, value(i)))

describe('evaluatePm25Mean', () => {
  it('publishes 23.49 as 23 (met) and 23.5 as 24 (not met)', () => {
    // 365 days: 186 at 23 and 179 at 24 → (4278 + 4296) / 365 = 23.4904… → 23
    const met = evaluatePm25Mean(
      pm25,
      days('2022-12-31', (i) => (i < 186 ? 23 : 24)),
      { asOf: '2022-12-31' },
    )
    expect(met).toMatchObject({ status: 'met', actual: { published: 23 }, margin: 0 })
    // 2 days at 23 and 24 → 23.5 → 24 (5 after an odd 3 rounds up)
    const edge = evaluatePm25Mean(pm25, [day('2022-01-01', 23), day('2022-01-02', 24)], {
      asOf: '2022-12-31',
      requireAnnualValidity: false,
    })
    expect(edge).toMatchObject({ status: 'notMet', actual: { published: 24 }, margin: -1 })
  })

  it('gives the mean the rest of the year must stay below', () => {
    // 181 days at 25 (S = 4525): (23.5 × 365 − 4525) / 184 = 22.0244…
    const r = evaluatePm25Mean(
      pm25,
      days('2022-06-30', () => 25),
      { asOf: '2022-06-30' },
    )
    expect(r.status).toBe('atRisk')
    expect(r.reachability).toMatchObject({
      reachable: true,
      remaining: 184,
      requirement: { kind: 'maxMeanOfRemaining', value: 22.02, unit: 'µg/m³' },
    })
    expect(r.explanation.en).toContain('must average below 22.02 µg/m³')
  })

  it('is unreachable when even zero for the rest cannot bring the mean down', () => {
    // 300 days at 30 = 9000 > 23.5 × 365 = 8577.5
    const r = evaluatePm25Mean(
      pm25,
      days('2022-10-27', () => 30),
      { asOf: '2022-10-27' },
    )
    expect(r.status).toBe('unreachable')
  })

  it('averages only valid daily values and lists the missing ones', () => {
    const r = evaluatePm25Mean(
      pm25,
      [day('2022-01-01', 20), day('2022-01-02', null), day('2022-01-03', 30)],
      {
        asOf: '2022-01-03',
      },
    )
    expect(r.actual?.value).toBe(25)
    expect(r.coverage).toMatchObject({
      used: 2,
      excluded: [{ reason: 'missingIndicator', items: ['2022-01-02'] }],
    })
  })

  it('takes dust-day PM2.5 out of the mean and reports the raw mean', () => {
    const obs = [
      day('2022-03-01', 20),
      day('2022-03-02', 80),
      { kind: 'dustDay', date: '2022-03-02', scope: 'central-city' } as Observation,
    ]
    const r = evaluatePm25Mean(pm25, obs, { asOf: '2022-03-02' })
    expect(r.actual?.value).toBe(20)
    expect(r.variants?.map((v) => [v.label, v.actual?.published])).toEqual([
      ['raw', 50],
      ['dustDeducted', 20],
    ])
    expect(r.coverage.excluded).toContainEqual({
      reason: 'dustDay',
      count: 1,
      items: ['2022-03-02'],
    })
    // January and February have no data at all: listed, not counted
    expect(r.coverage.excluded.find((e) => e.reason === 'noData')?.count).toBe(59)
  })

  it('judges each variant on its own mean: raw 50 misses 35, deducted 20 stays within it', () => {
    // As of 2022-03-02, 2 days of 365: the raw mean 50 can still come down (atRisk or onTrack by
    // the rest of the year), the deducted mean 20 is within 35 now; at year end with only these
    // days the raw figure is notMet and the deducted one met.
    const obs = [
      day('2022-03-01', 20),
      day('2022-03-02', 80),
      { kind: 'dustDay', date: '2022-03-02', scope: 'central-city' } as Observation,
    ]
    const end = evaluatePm25Mean(pm25, obs, { asOf: '2022-12-31', requireAnnualValidity: false })
    expect(end.variants?.map((v) => [v.label, v.status, v.description.en])).toEqual([
      ['raw', 'notMet', 'Raw mean, dust-affected days included'],
      ['dustDeducted', 'met', 'Mean with dust-affected days deducted'],
    ])
    expect(end.status).toBe('met')
    expect(end.reachability).toBeUndefined()
  })

  it('requires GB 3095 annual validity at year end', () => {
    // every 4th day missing: 273 values, under 324, and every month short of 27
    const r = evaluatePm25Mean(
      pm25,
      days('2022-12-31', (i) => (i % 4 === 0 ? null : 20)),
      { asOf: '2022-12-31' },
    )
    expect(r.status).toBe('insufficientData')
    expect(r.explanation.en).toMatch(/annual validity is not met/)
  })

  it('gives insufficientData without data and rejects another metric', () => {
    expect(evaluatePm25Mean(pm25, [], { asOf: '2022-06-30' }).status).toBe('insufficientData')
    expect(() =>
      evaluatePm25Mean(target2022('air.good-days-ratio'), [], { asOf: '2022-06-30' }),
    ).toThrow(/pm25Mean/)
  })
})
