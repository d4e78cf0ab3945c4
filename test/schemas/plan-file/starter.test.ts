import { describe, expect, it } from 'vitest'
import { evaluatePlan, InputError } from '../../../src/index.js'
import { readPlanFile } from '../../../src/schemas/plan-file/read.js'
import { planStarterText } from '../../../src/schemas/plan-file/starter.js'

describe('planStarterText', () => {
  it('is a YAML plan file that reads as it is, with a comment in both languages', () => {
    const text = planStarterText({ year: 2026 })
    const plan = readPlanFile(text, { file: 'starter.yaml' })
    expect(plan).toMatchObject({ id: 'plan-2026', year: 2026 })
    expect(plan.period).toEqual({ start: '2026-01-01', end: '2026-12-31' })
    expect(plan.targets.map((t) => [t.metric, t.comparator])).toEqual([
      ['goodDaysRatio', 'atLeast'],
      ['pm25Mean', 'decrease'],
      ['heavyPollutionDaysRatio', 'atMost'],
    ])
    expect(plan.targets[1]).toMatchObject({ baseYear: 2021, baseValue: 30 })
    expect(plan.targets[2]?.scope.members).toEqual([
      { id: 'district-a', zh: '甲区', en: 'District A' },
      { id: 'district-b', zh: '乙区', en: 'District B' },
    ])
    const comments = text.split('\n').filter((l) => l.startsWith('#'))
    expect(comments.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true)
    expect(comments.some((l) => /A plan file/.test(l))).toBe(true)
  })

  it('evaluates without data as insufficient, never as a pass', () => {
    const plan = readPlanFile(planStarterText({ year: 2026, id: 'my-city-2026' }))
    expect(plan.id).toBe('my-city-2026')
    const e = evaluatePlan(plan, [], { asOf: '2026-12-31' })
    expect(e.targets.map((t) => t.status)).toEqual([
      'insufficientData',
      'insufficientData',
      'insufficientData',
    ])
  })

  it('needs a year, and rejects a bad id and a misspelt option', () => {
    expect(() => planStarterText({} as never)).toThrow(InputError)
    expect(() => planStarterText({ year: 2026, id: 'My City' })).toThrow(InputError)
    expect(() => planStarterText({ year: 2026, yaer: 1 } as never)).toThrow(InputError)
  })
})
