import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  GBT14848_2017,
  GBT14848_2017_ROWS,
  GroundwaterItemKeySchema,
} from '../../../../src/standards/water/index.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

describe('GBT14848_2017', () => {
  it('holds 39 Table 1 and 54 Table 2 items, numbered in order', () => {
    const items = Object.values(GBT14848_2017)
    expect(Object.keys(GBT14848_2017)).toEqual(GroundwaterItemKeySchema.options)
    expect(items.filter((i) => i.table === 1).map((i) => i.no)).toEqual(
      Array.from({ length: 39 }, (_, i) => i + 1),
    )
    expect(items.filter((i) => i.table === 2).map((i) => i.no)).toEqual(
      Array.from({ length: 54 }, (_, i) => i + 1),
    )
  })

  it('keeps the GB 3838 key of a substance both standards list, with its own unit', () => {
    expect(GBT14848_2017.nitrate).toMatchObject({
      name: { zh: '硝酸盐' },
      unit: 'mg/L',
      limits: [2, 5, 20, 30],
    })
    expect(GBT14848_2017.chloroform).toMatchObject({ unit: 'μg/L', limits: [0.5, 6, 60, 300] })
  })

  it('marks pH, the described items, 不得检出 and the open class Ⅳ of radioactivity', () => {
    expect(GBT14848_2017.pH).toMatchObject({ kind: 'pH', limits: null })
    expect(GBT14848_2017.odourTaste.kind).toBe('text')
    expect(GBT14848_2017.visibleMatter.kind).toBe('text')
    expect(GBT14848_2017.LAS.limits).toEqual(['notDetected', 0.1, 0.3, 0.3])
    expect(GBT14848_2017.grossAlpha.limits).toEqual([0.1, 0.1, 0.5, null])
    expect(GBT14848_2017.grossBeta.limits).toEqual([0.1, 1, 1, null])
  })
})

describeWithShared(
  'GBT14848_2017 against gbt14848-2017-limits.json',
  'standards/gbt14848-2017-limits.json',
  () => {
    it('agrees on every item, unit and limit, in order', () => {
      const json = JSON.parse(
        readFileSync(sharedPath('standards/gbt14848-2017-limits.json'), 'utf8'),
      )
      const ours = Object.values(GBT14848_2017)
      const differences: string[] = []
      expect(json.items).toHaveLength(93)
      json.items.forEach(
        (
          row: { nameCn: string; unit: string | null; limits: [string, string, string][] },
          i: number,
        ) => {
          const item = ours[i]
          if (!item) {
            differences.push(`${row.nameCn}: missing`)
            return
          }
          const name = row.nameCn === '林丹' ? 'γ-六六六（林丹）' : row.nameCn
          if (item.name.zh !== name)
            differences.push(`[${i}] name ${item.name.zh} vs ${row.nameCn}`)
          const unit =
            row.unit?.replace('MPNᵇ/100mL 或 CFUᶜ/100mL', 'MPN/100mL 或 CFU/100mL') ?? null
          if (unit !== null && unit !== item.unit)
            differences.push(`${item.key}: unit ${item.unit} vs ${row.unit}`)
          const ops = row.limits.map((l) => l[1])
          if (ops[0] === 'TextMatch') {
            if (item.kind !== 'text') differences.push(`${item.key}: expected a described item`)
            return
          }
          if (row.nameCn === 'pH') {
            if (item.kind !== 'pH') differences.push('pH: expected the pH kind')
            const ranges = row.limits.map((l) => `${l[1]} ${l[2]}`)
            expect(ranges).toEqual([
              'BetweenInclusive 6.5-8.5',
              'BetweenInclusive 6.5-8.5',
              'BetweenInclusive 6.5-8.5',
              'BetweenInclusiveMinExclusiveMax 5.5-6.5',
              'BetweenExclusiveMinInclusiveMax 8.5-9',
            ])
            return
          }
          const theirs = row.limits.map(([, op, v]) =>
            op === 'NotDetected' ? 'notDetected' : op === 'GreaterThan' ? null : Number(v),
          )
          if (JSON.stringify(theirs) !== JSON.stringify(item.limits)) {
            differences.push(
              `${item.key}: ${JSON.stringify(item.limits)} vs ${JSON.stringify(theirs)}`,
            )
          }
        },
      )
      expect(differences).toEqual([])
    })

    it('prints every class cell of the literal rows as the transcription writes it', () => {
      const json = JSON.parse(
        readFileSync(sharedPath('standards/gbt14848-2017-limits.json'), 'utf8'),
      )
      const differences: string[] = []
      GBT14848_2017_ROWS.forEach((row, i) => {
        if ('kind' in row) return
        const theirs = (json.items[i].limits as [string, string, string][]).map(([, op, v]) =>
          op === 'NotDetected' ? '不得检出' : op === 'GreaterThan' ? `>${v}` : v,
        )
        const ours = [row.I, row.II, row.III, row.IV]
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
          differences.push(`${row.key}: ${ours.join(' ')} vs ${theirs.join(' ')}`)
        }
      })
      expect(differences).toEqual([])
    })
  },
)
