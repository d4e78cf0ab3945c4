import { describe, expect, it } from 'vitest'
import {
  TLI_PARAMETERS,
  TROPHIC_GRADES,
  trophicGrade,
  trophicLevelIndex,
} from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

// Natural logarithms used below, to 9 decimals: ln 10 = 2.302585093, ln 0.1 = −2.302585093,
// ln 1 = 0, ln 4 = 1.386294361. Σ r² over the five parameters = 1 + 0.7056 + 0.6724 + 0.6889 +
// 0.6889 = 3.7558 (总站生字〔2001〕090号, table of r_ij and r²_ij).
const LAKE = { chla: 10, TP: 0.1, TN: 1, SD: 1, CODMn: 4 }

describe('TLI_PARAMETERS', () => {
  it('holds the rule’s coefficients and correlations, with r² the square of r', () => {
    expect(TLI_PARAMETERS.map((p) => [p.parameter, p.a, p.b, p.r2])).toEqual([
      ['chla', '2.5', '1.086', '1'],
      ['TP', '9.436', '1.624', '0.7056'],
      ['TN', '5.453', '1.694', '0.6724'],
      ['SD', '5.118', '-1.94', '0.6889'],
      ['CODMn', '0.109', '2.661', '0.6889'],
    ])
    for (const p of TLI_PARAMETERS) {
      // 0.84² = 0.7056, 0.82² = 0.6724, 0.83² = 0.6889 exactly (in hundredths squared)
      const r100 = Math.round(Number(p.r) * 100)
      expect(r100 * r100).toBe(Math.round(Number(p.r2) * 10_000))
    }
  })
})

