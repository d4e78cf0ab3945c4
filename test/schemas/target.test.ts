import { describe, expect, it } from 'vitest'
import { TargetSchema } from '../../src/schemas/target.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const messages = (t: unknown) => {
  const r = TargetSchema.safeParse(t)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('TargetSchema', () => {
  it('needs a base year for a reduction and a pollutant only for emission totals', () => {
    const nox = target2022('emissions.nox')
    const { baseYear: _b, ...noBase } = nox
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
