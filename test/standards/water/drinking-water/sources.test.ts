import { describe, expect, it } from 'vitest'
import {
  assessDrinkingWaterSources,
  assessGroundwaterSource,
  assessSurfaceSource,
} from '../../../../src/standards/water/index.js'
import { issuesOf } from '../../../_helpers/input-error.js'

const reservoir = { waterBody: 'reservoir' } as const
const clean = { pH: 7.6, DO: 7.9, CODMn: 2.1, NH3N: 0.12, TP: 0.03 } // lake TP 0.03 → Ⅲ

describe('assessSurfaceSource', () => {
  it('meets class Ⅲ when the basic class is Ⅲ or better and every Table 2/3 item is within its limit', () => {
    const r = assessSurfaceSource({ ...clean, Fe: 0.3, Mn: 0.1, chloroform: 0.06 }, reservoir)
    expect(r.meets).toBe(true)
    expect(r.basic.label).toBe('Ⅲ')
    expect(r.supplementary.map((c) => [c.item, c.limit, c.within])).toEqual([
      ['Fe', 0.3, true],
      ['Mn', 0.1, true],
    ])
    expect(r.specific).toEqual([
      {
        item: 'chloroform',
        table: 3,
        value: 0.06,
        limit: 0.06,
        within: true,
        exceedanceMultiple: null,
      },
    ])
  })

  it('fails on a Table 2 or Table 3 item over its limit, with its exceedance multiple', () => {
    // Fe (0.45 − 0.3) / 0.3 = 0.5; benzo(a)pyrene (4.2e-6 − 2.8e-6) / 2.8e-6 = 0.5.
    const r = assessSurfaceSource({ ...clean, Fe: 0.45, benzoAPyrene: 0.0000042 }, reservoir)
    expect(r.meets).toBe(false)
    expect(r.failing).toEqual(['Fe', 'benzoAPyrene'])
    expect(r.supplementary[0]?.exceedanceMultiple).toBe(0.5)
    expect(r.specific[0]?.exceedanceMultiple).toBe(0.5)
  })

  it('fails when the basic class is worse than Ⅲ; TN and fecal coliform do not count', () => {
    expect(assessSurfaceSource({ ...clean, TP: 0.06 }, reservoir)).toMatchObject({
      meets: false,
      failing: ['TP'],
    })
    expect(assessSurfaceSource({ ...clean, TP: 0.06 }, { waterBody: 'river' }).meets).toBe(true)
    expect(assessSurfaceSource({ ...clean, TN: 2.5, fecalColiform: 30000 }, reservoir).meets).toBe(
      true,
    )
  })

  it('gives no verdict without basic data', () => {
    expect(assessSurfaceSource({ Fe: 0.1 }, reservoir).meets).toBeNull()
  })

  it('rejects unknown items and bad values, naming them', () => {
    expect(issuesOf(() => assessSurfaceSource({ radon: 1 } as never, reservoir))).toEqual([
      'radon unrecognized_keys: expected an item of GB 3838-2002 表1–表3, got "radon"',
    ])
    expect(issuesOf(() => assessSurfaceSource({ Fe: -1 }, reservoir))).toEqual([
      'Fe too_small: expected a non-negative number (mg/L), got -1',
    ])
    expect(issuesOf(() => assessSurfaceSource(null as never, reservoir))).toEqual([
      ' invalid_type: expected an object, got null',
    ])
    expect(assessSurfaceSource({ ...clean, Fe: null }, reservoir).supplementary).toEqual([])
  })
})

describe('assessGroundwaterSource', () => {
  it('meets class Ⅲ by the worst GB/T 14848-2017 item', () => {
    expect(assessGroundwaterSource({ pH: 7.2, nitrate: 20, F: 1, Mn: 0.1 })).toMatchObject({
      meets: true,
      failing: [],
    })
    expect(assessGroundwaterSource({ pH: 7.2, nitrate: 22, F: 0.8 })).toMatchObject({
      meets: false,
      failing: ['nitrate'],
    })
    expect(assessGroundwaterSource({}).meets).toBeNull()
  })
})

