import { describe, expect, it } from 'vitest'
import { evaluateContaminatedLandSafeUse } from '../../src/evaluate/land-plots.js'
import type { Observation } from '../../src/index.js'
import { target2022 } from '../_helpers/plan-fixtures.js'

const t = target2022('soil.contaminated-land-safe-use')
const plots = (safe: number, unsafe: number, unknown: number): Observation[] => [
  ...Array.from({ length: safe }, (_, i) => ({
    kind: 'landPlot' as const,
    plot: `s${i}`,
    year: 2022,
    safeUse: true,
  })),
  ...Array.from({ length: unsafe }, (_, i) => ({
    kind: 'landPlot' as const,
    plot: `u${i}`,
    year: 2022,
    safeUse: false,
  })),
  ...Array.from({ length: unknown }, (_, i) => ({
    kind: 'landPlot' as const,
    plot: `n${i}`,
    year: 2022,
    safeUse: null,
  })),
]

describe('evaluateContaminatedLandSafeUse', () => {
  it('meets 90 % with 9 of 10 plots and misses it with 8 of 10', () => {
    expect(evaluateContaminatedLandSafeUse(t, plots(9, 1, 0), { asOf: '2022-12-31' }).status).toBe(
      'met',
    )
    expect(evaluateContaminatedLandSafeUse(t, plots(8, 2, 0), { asOf: '2022-12-31' }).status).toBe(
      'notMet',
    )
  })

  it('decides at year end despite undetermined plots only when they cannot change the verdict', () => {
    // 18 safe of 19 determined + 1 unknown: worst 18/20 = 90 % → met either way
    expect(evaluateContaminatedLandSafeUse(t, plots(18, 1, 1), { asOf: '2022-12-31' }).status).toBe(
      'met',
    )
    // 8 safe, 1 unsafe, 1 unknown: 8/10 = 80 % or 9/10 = 90 % → undecided
    const r = evaluateContaminatedLandSafeUse(t, plots(8, 1, 1), { asOf: '2022-12-31' })
    expect(r.status).toBe('insufficientData')
    expect(r.coverage.excluded).toEqual([{ reason: 'undetermined', count: 1, items: ['n0'] }])
    // 5 safe, 5 unsafe, 1 unknown: at best 6/11 → notMet either way
    expect(evaluateContaminatedLandSafeUse(t, plots(5, 5, 1), { asOf: '2022-12-31' }).status).toBe(
      'notMet',
    )
  })

  it('reads the last record of a plot', () => {
    const r = evaluateContaminatedLandSafeUse(
      t,
      [
        { kind: 'landPlot', plot: 'a', year: 2022, safeUse: false },
        { kind: 'landPlot', plot: 'a', year: 2022, safeUse: true },
        { kind: 'landPlot', plot: 'b', year: 2021, safeUse: false },
      ],
      { asOf: '2022-12-31' },
    )
    expect(r).toMatchObject({ status: 'met', coverage: { used: 1 } })
  })

  it('counts undetermined plots as still to come within the year', () => {
    // 40 plots: 30 safe, 6 unsafe, 4 unknown → best 34/40 = 85 % < 90 % → unreachable
    expect(evaluateContaminatedLandSafeUse(t, plots(30, 6, 4), { asOf: '2022-06-30' }).status).toBe(
      'unreachable',
    )
    // 30 safe, 2 unsafe, 8 unknown → 93.75 % now, onTrack
    const r = evaluateContaminatedLandSafeUse(t, plots(30, 2, 8), { asOf: '2022-06-30' })
    expect(r.status).toBe('onTrack')
    // 40 plots need 36 safe (90 %); at best 30 + 8 = 38, so 2 of the 8 undetermined may fail
    expect(r.reachability?.requirement).toMatchObject({ kind: 'maxMoreFailing', value: 2 })
  })
})
