import { describe, expect, it } from 'vitest'
import { evaluatePlan, type TargetResult } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'

// The words a reader meets for targets with nothing to count: hand-worked from the plan.
const result = (id: string, evaluation: { readonly targets: readonly TargetResult[] }) =>
  evaluation.targets.find((t) => t.target === id) as TargetResult

describe('a target without data', () => {
  const empty = evaluatePlan(plan2022, [], { asOf: '2022-06-30' })

  it('says "no data yet" (暂无数据), not that no outcome out of 0 sections can reach it', () => {
    const sections = result('water.national-sections-class-i-iii', empty)
    expect(sections.status).toBe('insufficientData')
    expect(sections.reachability?.explanation).toEqual({ zh: '暂无数据。', en: 'No data yet.' })
    for (const t of empty.targets) {
      expect(t.reachability?.explanation.en ?? '').not.toMatch(/out of 0\b/)
    }
    // the explanation opens with it too, without a ratio of 0 out of 0
    expect(sections.explanation).toEqual({
      zh: '暂无数据（目标不低于66.7%）。',
      en: 'No data yet (target at least 66.7 %).',
    })
    for (const t of empty.targets) expect(t.explanation.en).not.toMatch(/\bof 0\b|— %/)
  })

  it('says why a land-plot target is insufficient: 8 plots not yet determined', () => {
    const plots = Array.from({ length: 8 }, (_, i) => ({
      kind: 'landPlot' as const,
      plot: `plot-${i + 1}`,
      year: 2022,
      safeUse: null,
    }))
    const land = (asOf: string) =>
      result('soil.contaminated-land-safe-use', evaluatePlan(plan2022, plots, { asOf }))
    const mid = land('2022-06-30')
    expect(mid.status).toBe('insufficientData')
    // during the year: what the 8 undetermined plots must give (90 % of 8 rounds up to 8)
    expect(mid.reachability?.explanation.en).toBe(
      'With the 8 plots not yet determined counted, 8 plots need at least 8 safely used plots: at most 0 more may fall short.',
    )
    // after the year, without reachability, the explanation still says why
    const end = land('2022-12-31')
    expect(end.status).toBe('insufficientData')
    expect(end.explanation.en).toBe(
      'No data yet (target at least 90 %). 8 plots not yet determined.',
    )
    expect(end.explanation.zh).toBe('暂无数据（目标不低于90%）。8个待认定地块。')
  })

  it('says that the undetermined plots decide an insufficient verdict, with both bounds', () => {
    // 9 safely used, 1 not, 8 undetermined: 9 / 18 = 50 % if none of the 8 is safely used,
    // 17 / 18 = 94.44 % if all are; 90 % lies between, so the year ends without a verdict
    const plots = [
      ...Array.from({ length: 9 }, (_, i) => ({ plot: `safe-${i}`, safeUse: true })),
      { plot: 'unsafe', safeUse: false },
      ...Array.from({ length: 8 }, (_, i) => ({ plot: `open-${i}`, safeUse: null })),
    ].map((p) => ({ kind: 'landPlot' as const, year: 2022, ...p }))
    const end = result(
      'soil.contaminated-land-safe-use',
      evaluatePlan(plan2022, plots, { asOf: '2022-12-31' }),
    )
    expect(end.status).toBe('insufficientData')
    expect(end.explanation.en).toBe(
      '9 safely used plots of 10 plots, 90 % (target at least 90 %). Insufficient data: the 8 plots not yet determined decide the verdict (50 % if none counts, 94.44 % if all do).',
    )
    expect(end.explanation.zh).toBe(
      '10个地块中安全利用地块9，比例90%（目标不低于90%）。数据不足：8个待认定地块决定是否达标（均不计入时比例为50%，均计入时为94.44%）。',
    )
  })

  it('names an emission pollutant by its formula in running text: the 2022 NOx reduction', () => {
    const nox = result('emissions.nox', empty)
    expect(nox.status).toBe('insufficientData')
    expect(JSON.stringify(nox)).toContain('the 2022 NOx reduction assigned by the region')
    expect(JSON.stringify(nox)).not.toContain('Nitrogen oxides (NOx) reduction')
  })
})
