import { describe, expect, it } from 'vitest'
import { measuredBy, renderPlanSummary, renderPlanTasks } from '../../../scripts/docs/plan-page.js'
import { plan2022 } from '../../../src/plans/2022/index.js'

describe('renderPlanSummary', () => {
  const page = renderPlanSummary(plan2022)

  it('lists the 13 targets with the Chinese title of the source and the requirement', () => {
    expect(page).toContain('## 具体指标 · The 13 targets')
    // the source: 中心城区空气质量优良天数比例达到91.6%; 细颗粒物（PM2.5）年均浓度…23微克/立方米
    expect(page).toMatch(
      /\| 1 \| 中心城区空气质量优良天数比例<br>Good-air-days ratio, central city<br>.*\| ≥ 91\.6% \|/,
    )
    expect(page).toMatch(/\| 2 \| 细颗粒物（PM2\.5）年均浓度<br>.*\| ≤ 23 µg\/m³ \|/)
    expect(page.match(/^\| \d+ \| /gm)).toHaveLength(13)
  })

  it('says how each target is measured: metric, precision and rule set', () => {
    const pm25 = plan2022.targets.find((t) => t.metric === 'pm25Mean')!
    expect(measuredBy(pm25)).toBe('`pm25Mean`, 0 decimals, [cn-air-2012](../guides/air-quality.md)')
    expect(page).toContain('| [`cn-air-2012`](../guides/air-quality.md) |')
  })

  it('counts the tasks by pillar, domain and kind, 106 in all', () => {
    // 0.1.0 had 87 ongoing, 7 one-off, 8 document, 5 counted (107); the pillar-5 preamble is no
    // task (−1 ongoing), 应急预案编制 is a document and 系统排查 one-off (−2 ongoing, +1, +1).
    expect(page).toContain('| **合计 · Total** |  | **84** | **8** | **9** | **5** | **106** |')
  })

  it('marks what the data infer as 推断 · Inferred, in the target row and with its reason below', () => {
    // 细颗粒物（PM2.5）年均浓度达到达到23微克/立方米: the scope 中心城区 comes from the clause before
    expect(page).toMatch(
      /\| 2 \| 细颗粒物（PM2\.5）年均浓度<br>.*<small>推断 · Inferred: 所属大任务、比较方式、范围 · pillar, comparison, scope<\/small> \|/,
    )
    expect(page).toContain('### 推断 · Inferences')
    expect(page).toMatch(
      /^- `emissions\.nox`, `emissions\.vocs`, `emissions\.cod`, `emissions\.nh3n`: \*\*推断 · Inferred\*\*, 基准年 · base year: 原文未写基准年；/m,
    )
  })

  it('names the autonomous region where the source does, not a paraphrase', () => {
    // 达到自治区下达减排目标: the requirement says who assigns nothing, the inference quotes 自治区
    expect(page).not.toContain('上级')
    expect(page).toContain('达到下达的减排目标（基准年2020）')
    expect(page).toContain('"达到自治区下达减排目标"')
  })

  it('lists the five counted objectives and the Winter Games windows', () => {
    expect(page).toContain('## 量化任务 · The 5 counted objectives')
    for (const n of ['13', '46', '45', '8']) expect(page).toMatch(new RegExp(`\\| ${n}[^\\d]`))
    expect(page).toContain('2022-02-04 – 2022-02-20')
    expect(page).toContain('2022-03-04 – 2022-03-13 | 2022-03-13 |')
  })
})

describe('renderPlanTasks', () => {
  const page = renderPlanTasks(plan2022)

  it('lists every task exactly once, under its pillar and domain', () => {
    for (const t of plan2022.tasks) {
      expect(page.split(`- **\`${t.id}\`**`)).toHaveLength(2)
    }
    expect(page).toContain(
      '### 1. 积极助力经济高质量发展 · Support high-quality economic development',
    )
    expect(page).toMatch(/#### 大气 · Air \(\d+\)/)
  })

  it('gives each inference of a task under it, marked 推断 · Inferred', () => {
    const huangqi = page.slice(page.indexOf('- **`water.huangqi-hai-supervision`**'))
    expect(huangqi.split('\n- ')[0]).toContain(
      '<small>**推断 · Inferred**, 服务指标 · targets served: 原文未写明黄旗海设有地表水国控断面；',
    )
  })
})

describe('renderPlanSummary in Chinese', () => {
  const page = renderPlanSummary(plan2022, 'zh')

  it('writes the page in Chinese alone: headings, the rule set by name, dates', () => {
    expect(page).toContain('## 具体指标（13项）')
    expect(page).toContain('- 期间：2022年1月1日至2022年12月31日')
    expect(page).not.toContain('Good-air-days ratio')
    const pm25 = plan2022.targets.find((t) => t.metric === 'pm25Mean')!
    // PM2.5 is published as an integer µg/m³ (METRICS.pm25Mean.precision 0)
    expect(measuredBy(pm25, 'zh')).toBe(
      '`pm25Mean`，取整数，[环境空气质量评价（2012版标准）](../guides/air-quality.md)',
    )
  })

  it('counts the same 106 tasks as the English page', () => {
    expect(page).toContain('| **合计** |  | **84** | **8** | **9** | **5** | **106** |')
  })
})
