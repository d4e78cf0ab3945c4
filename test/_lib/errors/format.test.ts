import { describe, expect, it } from 'vitest'
import {
  describeReceived,
  expect as expectation,
  issue,
} from '../../../src/_lib/errors/catalogue.js'
import {
  formatInputError,
  formatInputIssue,
  formatIssueLocation,
} from '../../../src/_lib/errors/format.js'
import { InputError, isInputError } from '../../../src/_lib/errors/input-error.js'
import { formatIssuePath } from '../../../src/_lib/errors/path.js'

const negative = issue({
  code: 'too_small',
  path: [3, 'pm25'],
  expected: expectation.nonNegative('µg/m³'),
  received: -1,
  location: { file: 'days.csv', line: 5, column: 12 },
})

describe('formatIssuePath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatIssuePath([3, 'pm25'])).toBe('[3].pm25')
    expect(formatIssuePath(['values', 'pH'])).toBe('values.pH')
    expect(formatIssuePath([], 'input')).toBe('input')
    expect(formatIssuePath([0], 'observations')).toBe('observations[0]')
  })

  it('quotes keys that are not identifiers', () => {
    expect(formatIssuePath(['values', 'PM2.5'])).toBe('values["PM2.5"]')
    expect(formatIssuePath(['高锰酸盐指数'])).toBe('["高锰酸盐指数"]')
  })
})

describe('formatIssueLocation', () => {
  it('prints file:line:column, shorter when a part is unknown', () => {
    expect(formatIssueLocation({ file: 'a.csv', line: 2, column: 7 })).toBe('a.csv:2:7')
    expect(formatIssueLocation({ file: 'a.csv', line: 2 })).toBe('a.csv:2')
    expect(formatIssueLocation({ file: 'a.csv' })).toBe('a.csv')
    expect(formatIssueLocation({ line: 2 })).toBe('')
    expect(formatIssueLocation(undefined)).toBe('')
  })
})

describe('formatInputIssue', () => {
  it('puts the location, the path and the message on one line, Chinese by default', () => {
    expect(formatInputIssue(negative)).toBe(
      'days.csv:5:12: [3].pm25: 应为非负数值（µg/m³），实际为 -1',
    )
    expect(formatInputIssue(negative, { lang: 'en', root: 'records' })).toBe(
      'days.csv:5:12: records[3].pm25: expected a non-negative number (µg/m³), got -1',
    )
  })
})

describe('formatInputError', () => {
  it('lists every issue and counts those beyond the maximum', () => {
    const e = new InputError('x', [negative, negative, negative])
    expect(formatInputError(e, { lang: 'en', max: 1 }).split('\n')).toEqual([
      'days.csv:5:12: [3].pm25: expected a non-negative number (µg/m³), got -1',
      '… and 2 more problems',
    ])
    expect(formatInputError(e, { max: 2 }).split('\n')[2]).toBe('……另有 1 处问题')
  })
})

describe('InputError', () => {
  it('needs at least one issue', () => {
    expect(() => new InputError('x', [])).toThrow(TypeError)
  })

  it('has an English message with every issue and its path', () => {
    const e = new InputError('dailyAqi input', [negative])
    expect(e.message).toBe(
      'dailyAqi input is invalid:\n✖ expected a non-negative number (µg/m³), got -1\n  → at [3].pm25',
    )
    expect(e.name).toBe('InputError')
    expect(isInputError(e)).toBe(true)
  })

  it('is recognised by isInputError across copies of the package, by name and issues', () => {
    const foreign = Object.assign(new Error('x'), { name: 'InputError', issues: [] })
    expect(isInputError(foreign)).toBe(true)
    expect(isInputError(new RangeError('x'))).toBe(false)
    expect(isInputError({ name: 'InputError', issues: [] })).toBe(false)
  })
})

describe('describeReceived', () => {
  it('writes short literals', () => {
    expect(describeReceived('12a')).toBe('"12a"')
    expect(describeReceived(-0)).toBe('0')
    expect(describeReceived(null)).toBe('null')
    expect(describeReceived(undefined)).toBeNull()
    expect(describeReceived([1, 2])).toBe('[1,2]')
    expect(describeReceived(new Date(Number.NaN))).toBe('Invalid Date')
    expect(describeReceived('x'.repeat(100))).toHaveLength(62)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(describeReceived(cyclic)).toBe('an object')
  })
})
