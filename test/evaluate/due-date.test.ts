import { describe, expect, it } from 'vitest'
import { dueDateOf } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import type { Task } from '../../src/schemas/task.js'

const base = plan2022.tasks[0] as Task
const window = (start: string, end: string) => ({ label: { zh: '时段', en: 'window' }, start, end })

describe('dueDateOf', () => {
  it('takes the task’s own due date before its windows', () => {
    const task = { ...base, due: '2022-05-31', windows: [window('2022-06-01', '2022-09-30')] }
    expect(dueDateOf(task, plan2022)).toBe('2022-05-31')
  })

  it('takes the latest window end, whatever order the windows are listed in', () => {
    const task = {
      ...base,
      due: undefined,
      windows: [window('2022-06-01', '2022-09-30'), window('2022-02-04', '2022-02-20')],
    }
    expect(dueDateOf(task, plan2022)).toBe('2022-09-30')
  })

  it('falls back to the end of the plan period, for no windows and for an empty list', () => {
    const { due: _, windows: __, ...bare } = base
    expect(dueDateOf(bare, plan2022)).toBe(plan2022.period.end)
    expect(dueDateOf({ ...bare, windows: [] }, plan2022)).toBe(plan2022.period.end)
    expect(
      dueDateOf(bare, { ...plan2022, period: { ...plan2022.period, end: '2023-06-30' } }),
    ).toBe('2023-06-30')
  })

  it('gives the Winter Games task the closing day of the Paralympics (2022-03-13)', () => {
    const task = plan2022.tasks.find((t) => t.id === 'air.winter-games') as Task
    expect(dueDateOf(task, plan2022)).toBe('2022-03-13')
  })

  it('does not reorder the caller’s windows', () => {
    const windows = [window('2022-06-01', '2022-09-30'), window('2022-02-04', '2022-02-20')]
    const before = structuredClone(windows)
    dueDateOf({ ...base, due: undefined, windows }, plan2022)
    expect(windows).toEqual(before)
  })
})
