import { describe, expect, it } from 'vitest'
import {
  DrinkingWaterSourceSchema,
  groupDrinkingWaterSamplings,
  SurfaceSourceValuesSchema,
} from '../../../src/standards/water/index.js'

describe('DrinkingWaterSourceSchema', () => {
  it('parses what groupDrinkingWaterSamplings returns, surface and groundwater', () => {
    const sources = groupDrinkingWaterSamplings([
      { source: 'w1', sourceType: 'groundwater', date: '2022-03-01', values: { nitrate: 4 } },
      {
        source: 's1',
        sourceType: 'surface',
        waterBody: 'lake',
        date: '2022-05-10',
        values: { NH3N: 0.2, TP: 0.01 },
      },
      { source: 'w1', sourceType: 'groundwater', date: '2022-09-01', values: { nitrate: 6 } },
    ])
    expect(sources.map((s) => [s.id, s.type, s.samplings.length])).toEqual([
      ['w1', 'groundwater', 2],
      ['s1', 'surface', 1],
    ])
    for (const s of sources) expect(DrinkingWaterSourceSchema.safeParse(s).success).toBe(true)
  })

  it('rejects a source of an unknown type, an impossible date and a negative value', () => {
    const ok = { id: 'w1', type: 'groundwater', samplings: [] }
    expect(DrinkingWaterSourceSchema.safeParse(ok).success).toBe(true)
    expect(DrinkingWaterSourceSchema.safeParse({ ...ok, type: 'river' }).success).toBe(false)
    expect(
      DrinkingWaterSourceSchema.safeParse({
        ...ok,
        samplings: [{ date: '2022-02-30', values: {} }],
      }).success,
    ).toBe(false)
    expect(SurfaceSourceValuesSchema.safeParse({ NH3N: -1 }).success).toBe(false)
    expect(SurfaceSourceValuesSchema.safeParse({ DO: 6, nitrate: 4 }).success).toBe(true)
  })
})