describe('assessDrinkingWaterSources', () => {
  const sources = [
    {
      id: 'north',
      type: 'groundwater' as const,
      volume: 300,
      samplings: [
        { date: '2022-03-01', values: { nitrate: 16, F: 0.7 } },
        { date: '2022-09-01', values: { nitrate: 22, F: 0.7 } },
      ],
    },
    {
      id: 'lake',
      name: '水库水源',
      type: 'surface' as const,
      waterBody: 'reservoir' as const,
      volume: 700,
      samplings: [
        { date: '2022-03-01', values: { ...clean, TP: 0.04, Fe: 0.2 } },
        { date: '2022-09-01', values: { ...clean, TP: 0.07, Fe: 0.5 } },
      ],
    },
    {
      id: 'dry',
      type: 'groundwater' as const,
      samplings: [{ date: '2022-03-01', values: { nitrate: null } }],
    },
  ]

  it('judges the annual means by default, excludes sources without data and gives both ratios', () => {
    // north: nitrate (16 + 22) / 2 = 19 ≤ 20 → Ⅲ; lake: TP (0.04 + 0.07) / 2 = 0.055 → lake Ⅳ, Fe 0.35 > 0.3.
    const r = assessDrinkingWaterSources(sources, { volumeWeighted: true })
    expect(r.rule).toBe('annualMean')
    expect(r.sources.map((s) => [s.id, s.meets, s.samplings, s.failing])).toEqual([
      ['north', true, 2, []],
      ['lake', false, 2, ['TP', 'Fe']],
    ])
    expect(r.excluded).toEqual([{ id: 'dry', reason: 'noData' }])
    expect(r.ratio).toEqual({ numerator: 1, denominator: 2, percent: 50 })
    expect(r.volumeRatio).toEqual({ numerator: 300, denominator: 1000, percent: 30 })
  })

  it('requires every sampling to meet under the everySampling rule', () => {
    const r = assessDrinkingWaterSources(sources, { rule: 'everySampling' })
    // north's September sampling (nitrate 22 → Ⅳ) fails although the annual mean meets.
    expect(r.sources.map((s) => [s.id, s.meets, s.failing])).toEqual([
      ['north', false, ['nitrate']],
      ['lake', false, ['TP', 'Fe']],
    ])
    expect(r.ratio).toEqual({ numerator: 0, denominator: 2, percent: 0 })
    expect(r.volumeRatio).toBeNull()
    expect(r.sources[0]?.assessments).toHaveLength(2)
  })

  it('averages groundwater described and not-detected values conservatively', () => {
    const r = assessDrinkingWaterSources([
      {
        id: 'g',
        type: 'groundwater',
        samplings: [
          {
            date: '2022-01-01',
            values: { LAS: 'notDetected', odourTaste: 'none', Mn: 'notDetected' },
          },
          { date: '2022-07-01', values: { LAS: 0.2, odourTaste: 'present', Mn: 'notDetected' } },
        ],
      },
    ])
    const a = r.sources[0]?.assessments[0]
    expect(a && 'classification' in a ? a.classification.items : []).toEqual([
      { item: 'odourTaste', value: 'present', waterClass: 5, label: 'Ⅴ' },
      { item: 'Mn', value: 'notDetected', waterClass: 1, label: 'Ⅰ' },
      { item: 'LAS', value: 0.2, waterClass: 3, label: 'Ⅲ' },
    ])
  })

  it('rejects duplicate ids, a surface source without water body, a bad rule and missing volumes', () => {
    expect(issuesOf(() => assessDrinkingWaterSources([sources[0]!, sources[0]!]))).toEqual([
      '[1].id duplicate: expected a unique source id, got "north"',
    ])
    expect(
      issuesOf(() =>
        assessDrinkingWaterSources([
          { id: 's', type: 'surface', samplings: [{ date: '2022-01-01', values: clean }] },
        ]),
      ),
    ).toEqual([
      '[0].waterBody invalid_value: expected one of "river", "lake", "reservoir", got nothing',
    ])
    expect(
      issuesOf(() => assessDrinkingWaterSources([], { rule: 'monthly' as 'annualMean' }))[0],
    ).toMatch(/^options\.rule invalid_value/)
    expect(
      issuesOf(() => assessDrinkingWaterSources([{ ...sources[0]!, type: 'spring' as 'surface' }])),
    ).toEqual(['[0].type invalid_value: expected one of "surface", "groundwater", got "spring"'])
    expect(
      issuesOf(() =>
        assessDrinkingWaterSources([{ ...sources[0]!, volume: undefined as never }], {
          volumeWeighted: true,
        }),
      ),
    ).toEqual([
      '[0].volume invalid_type: expected a volume (volume weighting needs one for every source with data), got nothing',
    ])
    expect(
      issuesOf(() =>
        assessDrinkingWaterSources([
          {
            ...sources[1]!,
            samplings: [{ date: '2022-01-01', values: { Fe: '0.3mg/L' as never } }],
          },
        ]),
      )[0],
    ).toMatch(
      /^\[0\]\.samplings\[0\]\.values\.Fe invalid_type: expected a non-negative number \(mg\/L\), got "0\.3mg\/L"/,
    )
  })

  it('gives a null percentage for an empty list and for zero volume', () => {
    const r = assessDrinkingWaterSources([], { volumeWeighted: true })
    expect(r.ratio.percent).toBeNull()
    expect(r.volumeRatio?.percent).toBeNull()
  })
})
