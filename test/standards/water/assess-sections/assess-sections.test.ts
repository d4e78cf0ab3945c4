import { describe, expect, it } from 'vitest'
import {
  assessSections,
  formatInputIssue,
  readSectionRecords,
  SectionsAssessmentSchema,
} from '../../../../src/standards/water/index.js'
import { inputErrorOf, issuesOf } from '../../../_helpers/input-error.js'

const HEADER = [
  'section',
  '断面名称',
  '水体类型',
  'date',
  'status',
  '水质类别',
  'pH(无量纲)',
  '溶解氧(mg/L)',
  '高锰酸盐指数(mg/L)',
  '氨氮(mg/L)',
  '总磷(mg/L)',
  '总氮(mg/L)',
  'Chl-a(μg/L)',
  '透明度(m)',
] as const
const row = (...cells: string[]) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i] ?? '']))

// GB 3838-2002 表1 limits used below (mg/L): NH3-N Ⅱ 0.5, Ⅲ 1.0, Ⅳ 1.5, Ⅴ 2.0; TP (river) Ⅱ 0.1,
// Ⅲ 0.2, Ⅳ 0.3, Ⅴ 0.4; TP (湖、库) Ⅱ 0.025, Ⅲ 0.05, Ⅳ 0.1; DO Ⅰ ≥ 7.5, Ⅱ ≥ 6; CODMn Ⅰ ≤ 2, Ⅱ ≤ 4.
const RECORDS = [
  // a, river. Q2 (outside 2022-Q3): TP 1.0 > 0.4 劣Ⅴ, published 劣Ⅴ: agrees.
  row('a', '甲河', 'river', '2022-05-10', '', '劣Ⅴ', '7.5', '6', '4', '0.4', '1.0'),
  // NH3-N 1.2 Ⅳ, TP 0.19 Ⅲ → Ⅳ; published Ⅳ: agrees.
  row('a', '甲河', 'river', '2022-07-10', '', 'Ⅳ', '7.5', '6', '4', '1.2', '0.19'),
  // NH3-N 1.6 Ⅴ (1.5 < 1.6 ≤ 2.0), TP 0.27 Ⅳ → Ⅴ; published Ⅳ (one better): differs, no value on a limit.
  row('a', '甲河', 'river', '2022-08-10', '', 'Ⅳ', '7.5', '6', '4', '1.6', '0.27'),
  // NH3-N 0.8 Ⅲ, TP 0.2 Ⅲ on the Ⅲ limit → Ⅲ; published Ⅳ (one worse): differs, TP on the limit.
  row('a', '甲河', 'river', '2022-09-10', '', 'Ⅳ', '7.5', '6', '4', '0.8', '0.2'),
  // l, lake: DO 7.5 Ⅰ, CODMn 4 Ⅱ, NH3-N 0.4 Ⅱ, TP 0.1 Ⅳ on the 湖、库 column (0.05 < 0.1 ≤ 0.1) → Ⅳ.
  row('l', '乙湖', '湖泊', '2022-07-12', '', 'Ⅳ', '8', '7.5', '4', '0.4', '0.1', '1', '10', '1'),
  // b, river: DO 7 Ⅱ, CODMn 3 Ⅱ, NH3-N 0.3 Ⅱ, TP 0.05 Ⅱ → Ⅱ. No published class.
  row('b', '丙河', 'river', '2022-07-15', '', '', '7.5', '7', '3', '0.3', '0.05'),
  // c, reservoir frozen over in the quarter.
  row('c', '丁库', '水库', '2022-08-01', '冰封', '--'),
]

