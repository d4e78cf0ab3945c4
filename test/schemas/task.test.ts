import { describe, expect, it } from 'vitest'
import { TASKS_2022 } from '../../src/plans/2022/index.js'
import { TaskSchema } from '../../src/schemas/task.js'

const messages = (t: unknown) => {
  const r = TaskSchema.safeParse(t)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}
const task = (id: string) => TASKS_2022.find((t) => t.id === id)!
const note = { zh: '推断。', en: 'Inferred.' }

describe('TaskSchema inferences', () => {
  it('accepts the inferences of the bundled tasks (the dates of the Winter Games)', () => {
    const games = task('air.winter-games')
    expect(games.inferences?.map((i) => i.field)).toEqual(['windows', 'due'])
    expect(messages(games)).toEqual([])
  })

  it('rejects an inference about a field the task does not set', () => {
    // air.loose-coal has no due date: there is nothing of it to infer
    expect(messages({ ...task('air.loose-coal'), inferences: [{ field: 'due', note }] })).toEqual([
      'inferences.0.field: field due is not set, so no value of it can be inferred',
    ])
  })

  it('rejects a field that is not a value of a task, such as the source or a target field', () => {
    for (const field of ['source', 'baseYear', 'id']) {
      const out = messages({ ...task('air.loose-coal'), inferences: [{ field, note }] })
      expect(out, field).toHaveLength(1)
      expect(out[0], field).toMatch(/^inferences\.0\.field: /)
    }
  })
})
