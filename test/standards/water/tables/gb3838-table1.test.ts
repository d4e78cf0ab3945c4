import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GB3838_TABLE1, WaterIndicatorKeySchema } from '../../../../src/standards/water/index.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

describe('GB3838_TABLE1', () => {
  it('holds all 24 Table 1 items under the documented keys, numbered as in the standard', () => {
    expect(Object.keys(GB3838_TABLE1).sort()).toEqual([...WaterIndicatorKeySchema.options].sort())
    expect(
      Object.values(GB3838_TABLE1)
        .map((i) => i.no)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    for (const item of Object.values(GB3838_TABLE1)) {
      expect(item.source).toBe(`GB 3838-2002 Table 1 item ${item.no}`)
      expect(item.name.zh.length).toBeGreaterThan(0)
      expect(item.name.en.length).toBeGreaterThan(0)
    }
  })

  it('gives the directions, units and special rows as printed (p. 2)', () => {
    expect(GB3838_TABLE1.DO.direction).toBe('min')
    expect(GB3838_TABLE1.pH).toMatchObject({
      direction: 'range',
      range: [6, 9],
      unit: '无量纲',
      limits: null,
    })
    expect(GB3838_TABLE1.waterTemp).toMatchObject({
      direction: 'relative',
      unit: '℃',
      limits: null,
    })
    expect(GB3838_TABLE1.fecalColiform.unit).toBe('个/L')
    expect(GB3838_TABLE1.TN.appliesTo).toBe('lakeReservoir')
    expect(GB3838_TABLE1.TP.appliesTo).toBe('all')
    expect(GB3838_TABLE1.NH3N).toMatchObject({
      no: 7,
      name: { zh: '氨氮' },
      limits: [0.15, 0.5, 1, 1.5, 2],
    })
  })

  it('is frozen', () => {
    expect(Object.isFrozen(GB3838_TABLE1)).toBe(true)
    expect(Object.isFrozen(GB3838_TABLE1.TP.limits)).toBe(true)
    expect(Object.isFrozen(GB3838_TABLE1.TP.lakeLimits)).toBe(true)
  })
})

// The shared machine-readable table was checked against the scan by its authors; any difference
// from ours is listed, so a typo on either side shows up by name.
describeWithShared(
  'GB3838_TABLE1 against gb3838-2002-limits.json',
  'standards/gb3838-2002-limits.json',
  () => {
    const ID_TO_KEY: Record<string, [string, 'limits' | 'lakeLimits']> = {
      WaterTemp: ['waterTemp', 'limits'],
      TP_river: ['TP', 'limits'],
      TP_lake: ['TP', 'lakeLimits'],
      TN_lake: ['TN', 'limits'],
      VolatilePhenol: ['phenol', 'limits'],
      Petroleum: ['oil', 'limits'],
      Sulfide: ['sulfide', 'limits'],
      FecalColiform: ['fecalColiform', 'limits'],
    }
    it('agrees on every item, unit, direction and limit', () => {
      const json = JSON.parse(readFileSync(sharedPath('standards/gb3838-2002-limits.json'), 'utf8'))
      const differences: string[] = []
      expect(json.table1).toHaveLength(25) // TP appears twice (river, lake)
      for (const row of json.table1) {
        const [key, column] = ID_TO_KEY[row.id] ?? [row.id, 'limits']
        const item = GB3838_TABLE1[key as 'DO']
        if (!item) {
          differences.push(`${row.id}: missing`)
          continue
        }
        if (row.unit !== item.unit) differences.push(`${key}: unit ${item.unit} vs ${row.unit}`)
        if (row.direction !== item.direction)
          differences.push(`${key}: direction ${item.direction} vs ${row.direction}`)
        if (row.range && JSON.stringify(row.range) !== JSON.stringify(item.range))
          differences.push(`${key}: range`)
        if (row.limits) {
          const ours = item[column]
          const theirs = ['I', 'II', 'III', 'IV', 'V'].map((c) => row.limits[c])
          if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
            differences.push(
              `${key}.${column}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`,
            )
          }
        }
        if (!row.nameCn.startsWith(item.name.zh.replace('（六价）', '').replace('值', ''))) {
          differences.push(`${key}: name ${item.name.zh} vs ${row.nameCn}`)
        }
      }
      expect(differences).toEqual([])
    })
  },
)
