import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  classifySection,
  FIVE_BASIC_INDICATORS,
  SECTION_INDICATORS,
  type SectionIndicatorKey,
} from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

/** Arbitrary values for a subset of the 21 indicators, in thousandths up to a generous top. */
const TOP: Partial<Record<SectionIndicatorKey, number>> = { pH: 14, DO: 15 }
const arbitraryValue = (key: SectionIndicatorKey) =>
  fc.integer({ min: 0, max: (TOP[key] ?? 3) * 1000 }).map((n) => n / 1000)
const someValues = fc.record(
  Object.fromEntries(SECTION_INDICATORS.map((k) => [k, arbitraryValue(k)])) as Record<
    SectionIndicatorKey,
    fc.Arbitrary<number>
  >,
  { requiredKeys: [] },
)
const body = fc.constantFrom('river' as const, 'lake' as const, 'reservoir' as const)

describe('classifySection', () => {
  it('takes the worst class over the counted indicators and names the deciding ones', () => {
    // pH Ⅰ, DO 5.6 Ⅲ (≥5), CODMn 4.1 Ⅲ (≤6), NH3N 0.42 Ⅱ (≤0.5), TP 0.12 river Ⅲ (≤0.2).
    const r = classifySection(
      { pH: 7.8, DO: 5.6, CODMn: 4.1, NH3N: 0.42, TP: 0.12 },
      { waterBody: 'river' },
    )
    expect(r).toMatchObject({
      waterClass: 3,
      label: 'Ⅲ',
      status: { zh: '良好', en: 'Good' },
      meetsBaseClass: true,
      deciding: ['DO', 'CODMn', 'TP'],
      exceeding: [],
      indicatorSet: 'FULL_21',
      baseClass: 3,
    })
    expect(r.indicators.map((i) => [i.indicator, i.waterClass])).toEqual([
      ['pH', 1],
      ['DO', 3],
      ['CODMn', 3],
      ['NH3N', 2],
      ['TP', 3],
    ])
  })

  it('lists the exceeding items with multiples against class Ⅲ, none for pH and DO', () => {
    const r = classifySection(
      { pH: 9.5, DO: 4, CODMn: 5, NH3N: 2.4, TP: 0.501, Hg: 0.0001 },
      { waterBody: 'river' },
    )
    expect(r.waterClass).toBe(6)
    expect(r.status).toEqual({ zh: '重度污染', en: 'Heavily polluted' })
    expect(r.deciding).toEqual(['pH', 'NH3N', 'TP'])
    // NH3N (2.4 − 1.0) / 1.0 = 1.4; TP (0.501 − 0.2) / 0.2 = 1.505; Hg at the class Ⅲ limit does not exceed.
    expect(r.exceeding.map((e) => [e.indicator, e.limit, e.exceedanceMultiple])).toEqual([
      ['pH', null, null],
      ['DO', 5, null],
      ['NH3N', 1, 1.4],
      ['TP', 0.2, 1.505],
    ])
  })

  it('judges exceedances against a target class when given (GB 3838-2002 §5.1)', () => {
    // COD 25 against class Ⅱ (15): (25 − 15) / 15 = 2/3; DO 5.5 is below class Ⅱ's 6.
    const r = classifySection({ COD: 25, DO: 5.5, CODMn: 3 }, { waterBody: 'river', baseClass: 2 })
    expect(r.meetsBaseClass).toBe(false)
    expect(r.exceeding.map((e) => [e.indicator, e.limit, e.exceedanceMultiple])).toEqual([
      ['DO', 6, null],
      ['COD', 15, 2 / 3],
    ])
  })

  it('gives a river and a lake with the same values different classes (TP columns)', () => {
    // TP 0.08: river ≤ 0.1 → Ⅱ; lake 0.05 < 0.08 ≤ 0.1 → Ⅳ.
    const values = { pH: 7.5, DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.08 }
    expect(classifySection(values, { waterBody: 'river' }).label).toBe('Ⅱ')
    const lake = classifySection(values, { waterBody: 'lake' })
    expect(lake.label).toBe('Ⅳ')
    expect(lake.exceeding).toEqual([
      expect.objectContaining({ indicator: 'TP', limit: 0.05, exceedanceMultiple: 0.6 }),
    ])
  })

  it('never counts water temperature, TN or fecal coliform, but reports them', () => {
    const r = classifySection(
      { DO: 9, TP: 0.02, TN: 5.2, fecalColiform: 50000, waterTemp: 31 },
      { waterBody: 'lake' },
    )
    // DO Ⅰ, lake TP 0.02 Ⅱ: TN 5.2 (劣Ⅴ) and fecal coliform 50000 (劣Ⅴ) do not count.
    expect(r.label).toBe('Ⅱ')
    expect(r.reference).toEqual([
      { indicator: 'waterTemp', value: 31, waterClass: null },
      { indicator: 'TN', value: 5.2, waterClass: 6 },
      { indicator: 'fecalColiform', value: 50000, waterClass: 6 },
    ])
    expect(classifySection({ TN: 1 }, { waterBody: 'river' }).reference).toEqual([
      { indicator: 'TN', value: 1, waterClass: null },
    ])
  })

  it('property: TN, fecal coliform and water temperature never change the class', () => {
    fc.assert(
      fc.property(
        someValues,
        body,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 400 }),
        (values, waterBody, tn, coli, temp) => {
          const without = classifySection(values, { waterBody })
          const withRef = classifySection(
            { ...values, TN: tn / 1000, fecalColiform: coli, waterTemp: temp / 10 },
            { waterBody },
          )
          expect(withRef.waterClass).toBe(without.waterClass)
          expect(withRef.deciding).toEqual(without.deciding)
        },
      ),
    )
  })

  it('property: adding an indicator never improves the class', () => {
    fc.assert(
      fc.property(
        someValues,
        fc.constantFrom(...SECTION_INDICATORS),
        fc.integer({ min: 0, max: 14_000 }),
        body,
        (values, extra, raw, waterBody) => {
          const before = classifySection(values, { waterBody }).waterClass ?? 0
          const { [extra]: _, ...rest } = values
          const without = classifySection(rest, { waterBody }).waterClass ?? 0
          const after = classifySection({ ...rest, [extra]: raw / 1000 }, { waterBody }).waterClass
          expect(after).not.toBeNull()
          expect(after as number).toBeGreaterThanOrEqual(without)
          expect(before).toBeGreaterThanOrEqual(without)
        },
      ),
    )
  })

  it('classifies over a 5+X list only, reporting the other supplied indicators', () => {
    const values = { pH: 7.5, DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.08, COD: 25, BOD5: 7 }
    expect(classifySection(values, { waterBody: 'river' }).label).toBe('Ⅴ') // BOD5 7 → Ⅴ
    const fivePlusX = classifySection(values, {
      waterBody: 'river',
      indicators: [...FIVE_BASIC_INDICATORS, 'COD'],
    })
    expect(fivePlusX).toMatchObject({
      label: 'Ⅳ',
      indicatorSet: 'FIVE_PLUS_X',
      deciding: ['COD'],
      notInIndicatorSet: ['BOD5'],
    })
  })

  it('returns no class, not a pass, when no counted indicator has a value', () => {
    expect(
      classifySection({ pH: null, TN: 2, fecalColiform: 100 }, { waterBody: 'lake' }),
    ).toMatchObject({
      waterClass: null,
      label: null,
      status: null,
      meetsBaseClass: null,
      deciding: [],
    })
  })

  it('uses the DO saturation option for class Ⅰ', () => {
    expect(classifySection({ DO: 7 }, { waterBody: 'river', doSaturationPercent: 95 }).label).toBe(
      'Ⅰ',
    )
    expect(classifySection({ DO: 7 }, { waterBody: 'river' }).label).toBe('Ⅱ')
  })

  it('rejects bad values and options with a message naming the place', () => {
    const river = { waterBody: 'river' } as const
    expect(issuesOf(() => classifySection({ TSS: 3 } as never, river))).toEqual([
      'TSS unrecognized_keys: expected an item of GB 3838-2002 表1, got "TSS" (did you mean TP?)',
    ])
    expect(issuesOf(() => classifySection({ TP: -0.1 }, river))).toEqual([
      'TP too_small: expected a non-negative number (mg/L), got -0.1',
    ])
    expect(issuesOf(() => classifySection({ TP: '0.5mg/L' as never }, river))).toEqual([
      'TP invalid_type: expected a non-negative number (mg/L), got "0.5mg/L" (read text with parseSurfaceWaterValues or another reader first)',
    ])
    expect(issuesOf(() => classifySection({ pH: 15 }, river))).toEqual([
      'pH too_big: expected a pH from 0 to 14, got 15',
    ])
    expect(issuesOf(() => classifySection(null as never, river))).toEqual([
      ' invalid_type: expected an object, got null',
    ])
    // A call without options is an input error naming the missing option.
    expect(issuesOf(() => classifySection({ TP: 0.1 }, undefined as never))).toEqual([
      'options.waterBody invalid_value: expected a water body river, lake or reservoir (河流, 湖泊, 水库), got nothing',
    ])
    expect(issuesOf(() => classifySection({}, { waterBody: 'sea' as 'river' }))).toEqual([
      'options.waterBody invalid_value: expected a water body river, lake or reservoir (河流, 湖泊, 水库), got "sea"',
    ])
    expect(
      issuesOf(() =>
        classifySection(
          {},
          { ...river, indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN' as 'COD'] },
        ),
      ),
    ).toEqual([
      'options.indicators[5] invalid_value: expected one of the 21 indicators of 22号 (water temperature, TN and fecal coliform never count), got "TN"',
    ])
    expect(
      issuesOf(() => classifySection({}, { ...river, indicators: ['pH', 'DO', 'COD'] })),
    ).toEqual([
      'options.indicators custom: expected a 5+X list that starts with the five basic indicators (missing CODMn, NH3N, TP), got ["pH","DO","COD"]',
    ])
    expect(issuesOf(() => classifySection({}, { ...river, baseClass: 6 as 5 }))[0]).toMatch(
      /^options\.baseClass invalid_value/,
    )
    expect(issuesOf(() => classifySection({}, { ...river, doSaturationPercent: -1 }))[0]).toMatch(
      /^options\.doSaturationPercent too_small/,
    )
    // Bad values and bad options come in one error.
    expect(
      issuesOf(() => classifySection({ TP: -1 }, { waterbody: 'river' } as never)),
    ).toHaveLength(2)
  })

  it('does not mutate its input', () => {
    const values = Object.freeze({ pH: 7, TP: 0.3 })
    expect(() => classifySection(values, { waterBody: 'river' })).not.toThrow()
  })
})
