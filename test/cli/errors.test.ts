import { describe, expect, it } from 'vitest'
import {
  describeSystemError,
  describeSystemErrorIn,
  EXIT_CODES,
  OutputError,
  UsageError,
} from '../../src/cli/errors.js'

describe('errors', () => {
  it('carry their names, and a usage error its text in both languages', () => {
    expect(new UsageError('u').name).toBe('UsageError')
    expect(new UsageError('u').text).toEqual({ zh: 'u', en: 'u' })
    const both = new UsageError({ zh: '未知选项 --x', en: 'unknown option --x' })
    expect([both.message, both.text.zh]).toEqual(['unknown option --x', '未知选项 --x'])
    expect(new OutputError('o').name).toBe('OutputError')
  })

  it('exit codes are 0, 1 and 2', () => {
    expect(EXIT_CODES).toEqual({ ok: 0, failOn: 1, error: 2 })
  })
})

describe('describeSystemError', () => {
  it('words known codes in Chinese too', () => {
    expect(describeSystemErrorIn(Object.assign(new Error('x'), { code: 'ENOENT' }))).toEqual({
      zh: '文件或文件夹不存在',
      en: 'no such file or folder',
    })
  })

  it('words known codes and falls back to the message', () => {
    expect(describeSystemError(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe(
      'is a folder, not a file',
    )
    expect(describeSystemError(new Error('plain'))).toBe('plain')
    expect(describeSystemError('text')).toBe('text')
    expect(describeSystemError(null)).toBe('null')
  })
})
