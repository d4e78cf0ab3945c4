import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aqiCategory,
  HJ633_2012_CATEGORIES,
  HJ633_2026_CATEGORIES,
} from '../../../../src/standards/air/index.js'

describe('aqiCategory', () => {
  // HJ 633-2012 表2: 0–50 一级 优, 51–100 二级 良, 101–150 三级 轻度污染, 151–200 四级 中度污染,
  // 201–300 五级 重度污染, > 300 六级 严重污染
  it.each([
    [0, 1, '优'],
    [50, 1, '优'],
    [51, 2, '良'],
    [100, 2, '良'],
    [101, 3, '轻度污染'],
    [150, 3, '轻度污染'],
    [151, 4, '中度污染'],
    [200, 4, '中度污染'],
    [201, 5, '重度污染'],
    [300, 5, '重度污染'],
    [301, 6, '严重污染'],
    [500, 6, '严重污染'],
    [50.2, 2, '良'],
  ])('returns level %d → %d (%s)', (aqi, level, name) => {
    expect(aqiCategory(aqi).level).toBe(level)
    expect(aqiCategory(aqi).name.zh).toBe(name)
    expect(aqiCategory(aqi, { standard: 'HJ633-2026' }).level).toBe(level)
  })

  it('returns the colours of 附录A 表A.1', () => {
    expect(
      HJ633_2012_CATEGORIES.map((c) => [c.color.name.zh, c.color.rgb, c.color.hex, c.color.cmyk]),
    ).toEqual([
      ['绿色', [0, 228, 0], '#00E400', [40, 0, 100, 0]],
      ['黄色', [255, 255, 0], '#FFFF00', [0, 0, 100, 0]],
      ['橙色', [255, 126, 0], '#FF7E00', [0, 52, 100, 0]],
      ['红色', [255, 0, 0], '#FF0000', [0, 100, 100, 0]],
      ['紫色', [153, 0, 76], '#99004C', [10, 100, 40, 30]],
      ['褐红色', [126, 0, 35], '#7E0023', [30, 100, 100, 30]],
    ])
    // the hex is the RGB triple
    for (const c of HJ633_2026_CATEGORIES) {
      const hex =
        `#${c.color.rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase()
      expect(c.color.hex).toBe(hex)
    }
  })

  it('returns each edition’s own health texts', () => {
    expect(aqiCategory(120).healthEffects.zh).toBe('易感人群症状有轻度加剧，健康人群出现刺激症状')
    expect(aqiCategory(120, { standard: 'HJ633-2026' }).healthEffects.zh).toBe(
      '敏感人群症状有轻度加剧，健康人群出现刺激症状',
    )
    expect(aqiCategory(20).advice.zh).toBe('各类人群可正常活动')
    expect(HJ633_2026_CATEGORIES[0]?.range).toEqual([1, 50])
    expect(HJ633_2012_CATEGORIES[0]?.range).toEqual([0, 50])
    for (const c of [...HJ633_2012_CATEGORIES, ...HJ633_2026_CATEGORIES]) {
      expect(c.healthEffects.en.length).toBeGreaterThan(10)
      expect(c.advice.en.length).toBeGreaterThan(10)
    }
  })

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('throws for %d', (aqi) => {
    expect(() => aqiCategory(aqi)).toThrow(/non-negative AQI/)
  })

  it('puts every integer AQI in the one category whose range holds it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (aqi) => {
        const c = aqiCategory(aqi)
        expect(aqi).toBeGreaterThanOrEqual(c.range[0])
        if (c.range[1] !== null) expect(aqi).toBeLessThanOrEqual(c.range[1])
        const higher = aqiCategory(aqi + 1)
        expect(higher.level).toBeGreaterThanOrEqual(c.level)
      }),
    )
  })
})
