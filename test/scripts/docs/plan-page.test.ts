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

  it('counts the tasks by pillar, domain and kind, 107 in all', () => {
    // the snapshot reviewed by hand: 87 ongoing, 7 one-off, 8 document, 5 counted
    expect(page).toContain('| **合计 · Total** |  | **87** | **7** | **8** | **5** | **107** |')
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
})
