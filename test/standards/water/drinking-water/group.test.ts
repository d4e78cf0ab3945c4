import { describe, expect, it } from 'vitest'
import {
  assessDrinkingWaterSources,
  groupDrinkingWaterSamplings,
} from '../../../../src/standards/water/index.js'
import { issuesOf } from '../../../_helpers/input-error.js'

describe('groupDrinkingWaterSamplings', () => {
  it('groups samplings by source and adds up their volumes', () => {
    const sources = groupDrinkingWaterSamplings([
      {
        source: 'w1',
        name: '一号井',
        sourceType: 'groundwater',
        date: '2022-03-01',
        values: { nitrate: 4 },
        volume: 10,
      },
      {
        source: 'r1',
        sourceType: 'surface',
        waterBody: 'reservoir',
        date: '2022-03-01',
        values: { NH3N: 0.1 },
      },
      {
        source: 'w1',
        sourceType: 'groundwater',
        date: '2022-09-01',
        values: { nitrate: 6 },
        volume: 12,
      },
    ])
    expect(sources).toEqual([
      {
        id: 'w1',
        name: '一号井',
        type: 'groundwater',
        volume: 22,
        samplings: [
          { date: '2022-03-01', values: { nitrate: 4 } },
          { date: '2022-09-01', values: { nitrate: 6 } },
        ],
      },
      {
        id: 'r1',
        type: 'surface',
        waterBody: 'reservoir',
        samplings: [{ date: '2022-03-01', values: { NH3N: 0.1 } }],
      },
    ])
  })

  // One source given as surface water and as groundwater is a contradiction,
  // whatever the order, never a verdict on the wrong standard.
  it('rejects the same source as surface and as groundwater, at the caller’s record index', () => {
    const surface = {
      source: 's1',
      sourceType: 'surface' as const,
      waterBody: 'river' as const,
      date: '2022-03-01',
      values: { NH3N: 0.1 },
    }
    const ground = {
      source: 's1',
      sourceType: 'groundwater' as const,
      date: '2022-04-01',
      values: { nitrate: 4 },
    }
    expect(
      issuesOf(() => groupDrinkingWaterSamplings([surface, ground], { indices: [3, 7] })),
    ).toEqual([
      '[7].sourceType conflict: expected the source type of the source\'s earlier records (surface), got "groundwater"',
    ])
    expect(issuesOf(() => groupDrinkingWaterSamplings([ground, surface]))).toEqual([
      '[1].sourceType conflict: expected the source type of the source\'s earlier records (groundwater), got "surface"',
    ])
    expect(
      issuesOf(() => groupDrinkingWaterSamplings([surface, { ...surface, waterBody: 'lake' }])),
    ).toEqual([
      '[1].waterBody conflict: expected the water body of the earlier records (river), got "lake"',
    ])
  })

  it('rejects an impossible date at the caller’s record, not inside the grouped source', () => {
    // 2022 is not a leap year and February never has 30 days
    const sampling = (date: string) => ({
      source: 'w1',
      sourceType: 'groundwater' as const,
      date,
      values: { nitrate: 4 },
    })
    expect(
      issuesOf(() =>
        groupDrinkingWaterSamplings([sampling('2022-03-01'), sampling('2022-02-30')], {
          indices: [4, 9],
        }),
      ),
    ).toEqual(['[9].date invalid_format: expected a valid date YYYY-MM-DD, got "2022-02-30"'])
    expect(issuesOf(() => groupDrinkingWaterSamplings([sampling('2022-02-29')]))).toHaveLength(1)
    expect(groupDrinkingWaterSamplings([sampling('2024-02-29')])[0]?.samplings).toHaveLength(1)
  })
})

describe('assessDrinkingWaterSources', () => {
  it('rejects one source listed once as surface and once as groundwater as a conflict', () => {
    expect(
      issuesOf(() =>
        assessDrinkingWaterSources([
          {
            id: 's1',
            type: 'surface',
            waterBody: 'river',
            samplings: [{ date: '2022-03-01', values: { NH3N: 0.1 } }],
          },
          {
            id: 's1',
            type: 'groundwater',
            samplings: [{ date: '2022-03-01', values: { nitrate: 4 } }],
          },
        ]),
      ),
    ).toEqual([
      '[1].type conflict: expected the source type of the source\'s earlier records (surface), got "groundwater"',
    ])
  })
})
