import { describe, expect, it } from 'vitest'
import {
  evaluateGoodDaysRatio,
  evaluatePlan,
  evaluatePm25Mean,
  TargetSchema,
} from '../../../src/index.js'
import { airDays, airTarget } from '../../_helpers/air-days.js'
import { MINI_PLAN } from '../../_helpers/plan-fixtures.js'

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
const good = airTarget({ metric: 'goodDaysRatio', value: 90.7, scope: region })
const asOf = '2025-12-31'
const year = (scope: string, goodDays: number) =>
  airDays(scope, '2025-01-01', '2025-12-31', (i) => (i < goodDays ? 30 : 90))

describe('a target of a region', () => {
  it('is met exactly at the target: the mean of 100 % and 81.37 % publishes as 90.7 %', () => {
    // b: 297 of 365 = 81.3699 %; (100 + 81.3699) / 2 = 90.685 → 90.7
    const r = evaluateGoodDaysRatio(good, [...year('a', 365), ...year('b', 297)], { asOf })
    expect(r.status).toBe('met')
    expect(r.actual).toMatchObject({ published: 90.7, exact: '90.6849315068' })
    expect(r.margin).toBe(0)
    expect(r.members?.map((m) => [m.scope, m.actual?.published, m.status])).toEqual([
      ['a', 100, 'met'],
      ['b', 81.4, 'notMet'],
    ])
    expect(r.coverage).toMatchObject({ unit: 'days', used: 730, expected: 730 })
    expect(r.options).toMatchObject({ members: 2 })
  })

  it('is not met one good day under, and met one over', () => {
    // 296: 81.0959 %, mean 90.548 → 90.5; 298: 81.6438 %, mean 90.822 → 90.8
    const under = evaluateGoodDaysRatio(good, [...year('a', 365), ...year('b', 296)], { asOf })
    expect(under).toMatchObject({ status: 'notMet', actual: { published: 90.5 } })
    const over = evaluateGoodDaysRatio(good, [...year('a', 365), ...year('b', 298)], { asOf })
    expect(over).toMatchObject({ status: 'met', actual: { published: 90.8 } })
  })

  it('has no figure while a member has none: never the mean of fewer members', () => {
    const r = evaluateGoodDaysRatio(good, year('a', 365), { asOf })
    expect(r.status).toBe('insufficientData')
    expect(r.actual).toBeNull()
    // the members are named as the plan names them
    expect(r.explanation.en).toMatch(/^City B has no usable figure/)
    expect(r.explanation.zh).toMatch(/^乙市无可用数值/)
  })

  it('reads only the observations of its members, not those given for the region itself', () => {
    const r = evaluateGoodDaysRatio(good, [...year('im', 365), ...year('a', 365)], { asOf })
    expect(r.status).toBe('insufficientData')
  })

  it('can still be reached while the mean of the members’ best cases reaches it', () => {
    const half = (scope: string, goodDays: number) =>
      airDays(scope, '2025-01-01', '2025-06-30', (i) => (i < goodDays ? 30 : 90))
    // by 30 June (181 days), 184 to come; best cases: a (181 + 184) / 365 = 100 %,
    // b (150 + 184) / 365 = 91.51 %: mean 95.75 % ≥ 90.7; now (100 + 82.87) / 2 = 91.44 %
    const reachable = evaluateGoodDaysRatio(good, [...half('a', 181), ...half('b', 150)], {
      asOf: '2025-06-30',
    })
    expect(reachable.status).toBe('onTrack')
    expect(reachable.reachability).toMatchObject({
      reachable: true,
      remaining: 184,
      requirement: { kind: 'bestCase', value: 95.8 },
    })
    // b (100 + 184) / 365 = 77.81 %: the best mean is 88.9 % < 90.7
    const lost = evaluateGoodDaysRatio(good, [...half('a', 181), ...half('b', 100)], {
      asOf: '2025-06-30',
    })
    expect(lost.status).toBe('unreachable')
    expect(lost.reachability?.requirement.value).toBe(88.9)
  })

  it('measures a decrease on the mean of its members', () => {
    const pm25 = airTarget({
      metric: 'pm25Mean',
      comparator: 'decrease',
      value: 7.1,
      baseYear: 2020,
      baseValue: 28,
      scope: region,
    })
    const days = (scope: string, v: number) => airDays(scope, '2025-01-01', '2025-12-31', () => v)
    // (24 + 28) / 2 = 26, 7.1 % below 28
    const r = evaluatePm25Mean(pm25, [...days('a', 24), ...days('b', 28)], { asOf })
    expect(r).toMatchObject({ status: 'met', actual: { published: 7.1 } })
    expect(r.members?.map((m) => [m.actual?.published, m.unit])).toEqual([
      [24, 'µg/m³'],
      [28, 'µg/m³'],
    ])
  })

  it('is accepted only for metrics with regional figures', () => {
    const sections = {
      ...good,
      metric: 'sectionsClassIToIIIRatio',
      ruleSet: 'cn-surface-water-2011',
    }
    const r = TargetSchema.safeParse(sections)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['scope.members'])
    const self = TargetSchema.safeParse({
      ...good,
      scope: { ...region, members: ['a', 'im', 'a'] },
    })
    expect(self.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'scope.members.1',
      'scope.members.2',
    ])
  })

  it('has no air calendar of its own in a plan evaluation', () => {
    const plan = {
      ...MINI_PLAN,
      targets: [good],
      tasks: [],
      pillars: [{ ...MINI_PLAN.pillars[0]!, id: 'air' }],
    }
    const e = evaluatePlan(plan, [...year('a', 365), ...year('b', 297)], { asOf })
    expect(e.targets[0]?.status).toBe('met')
    expect(e.airCalendar).toEqual([])
  })
})
