import { describe, expect, it } from 'vitest'
import {
  ObservationsSchema,
  parseInput,
  TaskStatusUpdateSchema,
  ValidationError,
} from '../../src/index.js'

describe('parseInput', () => {
  it('returns the parsed data with defaults and leaves the input unchanged', () => {
    const input = [{ kind: 'dustDay', date: '2022-03-01' }]
    const copy = structuredClone(input)
    expect(parseInput(ObservationsSchema, input, 'observations')).toEqual([
      { kind: 'dustDay', date: '2022-03-01', scope: 'central-city' },
    ])
    expect(input).toEqual(copy)
  })

  it('throws a ValidationError listing every problem with its path from the label', () => {
    let error: unknown
    try {
      parseInput(
        TaskStatusUpdateSchema,
        { task: 'Bad Id', date: '2022-02-30', status: 'done' },
        'updates[4]',
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ValidationError)
    const v = error as ValidationError
    expect(v.name).toBe('ValidationError')
    expect(v.issues.map((i) => i.path)).toEqual(['updates[4].task', 'updates[4].date'])
    expect(v.message.split('\n')).toHaveLength(2)
    expect(v.message).toMatch(/^updates\[4\]\.task: expected lower-case words/)
  })
})
