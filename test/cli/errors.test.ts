import { describe, expect, it } from 'vitest'
import {
  describeSystemError,
  EXIT_CODES,
  formatInputProblem,
  InputError,
  OutputError,
  UsageError,
} from '../../src/cli/errors.js'

describe('formatInputProblem', () => {
  it('writes file:line: column name: message', () => {
    expect(
      formatInputProblem({
        file: 'stations.csv',
        line: 1204,
        column: 'pm2_5',
        message: '"12a" is not a number',
      }),
    ).toBe('stations.csv:1204: column pm2_5: "12a" is not a number')
  })

  it('names JSON fields as fields, and leaves out what is unknown', () => {
    expect(
      formatInputProblem({
        file: 'a.json',
        line: 3,
        column: 'values.pH',
        columnKind: 'field',
        message: 'm',
      }),
    ).toBe('a.json:3: field values.pH: m')
    expect(formatInputProblem({ file: 'a.json', line: 3, message: 'm' })).toBe('a.json:3: m')
    expect(formatInputProblem({ file: 'a.json', message: 'm' })).toBe('a.json: m')
  })
})

describe('errors', () => {
  it('carry their names and problems', () => {
    const input = new InputError([
      { file: 'a', line: 1, message: 'x' },
      { file: 'a', line: 2, message: 'y' },
    ])
    expect(input.message).toBe('a:1: x\na:2: y')
    expect(input.problems).toHaveLength(2)
    expect(input.name).toBe('InputError')
    expect(new UsageError('u').name).toBe('UsageError')
    expect(new OutputError('o').name).toBe('OutputError')
  })

  it('exit codes are 0, 1 and 2', () => {
    expect(EXIT_CODES).toEqual({ ok: 0, failOn: 1, error: 2 })
  })
})

describe('describeSystemError', () => {
  it('words known codes and falls back to the message', () => {
    expect(describeSystemError(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe(
      'is a folder, not a file',
    )
    expect(describeSystemError(new Error('plain'))).toBe('plain')
    expect(describeSystemError('text')).toBe('text')
    expect(describeSystemError(null)).toBe('null')
  })
})
