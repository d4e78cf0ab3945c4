import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js'
import { formatIssuePath, InputError, PlanEvaluationSchema } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'

describe('evaluatePlan', () => {
  it('returns one result per target and a schema-valid evaluation', () => {
    const e = evaluatePlan(
      plan2022,
      [{ kind: 'landPlot', plot: 'p1', year: 2022, safeUse: true }],
      { asOf: '2022-12-31' },
    )
    expect(e.targets.map((r) => r.target)).toEqual(plan2022.targets.map((t) => t.id))
    expect(e.targets.find((r) => r.target === 'soil.contaminated-land-safe-use')?.status).toBe(
      'met',
    )
    expect(PlanEvaluationSchema.safeParse(e).success).toBe(true)
    expect(e.checklist).toBeNull()
  })

  it('never passes a target without data', () => {
    const e = evaluatePlan(plan2022, [], { asOf: '2022-12-31' })
    expect(new Set(e.targets.map((r) => r.status))).toEqual(new Set(['insufficientData']))
    expect(e.summary.targets.insufficientData).toBe(13)
  })

  it('evaluates task objectives and the checklist', () => {
    const e = evaluatePlan(
      MINI_PLAN,
      [{ kind: 'batteryCollection', year: 2022, collectedTonnes: 1, generatedTonnes: 4 }],
      {
        asOf: '2022-12-31',
        taskUpdates: [{ task: 'party.study', date: '2022-05-01', status: 'done' }],
      },
    )
    expect(e.objectives).toHaveLength(1)
    expect(e.objectives[0]).toMatchObject({
      target: 'waste.batteries',
      status: 'notMet',
      actual: { published: 25 },
    })
    expect(e.checklist?.totals.done).toBe(1)
    expect(e.summary.objectives.notMet).toBe(1)
  })

  it('rejects bad observations with the path of the problem', () => {
    const bad = () =>
      evaluatePlan(
        plan2022,
        [
          { kind: 'landPlot', plot: 'p1', year: 2022, safeUse: true },
          { kind: 'dustDay', date: '2022-02-30' },
        ],
        {
          asOf: '2022-12-31',
        },
      )
    expect(bad).toThrow(InputError)
    try {
      bad()
    } catch (e) {
      expect(formatIssuePath((e as InputError).issues[0].path)).toBe('observations[1].date')
    }
  })

  it('rejects a bad asOf and bad task updates', () => {
    expect(() => evaluatePlan(plan2022, [], { asOf: '2022-13-01' })).toThrow(/→ at options\.asOf$/)
    expect(() =>
      evaluatePlan(plan2022, [], {
        asOf: '2022-12-31',
        taskUpdates: [{ task: 'x', date: '2022-01-01', status: 'finished' as 'done' }],
      }),
    ).toThrow(/→ at options\.taskUpdates\[0\]\.status$/)
  })

  it('does not change its inputs', () => {
    const observations = [{ kind: 'dustDay' as const, date: '2022-03-01' }]
    const copy = structuredClone(observations)
    evaluatePlan(plan2022, observations, { asOf: '2022-12-31' })
    expect(observations).toEqual(copy)
  })
})
