import { describe, expect, it } from 'vitest'
import { generateTaskStatus, STATUS_DATES } from '../../../scripts/sample/tasks.js'
import { TaskStatusUpdatesSchema } from '../../../src/index.js'
import { PLAN_WITH_TASKS } from '../../_helpers/plan-with-tasks.js'

const status = generateTaskStatus(PLAN_WITH_TASKS, 99)
const byTask = (updates: typeof status.midYear) => new Map(updates.map((u) => [u.task, u]))
const mid = byTask(status.midYear)
const end = byTask(status.yearEnd)

describe('generateTaskStatus', () => {
  it('gives every task one valid update on each date', () => {
    const ids = PLAN_WITH_TASKS.tasks.map((t) => t.id)
    expect(status.midYear.map((u) => u.task)).toEqual(ids)
    expect(status.yearEnd.map((u) => u.task)).toEqual(ids)
    expect(new Set(status.midYear.map((u) => u.date))).toEqual(new Set([STATUS_DATES.midYear]))
    expect(new Set(status.yearEnd.map((u) => u.date))).toEqual(new Set([STATUS_DATES.yearEnd]))
    TaskStatusUpdatesSchema.parse(status.midYear)
    TaskStatusUpdatesSchema.parse(status.yearEnd)
  })

  it('reports two thirds of a count at mid-year: 30 of 45 villages', () => {
    expect(mid.get('rural.village-sewage')).toMatchObject({
      status: 'inProgress',
      progress: 30,
      note: '已完成30个，目标45个',
    })
  })

  it('marks a counted task done at year end only with its full count', () => {
    for (const task of PLAN_WITH_TASKS.tasks) {
      const update = end.get(task.id)
      if (task.objective?.kind !== 'count' || !update) continue
      if (update.status === 'done') expect(update.progress).toBe(task.objective.value)
      else expect(update.progress).toBeLessThan(task.objective.value)
    }
    const counted = PLAN_WITH_TASKS.tasks.filter((t) => t.objective?.kind === 'count')
    expect(counted.filter((t) => end.get(t.id)?.status !== 'done')).toHaveLength(1)
  })

  it('reports the battery collection rate the sample data give (2,146.5 / 4,030 = 53.3 %)', () => {
    expect(end.get('solid-waste.battery-collection')).toMatchObject({
      status: 'done',
      progress: 53.3,
    })
    expect(mid.get('solid-waste.battery-collection')).toMatchObject({ status: 'inProgress' })
  })

  it('marks tasks done once their window or due date has passed by mid-year', () => {
    expect(mid.get('air.winter-olympics')?.status).toBe('done')
    expect(mid.get('water.outfall-list')?.status).toBe('done')
    expect(mid.get('air.coal-burning')?.status).toBe('inProgress')
  })

  it('includes blocked and not-applicable tasks and evidence links', () => {
    const all = [...status.midYear, ...status.yearEnd]
    expect(all.some((u) => u.status === 'blocked')).toBe(true)
    expect(all.some((u) => u.status === 'notApplicable')).toBe(true)
    const links = all.flatMap((u) => (u.evidence ? [u.evidence] : []))
    expect(links.length).toBeGreaterThan(3)
    for (const link of links) expect(link.startsWith('https://example.org/')).toBe(true)
  })

  it('depends on task ids, not on their order', () => {
    const reversed = { ...PLAN_WITH_TASKS, tasks: [...PLAN_WITH_TASKS.tasks].reverse() }
    const again = generateTaskStatus(reversed, 99)
    expect(byTask(again.midYear)).toEqual(mid)
    expect(byTask(again.yearEnd)).toEqual(end)
  })

  it('gives no updates for a plan without tasks', () => {
    expect(generateTaskStatus({ ...PLAN_WITH_TASKS, tasks: [] }, 1)).toEqual({
      midYear: [],
      yearEnd: [],
    })
  })
})
