import { describe, expect, it } from 'vitest'
import { classifyIndicator } from '../../../src/standards/water/index.js'
import { issuesOf } from '../../_helpers/input-error.js'

// GB 3838-2002 Table 1, typed again from the scan (p. 2) for these tests, independently of
// the library's table: limits of classes Ⅰ–Ⅴ as printed.
const MAXIMA: Record<string, readonly string[]> = {
  CODMn: ['2', '4', '6', '10', '15'],
  COD: ['15', '15', '20', '30', '40'],
  BOD5: ['3', '3', '4', '6', '10'],
  NH3N: ['0.15', '0.5', '1.0', '1.5', '2.0'],
  Cu: ['0.01', '1.0', '1.0', '1.0', '1.0'],
  Zn: ['0.05', '1.0', '1.0', '2.0', '2.0'],
  F: ['1.0', '1.0', '1.0', '1.5', '1.5'],
  Se: ['0.01', '0.01', '0.01', '0.02', '0.02'],
  As: ['0.05', '0.05', '0.05', '0.1', '0.1'],
  Hg: ['0.00005', '0.00005', '0.0001', '0.001', '0.001'],
  Cd: ['0.001', '0.005', '0.005', '0.005', '0.01'],
  Cr6: ['0.01', '0.05', '0.05', '0.05', '0.1'],
  Pb: ['0.01', '0.01', '0.05', '0.05', '0.1'],
  CN: ['0.005', '0.05', '0.2', '0.2', '0.2'],
  phenol: ['0.002', '0.002', '0.005', '0.01', '0.1'],
  oil: ['0.05', '0.05', '0.05', '0.5', '1.0'],
  LAS: ['0.2', '0.2', '0.2', '0.3', '0.3'],
  sulfide: ['0.05', '0.1', '0.2', '0.5', '1.0'],
  fecalColiform: ['200', '2000', '10000', '20000', '40000'],
}
const TP_RIVER = ['0.02', '0.1', '0.2', '0.3', '0.4']
const TP_LAKE = ['0.01', '0.025', '0.05', '0.1', '0.2']
const TN_LAKE = ['0.2', '0.5', '1.0', '1.5', '2.0']
const DO_MIN = ['7.5', '6', '5', '3', '2']

/** A value one unit of the next decimal place above (+1) or below (−1) the printed limit. */
function beside(limit: string, side: 1 | -1): number {
  const decimals = (limit.split('.')[1] ?? '').length + 1
  const step = 10 ** -decimals
  return Number((Number(limit) + side * step).toFixed(decimals))
}

/**
 * Boundary rows for a maximum: at the limit of class k the value takes the best class with that
 * same limit (shared limits go to the better class); just above it, the next class whose limit is
 * larger, or 劣Ⅴ (6) above class Ⅴ.
 */
function maxRows(limits: readonly string[]) {
  const rows: [string, number, number][] = []
  limits.forEach((limit, k) => {
    const best = limits.findIndex((l) => Number(l) === Number(limit)) + 1
    const nextLarger = limits.findIndex((l) => Number(l) > Number(limit))
    rows.push([`at ${limit}`, Number(limit), best])
    rows.push([`just above ${limit}`, beside(limit, 1), nextLarger === -1 ? 6 : nextLarger + 1])
    rows.push([
      `just below ${limit}`,
      beside(limit, -1),
      limits.findIndex((l) => Number(l) >= Number(limit)) + 1,
    ])
    void k
  })
  return rows
}

