import { describe, expect, it } from 'vitest'
import { unitComplies } from '../../src/evaluate/_kernels/allowance-compliance.js'
import { evaluateAllowanceCompliance } from '../../src/evaluate/allowance-compliance.js'
import type { Observation, Target } from '../../src/index.js'

const target: Target = {
  id: 'climate.allowances',
  pillar: 'growth',
  domain: 'climate',
  title: { zh: '重点排放单位', en: 'Key emitting units' },
  metric: 'allowanceComplianceRatio',
  comparator: 'atLeast',
  value: 100,
  unit: '%',
  precision: 1,
  scope: { id: 'city', zh: '全市', en: 'Whole city' },
  period: { start: '2022-01-01', end: '2022-12-31' },
  ruleSet: 'cn-carbon-allowance-compliance',
  source: { paragraph: 1, quote: '13家重点排放单位' },
}
type Unit = Extract<Observation, { kind: 'carbonAllowance' }>
const unit = (id: string, over: Partial<Unit> = {}): Unit => ({
  kind: 'carbonAllowance',
  unit: id,
  year: 2021,
  verifiedEmissions: 1000,
  allowancesSurrendered: 1000,
  offsetsSurrendered: 0,
  onTime: true,
  ...over,
})

describe('unitComplies', () => {
  it('credits offsets only up to 5 % of the obligation', () => {
    expect(unitComplies(unit('a', { allowancesSurrendered: 950, offsetsSurrendered: 50 }))).toBe(
      true,
    ) // 950 + 50
    expect(unitComplies(unit('a', { allowancesSurrendered: 940, offsetsSurrendered: 100 }))).toBe(
      false,
    ) // 940 + 50 = 990
  })

  it('requires surrender on time and compares with the obligation when given', () => {
    expect(unitComplies(unit('a', { onTime: false }))).toBe(false)
    expect(unitComplies(unit('a', { obligation: 800, allowancesSurrendered: 800 }))).toBe(true)
    expect(unitComplies(unit('a', { onTime: null }))).toBeNull()
    expect(unitComplies(unit('a', { allowancesSurrendered: null }))).toBeNull()
  })
})

describe('evaluateAllowanceCompliance', () => {
  it('is met when all 13 units comply', () => {
    const units = Array.from({ length: 13 }, (_, i) => unit(`u${i}`))
    const r = evaluateAllowanceCompliance(target, units, { asOf: '2022-12-31', expectedUnits: 13 })
    expect(r).toMatchObject({
      status: 'met',
      actual: { published: 100 },
      coverage: { used: 13, expected: 13 },
    })
  })

  it('names the units that did not comply', () => {
    const units = [
      ...Array.from({ length: 12 }, (_, i) => unit(`u${i}`)),
      unit('late', { onTime: false }),
    ]
    const r = evaluateAllowanceCompliance(target, units, { asOf: '2022-12-31', expectedUnits: 13 })
    expect(r.status).toBe('notMet')
    expect(r.explanation.en).toMatch(/Not compliant: late/)
  })

  it('counts missing units as undetermined: no pass at year end without them', () => {
    const units = Array.from({ length: 12 }, (_, i) => unit(`u${i}`))
    const r = evaluateAllowanceCompliance(target, units, { asOf: '2022-12-31', expectedUnits: 13 })
    expect(r.status).toBe('insufficientData')
    expect(r.coverage.excluded).toEqual([{ reason: 'noRecord', count: 1, items: [] }])
  })

  it('reads only the emission year (the year before the plan year by default)', () => {
    const r = evaluateAllowanceCompliance(
      target,
      [unit('a'), unit('b', { year: 2020, onTime: false })],
      {
        asOf: '2022-12-31',
      },
    )
    expect(r).toMatchObject({ status: 'met', options: { emissionYear: 2021 } })
  })
})

describe('evaluateAllowanceCompliance explanation', () => {
  it('names the units that did not comply by name in Chinese, by id in English', () => {
    const r = evaluateAllowanceCompliance(
      target,
      [unit('a', { name: '甲电厂' }), unit('b', { name: '乙电厂', onTime: false })],
      { asOf: '2022-12-31' },
    )
    expect(r.explanation.zh).toContain('未履约：乙电厂。')
    expect(r.explanation.en).toContain('Not compliant: b.')
  })
})
