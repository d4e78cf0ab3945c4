import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  GB3838_TABLE2,
  GB3838_TABLE3,
  SpecificItemKeySchema,
  SupplementaryItemKeySchema,
} from '../../../../src/standards/water/index.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

describe('GB3838_TABLE2', () => {
  it('holds the 5 supplementary items with their limits (p. 3)', () => {
    expect(Object.keys(GB3838_TABLE2)).toEqual(SupplementaryItemKeySchema.options)
    expect(Object.values(GB3838_TABLE2).map((i) => [i.name.zh, i.limit])).toEqual([
      ['硫酸盐', 250],
      ['氯化物', 250],
      ['硝酸盐', 10],
      ['铁', 0.3],
      ['锰', 0.1],
    ])
    expect(GB3838_TABLE2.nitrate.source).toBe('GB 3838-2002 Table 2 item 3')
  })
})

describe('GB3838_TABLE3', () => {
  it('holds all 80 specific items in table order with stable keys', () => {
    expect(Object.keys(GB3838_TABLE3)).toEqual(SpecificItemKeySchema.options)
    expect(Object.values(GB3838_TABLE3).map((i) => i.no)).toEqual(
      Array.from({ length: 80 }, (_, i) => i + 1),
    )
    expect(new Set(Object.values(GB3838_TABLE3).map((i) => i.name.zh)).size).toBe(80)
  })

  // Spot checks read off the scan (pp. 3–4), including the three limits printed as powers of ten.
  it.each([
    ['chloroform', 1, '三氯甲烷', 0.06],
    ['dichlorophenol_2_4', 36, '2,4-二氯苯酚', 0.093],
    ['benzoAPyrene', 66, '苯并(a)芘', 2.8e-6],
    ['methylmercury', 67, '甲基汞', 1.0e-6],
    ['PCBs', 68, '多氯联苯', 2.0e-5],
    ['Tl', 80, '铊', 0.0001],
  ])('gives %s as item %d %s with limit %d mg/L', (key, no, zh, limit) => {
    expect(GB3838_TABLE3[key as 'Tl']).toMatchObject({ no, name: { zh }, limit, unit: 'mg/L' })
  })

  it('names the compounds of the group items (notes ①–⑥)', () => {
    expect(GB3838_TABLE3.PCBs.note).toContain('PCB-1260')
    expect(GB3838_TABLE3.xylene.note).toContain('邻-二甲苯')
  })
})

describeWithShared(
  'GB 3838-2002 Tables 2 and 3 against gb3838-2002-limits.json',
  'standards/gb3838-2002-limits.json',
  () => {
    it('agrees on every name and limit, in order', () => {
      const json = JSON.parse(readFileSync(sharedPath('standards/gb3838-2002-limits.json'), 'utf8'))
      const differences: string[] = []
      const compare = (
        ours: readonly { name: { zh: string }; limit: number }[],
        theirs: { nameCn: string; max: number }[],
        t: string,
      ) => {
        if (ours.length !== theirs.length)
          differences.push(`${t}: ${ours.length} items vs ${theirs.length}`)
        theirs.forEach((row, i) => {
          const item = ours[i]
          if (!item || item.name.zh !== row.nameCn || item.limit !== row.max) {
            differences.push(
              `${t}[${i}]: ${item?.name.zh} ${item?.limit} vs ${row.nameCn} ${row.max}`,
            )
          }
        })
      }
      compare(Object.values(GB3838_TABLE2), json.table2, 'table2')
      compare(Object.values(GB3838_TABLE3), json.table3, 'table3')
      expect(json.table3_count).toBe(80)
      expect(differences).toEqual([])
    })
  },
)
