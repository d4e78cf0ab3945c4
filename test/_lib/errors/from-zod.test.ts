import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import * as zm from 'zod/mini'
import { expect as expectation } from '../../../src/_lib/errors/catalogue.js'
import { parseOrThrow, zodMessage } from '../../../src/_lib/errors/from-zod.js'
import { InputError } from '../../../src/_lib/errors/input-error.js'

function caught(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('parseOrThrow', () => {
  it('returns the parsed value when the input is valid', () => {
    expect(parseOrThrow(z.object({ a: z.number() }), { a: 1 }, 'x')).toEqual({ a: 1 })
  })

  it('turns zod issues into input issues with array paths, codes and received values', () => {
    const schema = z.object({ n: z.number().min(0), e: z.enum(['a', 'b']), d: z.iso.date() })
    const e = caught(() => parseOrThrow(schema, { n: -1, e: 'q', d: '2022-02-30' }, 'thing'))
    expect(e.context).toBe('thing')
    expect(e.issues.map((i) => [i.path, i.code, i.received])).toEqual([
      [['n'], 'too_small', '-1'],
      [['e'], 'invalid_value', '"q"'],
      [['d'], 'invalid_format', '"2022-02-30"'],
    ])
    expect(e.issues[0].message).toEqual({
      en: 'expected a number ≥ 0, got -1',
      zh: '应为不小于 0 的数值，实际为 -1',
    })
    expect(e.issues[1]?.message.en).toBe('expected one of "a", "b", got "q"')
  })

  it('says "got nothing" for a missing value, in both languages', () => {
    const e = caught(() => parseOrThrow(z.object({ n: z.number() }), {}, 'x'))
    expect(e.issues[0].received).toBeNull()
    expect(e.issues[0].message).toEqual({
      en: 'expected a number, got nothing',
      zh: '应为数值，但未给出',
    })
  })

  it('reads a NaN given for a number as not_finite', () => {
    const e = caught(() => parseOrThrow(z.object({ n: z.number() }), { n: Number.NaN }, 'x'))
    expect(e.issues[0].code).toBe('not_finite')
  })

  it('reports each unknown key of a strict object at its own path', () => {
    const e = caught(() =>
      parseOrThrow(zm.strictObject({ a: zm.optional(zm.number()) }), { a: 1, b: 2, c: 3 }, 'x'),
    )
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrecognized_keys', ['b']],
      ['unrecognized_keys', ['c']],
    ])
  })

  it('keeps a bilingual expectation given with zodMessage, with its hint', () => {
    const schema = z.number({
      error: zodMessage(expectation.nonNegative('µg/m³'), {
        code: 'too_small',
        hint: { zh: '浓度不能为负', en: 'a concentration cannot be negative' },
      }),
    })
    const e = caught(() => parseOrThrow(schema, 'abc', 'x'))
    expect(e.issues[0].code).toBe('too_small')
    expect(e.issues[0].message).toEqual({
      en: 'expected a non-negative number (µg/m³), got "abc" (a concentration cannot be negative)',
      zh: '应为非负数值（µg/m³），实际为 "abc"（浓度不能为负）',
    })
  })

  it('uses a schema’s own plain message as the expectation', () => {
    const schema = z.string().regex(/^a+$/, { message: 'expected only the letter a' })
    const e = caught(() => parseOrThrow(schema, 'b', 'x'))
    expect(e.issues[0].message.en).toBe('expected only the letter a, got "b"')
  })

  it('prefixes paths and adds a file location when asked', () => {
    const e = caught(() =>
      parseOrThrow(z.object({ n: z.number() }), { n: 'x' }, 'x', {
        prefix: ['records', 4],
        location: { file: 'a.csv', line: 6 },
      }),
    )
    expect(e.issues[0].path).toEqual(['records', 4, 'n'])
    expect(e.issues[0].location).toEqual({ file: 'a.csv', line: 6 })
  })

  it('follows the deepest branch of a union', () => {
    const schema = z.union([z.object({ kind: z.literal('a'), v: z.number() }), z.string()])
    const e = caught(() => parseOrThrow(schema, { kind: 'a', v: 'x' }, 'x'))
    expect(e.issues[0].path).toEqual(['v'])
    expect(e.issues[0].code).toBe('invalid_type')
  })

  it('does not change its input', () => {
    const input = Object.freeze({ n: -1 })
    expect(() => parseOrThrow(z.object({ n: z.number().min(0) }), input, 'x')).toThrow(InputError)
    expect(input).toEqual({ n: -1 })
  })
})
