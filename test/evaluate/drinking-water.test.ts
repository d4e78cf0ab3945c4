import { describe, expect, it } from 'vitest'
import { evaluateDrinkingWaterRatio } from '../../src/evaluate/drinking-water.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const prefecture = target2022('water.drinking-water-prefecture')
const county = target2022('water.drinking-water-county')
type Sample = Extract<Observation, { kind: 'drinkingWaterSample' }>
// Groundwater nitrate (as N): Ⅲ ≤ 20, Ⅳ ≤ 30 (GB/T 14848-2017 Table 1)
const well = (source: string, nitrate: number, over: Partial<Sample> = {}): Sample => ({
  kind: 'drinkingWaterSample',
  source,
  level: 'prefecture',
  sourceType: 'groundwater',
  date: '2022-03-01',
  values: { pH: 7.6, nitrate, F: 0.6 },
  ...over,
})
// A surface reservoir of class Ⅱ on every basic item, sulfate within Table 2's 250
const reservoir: Sample = {
  kind: 'drinkingWaterSample',
  source: 'reservoir',
  level: 'prefecture',
  sourceType: 'surface',
  waterBody: 'reservoir',
  date: '2022-04-01',
  values: { pH: 7.9, DO: 7.2, CODMn: 2.5, NH3N: 0.2, TP: 0.02, sulfate: 120 },
}

describe('evaluateDrinkingWaterRatio', () => {
  it('meets 100 % when every source is class Ⅲ or better', () => {
    const r = evaluateDrinkingWaterRatio(prefecture, [reservoir, well('w1', 12)], {
      asOf: '2022-12-31',
    })
    expect(r).toMatchObject({
      status: 'met',
      actual: { published: 100 },
      coverage: { unit: 'sources', used: 2 },
    })
  })

  it('misses 100 % when one of two sources is class Ⅳ, and names it', () => {
    const r = evaluateDrinkingWaterRatio(prefecture, [reservoir, well('w1', 25)], {
      asOf: '2022-12-31',
    })
    expect(r).toMatchObject({ status: 'notMet', actual: { published: 50 }, margin: -50 })
    expect(r.explanation.en).toContain('w1 (nitrate)')
  })

  it('reads only the level of the target', () => {
    const r = evaluateDrinkingWaterRatio(county, [reservoir, well('c1', 5, { level: 'county' })], {
      asOf: '2022-12-31',
    })
    expect(r.coverage.used).toBe(1)
    expect(r.options).toMatchObject({ level: 'county' })
  })

  it('judges the annual mean by default and every sampling on request', () => {
    // 25 then 5: mean 15 (Ⅲ) meets; the March sampling alone (Ⅳ) fails every-sampling
    const obs = [well('w1', 25), well('w1', 5, { date: '2022-09-01' })]
    expect(evaluateDrinkingWaterRatio(prefecture, obs, { asOf: '2022-12-31' }).status).toBe('met')
    expect(
      evaluateDrinkingWaterRatio(prefecture, obs, { asOf: '2022-12-31', rule: 'everySampling' })
        .status,
    ).toBe('notMet')
  })

  it('is unreachable within the year once a sampling has failed under every-sampling', () => {
    const obs = [reservoir, well('w1', 25)]
    expect(evaluateDrinkingWaterRatio(prefecture, obs, { asOf: '2022-06-30' }).status).toBe(
      'atRisk',
    )
    expect(
      evaluateDrinkingWaterRatio(prefecture, obs, { asOf: '2022-06-30', rule: 'everySampling' })
        .status,
    ).toBe('unreachable')
  })

  it('lists sources without valid data and never counts them', () => {
    const empty = well('w2', 0, { values: { nitrate: null } })
    const r = evaluateDrinkingWaterRatio(prefecture, [reservoir, empty], { asOf: '2022-12-31' })
    expect(r.coverage).toMatchObject({
      used: 1,
      expected: 2,
      excluded: [{ reason: 'noData', count: 1, items: ['w2'] }],
    })
    expect(evaluateDrinkingWaterRatio(prefecture, [empty], { asOf: '2022-12-31' }).status).toBe(
      'insufficientData',
    )
  })
})

describe('evaluateDrinkingWaterRatio explanation', () => {
  it('names a failing source and its item in Chinese: 氟化物, not F', () => {
    // fluoride 1.2 mg/L is GB/T 14848-2017 class Ⅳ (Ⅲ ≤ 1.0)
    const r = evaluateDrinkingWaterRatio(
      county,
      [
        well('county-well', 12, {
          level: 'county',
          name: '县级水源地',
          values: { pH: 7.6, nitrate: 12, F: 1.2 },
        }),
      ],
      { asOf: '2022-12-31' },
    )
    expect(r.explanation.zh).toContain('未达标水源：县级水源地（氟化物）。')
    expect(r.explanation.en).toContain('county-well (F)')
  })
})
