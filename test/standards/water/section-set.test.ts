import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessSectionSet } from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

// Values that give a river section exactly the class named (TP alone decides: river column).
const TP_OF_CLASS = { 1: 0.02, 2: 0.1, 3: 0.2, 4: 0.3, 5: 0.4, 6: 0.5 } as const
const section = (id: string, c: keyof typeof TP_OF_CLASS) => ({
  id,
  waterBody: 'river' as const,
  values: { TP: TP_OF_CLASS[c] },
})

describe('assessSectionSet', () => {
  it('counts classes and ratios over sections with data, excluding and listing the rest', () => {
    const r = assessSectionSet([
      section('s1', 1),
      section('s2', 2),
      section('s3', 3),
      section('s4', 3),
      section('s5', 4),
      section('s6', 6),
      { id: 'dry', name: '断流断面', waterBody: 'river', condition: 'driedUp' },
      { id: 'ice', waterBody: 'river', condition: 'frozen' },
      { id: 'none', waterBody: 'river', values: { TN: 3 } },
    ])
    expect(r.evaluated).toBe(6)
    expect(r.classCounts).toEqual({ 1: 1, 2: 1, 3: 2, 4: 1, 5: 0, 6: 1 })
    // Ⅰ–Ⅲ: 4 / 6 = 66.67 %; 劣Ⅴ: 1 / 6 = 16.67 %.
    expect(r.classIToIII).toEqual({ numerator: 4, denominator: 6, percent: 200 / 3 })
    expect(r.worseThanV).toEqual({ numerator: 1, denominator: 6, percent: 50 / 3 })
    expect(r.classShares[3]).toEqual({ numerator: 2, denominator: 6, percent: 100 / 3 })
    expect(r.excluded).toEqual([
      { id: 'dry', name: '断流断面', reason: 'driedUp' },
      { id: 'ice', reason: 'frozen' },
      { id: 'none', reason: 'noData' },
    ])
    expect(r.excludedCounts).toEqual({
      noData: 1,
      driedUp: 1,
      frozen: 1,
      notSampled: 0,
      tooFewSamplings: 0,
    })
    // 6 sections, Ⅰ–Ⅲ 66.7 % < 75 %, 劣Ⅴ 16.7 % < 20 % → 轻度污染.
    expect(r.status).toEqual({
      method: 'classShares',
      key: 'slightlyPolluted',
      text: { zh: '轻度污染', en: 'Slightly polluted' },
    })
    expect(r.sections.map((s) => s.classification.label)).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅲ', 'Ⅳ', '劣Ⅴ'])
  })

  it('averages each indicator over fewer than 5 sections and classifies the mean', () => {
    // TP (0.1 + 0.2 + 0.3) / 3 = 0.2 exactly → Ⅲ 良好, though one section is Ⅳ.
    const r = assessSectionSet([section('a', 2), section('b', 3), section('c', 4)])
    expect(r.status).toMatchObject({ method: 'average', key: 'good', averaged: { label: 'Ⅲ' } })
    expect(r.status?.averaged?.indicators[0]?.value).toBe(0.2)
  })

  it('averages lake sets with the lake TP limits, mixed sets with the river limits', () => {
    const lakes = assessSectionSet([
      { id: 'a', waterBody: 'lake', values: { TP: 0.04 } },
      { id: 'b', waterBody: 'reservoir', values: { TP: 0.06 } },
    ])
    // mean 0.05 → lake Ⅲ.
    expect(lakes.status?.averaged).toMatchObject({ waterBody: 'lake', label: 'Ⅲ' })
    const mixed = assessSectionSet([
      { id: 'a', waterBody: 'lake', values: { TP: 0.04 } },
      { id: 'b', waterBody: 'river', values: { TP: 0.06 } },
    ])
    expect(mixed.status?.averaged).toMatchObject({ waterBody: 'river', label: 'Ⅱ' })
  })

  it('returns no status and null percentages when no section has data', () => {
    const r = assessSectionSet([{ id: 'x', waterBody: 'river', condition: 'notSampled' }])
    expect(r.status).toBeNull()
    expect(r.classIToIII).toEqual({ numerator: 0, denominator: 0, percent: null })
  })

  it('uses per-section 5+X lists and the set option', () => {
    const values = { pH: 7, DO: 8, CODMn: 2, NH3N: 0.1, TP: 0.02, COD: 35 }
    const five = ['pH', 'DO', 'CODMn', 'NH3N', 'TP'] as const
    const r = assessSectionSet(
      [
        { id: 'a', waterBody: 'river', values },
        { id: 'b', waterBody: 'river', values, indicators: [...five, 'COD'] },
      ],
      { indicators: [...five] },
    )
    expect(r.sections.map((s) => s.classification.label)).toEqual(['Ⅰ', 'Ⅴ'])
  })

  it('rejects duplicate ids, bad values and bad options, naming the section', () => {
    expect(issuesOf(() => assessSectionSet([section('a', 1), section('a', 2)]))).toEqual([
      '[1].id duplicate: expected a unique section id, got "a"',
    ])
    expect(
      issuesOf(() => assessSectionSet([{ id: 'a', waterBody: 'river', values: { TP: -1 } }])),
    ).toEqual(['[0].values.TP too_small: expected a non-negative number (mg/L), got -1'])
    expect(issuesOf(() => assessSectionSet([], { minSectionsForShares: 0 }))[0]).toMatch(
      /^options\.minSectionsForShares too_small/,
    )
  })

  it('names a missing or non-text id and a bad name at their own paths, once each', () => {
    expect(issuesOf(() => assessSectionSet([{ waterBody: 'river' } as never]))).toEqual([
      '[0].id invalid_type: expected a non-empty text, got nothing',
    ])
    // two ids that are not texts: each is wrong, neither is a duplicate of the other
    const seven = { id: 7, waterBody: 'river', values: { TP: 0.1 } } as never
    expect(issuesOf(() => assessSectionSet([seven, seven]))).toHaveLength(2)
    expect(issuesOf(() => assessSectionSet([{ ...section('a', 1), name: 5 as never }]))[0]).toMatch(
      /^\[0\]\.name /,
    )
  })

  it('rejects a section’s own indicator list that is not a 5+X list, at that section', () => {
    const bad = { ...section('a', 1), indicators: ['TN'] } as never
    expect(issuesOf(() => assessSectionSet([section('b', 1), bad]))[0]).toMatch(
      /^\[1\]\.indicators/,
    )
  })

  it('calls the error what it is about', () => {
    expect(() => assessSectionSet([{ ...section('a', 1), waterBody: 'sea' as 'river' }])).toThrow(
      /^assessSectionSet input is invalid/,
    )
  })

  it('gives no status when the mean has no value of the set’s indicators', () => {
    // The section is classed on its own list (fluoride F 1.2 mg/L: above 1.0 of Ⅲ, within 1.5 of Ⅳ, GB 3838 表1), but the set
    // is averaged over the five basic indicators, of which it has none: no status, not a guess.
    const five = ['pH', 'DO', 'CODMn', 'NH3N', 'TP'] as const
    const r = assessSectionSet(
      [{ id: 'a', waterBody: 'river', values: { F: 1.2 }, indicators: [...five, 'F'] }],
      { indicators: [...five] },
    )
    expect(r.sections[0]?.classification.label).toBe('Ⅳ')
    expect(r.evaluated).toBe(1)
    expect(r.status).toBeNull()
  })

  // The inputs are checked at the boundary, each problem at its own path.
  it('rejects an unknown condition instead of counting NaN, and names the bad section', () => {
    expect(
      issuesOf(() =>
        assessSectionSet([{ id: 'a', waterBody: 'river', condition: 'flooded' as 'frozen' }]),
      ),
    ).toEqual([
      '[0].condition invalid_value: expected one of "assessed", "noData", "driedUp", "frozen", "notSampled", "tooFewSamplings", got "flooded"',
    ])
    expect(
      issuesOf(() =>
        assessSectionSet([
          section('a', 1),
          { id: 'b', waterBody: 'sea' as 'river', values: { TP: 0.1 } },
        ]),
      ),
    ).toEqual([
      '[1].waterBody invalid_value: expected one of "river", "lake", "reservoir", got "sea"',
    ])
    expect(issuesOf(() => assessSectionSet({ a: 1 } as never))).toEqual([
      ' invalid_type: expected an array, got {"a":1}',
    ])
    expect(issuesOf(() => assessSectionSet([null as never]))).toEqual([
      '[0] invalid_type: expected an object, got null',
    ])
  })

  // Mutation guard: exactly 5 sections use class shares (decision 8: n < 5 average, n ≥ 5 shares).
  it('assesses 4 sections by the mean and exactly 5 by class shares', () => {
    const four = assessSectionSet([1, 1, 1, 6].map((c, i) => section(`s${i}`, c as 1)))
    // mean TP (0.02·3 + 0.5) / 4 = 0.14 → river class Ⅲ (≤ 0.2): 良好.
    expect(four.status).toMatchObject({ method: 'average', key: 'good' })
    const five = assessSectionSet([1, 1, 1, 1, 6].map((c, i) => section(`s${i}`, c as 1)))
    // shares: Ⅰ–Ⅲ 4/5 = 80 % (≥ 75 %, < 90 %): 良好 by class shares.
    expect(five.status).toMatchObject({ method: 'classShares', key: 'good' })
    const fiveSame = assessSectionSet([1, 1, 1, 1, 1].map((c, i) => section(`s${i}`, c as 1)))
    expect(fiveSame.status?.method).toBe('classShares')
  })

  it('property: ratios stay within 0–100 and the class shares add up to N', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(1, 2, 3, 4, 5, 6, 0), { maxLength: 40 }), (classes) => {
        const r = assessSectionSet(
          classes.map((c, i) =>
            c === 0
              ? { id: `s${i}`, waterBody: 'river' as const, condition: 'driedUp' as const }
              : section(`s${i}`, c as 1),
          ),
        )
        for (const ratio of [r.classIToIII, r.worseThanV, ...Object.values(r.classShares)]) {
          if (r.evaluated === 0) expect(ratio.percent).toBeNull()
          else {
            expect(ratio.percent).toBeGreaterThanOrEqual(0)
            expect(ratio.percent).toBeLessThanOrEqual(100)
          }
        }
        expect(Object.values(r.classCounts).reduce((a, b) => a + b, 0)).toBe(r.evaluated)
        expect(r.evaluated + r.excluded.length).toBe(classes.length)
      }),
    )
  })
})

