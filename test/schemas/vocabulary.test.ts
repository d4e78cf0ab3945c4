import { describe, expect, it } from 'vitest'
import {
  ComparatorSchema,
  DOMAINS,
  DomainSchema,
  EMISSION_POLLUTANTS,
  EmissionPollutantSchema,
  METRICS,
  MetricIdSchema,
  RULE_SETS,
  RuleSetIdSchema,
} from '../../src/index.js'

describe('vocabulary', () => {
  it('names every domain, pollutant and rule set in both languages', () => {
    expect(Object.keys(DOMAINS).sort()).toEqual([...DomainSchema.options].sort())
    expect(Object.keys(EMISSION_POLLUTANTS).sort()).toEqual(
      [...EmissionPollutantSchema.options].sort(),
    )
    expect(Object.keys(RULE_SETS).sort()).toEqual([...RuleSetIdSchema.options].sort())
  })

  it('publishes percentages to one decimal and PM2.5 as an integer (decision 6)', () => {
    for (const id of MetricIdSchema.options) {
      const m = METRICS[id]
      if (m.unit === '%') expect(m.precision, id).toBe(1)
    }
    expect(METRICS.pm25Mean).toMatchObject({ unit: 'µg/m³', precision: 0, ruleSet: 'cn-air-2012' })
  })

  it('pins the 2012 air rule set to HJ 633-2012, GB 3095-2012, HJ 663-2013 and GB/T 8170 (decision 1)', () => {
    expect(RULE_SETS['cn-air-2012'].documents).toEqual([
      'HJ 633-2012',
      'GB 3095-2012',
      'HJ 663-2013',
      'GB/T 8170-2008',
    ])
  })

  it('has the five comparators', () => {
    expect(ComparatorSchema.options).toEqual([
      'atLeast',
      'atMost',
      'equals',
      'decrease',
      'reachReduction',
    ])
  })
})
