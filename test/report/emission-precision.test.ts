import { describe, expect, it } from 'vitest'
import {
  evaluatePlan,
  type Observation,
  renderReportHtml,
  renderReportMarkdown,
} from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'

// The plan publishes its emission targets with one decimal (`precision: 1` in src/plans/2022):
// reports write the reduction achieved and the one assigned with that one decimal.
const totals: Observation[] = [
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2020, tonnes: 50000 },
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2021, tonnes: 49000 },
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 48110 },
  { kind: 'emissionTotal', pollutant: 'COD', year: 2021, tonnes: 31000 },
  { kind: 'emissionTotal', pollutant: 'COD', year: 2022, tonnes: 30000 },
]
const observations: Observation[] = [
  ...totals,
  // (50000 − 48110) / 50000 = 3.78 %, published 3.8 %; assigned 3 %, written 3.0 %
  { kind: 'emissionAssignment', pollutant: 'NOx', year: 2022, baseYear: 2020, reductionPercent: 3 },
  // 60.25 + 50 = 110.25 t, published 110.2 t (round half to even); assigned 100 t
  { kind: 'emissionAssignment', pollutant: 'COD', year: 2022, baseYear: 2020, projectTonnes: 100 },
  { kind: 'emissionProjectReduction', pollutant: 'COD', year: 2022, project: 'a', tonnes: 60.25 },
  { kind: 'emissionProjectReduction', pollutant: 'COD', year: 2022, project: 'b', tonnes: 50 },
]
const evaluation = evaluatePlan(plan2022, observations, { asOf: '2023-03-31' })

describe('emission figures in reports', () => {
  it('writes the Markdown rows at the published precision, in English and Chinese', () => {
    const en = renderReportMarkdown(evaluation, { plan: plan2022, lang: 'en' })
    expect(en).toContain(
      '| NOx emission total | reach assigned reduction 3.0% | 3.8% | Met | +0.8% |',
    )
    expect(en).toContain(
      '| COD emission total | reach assigned reduction 100.0 t | 110.2 t | Met | +10.2 t |',
    )
    expect(en).toContain('3.8 % below 2020 (assigned 3.0 %)')
    expect(en).toContain('key-project reductions of 110.2 t (assigned 100.0 t)')
    const zh = renderReportMarkdown(evaluation, { plan: plan2022, lang: 'zh' })
    expect(zh).toContain('| 氮氧化物排放总量 | 完成下达减排量 3.0% | 3.8% | 达标 | +0.8% |')
    expect(zh).toContain(
      '| 化学需氧量排放总量 | 完成下达减排量 100.0吨 | 110.2吨 | 达标 | +10.2吨 |',
    )
    expect(zh).toContain('较2020年下降3.8%（下达目标3.0%）')
    expect(zh).toContain('重点工程减排量110.2吨（下达目标100.0吨）')
  })

  it('writes the same figures in HTML', () => {
    for (const lang of ['en', 'zh'] as const) {
      const html = renderReportHtml(evaluation, { plan: plan2022, lang })
      const row = html.split('\n').find((l) => l.includes('id="t-emissions.nox"')) ?? ''
      expect(row).toMatch(/>[^<]* 3\.0%</)
      expect(row).toMatch(/>3\.8%</)
      expect(row).toMatch(/>\+0\.8%</)
      expect(row).not.toMatch(/3\.78/)
    }
  })

  it('compares the reduction as published: 3.96 % is published 4.0 % and reaches 4 %', () => {
    const r = evaluatePlan(
      plan2022,
      [
        ...totals.slice(0, 2),
        { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 48020 },
        {
          kind: 'emissionAssignment',
          pollutant: 'NOx',
          year: 2022,
          baseYear: 2020,
          reductionPercent: 4,
        },
      ],
      { asOf: '2023-03-31' },
    ).targets.find((t) => t.target === 'emissions.nox')
    expect(r).toMatchObject({ status: 'met', margin: 0, actual: { published: 4, precision: 1 } })
  })
})