describe('assessSectionSet status by class shares', () => {
  // 22号 table (spec §2.4), boundaries exactly on the thresholds, for N = 20 sections: `good`
  // sections of class Ⅲ, `worst` of 劣Ⅴ, the rest of class Ⅳ.
  it.each([
    [18, 0, 'excellent'], // 90 % exactly → 优
    [17, 0, 'good'], // 85 %
    [15, 0, 'good'], // 75 % exactly → 良好
    [14, 3, 'slightlyPolluted'], // 70 %, 劣Ⅴ 15 %
    [14, 4, 'moderatelyPolluted'], // 劣Ⅴ 20 % exactly → 中度
    [10, 7, 'moderatelyPolluted'], // 劣Ⅴ 35 %
    [12, 8, 'heavilyPolluted'], // 60 % and 劣Ⅴ 40 % exactly → 重度
    [0, 20, 'heavilyPolluted'],
  ])('gives Ⅰ–Ⅲ %d and 劣Ⅴ %d of 20 the status %s', (good, worst, expected) => {
    const set = Array.from({ length: 20 }, (_, i) =>
      section(`s${i}`, i < good ? 3 : i < good + worst ? 6 : 4),
    )
    const r = assessSectionSet(set)
    expect(r.status?.method).toBe('classShares')
    expect(r.status?.key).toBe(expected)
  })
})
