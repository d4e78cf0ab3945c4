import { describe, expect, it } from 'vitest'
import { evaluateSectionsRatio } from '../../src/evaluate/water-sections.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const good = target2022('water.national-sections-class-i-iii')
const worst = target2022('water.national-sections-worse-than-v')
type Sample = Extract<Observation, { kind: 'waterSample' }>
// Base values are class Ⅱ on every indicator but NH3N, which sets the class:
// NH3N ≤ 0.5 Ⅱ, ≤ 1.0 Ⅲ, ≤ 1.5 Ⅳ, ≤ 2.0 Ⅴ, above 劣Ⅴ (GB 3838-2002 Table 1).
const sample = (section: string, NH3N: number, over: Partial<Sample> = {}): Sample => ({
  kind: 'waterSample',
  section,
  network: 'national',
  waterBody: 'river',
  date: '2022-05-10',
  status: 'sampled',
  values: { pH: 7.8, DO: 7, CODMn: 3.5, NH3N, TP: 0.08 },
  ...over,
})
const six = (...nh3n: number[]) => nh3n.map((v, i) => sample(`s${i + 1}`, v))

describe('evaluateSectionsRatio', () => {
  it('meets 66.7 % with 4 of 6 sections of class Ⅰ–Ⅲ and misses it with 3', () => {
    const met = evaluateSectionsRatio(good, six(0.4, 0.8, 0.9, 1.0, 1.2, 2.5), {
      asOf: '2022-12-31',
    })
    expect(met).toMatchObject({
      status: 'met',
      actual: { published: 66.7 },
      margin: 0,
      coverage: { used: 6 },
    })
    const missed = evaluateSectionsRatio(good, six(0.4, 0.8, 0.9, 1.1, 1.2, 2.5), {
      asOf: '2022-12-31',
    })
    expect(missed).toMatchObject({ status: 'notMet', actual: { published: 50 } })
  })

  it('allows 1 of 6 sections worse than class Ⅴ (16.7 %) but not 2', () => {
    expect(
      evaluateSectionsRatio(worst, six(0.4, 0.8, 0.9, 1.0, 1.2, 2.5), { asOf: '2022-12-31' })
        .status,
    ).toBe('met')
    expect(
      evaluateSectionsRatio(worst, six(0.4, 0.8, 0.9, 1.0, 2.1, 2.5), { asOf: '2022-12-31' }),
    ).toMatchObject({
      status: 'notMet',
      actual: { published: 33.3 },
    })
  })

  it('classes a section on the mean of its samplings, not on each sampling', () => {
    // 0.9 (Ⅲ) and 1.3 (Ⅳ) average 1.1: class Ⅳ for the year
    const obs = [sample('a', 0.9), sample('a', 1.3, { date: '2022-08-10' }), sample('b', 0.3)]
    const r = evaluateSectionsRatio(good, obs, { asOf: '2022-12-31' })
    expect(r.actual?.published).toBe(50)
    expect(r.explanation.en).toContain('a Ⅳ, b Ⅱ')
  })

  it('uses the lake TP column for lakes and reservoirs', () => {
    // TP 0.08: river Ⅱ (≤ 0.1), lake Ⅳ (≤ 0.1 after Ⅲ's 0.05)
    const r = evaluateSectionsRatio(
      good,
      [sample('river', 0.3), sample('lake', 0.3, { waterBody: 'lake' })],
      {
        asOf: '2022-12-31',
      },
    )
    expect(r.actual?.published).toBe(50)
  })

  it('leaves dried-up sections out of numerator and denominator and lists them', () => {
    const obs = [
      ...six(0.4, 0.8, 0.9, 1.0, 1.2).slice(0, 5),
      sample('dry', 0, { status: 'driedUp', values: {} }),
    ]
    const r = evaluateSectionsRatio(good, obs, { asOf: '2022-12-31' })
    expect(r.actual?.published).toBe(80) // 4 of 5
    expect(r.coverage).toMatchObject({ used: 5, expected: 6 })
    expect(r.coverage.excluded).toMatchObject([{ reason: 'driedUp', count: 1, items: ['dry'] }])
  })

  it('says within the year how many more sections must reach class Ⅲ', () => {
    const r = evaluateSectionsRatio(good, six(0.4, 0.8, 0.9, 1.1, 1.2, 2.5), { asOf: '2022-06-30' })
    expect(r.status).toBe('atRisk')
    expect(r.reachability).toMatchObject({
      reachable: true,
      requirement: { kind: 'minMorePassing', value: 1 },
    })
  })

  it('ignores samplings after asOf, outside the year and of other networks', () => {
    const obs = [
      sample('a', 0.3),
      sample('a', 5, { date: '2022-09-01' }),
      sample('b', 5, { date: '2021-12-01' }),
      sample('c', 5, { network: 'regional' }),
    ]
    const r = evaluateSectionsRatio(good, obs, { asOf: '2022-06-30' })
    expect(r).toMatchObject({
      status: 'onTrack',
      actual: { published: 100 },
      coverage: { used: 1 },
    })
  })

  it('classifies on a 5+X list when given', () => {
    // BOD5 7 is class Ⅴ; outside the 5+X list it does not count
    const obs = [
      sample('a', 0.3, { values: { pH: 7.8, DO: 7, CODMn: 3.5, NH3N: 0.3, TP: 0.08, BOD5: 7 } }),
    ]
    expect(evaluateSectionsRatio(good, obs, { asOf: '2022-12-31' }).status).toBe('notMet')
    const fivePlusX = evaluateSectionsRatio(good, obs, {
      asOf: '2022-12-31',
      indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP'],
    })
    expect(fivePlusX.status).toBe('met')
  })

  it('gives insufficientData without any section data', () => {
    expect(evaluateSectionsRatio(good, [], { asOf: '2022-12-31' }).status).toBe('insufficientData')
  })

  it('rejects a target of another metric', () => {
    expect(() =>
      evaluateSectionsRatio(target2022('air.good-days-ratio'), [], { asOf: '2022-12-31' }),
    ).toThrow(/sections-ratio target/)
  })
})

describe('evaluateSectionsRatio explanation', () => {
  it('names the sections by their names in Chinese and by their ids in English', () => {
    const r = evaluateSectionsRatio(
      good,
      [
        sample('daihai', 2.5, { name: '岱海湖心' }),
        sample('yuhe', 0.8, { name: '御河' }),
        sample('s3', 0.4),
      ],
      { asOf: '2022-12-31' },
    )
    // NH3N 2.5 is worse than class Ⅴ (> 2.0), 0.8 class Ⅲ, 0.4 class Ⅱ; s3 has no name
    expect(r.explanation.zh).toContain('各断面类别：岱海湖心劣Ⅴ类、御河Ⅲ类、s3Ⅱ类。')
    expect(r.explanation.en).toContain('Section classes: daihai 劣Ⅴ, yuhe Ⅲ, s3 Ⅱ.')
  })
})