describe('assessSections', () => {
  const { sections } = readSectionRecords(RECORDS)
  const r = assessSections(sections, { period: '2022-Q3' })
  const [a, l, b, c] = r.sections

  it('classes each section on the means of the period’s samplings (22号)', () => {
    // a over Q3 (the May sampling left out): NH3-N (1.2 + 1.6 + 0.8) / 3 = 1.2 → Ⅳ (1.0 < 1.2 ≤ 1.5),
    // TP (0.19 + 0.27 + 0.2) / 3 = 0.22 → Ⅳ (0.2 < 0.22 ≤ 0.3).
    expect(a?.period).toMatchObject({ waterClass: 4, label: 'Ⅳ', condition: 'assessed' })
    expect(a?.period.means.NH3N).toBeCloseTo(1.2, 12)
    expect(a?.period.means.TP).toBeCloseTo(0.22, 12)
    expect(a?.period.samplings.used).toBe(3)
    expect(l?.period).toMatchObject({ waterClass: 4, label: 'Ⅳ' })
    expect(b?.period).toMatchObject({ waterClass: 2, label: 'Ⅱ' })
    expect(c?.period.condition).toBe('frozen')
    expect(r.sections.map((s) => s.section)).toEqual(sections)
  })

  it('names the main pollutants of a section worse than class Ⅲ with their exceedance multiples', () => {
    // a: NH3-N (1.2 − 1.0) / 1.0 = 0.2, TP (0.22 − 0.2) / 0.2 = 0.1; both Ⅳ, the larger multiple first.
    expect(a?.pollutants?.pollutants.map((p) => [p.indicator, p.label, p.published])).toEqual([
      ['NH3N', 'Ⅳ', 0.2],
      ['TP', 'Ⅳ', 0.1],
    ])
    expect(a?.pollutants?.text?.zh).toBe('氨氮(0.2)、总磷(0.1)')
    // l: TP against the 湖、库 Ⅲ limit: (0.1 − 0.05) / 0.05 = 1.0.
    expect(l?.pollutants?.text).toEqual({ zh: '总磷(1.0)', en: 'Total phosphorus (as P) (1.0)' })
    // b is class Ⅱ: none; c has no class: no list at all.
    expect(b?.pollutants).toMatchObject({ applies: false, pollutants: [], text: null })
    expect(c?.pollutants).toBeNull()
  })

  it('gives TLI(Σ) and its grade for a lake section with one sampling', () => {
    // 总站生字〔2001〕090号, chla 10 mg/m³, TP 0.1, TN 1, SD 1 m, CODMn 4:
    // TLI(chla) = 10 (2.5 + 1.086 ln 10) = 50.00607; TLI(TP) = 10 (9.436 + 1.624 ln 0.1) = 56.96602;
    // TLI(TN) = 54.53; TLI(SD) = 51.18; TLI(CODMn) = 10 (0.109 + 2.661 ln 4) = 37.97929;
    // Σ r² TLI(j) / Σ r² = 188.28911 / 3.7558 = 50.13289 → 50.1, 轻度富营养 (50 < 50.1 ≤ 60).
    expect(l?.trophic?.index).toBeCloseTo(50.13289, 5)
    expect(l?.trophic).toMatchObject({
      published: 50.1,
      grade: 'lightEutrophic',
      gradeText: { zh: '轻度富营养', en: 'Light eutrophic' },
      missing: [],
      renormalized: false,
    })
    expect(l?.trophicNote).toBeNull()
    // A river has no trophic state and no note about it.
    expect([a?.trophic, a?.trophicNote, b?.trophic, b?.trophicNote]).toEqual([
      null,
      null,
      null,
      null,
    ])
  })

  it('says why a lake section with more than one sampling has no TLI(Σ)', () => {
    const two = readSectionRecords([
      row('l', '乙湖', '湖泊', '2022-07-12', '', '', '8', '7.5', '4', '0.4', '0.1', '1', '10', '1'),
      row('l', '乙湖', '湖泊', '2022-08-12', '', '', '8', '7.5', '4', '0.4', '0.1', '1', '10', '1'),
    ]).sections
    const [only] = assessSections(two).sections
    expect(only?.trophic).toBeNull()
    expect(only?.trophicNote?.en).toBe(
      '2 samplings: TLI(Σ) is given for a section with one sampling',
    )
  })

  it('compares every sampling’s published class with the class of its own values', () => {
    // 5 samplings with a published class (b’s is empty, c’s is --); a’s May and July samplings and l agree.
    expect(r.published).toMatchObject({ compared: 5, agree: 3 })
    expect(r.published?.differences).toEqual([
      {
        section: 'a',
        name: '甲河',
        sampling: 2,
        ours: 5,
        official: 4,
        deciding: ['NH3N'],
        onLimit: [],
      },
      {
        section: 'a',
        name: '甲河',
        sampling: 3,
        ours: 3,
        official: 4,
        deciding: ['NH3N', 'TP'],
        onLimit: [{ indicator: 'TP', value: 0.2, limit: 0.2 }],
      },
    ])
  })

  it('gives no comparison when no sampling has a published class', () => {
    const plain = RECORDS.map(({ 水质类别: _, ...rest }) => rest)
    expect(assessSections(readSectionRecords(plain).sections).published).toBeNull()
  })

  it('assesses the set: fewer than 5 sections by the mean of each indicator', () => {
    // Evaluated a (Ⅳ), l (Ⅳ), b (Ⅱ); c frozen is left out. Ⅰ–Ⅲ 1 of 3, 劣Ⅴ 0 of 3.
    expect(r.set.evaluated).toBe(3)
    expect(r.set.excluded).toEqual([{ id: 'c', name: '丁库', reason: 'frozen' }])
    expect(r.set.classIToIII).toMatchObject({ numerator: 1, denominator: 3 })
    expect(r.set.worseThanV).toMatchObject({ numerator: 0, denominator: 3 })
    // Means over a, l, b (river limits, not every section is on a lake): DO 20.5/3 = 6.83 Ⅱ,
    // CODMn 11/3 = 3.67 Ⅱ, NH3-N 1.9/3 = 0.633 Ⅲ, TP 0.37/3 = 0.123 Ⅲ → Ⅲ, 良好.
    expect(r.set.status).toMatchObject({ method: 'average', key: 'good' })
    expect(r.set.status?.averaged?.waterClass).toBe(3)
  })

  it('returns the options used and a result its schema accepts', () => {
    expect(r.options).toEqual({ period: '2022-Q3', indicators: null })
    expect(SectionsAssessmentSchema.parse(r)).toEqual(r)
    expect(
      assessSections(sections, { indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP'] }).options,
    ).toEqual({ period: null, indicators: ['pH', 'DO', 'CODMn', 'NH3N', 'TP'] })
  })

  it('classes on all samplings without a period', () => {
    // a over the four samplings: TP (1.0 + 0.19 + 0.27 + 0.2) / 4 = 0.415 > 0.4 → 劣Ⅴ.
    const all = assessSections(sections)
    expect(all.sections[0]?.period).toMatchObject({ waterClass: 6, label: '劣Ⅴ' })
    expect(all.sections[0]?.period.samplings.used).toBe(4)
  })

  it('does not change its input', () => {
    const before = structuredClone(sections)
    assessSections(sections, { period: '2022-Q3' })
    expect(sections).toEqual(before)
  })

  it('needs a date on every sampling for a period, at the sampling’s path and file location', () => {
    const undated = readSectionRecords([row('a', '甲河', 'river', '', '', '', '7.5', '6')], {
      source: { file: 's.csv', lines: [2] },
    }).sections
    expect(() => assessSections(undated)).not.toThrow()
    const e = inputErrorOf(() => assessSections(undated, { period: '2022' }))
    expect(e.message).toMatch(/^assessSections input is invalid/)
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [[0, 'samplings', 0, 'date'], 'invalid_type'],
    ])
    expect(formatInputIssue(e.issues[0], { lang: 'en' })).toBe(
      's.csv:2: [0].samplings[0].date: expected a sampling date (a date column, or 监测时间), got nothing (a period needs sampling dates)',
    )
  })

  it('rejects bad options and sections not shaped as the reader gives them', () => {
    expect(issuesOf(() => assessSections(sections, { period: '2022-13' }))).toEqual([
      'options.period custom: expected a period YYYY, YYYY-Qn or YYYY-MM, got "2022-13"',
    ])
    expect(issuesOf(() => assessSections(sections, { lang: 'en' } as never))[0]).toMatch(
      /^options\.lang unrecognized_keys/,
    )
    expect(issuesOf(() => assessSections(sections, { indicators: ['pH'] }))[0]).toMatch(
      /^options\.indicators /,
    )
    const noId = { ...sections[0], id: '' } as never
    expect(issuesOf(() => assessSections([noId]))[0]).toMatch(/^\[0\]\.id too_small/)
    expect(() => assessSections('a' as never)).toThrow(/^assessSections input is invalid/)
  })
})

describe('assessSections, a frozen lake with trophic columns', () => {
  it('gives no TLI(Σ) and no note about samplings: the condition says why', () => {
    const { sections } = readSectionRecords([
      row('f', '戊湖', '湖泊', '2022-01-10', '冰封', '--', '', '', '', '', '', '', '10', '1'),
    ])
    const [f] = assessSections(sections).sections
    expect(f?.period.condition).toBe('frozen')
    expect(f?.period.samplings.used).toBe(0)
    expect(f?.trophic).toBeNull()
    expect(f?.trophicNote).toBeNull()
  })
})
