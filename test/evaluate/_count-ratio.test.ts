import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimal, toNumber } from '../../src/_lib/rational.js'
import { assessCountRatio } from '../../src/evaluate/_count-ratio.js'

const goodDays = { comparator: 'atLeast' as const, target: decimal('91.6'), precision: 1 }

describe('assessCountRatio', () => {
  it('passes 335 good days of 365 (91.78 % → 91.8 %) and needs exactly 335', () => {
    const a = assessCountRatio({
      ...goodDays,
      counted: 335,
      total: 365,
      remaining: 0,
      itemsFinal: true,
    })
    expect(a.meetsNow).toBe(true)
    expect(a.bound).toBe(335)
    expect(a.slack).toBe(0)
    expect(toNumber(a.ratio!)).toBeCloseTo(91.7808, 4)
  })

  it('fails 334 good days of 365 (91.51 % → 91.5 %), out of reach with no day left', () => {
    const a = assessCountRatio({
      ...goodDays,
      counted: 334,
      total: 365,
      remaining: 0,
      itemsFinal: true,
    })
    expect(a.meetsNow).toBe(false)
    expect(a.reachable).toBe(false)
    expect(a.slack).toBe(-1)
  })

  it('leaves 20 more non-good days on 30 June after 10 non-good days of 181', () => {
    // 181 days elapsed (31+28+31+30+31+30), 184 to come; 365 × 91.6 % needs 335 good days,
    // so the year may hold 30 non-good days; 10 are used.
    const a = assessCountRatio({
      ...goodDays,
      counted: 171,
      total: 181,
      remaining: 184,
      itemsFinal: true,
    })
    expect(a).toMatchObject({
      meetsNow: true,
      finalTotal: 365,
      bound: 335,
      best: 355,
      slack: 20,
      reachable: true,
    })
  })

  it('is unreachable once even all-good remaining days fall short', () => {
    const a = assessCountRatio({
      ...goodDays,
      counted: 150,
      total: 181,
      remaining: 184,
      itemsFinal: true,
    })
    expect(a).toMatchObject({ meetsNow: false, best: 334, bound: 335, reachable: false, slack: -1 })
  })

  it('allows no heavy day at all against a 0 % target (1 of 365 publishes as 0.3 %)', () => {
    const a = assessCountRatio({
      comparator: 'atMost',
      target: decimal('0'),
      precision: 1,
      counted: 1,
      total: 181,
      remaining: 184,
      itemsFinal: true,
    })
    expect(a).toMatchObject({ bound: 0, best: 1, slack: -1, reachable: false, meetsNow: false })
  })

  it('needs 4 of 6 sections for 66.7 % and allows 1 of 6 worse than class V for 16.7 %', () => {
    const good = assessCountRatio({
      comparator: 'atLeast',
      target: decimal('66.7'),
      precision: 1,
      counted: 3,
      total: 6,
      remaining: 0,
      itemsFinal: false,
    })
    expect(good).toMatchObject({ bound: 4, best: 6, slack: 2, reachable: true, meetsNow: false })
    const bad = assessCountRatio({
      comparator: 'atMost',
      target: decimal('16.7'),
      precision: 1,
      counted: 2,
      total: 6,
      remaining: 0,
      itemsFinal: false,
    })
    expect(bad).toMatchObject({ bound: 1, best: 0, slack: -1, reachable: true, meetsNow: false })
  })

  it('has no ratio and no verdict without data', () => {
    const a = assessCountRatio({
      ...goodDays,
      counted: 0,
      total: 0,
      remaining: 365,
      itemsFinal: true,
    })
    expect(a.ratio).toBeNull()
    expect(a.meetsNow).toBeNull()
    expect(a.bound).toBe(335)
  })

  it('has no bound, a negative slack and no reachable target when the period holds no item', () => {
    // 0 items in all: k out of 0 is no ratio, so no count meets either target (the documented
    // contract: bound null, slack negative, not reachable), whatever the comparator
    for (const comparator of ['atLeast', 'atMost'] as const) {
      const a = assessCountRatio({
        comparator,
        target: decimal(comparator === 'atLeast' ? '91.6' : '0'),
        precision: 1,
        counted: 0,
        total: 0,
        remaining: 0,
        itemsFinal: true,
      })
      expect(a).toEqual({
        ratio: null,
        meetsNow: null,
        finalTotal: 0,
        bound: null,
        best: 0,
        slack: -1,
        reachable: false,
      })
    }
  })

  it('keeps the ratio within 0–100 and the bound consistent with the verdict', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 366 }), fc.nat(), (total, c) => {
        const counted = c % (total + 1)
        const a = assessCountRatio({ ...goodDays, counted, total, remaining: 0, itemsFinal: true })
        const r = toNumber(a.ratio!)
        expect(r).toBeGreaterThanOrEqual(0)
        expect(r).toBeLessThanOrEqual(100)
        expect(a.meetsNow).toBe(a.bound !== null && counted >= a.bound)
      }),
    )
  })
})