describe('trophicLevelIndex', () => {
  it('computes TLI(Σ) = Σ W_j TLI(j) with W_j = r²_j / Σ r² (worked example)', () => {
    // TLI(chla)  = 10 (2.5 + 1.086 × 2.302585093)     = 50.00607411
    // TLI(TP)    = 10 (9.436 + 1.624 × −2.302585093)  = 56.96601809
    // TLI(TN)    = 10 (5.453 + 1.694 × 0)             = 54.53
    // TLI(SD)    = 10 (5.118 − 1.94 × 0)              = 51.18
    // TLI(CODMn) = 10 (0.109 + 2.661 × 1.386294361)   = 37.97929295
    // Σ r² TLI = 50.00607411 + 40.19522236 + 36.66597200 + 35.25790200 + 26.16393491 = 188.28910538
    // TLI(Σ) = 188.28910538 / 3.7558 = 50.13289 → published 50.1, 轻度富营养 (50 < 50.1 ≤ 60)
    const r = trophicLevelIndex(LAKE)
    expect(r.index).toBeCloseTo(50.13289, 5)
    expect(r.published).toBe(50.1)
    expect(r.grade).toBe('lightEutrophic')
    expect(r.gradeText).toEqual({ zh: '轻度富营养', en: 'Light eutrophic' })
    expect(r.eutrophic).toBe(true)
    expect(r.parameters.map((p) => [p.parameter, Number(p.index.toFixed(6))])).toEqual([
      ['chla', 50.006074],
      ['TP', 56.966018],
      ['TN', 54.53],
      ['SD', 51.18],
      ['CODMn', 37.979293],
    ])
    // W_chla = 1 / 3.7558 = 0.266255, W_TP = 0.7056 / 3.7558 = 0.187869
    expect(r.parameters[0]?.weight).toBeCloseTo(0.266255, 6)
    expect(r.parameters[1]?.weight).toBeCloseTo(0.187869, 6)
    expect(r.parameters.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12)
    expect(r).toMatchObject({ missing: [], renormalized: false, withheld: null })
  })

  it('renormalises the weights over the parameters present and says so (missing SD)', () => {
    // Without SD: Σ r² = 3.7558 − 0.6889 = 3.0669;
    // (188.28910538 − 35.25790200) / 3.0669 = 153.03120338 / 3.0669 = 49.89768 → 49.9, 中营养:
    // the missing transparency moves the grade, which is why the result flags it.
    const { SD: _, ...noSd } = LAKE
    const r = trophicLevelIndex(noSd)
    expect(r.index).toBeCloseTo(49.89768, 5)
    expect(r).toMatchObject({
      published: 49.9,
      grade: 'mesotrophic',
      missing: ['SD'],
      renormalized: true,
    })
    expect(r.parameters.find((p) => p.parameter === 'TP')?.weight).toBeCloseTo(0.7056 / 3.0669, 12)
  })

  it('withholds the index when a parameter is missing, if asked', () => {
    const r = trophicLevelIndex({ ...LAKE, SD: null }, { missingParameters: 'withhold' })
    expect(r).toMatchObject({
      index: null,
      published: null,
      grade: null,
      withheld: 'missingParameters',
      missing: ['SD'],
    })
    expect(trophicLevelIndex({})).toMatchObject({ index: null, withheld: 'noParameter' })
  })

  it('grades the published figure by default, the unrounded index when asked', () => {
    // TN alone: TLI = 10 (5.453 + 1.694 ln TN). TN = 0.7671652 gives ln TN = −0.265053, so
    // TLI = 10 (5.453 − 0.449000) = 50.04: published 50.0 (中营养), unrounded > 50 (轻度富营养).
    const tn = 0.7671652
    expect(trophicLevelIndex({ TN: tn }).published).toBe(50)
    expect(trophicLevelIndex({ TN: tn }).grade).toBe('mesotrophic')
    expect(trophicLevelIndex({ TN: tn }, { gradeBasis: 'unrounded' }).grade).toBe('lightEutrophic')
    // TLI(chla = 1) = 10 × 2.5 = 25: 贫营养.
    expect(trophicLevelIndex({ chla: 1 })).toMatchObject({
      index: 25,
      published: 25,
      grade: 'oligotrophic',
      eutrophic: false,
    })
  })

  it('rejects unknown keys, values ≤ 0 (ln is undefined at 0), and bad options', () => {
    expect(issuesOf(() => trophicLevelIndex({ chla: 0 }))).toEqual([
      'chla too_small: expected a positive number (mg/m³), got 0',
    ])
    expect(issuesOf(() => trophicLevelIndex({ TP: -0.1 }))).toEqual([
      'TP too_small: expected a non-negative number (mg/L), got -0.1',
    ])
    expect(issuesOf(() => trophicLevelIndex({ Chla: 3 } as never))[0]).toMatch(
      /^Chla unrecognized_keys/,
    )
    expect(
      issuesOf(() => trophicLevelIndex({ TP: 0.1 }, { missing: 'withhold' } as never))[0],
    ).toMatch(/^options\.missing unrecognized_keys/)
  })

  it('leaves frozen input untouched and is deterministic', () => {
    const input = Object.freeze({ ...LAKE })
    expect(trophicLevelIndex(input)).toEqual(trophicLevelIndex(input))
  })
})

describe('trophicGrade', () => {
  // 总站生字〔2001〕090号 §3: TLI < 30 贫营养; 30 ≤ TLI ≤ 50 中营养; 50 < TLI ≤ 60 轻度富营养;
  // 60 < TLI ≤ 70 中度富营养; TLI > 70 重度富营养. Each bound, and one step of 0.1 either side.
  it.each([
    [29.9, 'oligotrophic'],
    [30, 'mesotrophic'],
    [30.1, 'mesotrophic'],
    [50, 'mesotrophic'],
    [50.1, 'lightEutrophic'],
    [60, 'lightEutrophic'],
    [60.1, 'moderateEutrophic'],
    [70, 'moderateEutrophic'],
    [70.1, 'hyperEutrophic'],
    [-5, 'oligotrophic'],
    [120, 'hyperEutrophic'],
  ])('grades TLI(Σ) %d as %s', (index, grade) => {
    expect(trophicGrade(index)).toBe(grade)
    expect(TROPHIC_GRADES.some((g) => g.key === grade)).toBe(true)
  })

  it('throws a TypeError for a value that is not a finite number (a programming error)', () => {
    expect(() => trophicGrade(Number.NaN)).toThrow(TypeError)
  })
})
