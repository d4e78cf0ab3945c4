import { describe, expect, it } from 'vitest'
import { PLAN_2022_SOURCE_TEXT, TARGETS_2022 } from '../../../src/plans/2022/index.js'

// Expectations written by hand from the source's target sentence (paragraph 0):
// 中心城区空气质量优良天数比例达到91.6%，细颗粒物（PM2.5）年均浓度达到达到23微克/立方米，重污染天数比率0%；
// 地表水国控断面水质达到或优于三类以上水体比例66.7％、劣五类水体比例16.7％，地级（中心城区）、县级（*市）
// 城市集中式饮用水水源水质Ⅲ类比例达到100%；氮氧化物、挥发性有机物、化学需氧量、氨氮排放总量持续减少，
// 达到自治区下达减排目标；受污染耕地安全利用率达到98%以上，污染地块安全利用率继续保持90%。
const EXPECTED = [
  ['air.good-days-ratio', 'goodDaysRatio', 'atLeast', 91.6, '%', 'central-city'],
  ['air.pm25-annual-mean', 'pm25Mean', 'atMost', 23, 'µg/m³', 'central-city'],
  ['air.heavy-pollution-days-ratio', 'heavyPollutionDaysRatio', 'atMost', 0, '%', 'central-city'],
  [
    'water.national-sections-class-i-iii',
    'sectionsClassIToIIIRatio',
    'atLeast',
    66.7,
    '%',
    'national-sections',
  ],
  [
    'water.national-sections-worse-than-v',
    'sectionsWorseThanVRatio',
    'atMost',
    16.7,
    '%',
    'national-sections',
  ],
  [
    'water.drinking-water-prefecture',
    'drinkingWaterClassIIIRatio',
    'atLeast',
    100,
    '%',
    'prefecture-sources',
  ],
  [
    'water.drinking-water-county',
    'drinkingWaterClassIIIRatio',
    'atLeast',
    100,
    '%',
    'county-sources',
  ],
  ['emissions.nox', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['emissions.vocs', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['emissions.cod', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['emissions.nh3n', 'emissionTotal', 'reachReduction', null, 't', 'city'],
  ['soil.farmland-safe-use', 'farmlandSafeUseRatio', 'atLeast', 98, '%', 'city'],
  ['soil.contaminated-land-safe-use', 'contaminatedLandSafeUseRatio', 'atLeast', 90, '%', 'city'],
] as const

describe('TARGETS_2022', () => {
  it('has exactly the 13 targets of the source, in its order', () => {
    expect(TARGETS_2022.map((t) => t.id)).toEqual(EXPECTED.map((e) => e[0]))
  })

  it.each(EXPECTED)('%s is %s %s %s %s over %s', (id, metric, comparator, value, unit, scope) => {
    const t = TARGETS_2022.find((x) => x.id === id)
    expect(t).toMatchObject({ metric, comparator, value, unit, scope: { id: scope } })
    expect(t?.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
  })

  it('names each emission pollutant once, against the 2020 base year', () => {
    const emissions = TARGETS_2022.filter((t) => t.metric === 'emissionTotal')
    expect(emissions.map((t) => 'pollutant' in t && t.pollutant)).toEqual([
      'NOx',
      'VOCs',
      'COD',
      'NH3N',
    ])
    expect(emissions.every((t) => 'baseYear' in t && t.baseYear === 2020)).toBe(true)
  })

  it('compares percentages at one decimal and PM2.5 at an integer (decision 6)', () => {
    for (const t of TARGETS_2022) {
      expect(t.precision).toBe(t.metric === 'pm25Mean' ? 0 : 1)
    }
  })

  it('quotes the source exactly, in paragraph 0, with the value written in the quote', () => {
    const paragraph0 = PLAN_2022_SOURCE_TEXT.split('\n')[0]!
    for (const t of TARGETS_2022) {
      expect(t.source.paragraph).toBe(0)
      expect(paragraph0).toContain(t.source.quote)
      if (t.value !== null) expect(t.source.quote).toMatch(new RegExp(`${t.value}(%|％|微克)`))
    }
  })

  it('keeps the zh title in the words of the source', () => {
    for (const t of TARGETS_2022) {
      const words = t.metric === 'emissionTotal' ? t.title.zh.replace('排放总量', '') : t.title.zh
      expect(t.source.quote).toContain(words)
    }
  })
})
