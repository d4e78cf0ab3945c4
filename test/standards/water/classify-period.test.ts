import { describe, expect, it } from 'vitest'
import { classifySectionPeriod, parseWaterPeriod } from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

const river = { waterBody: 'river' } as const

describe('parseWaterPeriod', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2022-Q1', '2022-01-01', '2022-03-31'],
    ['2022-Q2', '2022-04-01', '2022-06-30'],
    ['2022-Q4', '2022-10-01', '2022-12-31'],
    ['2022-02', '2022-02-01', '2022-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2022-11', '2022-11-01', '2022-11-30'],
  ])('reads %s as %s … %s', (label, start, end) => {
    expect(parseWaterPeriod(label)).toEqual({ label, start, end })
  })

  it('rejects other forms', () => {
    for (const bad of ['22', '2022-Q5', '2022-13', '2022-1', 'Q1-2022']) {
      expect(issuesOf(() => parseWaterPeriod(bad))).toEqual([
        `period invalid_format: expected a period YYYY, YYYY-Qn or YYYY-MM, got "${bad}"`,
      ])
    }
  })
})

describe('classifySectionPeriod', () => {
  const samplings = [
    { date: '2022-01-10', values: { pH: 7.9, DO: 9.1, CODMn: 3.2, NH3N: 0.41, TP: 0.18 } },
    { date: '2022-02-11', values: { pH: 8.0, DO: 8.7, CODMn: 3.6, NH3N: 0.55, TP: 0.24 } },
    { date: '2022-03-09', status: 'frozen' as const },
    { date: '2022-04-12', values: { pH: 7.7, DO: 7.9, CODMn: 2.8, NH3N: 0.2, TP: 0.05 } },
  ]

  it('classifies the mean of each indicator over the period', () => {
    // Q1: TP (0.18 + 0.24) / 2 = 0.21 → Ⅳ; NH3N 0.48 → Ⅱ; CODMn 3.4 → Ⅱ; DO 8.9 → Ⅰ.
    const r = classifySectionPeriod(samplings, { ...river, period: '2022-Q1' })
    expect(r).toMatchObject({
      label: 'Ⅳ',
      condition: 'assessed',
      deciding: ['TP'],
      period: { label: '2022-Q1', start: '2022-01-01', end: '2022-03-31' },
      samplings: { total: 3, used: 2, driedUp: 0, frozen: 1, notSampled: 0, empty: 0 },
      means: { pH: 7.95, DO: 8.9, CODMn: 3.4, NH3N: 0.48, TP: 0.21 },
      counts: { pH: 2, DO: 2, CODMn: 2, NH3N: 2, TP: 2 },
    })
    // The year: TP (0.18 + 0.24 + 0.05) / 3 = 0.1566… → Ⅲ.
    const year = classifySectionPeriod(samplings, { ...river, period: '2022' })
    expect(year.label).toBe('Ⅲ')
    expect(year.samplings.used).toBe(3)
    expect(classifySectionPeriod(samplings, river).samplings.total).toBe(4)
  })

  it('averages exactly: a mean equal to a limit is at the limit (0.1 + 0.2 never decides)', () => {
    // NH3N (0.1 + 0.2) / 2 = 0.15 exactly → Ⅰ; in binary it is 0.15000000000000002 (Ⅱ).
    const r = classifySectionPeriod(
      [
        { date: '2022-05-01', values: { NH3N: 0.1 } },
        { date: '2022-05-20', values: { NH3N: 0.2 } },
      ],
      river,
    )
    expect((0.1 + 0.2) / 2).not.toBe(0.15)
    expect(r.label).toBe('Ⅰ')
    expect(r.means.NH3N).toBe(0.15)
  })

  it('averages each indicator over the samplings that measured it', () => {
    const r = classifySectionPeriod(
      [
        { date: '2022-05-01', values: { TP: 0.1, CODMn: 5 } },
        { date: '2022-05-20', values: { TP: 0.3, CODMn: null } },
      ],
      river,
    )
    expect(r.means).toEqual({ CODMn: 5, TP: 0.2 })
    expect(r.counts).toEqual({ CODMn: 1, TP: 2 })
  })

  it.each([
    [[{ date: '2022-07-01', status: 'driedUp' as const }], 'driedUp'],
    [
      [
        { date: '2022-01-01', status: 'frozen' as const },
        { date: '2022-02-01', status: 'driedUp' as const },
      ],
      'frozen',
    ],
    [[{ date: '2022-07-01', status: 'notSampled' as const }], 'notSampled'],
    [[{ date: '2022-07-01', values: {} }], 'noData'],
    [[{ date: '2022-07-01', values: { TN: 2 } }], 'noData'],
    [[], 'noData'],
  ])('gives no class when there is no value (%j → %s)', (list, condition) => {
    const r = classifySectionPeriod(list, river)
    expect(r.condition).toBe(condition)
    expect(r.waterClass).toBeNull()
  })

  it('applies a minimum number of samplings when asked', () => {
    const r = classifySectionPeriod(samplings, { ...river, period: '2022-Q1', minSamplings: 3 })
    expect(r).toMatchObject({ condition: 'tooFewSamplings', waterClass: null })
    expect(r.means.TP).toBe(0.21)
  })

  it('rejects bad dates, values on an unsampled date and bad options', () => {
    expect(
      issuesOf(() => classifySectionPeriod([{ date: '2022/01/01', values: {} }], river)),
    ).toEqual(['[0].date invalid_format: expected a valid date YYYY-MM-DD, got "2022/01/01"'])
    // 2022 is not a leap year and February never has 30 days.
    expect(
      issuesOf(() => classifySectionPeriod([{ date: '2022-02-30', values: {} }], river)),
    ).toEqual(['[0].date invalid_format: expected a valid date YYYY-MM-DD, got "2022-02-30"'])
    expect(
      issuesOf(() =>
        classifySectionPeriod(
          [{ date: '2022-01-01', status: 'driedUp', values: { pH: 7 } }],
          river,
        ),
      ),
    ).toEqual([
      '[0].values custom: expected no values (a driedUp sampling carries none), got {"pH":7}',
    ])
    expect(
      issuesOf(() => classifySectionPeriod([{ date: '2022-01-01', values: { TP: -1 } }], river)),
    ).toEqual(['[0].values.TP too_small: expected a non-negative number (mg/L), got -1'])
    expect(issuesOf(() => classifySectionPeriod([], { ...river, minSamplings: 0 }))[0]).toMatch(
      /^options\.minSamplings too_small/,
    )
    expect(issuesOf(() => classifySectionPeriod([], { ...river, period: '2022-13' }))[0]).toMatch(
      /^options\.period custom: expected a period YYYY, YYYY-Qn or YYYY-MM, got "2022-13"/,
    )
    expect(issuesOf(() => classifySectionPeriod([], undefined as never))[0]).toMatch(
      /^options\.waterBody invalid_/,
    )
  })
})
