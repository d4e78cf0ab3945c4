import { describe, expect, it } from 'vitest'
import { gb3095EditionOn, InputError } from '../../../../src/standards/air/index.js'

describe('gb3095EditionOn', () => {
  it('returns the edition in force at each boundary day', () => {
    expect(gb3095EditionOn('2016-01-01')).toBe('GB3095-2012')
    expect(gb3095EditionOn('2026-02-28')).toBe('GB3095-2012')
    expect(gb3095EditionOn('2026-03-01')).toBe('GB3095-2026-transitional')
    expect(gb3095EditionOn('2030-12-31')).toBe('GB3095-2026-transitional')
    expect(gb3095EditionOn('2031-01-01')).toBe('GB3095-2026')
  })

  it('throws an InputError for a date that does not exist', () => {
    expect(() => gb3095EditionOn('2022-02-30')).toThrow(InputError)
  })
})
