import { describe, expect, it } from 'vitest'
import {
  evaluateGoodDaysRatio,
  evaluatePlan,
  evaluatePm25Mean,
  type ObservationInput,
} from '../../../src/index.js'
import { airDays, airTarget } from '../../_helpers/air-days.js'
import { MINI_PLAN } from '../../_helpers/plan-fixtures.js'

// A plan to 2025 from base year 2020, with a base of 35 µg/m³ so that the 2024 milestone and
// the 2025 target fall on different levels: 7.1 % asks at most 32 µg/m³ (8.57 % below 35), the
// 2024 milestone 7.1 × (2024 − 2020) / (2025 − 2020) = 5.68 % → 5.7 % at most 33 (5.71 %).
const toward2025 = airTarget({
  id: 'air.pm25-2025',
  metric: 'pm25Mean',
  comparator: 'decrease',
  value: 7.1,
  baseYear: 2020,
  baseValue: 35,
  period: { start: '2021-01-01', end: '2025-12-31' },
})
const yearOf = (y: number, value: number) => airDays('im', `${y}-01-01`, `${y}-12-31`, () => value)

describe('a target over several years (时序进度)', () => {
  it('judges 2024 against its milestone on the line from 2020 to 2025: on track, not met', () => {
    const r = evaluatePm25Mean(toward2025, yearOf(2024, 33), { asOf: '2024-12-31' })
    expect(r.status).toBe('onTrack')
    expect(r.expected.value).toBe(5.7)
    expect(r.actual?.published).toBe(5.7)
    expect(r.schedule).toEqual({
      rule: 'linear',
      basis: 'linear',
      period: { start: '2021-01-01', end: '2025-12-31' },
      year: 2024,
      targetYear: 2025,
      baseYear: 2020,
      fraction: 0.8,
      requirement: 5.7,
      final: 7.1,
    })
    // the year's own window (2024 has 366 days)
    expect(r.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', totalDays: 366 })
  })

  it('is at risk, not failed, when a year before the last misses its milestone', () => {
    // 34: (35 − 34) / 35 = 2.86 % < 5.7
    const r = evaluatePm25Mean(toward2025, yearOf(2024, 34), { asOf: '2024-12-31' })
    expect(r.status).toBe('atRisk')
    expect(r.explanation.en).toMatch(/the 2025 target is 7.1 % below 2020/)
  })

  it('is final in the target year, against the target itself', () => {
    const onLine = evaluatePm25Mean(toward2025, yearOf(2025, 33), { asOf: '2025-12-31' })
    expect(onLine.status).toBe('notMet') // 5.71 % < 7.1 %
    expect(onLine.schedule?.basis).toBe('finalYear')
    expect(onLine.expected.value).toBe(7.1)
    expect(evaluatePm25Mean(toward2025, yearOf(2025, 32), { asOf: '2025-12-31' }).status).toBe(
      'met',
    )
  })

  it('holds every year to the final target with schedule: final', () => {
    const r = evaluatePm25Mean(toward2025, yearOf(2024, 33), {
      asOf: '2024-12-31',
      schedule: 'final',
    })
    expect(r.status).toBe('atRisk')
    expect(r.schedule).toMatchObject({ rule: 'final', basis: 'finalTarget', requirement: 7.1 })
  })

  it('draws a level target from its base value, and holds it to the target without one', () => {
    const good = airTarget({
      metric: 'goodDaysRatio',
      value: 90.7,
      baseYear: 2020,
      baseValue: 88,
      period: { start: '2021-01-01', end: '2025-12-31' },
    })
    // 88 + (90.7 − 88) × 0.8 = 90.16 → 90.2 %: 331 good days of 366 are 90.44 % → 90.4
    const days2024 = airDays('im', '2024-01-01', '2024-12-31', (i) => (i < 331 ? 30 : 90))
    const r = evaluateGoodDaysRatio(good, days2024, { asOf: '2024-12-31' })
    expect(r.schedule).toMatchObject({ basis: 'linear', requirement: 90.2 })
    expect(r.status).toBe('onTrack')
    const { baseValue: _b, ...noBase } = good
    const held = evaluateGoodDaysRatio(noBase, days2024, { asOf: '2024-12-31' })
    expect(held.schedule).toMatchObject({ basis: 'finalTarget', requirement: 90.7 })
    expect(held.status).toBe('atRisk') // 90.4 < 90.7
  })

  it('gives within the year the reachability of the milestone, and never says the target is lost', () => {
    // 2024 needs 330 good days of 366 (90.16 % → 90.2; 329 are 89.89 %): at most 36 may fall
    // short, and by 30 June (182 days) 40 already have
    const days = airDays('im', '2024-01-01', '2024-06-30', (i) => (i < 40 ? 90 : 30))
    const good = airTarget({
      metric: 'goodDaysRatio',
      value: 90.7,
      baseYear: 2020,
      baseValue: 88,
      period: { start: '2021-01-01', end: '2025-12-31' },
    })
    const r = evaluateGoodDaysRatio(good, days, { asOf: '2024-06-30' })
    expect(r.reachability?.reachable).toBe(false)
    expect(r.status).toBe('atRisk')
  })

  it('has insufficient data for a year without data', () => {
    expect(evaluatePm25Mean(toward2025, [], { asOf: '2023-12-31' })).toMatchObject({
      status: 'insufficientData',
      schedule: { year: 2023, requirement: 4.3 }, // 7.1 × 3/5 = 4.26 → 4.3
    })
  })

  it('runs through evaluatePlan with the schedule option echoed', () => {
    const plan = {
      ...MINI_PLAN,
      targets: [toward2025],
      tasks: [],
      pillars: [{ ...MINI_PLAN.pillars[0]!, id: 'air' }],
    }
    const observations: ObservationInput[] = yearOf(2024, 33)
    const e = evaluatePlan(plan, observations, { asOf: '2024-12-31', schedule: 'final' })
    expect(e.options.schedule).toBe('final')
    expect(e.targets[0]?.status).toBe('atRisk')
    expect(e.airCalendar).toEqual([])
  })
})
