import { describe, expect, it } from 'vitest'
import { evaluateChecklist } from '../../src/evaluate/checklist.js'
import { dueDateOf } from '../../src/evaluate/due-date.js'
import { ChecklistSchema, InputError, type TargetResult } from '../../src/index.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'

const task = (id: string) => MINI_PLAN.tasks.find((t) => t.id === id)!
const byId = (c: ReturnType<typeof evaluateChecklist>, id: string) =>
  c.tasks.find((t) => t.task === id)!

describe('dueDateOf', () => {
  it('uses the end of the last window, else the end of the plan year', () => {
    expect(dueDateOf(task('air.olympics'), MINI_PLAN)).toBe('2022-03-13')
    expect(dueDateOf(task('party.study'), MINI_PLAN)).toBe('2022-12-31')
    expect(dueDateOf({ ...task('party.study'), due: '2022-06-30' }, MINI_PLAN)).toBe('2022-06-30')
  })
})

describe('evaluateChecklist', () => {
  const updates = [
    { task: 'rural.villages', date: '2022-06-30', status: 'inProgress' as const, progress: 30 },
    { task: 'rural.villages', date: '2022-12-20', status: 'done' as const, progress: 44 },
    { task: 'waste.batteries', date: '2022-11-30', status: 'inProgress' as const, progress: 51.2 },
    {
      task: 'air.olympics',
      date: '2022-03-15',
      status: 'done' as const,
      evidence: 'https://example.org/a',
    },
    { task: 'party.study', date: '2023-01-05', status: 'done' as const },
  ]

  it('takes the latest update on or before the date; none means not started', () => {
    const c = evaluateChecklist(MINI_PLAN, updates, { asOf: '2022-06-30' })
    expect(byId(c, 'rural.villages')).toMatchObject({
      status: 'inProgress',
      progress: { value: 30, objective: 45, unit: 'villages', ratio: 30 / 45 },
    })
    expect(byId(c, 'party.study')).toMatchObject({
      status: 'notStarted',
      reportedStatus: null,
      flags: ['noUpdate'],
    })
  })

  it('keeps a counted task in progress until its count is reached, whatever the update says', () => {
    const c = evaluateChecklist(MINI_PLAN, updates, { asOf: '2022-12-31' })
    expect(byId(c, 'rural.villages')).toMatchObject({
      status: 'inProgress',
      reportedStatus: 'done',
      overdue: false,
    })
    expect(byId(c, 'rural.villages').flags).toContain('doneBelowObjective')
    expect(byId(c, 'waste.batteries')).toMatchObject({
      status: 'done',
      flags: ['objectiveReached'],
    })
  })

  it('marks tasks overdue after their due date', () => {
    // The Olympics task is due 2022-03-13 and was done on 03-15: not overdue as of 03-20,
    // but overdue as of 03-14 when it was not yet done.
    expect(
      byId(evaluateChecklist(MINI_PLAN, updates, { asOf: '2022-03-14' }), 'air.olympics').overdue,
    ).toBe(true)
    expect(
      byId(evaluateChecklist(MINI_PLAN, updates, { asOf: '2022-03-20' }), 'air.olympics').overdue,
    ).toBe(false)
    const end = evaluateChecklist(MINI_PLAN, updates, { asOf: '2023-01-01' })
    // party.study was reported done only on 2023-01-05, after this date
    expect(end.overdue).toEqual(['rural.villages', 'party.study'])
    expect(end.totals).toEqual({
      total: 4,
      notStarted: 1,
      inProgress: 1,
      done: 2,
      blocked: 0,
      notApplicable: 0,
      overdue: 2,
    })
  })

  it('flags a task during its window', () => {
    expect(
      byId(evaluateChecklist(MINI_PLAN, [], { asOf: '2022-02-10' }), 'air.olympics').flags,
    ).toContain('inWindow')
  })

  it('summarises by pillar and domain and lists counted tasks', () => {
    const c = evaluateChecklist(MINI_PLAN, updates, { asOf: '2022-12-31' })
    expect(c.byPillar).toEqual([
      {
        pillar: 'pollution',
        total: 3,
        notStarted: 0,
        inProgress: 1,
        done: 2,
        blocked: 0,
        notApplicable: 0,
        overdue: 0,
      },
      {
        pillar: 'party',
        total: 1,
        notStarted: 1,
        inProgress: 0,
        done: 0,
        blocked: 0,
        notApplicable: 0,
        overdue: 0,
      },
    ])
    expect(c.byDomain.find((d) => d.domain === 'rural')).toMatchObject({ total: 1, inProgress: 1 })
    expect(c.counted).toEqual(['rural.villages', 'waste.batteries'])
    expect(ChecklistSchema.safeParse(c).success).toBe(true)
  })

  it('lists the tasks serving targets at risk', () => {
    const atRisk = { target: 'air.good-days-ratio', status: 'atRisk' } as TargetResult
    const c = evaluateChecklist(MINI_PLAN, [], { asOf: '2022-06-30', targetResults: [atRisk] })
    expect(c.atRisk).toEqual([
      { target: 'air.good-days-ratio', status: 'atRisk', tasks: ['air.olympics'] },
    ])
    expect(byId(c, 'air.olympics').flags).toContain('servesAtRiskTarget')
  })

  it('rejects updates for tasks the plan does not have, naming them', () => {
    let error: unknown
    try {
      evaluateChecklist(MINI_PLAN, [{ task: 'air.nope', date: '2022-01-01', status: 'done' }], {
        asOf: '2022-06-30',
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const [issue] = (error as InputError).issues
    expect(issue.path).toEqual(['updates', 0, 'task'])
    expect(issue.code).toBe('invalid_value')
    expect(issue.received).toBe('"air.nope"')
  })

  it('does not mutate its input', () => {
    const copy = structuredClone(updates)
    evaluateChecklist(MINI_PLAN, updates, { asOf: '2022-12-31' })
    expect(updates).toEqual(copy)
  })
})
