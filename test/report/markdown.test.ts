import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js'
import { renderReportMarkdown } from '../../src/report/markdown.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'
import { EVALUATION } from './_sample-evaluation.js'

describe('renderReportMarkdown', () => {
  it('writes the targets table with goal, published actual, status and signed margin', () => {
    const md = renderReportMarkdown(EVALUATION, { plan: MINI_PLAN, lang: 'en' })
    const lines = md.split('\n')
    expect(lines[0]).toBe('# Mini plan')
    expect(lines).toContain('As of: 2022-06-30 · Period: 2022-01-01 – 2022-12-31')
    expect(lines).toContain('| Target | Goal | Actual | Status | Margin |')
    expect(lines).toContain(
      '| Good-air-days ratio, central city | ≥ 91.6% | 94.5% | On track | +2.9% |',
    )
    expect(lines).toContain('- **Good-air-days ratio, central city**: 171 of 181 <ok>')
  })

  it('writes Chinese by default, with the note quoted', () => {
    const md = renderReportMarkdown(EVALUATION, { plan: MINI_PLAN, note: '合成数据' })
    expect(md.split('\n')[0]).toBe('# 小计划')
    expect(md).toContain('> 合成数据')
    expect(md).toContain('| 中心城区空气质量优良天数比例 | ≥ 91.6% | 94.5% | 进度正常 | +2.9% |')
  })

  it('writes Chinese dates, full-width colons and the rule sets by name in Chinese', () => {
    const md = renderReportMarkdown(EVALUATION, { plan: MINI_PLAN }).split('\n')
    expect(md).toContain('评估日期：2022年6月30日 · 评估期：2022年1月1日至2022年12月31日')
    expect(md).toContain('- **中心城区空气质量优良天数比例**：171/181 <ok>')
    // RULE_SETS['cn-air-2012']: its Chinese name and its four documents
    expect(md).toContain('**评价依据**')
    expect(md).toContain(
      '- 环境空气质量评价（2012版标准）：HJ 633-2012、GB 3095-2012、HJ 663-2013、GB/T 8170-2008',
    )
  })

  it('counts task progress with the Chinese measure word of the plan, and overdue tasks by title', () => {
    const e = evaluatePlan(MINI_PLAN, [], {
      asOf: '2022-12-31',
      taskUpdates: [
        { task: 'rural.villages', date: '2022-06-30', status: 'inProgress', progress: 30 },
        { task: 'waste.batteries', date: '2022-06-30', status: 'inProgress', progress: 40 },
      ],
    })
    const md = renderReportMarkdown(e, { plan: MINI_PLAN })
    // the village objective counts 个 (MINI_PLAN: value 45, unit { zh: '个' })
    expect(md).toContain('- 完成45个行政村生活污水治理：30/45个（推进中）')
    expect(md).toContain('- 废铅蓄电池规范化收集率达到50%：40%（目标50%）（推进中）')
    expect(md).toContain('- 冬奥会空气质量保障（截止2022年3月13日） `air.olympics`')
  })

  it('writes the checklist by pillar, counted progress and overdue tasks', () => {
    const e = evaluatePlan(MINI_PLAN, [], {
      asOf: '2022-12-31',
      taskUpdates: [
        { task: 'rural.villages', date: '2022-06-30', status: 'inProgress', progress: 30 },
      ],
    })
    const md = renderReportMarkdown(e, { plan: MINI_PLAN, lang: 'en' })
    expect(md).toContain(
      '| Pillar | Total | Done | In progress | Not started | Blocked | Not applicable | Overdue |',
    )
    // the Olympics task (due 2022-03-13, never updated) is the one overdue task
    expect(md).toContain('| Pollution | 3 | 0 | 1 | 2 | 0 | 0 | 1 |')
    expect(md).toContain('- Olympics air quality (due 2022-03-13) `air.olympics`')
    expect(md).toContain('- Sewage treatment in 45 villages: 30 / 45 villages (In progress)')
    expect(md).toContain('- Battery collection 50 %: — (objective 50%) (Not started)')
  })
})

describe('renderReportMarkdown titles', () => {
  it('adds the scope only where two targets share a title', async () => {
    const { evaluatePlan } = await import('../../src/evaluate/evaluate-plan.js')
    const { plan2022 } = await import('../../src/plans/2022/index.js')
    // The 2022 titles are all distinct (each drinking-water target keeps its level): no scope.
    const e = evaluatePlan(plan2022, [], { asOf: '2022-06-30' })
    const zh = renderReportMarkdown(e, { plan: plan2022, lang: 'zh' })
    expect(zh).toContain('| 地级（中心城区）城市集中式饮用水水源水质Ⅲ类比例 |')
    expect(zh).toContain('| 县级（*市）城市集中式饮用水水源水质Ⅲ类比例 |')
    // Two targets under one title are told apart by their scopes.
    const shared = {
      ...plan2022,
      targets: plan2022.targets.map((t) =>
        t.metric === 'drinkingWaterClassIIIRatio'
          ? { ...t, title: { zh: '城市集中式饮用水水源水质Ⅲ类比例', en: 'Drinking-water sources' } }
          : t,
      ),
    }
    const es = evaluatePlan(shared, [], { asOf: '2022-06-30' })
    const zhShared = renderReportMarkdown(es, { plan: shared, lang: 'zh' })
    expect(zhShared).toContain('| 城市集中式饮用水水源水质Ⅲ类比例（地级（中心城区）） |')
    expect(zhShared).toContain('| 城市集中式饮用水水源水质Ⅲ类比例（县级（*市）） |')
    const en = renderReportMarkdown(es, { plan: shared, lang: 'en' })
    expect(en).toContain('| Drinking-water sources (County-level (* city) sources) |')
  })
})
