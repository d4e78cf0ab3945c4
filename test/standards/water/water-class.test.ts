import { describe, expect, it } from 'vitest'
import {
  parseWaterClass,
  WATER_CLASS_LABELS,
  WaterClassSchema,
  waterQualityStatus,
} from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

describe('parseWaterClass', () => {
  it.each([
    ['Ⅰ', 1],
    ['Ⅱ类', 2],
    ['III', 3],
    ['iv', 4],
    ['Ⅴ类', 5],
    ['劣Ⅴ', 6],
    ['劣V类', 6],
    ['劣五类', 6],
    ['三类', 3],
    [' 3 ', 3],
  ])('reads %s as %d', (label, expected) => {
    expect(parseWaterClass(label)).toBe(expected)
  })

  it('reads -- and empty text as not classed', () => {
    expect(parseWaterClass('--')).toBeNull()
    expect(parseWaterClass('')).toBeNull()
    expect(parseWaterClass('无数据')).toBeNull()
  })

  it('rejects other text', () => {
    expect(issuesOf(() => parseWaterClass('Ⅵ'))).toEqual([
      ' invalid_value: expected a water-quality class (Ⅰ … Ⅴ, 劣Ⅴ, or -- for none), got "Ⅵ"',
    ])
  })
})

describe('waterQualityStatus', () => {
  it.each([
    [1, '优'],
    [2, '优'],
    [3, '良好'],
    [4, '轻度污染'],
    [5, '中度污染'],
    [6, '重度污染'],
  ] as const)('gives class %d the word %s', (c, zh) => {
    expect(waterQualityStatus(c).zh).toBe(zh)
  })
})

describe('WATER_CLASS_LABELS', () => {
  it('labels the six classes and round-trips through parseWaterClass', () => {
    for (const c of [1, 2, 3, 4, 5, 6] as const) {
      expect(parseWaterClass(WATER_CLASS_LABELS[c])).toBe(c)
      expect(WaterClassSchema.parse(c)).toBe(c)
    }
    expect(WaterClassSchema.safeParse(7).success).toBe(false)
  })
})
