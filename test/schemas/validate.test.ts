import { describe, expect, it } from 'vitest'
import {
  formatIssuePath,
  InputError,
  ObservationsSchema,
  parseInput,
  TaskStatusUpdateSchema,
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

  it('throws an InputError listing every problem with its path from the label', () => {
    let error: unknown
    try {
      parseInput(
        TaskStatusUpdateSchema,
        { task: 'Bad Id', date: '2022-02-30', status: 'done' },
        'update',
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const v = error as InputError
    expect(v.name).toBe('InputError')
    expect(v.issues.map((i) => formatIssuePath(i.path))).toEqual(['update.task', 'update.date'])
    expect(v.issues.map((i) => i.code)).toEqual(['invalid_format', 'invalid_format'])
    expect(v.issues[1]?.received).toBe('"2022-02-30"')
    expect(v.issues[1]?.message.en).toBe('expected a valid date YYYY-MM-DD, got "2022-02-30"')
    expect(v.message).toMatch(/expected an id of lower-case words[^\n]*\n {2}→ at update\.task/)
  })
})
