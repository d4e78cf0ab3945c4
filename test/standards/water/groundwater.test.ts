import { describe, expect, it } from 'vitest'
import {
  classifyGroundwater,
  classifyGroundwaterItem,
  GBT14848_2017,
} from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

describe('classifyGroundwaterItem', () => {
  // GB/T 14848-2017 Table 1 rows (as in the spec's transcription): [item, value, class].
  it.each([
    ['NH3N', 0.02, 1],
    ['NH3N', 0.021, 2],
    ['NH3N', 0.1, 2],
    ['NH3N', 0.5, 3],
    ['NH3N', 1.5, 4],
    ['NH3N', 1.51, 5],
    ['nitrate', 20, 3],
    ['nitrate', 20.1, 4],
    ['nitrate', 30, 4],
    ['nitrate', 31, 5],
    // 从优不从劣: limits equal in several classes give the better class.
    ['phenol', 0.001, 1],
    ['Mn', 0.05, 1],
    ['F', 1.0, 1],
    ['totalColiforms', 3, 1],
    ['Se', 0.01, 1],
    ['Se', 0.011, 4],
    ['Tl', 0.0001, 1],
    ['totalHardness', 450, 3],
    ['totalHardness', 651, 5],
    ['benzene', 10, 3],
  ])('classifies %s %d as class %d', (item, value, expected) => {
    expect(classifyGroundwaterItem(item as 'NH3N', value)).toBe(expected)
  })

  it('treats 不得检出 (LAS class Ⅰ): only a value not detected is class Ⅰ', () => {
    expect(classifyGroundwaterItem('LAS', 'notDetected')).toBe(1)
    expect(classifyGroundwaterItem('LAS', 0.01)).toBe(2)
    expect(classifyGroundwaterItem('LAS', 0.1)).toBe(2)
    expect(classifyGroundwaterItem('LAS', 0.3)).toBe(3)
    expect(classifyGroundwaterItem('LAS', 0.31)).toBe(5)
    expect(classifyGroundwaterItem('nitrate', 'notDetected')).toBe(1)
  })

  it.each([
    [6.5, 1],
    [8.5, 1],
    [7, 1],
    [6.49, 4],
    [5.5, 4],
    [5.49, 5],
    [8.51, 4],
    [9, 4],
    [9.01, 5],
  ])('classifies pH %d by the two-sided ranges as %d', (value, expected) => {
    expect(classifyGroundwaterItem('pH', value)).toBe(expected)
  })

  it('gives gross α and β above class Ⅲ class Ⅳ, as Ⅳ and Ⅴ are both “> Ⅲ”', () => {
    expect(classifyGroundwaterItem('grossAlpha', 0.5)).toBe(3)
    expect(classifyGroundwaterItem('grossAlpha', 0.51)).toBe(4)
    expect(classifyGroundwaterItem('grossBeta', 50)).toBe(4)
    expect(classifyGroundwaterItem('grossBeta', 1)).toBe(2)
  })

  it('classifies the described items: 无 is class Ⅰ, present is class Ⅴ', () => {
    expect(classifyGroundwaterItem('odourTaste', 'none')).toBe(1)
    expect(classifyGroundwaterItem('visibleMatter', 'present')).toBe(5)
  })

  it('reaches class Ⅴ just above every class Ⅳ limit, and the best class sharing it at it', () => {
    for (const item of Object.values(GBT14848_2017)) {
      const iv = item.limits?.[3]
      if (typeof iv !== 'number') continue
      const best = (item.limits as readonly unknown[]).indexOf(iv) + 1
      expect(classifyGroundwaterItem(item.key, iv), item.key).toBe(best)
      expect(classifyGroundwaterItem(item.key, iv * 1.01), item.key).toBe(5)
    }
  })

  it('rejects values of the wrong kind, negatives, pH beyond 14 and unknown items', () => {
    expect(issuesOf(() => classifyGroundwaterItem('odourTaste', 1))).toEqual([
      "value invalid_value: expected 'none' (无) or 'present' (有), got 1",
    ])
    expect(issuesOf(() => classifyGroundwaterItem('pH', 'notDetected'))).toEqual([
      'value invalid_value: expected a pH from 0 to 14, got "notDetected"',
    ])
    expect(issuesOf(() => classifyGroundwaterItem('pH', 15))).toEqual([
      'value too_big: expected a pH from 0 to 14, got 15',
    ])
    expect(issuesOf(() => classifyGroundwaterItem('NH3N', -0.1))).toEqual([
      'value too_small: expected a non-negative number (mg/L), got -0.1',
    ])
    expect(issuesOf(() => classifyGroundwaterItem('radon' as 'NH3N', 1))).toEqual([
      'radon unrecognized_keys: expected an item of GB/T 14848-2017, got "radon"',
    ])
  })
})

describe('classifyGroundwater', () => {
  it('returns the worst item class and names the items of that class', () => {
    const r = classifyGroundwater({ pH: 7.4, NH3N: 0.6, nitrate: 25, F: 0.6, Mn: null })
    expect(r.waterClass).toBe(4)
    expect(r.label).toBe('Ⅳ')
    expect(r.deciding).toEqual(['NH3N', 'nitrate'])
    expect(r.items.map((i) => i.item)).toEqual(['pH', 'NH3N', 'nitrate', 'F'])
  })

  it('returns no class without data', () => {
    expect(classifyGroundwater({ NH3N: null })).toMatchObject({
      waterClass: null,
      label: null,
      deciding: [],
    })
  })

  it('rejects an unknown key, naming it', () => {
    expect(issuesOf(() => classifyGroundwater({ TN: 1 } as never))).toEqual([
      'TN unrecognized_keys: expected an item of GB/T 14848-2017, got "TN" (did you mean Mn?)',
    ])
    expect(issuesOf(() => classifyGroundwater(null as never))).toEqual([
      ' invalid_type: expected an object, got null',
    ])
  })
})
