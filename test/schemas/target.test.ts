import { describe, expect, it } from 'vitest'
import { ScopeSchema, TargetSchema } from '../../src/schemas/target.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const messages = (t: unknown) => {
  const r = TargetSchema.safeParse(t)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('TargetSchema', () => {
  it('needs a base year for a reduction and a pollutant only for emission totals', () => {
    const nox = target2022('emissions.nox')
    const { baseYear: _b, inferences: _i, ...noBase } = nox
    expect(messages(noBase)).toEqual([
      'baseYear: expected a base year (comparator reachReduction needs one)',
    ])
    const { pollutant: _p, ...noPollutant } = nox
    expect(messages(noPollutant)).toEqual([
      'pollutant: expected a pollutant for an emissionTotal target and for no other metric',
    ])
    expect(messages({ ...target2022('air.good-days-ratio'), pollutant: 'NOx' })).toEqual([
      'pollutant: expected a pollutant for an emissionTotal target and for no other metric',
    ])
  })

  it('accepts every bundled target', () => {
    for (const id of ['air.pm25-annual-mean', 'water.drinking-water-county', 'emissions.cod']) {
      expect(messages(target2022(id))).toEqual([])
    }
  })
})

describe('TargetSchema inferences', () => {
  const note = { zh: '推断。', en: 'Inferred.' }

  it('accepts an inference about each field the target sets', () => {
    const nox = target2022('emissions.nox')
    expect(messages({ ...nox, inferences: [{ field: 'baseYear', note }] })).toEqual([])
  })

  it('rejects an inference about a field the target does not set, or a second one on a field', () => {
    const { baseYear: _b, inferences: _i, ...rest } = target2022('air.good-days-ratio')
    expect(messages({ ...rest, inferences: [{ field: 'baseYear', note }] })).toEqual([
      'inferences.0.field: field baseYear is not set, so no value of it can be inferred',
    ])
    const twice = [
      { field: 'scope', note },
      { field: 'scope', note },
    ]
    expect(messages({ ...rest, inferences: twice })).toEqual([
      'inferences.1.field: field scope already has an inference (inferences[0]); write one note',
    ])
  })

  it('rejects an inference about a field that is not a value of the source, and an empty list', () => {
    const t = target2022('air.good-days-ratio')
    expect(messages({ ...t, inferences: [{ field: 'source', note }] })[0]).toMatch(
      /^inferences\.0\.field: /,
    )
    expect(messages({ ...t, inferences: [] })[0]).toMatch(/^inferences: /)
    expect(messages({ ...t, inferences: [{ field: 'scope', note: { zh: '推断' } }] })[0]).toMatch(
      /^inferences\.0\.note\.en: /,
    )
  })
})

describe('ScopeSchema members', () => {
  const region = (members: unknown[]) =>
    ScopeSchema.parse({ id: 'im', zh: '全区', kind: 'region', members })

  it('holds each member with its names; a bare id is its own name', () => {
    expect(
      region([
        'alxa',
        { id: 'hohhot', zh: '呼和浩特市', en: 'Hohhot' },
        { id: 'baotou', zh: '包头市' },
      ]).members,
    ).toEqual([
      { id: 'alxa', zh: 'alxa', en: 'alxa' },
      { id: 'hohhot', zh: '呼和浩特市', en: 'Hohhot' },
      // a name in one language only: the other repeats it
      { id: 'baotou', zh: '包头市', en: '包头市' },
    ])
  })

  it('finds a member given twice, by id, whether named or not', () => {
    const r = ScopeSchema.safeParse({
      id: 'im',
      zh: '全区',
      members: ['a', { id: 'a', zh: '甲市' }],
    })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['members.1'])
  })

  it('rejects a named member with an unknown key', () => {
    expect(
      ScopeSchema.safeParse({ id: 'im', zh: '全区', members: [{ id: 'a', name: 'A' }] }).success,
    ).toBe(false)
  })
})
