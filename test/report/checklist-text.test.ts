import { describe, expect, it } from 'vitest'
import { evaluateChecklist, renderChecklistText, summarizeChecklist } from '../../src/index.js'
import { PLAN_WITH_TASKS } from '../_helpers/plan-with-tasks.js'

// The 11 tasks of the fixture, without any update: all not started; the two with a due date
// (air.winter-olympics, due 2022-03-13; water.outfall-list, due 2022-06-30) are overdue on
// 2022-07-01.
const checklist = evaluateChecklist(PLAN_WITH_TASKS, [], { asOf: '2022-07-01' })

describe('summarizeChecklist', () => {
  it('counts by status, pillar (with tasks, in plan order) and domain (first task first)', () => {
    const s = summarizeChecklist(PLAN_WITH_TASKS, checklist)
    expect(s.totals).toEqual({
      total: 11,
      done: 0,
      inProgress: 0,
      notStarted: 11,
      blocked: 0,
      notApplicable: 0,
      overdue: 2,
    })
    expect(s.byPillar.map((p) => [p.pillar, p.total])).toEqual([
      ['growth', 1],
      ['pollution', 7],
      ['inspection', 1],
      ['governance', 2],
    ])
    expect(s.byDomain.map((d) => [d.domain, d.total])).toEqual([
      ['climate', 1],
      ['air', 2],
      ['water', 2],
      ['soil', 1],
      ['rural', 1],
      ['solid-waste', 1],
      ['risk', 1],
      ['monitoring', 1],
      ['communication', 1],
    ])
    expect(s.overdue).toEqual(['air.winter-olympics', 'water.outfall-list'])
  })

  it('counts only the tasks kept when the checklist is filtered', () => {
    const water = { ...checklist, tasks: checklist.tasks.filter((t) => t.domain === 'water') }
    const s = summarizeChecklist(PLAN_WITH_TASKS, water)
    expect(s.totals.total).toBe(2)
    expect(s.byPillar).toEqual([expect.objectContaining({ pillar: 'pollution', total: 2 })])
  })
})

describe('renderChecklistText', () => {
  it('lists the overdue task with its due date, in English and Chinese', () => {
    const en = renderChecklistText(PLAN_WITH_TASKS, checklist, { lang: 'en' })
    expect(en).toContain(
      '\n  water.outfall-list  due 2022-06-30, Not started: Draw up the list of river outfalls\n',
    )
    expect(en.indexOf('Overdue:')).toBeLessThan(en.indexOf('water.outfall-list  due'))
    const zh = renderChecklistText(PLAN_WITH_TASKS, checklist)
    expect(zh).toContain(
      '\n  water.outfall-list  截止 2022-06-30，未开始：依法形成*市入河排污口清单\n',
    )
  })
})
