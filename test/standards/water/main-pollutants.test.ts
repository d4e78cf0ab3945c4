import { describe, expect, it } from 'vitest'
import { mainPollutants } from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

const river = { waterBody: 'river' } as const

describe('mainPollutants', () => {
  it('names the indicators above class Ⅲ, worst class first, with their multiples', () => {
    // Published for 西湖村 (龙岗河, Guangdong 2016 Q2): “氨氮/1.3、总磷/0.6、化学需氧量/0.2”. Values
    // with those multiples: NH3N 2.3 → (2.3 − 1.0)/1.0 = 1.3, 劣Ⅴ (> 2.0); TP 0.32 → (0.32 −
    // 0.2)/0.2 = 0.6, Ⅴ (0.3 < 0.32 ≤ 0.4); COD 24 → (24 − 20)/20 = 0.2, Ⅳ (20 < 24 ≤ 30).
    const r = mainPollutants({ DO: 6, NH3N: 2.3, TP: 0.32, COD: 24 }, river)
    expect(r).toMatchObject({ waterClass: 6, applies: true })
    expect(r.pollutants.map((p) => [p.indicator, p.label, p.published])).toEqual([
      ['NH3N', '劣Ⅴ', 1.3],
      ['TP', 'Ⅴ', 0.6],
      ['COD', 'Ⅳ', 0.2],
    ])
    expect(r.text?.zh).toBe('氨氮(1.3)、总磷(0.6)、化学需氧量(0.2)')
  })

  it('orders a class by the larger multiple and keeps three', () => {
    // All class Ⅴ: BOD5 9 → (9 − 4)/4 = 1.25; TP 0.38 → 0.9; NH3N 1.8 → 0.8; COD 35 → 0.75.
    const r = mainPollutants({ BOD5: 9, TP: 0.38, NH3N: 1.8, COD: 35 }, river)
    expect(r.pollutants.map((p) => [p.indicator, p.exceedanceMultiple])).toEqual([
      ['BOD5', 1.25],
      ['TP', 0.9],
      ['NH3N', 0.8],
    ])
    // 1.25 is published as 1.2 (GB/T 8170: the 5 rounds to the even digit).
    expect(r.pollutants[0]?.text.zh).toBe('五日生化需氧量(1.2)')
  })

  it('lists exceeding cyanide and heavy metals beyond the top three', () => {
    // Pb 0.06: Ⅴ (0.05 < 0.06 ≤ 0.1), multiple (0.06 − 0.05)/0.05 = 0.2, fourth by rank.
    const r = mainPollutants({ BOD5: 9, TP: 0.38, NH3N: 1.8, Pb: 0.06 }, river)
    expect(r.pollutants.map((p) => [p.indicator, p.toxic])).toEqual([
      ['BOD5', false],
      ['TP', false],
      ['NH3N', false],
      ['Pb', true],
    ])
    expect(
      mainPollutants({ BOD5: 9, TP: 0.38, NH3N: 1.8, Pb: 0.06 }, { ...river, listToxic: false })
        .pollutants,
    ).toHaveLength(3)
  })

  it('names pH and DO without a multiple, after the indicators of their class that have one', () => {
    // DO 1.5 < 2: 劣Ⅴ, no multiple (22号); NH3N 2.5: 劣Ⅴ, (2.5 − 1)/1 = 1.5.
    const r = mainPollutants({ DO: 1.5, NH3N: 2.5 }, river)
    expect(r.pollutants.map((p) => [p.indicator, p.published])).toEqual([
      ['NH3N', 1.5],
      ['DO', null],
    ])
    expect(r.text?.zh).toBe('氨氮(1.5)、溶解氧')
  })

  it('names none for a section of class Ⅲ or better', () => {
    // NH3N 0.9 ≤ 1.0 (Ⅲ); TP 0.15 ≤ 0.2 (Ⅲ).
    expect(mainPollutants({ NH3N: 0.9, TP: 0.15 }, river)).toMatchObject({
      waterClass: 3,
      applies: false,
      pollutants: [],
      text: null,
    })
    expect(mainPollutants({}, river)).toMatchObject({
      waterClass: null,
      applies: false,
      pollutants: [],
    })
  })

  it('rejects bad input as classifySection does', () => {
    expect(issuesOf(() => mainPollutants({ NH3N: -1 }, river))).toEqual([
      'NH3N too_small: expected a non-negative number (mg/L), got -1',
    ])
    expect(issuesOf(() => mainPollutants({}, { ...river, cout: 2 } as never))[0]).toMatch(
      /options\.cout unrecognized_keys/,
    )
  })
})
