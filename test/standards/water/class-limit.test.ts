import { describe, expect, it } from 'vitest'
import { classifySection, valuesOnClassLimit } from '../../../src/standards/water/index.js'

// GB 3838-2002 表1: CODMn ≤ 2 / 4 / 6 / 10 / 15 mg/L for classes Ⅰ–Ⅴ; TP ≤ 0.02 / 0.1 / 0.2 /
// 0.3 / 0.4 mg/L in rivers, ≤ 0.01 / 0.025 / 0.05 / 0.1 / 0.2 mg/L in lakes and reservoirs.
describe('valuesOnClassLimit', () => {
  it('returns a deciding value equal to the limit of its class', () => {
    expect(valuesOnClassLimit(classifySection({ CODMn: 6 }, { waterBody: 'river' }))).toEqual([
      { indicator: 'CODMn', value: 6, limit: 6 },
    ])
  })

  it('returns nothing just under the limit, or for a value that does not decide the class', () => {
    expect(valuesOnClassLimit(classifySection({ CODMn: 5.9 }, { waterBody: 'river' }))).toEqual([])
    // CODMn 4 is on the class Ⅱ limit, but NH3N 1.2 (class Ⅳ) decides the class
    expect(
      valuesOnClassLimit(classifySection({ CODMn: 4, NH3N: 1.2 }, { waterBody: 'river' })),
    ).toEqual([])
  })

  it('reads TP against the lake limits on a lake, the river limits on a river', () => {
    expect(valuesOnClassLimit(classifySection({ TP: 0.05 }, { waterBody: 'lake' }))).toEqual([
      { indicator: 'TP', value: 0.05, limit: 0.05 },
    ])
    // 0.05 in a river is class Ⅱ (≤ 0.1), not on a limit
    expect(valuesOnClassLimit(classifySection({ TP: 0.05 }, { waterBody: 'river' }))).toEqual([])
  })

  it('returns nothing for a section worse than class Ⅴ or without a class', () => {
    expect(valuesOnClassLimit(classifySection({ CODMn: 20 }, { waterBody: 'river' }))).toEqual([])
    expect(valuesOnClassLimit(classifySection({}, { waterBody: 'river' }))).toEqual([])
  })
})