describe('classifyIndicator', () => {
  describe.each(Object.entries(MAXIMA))('%s (a maximum)', (indicator, limits) => {
    it.each(maxRows(limits))('returns the class from Table 1 %s', (_, value, expected) => {
      expect(classifyIndicator(indicator as 'COD', value)).toBe(expected)
    })
  })

  it.each(maxRows(TP_RIVER))('classifies river TP from the river column %s', (_, v, expected) => {
    expect(classifyIndicator('TP', v, { waterBody: 'river' })).toBe(expected)
  })

  it.each(maxRows(TP_LAKE))('classifies lake TP from the 湖、库 column %s', (_, v, expected) => {
    expect(classifyIndicator('TP', v, { waterBody: 'lake' })).toBe(expected)
    expect(classifyIndicator('TP', v, { waterBody: 'reservoir' })).toBe(expected)
  })

  it.each(maxRows(TN_LAKE))('classifies lake TN %s', (_, v, expected) => {
    expect(classifyIndicator('TN', v, { waterBody: 'lake' })).toBe(expected)
  })

  // DO is a minimum: at the limit the class is met, just below it the next class down.
  it.each(
    DO_MIN.flatMap((limit, k) => [
      [`at ${limit}`, Number(limit), k + 1],
      [`just below ${limit}`, beside(limit, -1), k + 2],
      [`just above ${limit}`, beside(limit, 1), k + 1],
    ]),
  )('classifies DO as a minimum %s', (_, value, expected) => {
    expect(classifyIndicator('DO', value as number)).toBe(expected)
  })

  it('gives DO class Ⅰ at a saturation of 90 % or more (饱和率90%（或7.5）)', () => {
    expect(classifyIndicator('DO', 7.2)).toBe(2)
    expect(classifyIndicator('DO', 7.2, { doSaturationPercent: 90 })).toBe(1)
    expect(classifyIndicator('DO', 7.2, { doSaturationPercent: 89.9 })).toBe(2)
  })

  it.each([
    [5.9, 6],
    [6, 1],
    [7.5, 1],
    [9, 1],
    [9.01, 6],
    [0, 6],
    [14, 6],
  ])('classifies pH %d by the 6–9 range as %d', (value, expected) => {
    expect(classifyIndicator('pH', value)).toBe(expected)
  })

  it('reads values exactly: a limit written as a sum in binary never decides the class', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary; the decimal 0.3 is river TP class Ⅳ.
    expect(classifyIndicator('TP', 0.3, { waterBody: 'river' })).toBe(4)
    expect(classifyIndicator('TP', 0.1 + 0.2, { waterBody: 'river' })).toBe(5)
    expect(classifyIndicator('Hg', 0.00005)).toBe(1)
    expect(classifyIndicator('Hg', 5e-5)).toBe(1)
    expect(classifyIndicator('Hg', 0.000050001)).toBe(3)
  })

  it('rejects water temperature, river TN and TP without a water body', () => {
    expect(issuesOf(() => classifyIndicator('waterTemp', 12))).toEqual([
      'indicator invalid_value: expected an item with class limits (water temperature limits only the human-caused weekly change; evaluate it on its own), got "waterTemp"',
    ])
    expect(issuesOf(() => classifyIndicator('TN', 1, { waterBody: 'river' }))).toEqual([
      'options.waterBody invalid_value: expected an item with class limits (GB 3838-2002 表1 gives TN for lakes and reservoirs only), got "river"',
    ])
    expect(issuesOf(() => classifyIndicator('TP', 0.1))).toEqual([
      'options.waterBody invalid_type: expected a water body river, lake or reservoir (河流, 湖泊, 水库), got nothing (GB 3838-2002 表1 gives TP and TN by water body)',
    ])
    expect(issuesOf(() => classifyIndicator('TN', 0.1))[0]).toMatch(
      /^options\.waterBody invalid_type/,
    )
  })

  it('rejects bad values and unknown indicators with a clear message', () => {
    expect(issuesOf(() => classifyIndicator('COD', -1))).toEqual([
      'value too_small: expected a non-negative number (mg/L), got -1',
    ])
    expect(issuesOf(() => classifyIndicator('COD', Number.NaN))).toEqual([
      'value not_finite: expected a non-negative number (mg/L), got NaN',
    ])
    expect(issuesOf(() => classifyIndicator('pH', 14.5))).toEqual([
      'value too_big: expected a pH from 0 to 14, got 14.5',
    ])
    expect(issuesOf(() => classifyIndicator('TSS' as 'COD', 1))).toEqual([
      'TSS unrecognized_keys: expected an item of GB 3838-2002 表1, got "TSS" (did you mean TP?)',
    ])
    expect(issuesOf(() => classifyIndicator('DO', 5, { doSaturationPercent: -3 }))[0]).toMatch(
      /^options\.doSaturationPercent too_small/,
    )
    expect(issuesOf(() => classifyIndicator('DO', 5, { waterbody: 'lake' } as never))).toEqual([
      'options.waterbody unrecognized_keys: expected only the known keys "waterBody", "doSaturationPercent", got "waterbody" (did you mean waterBody?)',
    ])
  })
})
