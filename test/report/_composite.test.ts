import { describe, expect, it } from 'vitest'
import { evaluateCityRanking } from '../../src/evaluate/city-ranking.js'
import { renderReportHtml } from '../../src/report/html.js'
import { renderReportMarkdown } from '../../src/report/markdown.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'
import { EVALUATION } from './_sample-evaluation.js'

// SO2 10/60 + NO2 30/40 + PM10 70/70 + PM2.5 x/35 + CO 1/4 + O3 80/160 = 2.6666… + x/35
const days = (year: number, pm25: number, co: number | null = 1) =>
  [1, 2].map((d) => ({
    date: `${year}-01-0${d}`,
    so2: 10,
    no2: 30,
    co,
    pm10: 70,
    pm25,
    o3_1h: 90,
    o3_8h: 80,
  }))

const CITIES = [
  // 3.81; 2021 4.10: −7.1%
  { city: '甲市', days: days(2022, 40), previous: { days: days(2021, 50) } },
  // 3.67, tied first; PM10 70/70 and PM2.5 35/35 are both 1.00: both primary
  { city: '乙市', days: days(2022, 35) },
  { city: '丙市', days: days(2022, 35) },
  { city: '丁市', days: days(2022, 35, null) },
]

describe('the composite-index section of the report', () => {
  const standing = evaluateCityRanking(CITIES, { city: '甲市', month: '2022-01' })

  it('shows the city’s index and rank among the cities in Markdown, the city in bold', () => {
    const md = renderReportMarkdown(EVALUATION, { plan: MINI_PLAN, cityRanking: standing })
    const lines = md.split('\n')
    expect(lines).toContain('## 环境空气质量综合指数与排名')
    expect(lines).toContain(standing.explanation.zh)
    expect(lines).toContain('| 排名 | 城市 | 综合指数 | 首要污染物 | 优良天数比例 | 综合指数同比 |')
    expect(lines).toContain('| 1 | 乙市 | 3.67 | PM10, PM2.5 | 100.0% | — |')
    expect(lines).toContain('| 1 | 丙市 | 3.67 | PM10, PM2.5 | 100.0% | — |')
    expect(lines).toContain('| **3** | **甲市** | **3.81** | **PM2.5** | **100.0%** | **−7.1%** |')
    expect(lines).toContain('| — | 丁市 | 数据不足 | — | — | — |')
    expect(md).toContain(
      'PM10、PM2.5 浓度与综合指数扣除沙尘天气影响，优良天数比例保留沙尘（未给出沙尘日期）',
    )
    // the section follows the explanations of the targets
    expect(md.indexOf('## 环境空气质量综合指数与排名')).toBeGreaterThan(md.indexOf('### '))
  })

  it('writes the section in English, without the change column when no previous year was given', () => {
    const s = evaluateCityRanking(CITIES.slice(1), { city: '乙市', month: '2022-01' })
    const md = renderReportMarkdown(EVALUATION, { plan: MINI_PLAN, lang: 'en', cityRanking: s })
    expect(md).toContain('## Composite air-quality index and rank')
    expect(md).toContain(
      '| Rank | City | Composite index | Primary pollutant | Good-days ratio |\n',
    )
    expect(md).toContain('| **1** | **乙市** | **3.67** | **PM10, PM2.5** | **100.0%** |')
    expect(md).toContain('equal figures share a rank and the next rank is skipped')
  })

  it('leaves the report as it was without a ranking', () => {
    const md = renderReportMarkdown(EVALUATION, { plan: MINI_PLAN })
    expect(md).not.toContain('综合指数')
    expect(renderReportHtml(EVALUATION, { plan: MINI_PLAN })).not.toContain('composite-index')
  })

  it('shows the same table in HTML, the city highlighted and text escaped', () => {
    const html = renderReportHtml(EVALUATION, {
      plan: MINI_PLAN,
      lang: 'en',
      cityRanking: standing,
    })
    expect(html).toContain(
      '<section id="composite-index"><h2>Composite air-quality index and rank</h2>',
    )
    expect(html).toContain(
      '<tr style="font-weight:600;background:#fff8c5"><td class="num">3</td><td>甲市</td><td class="num">3.81</td><td>PM2.5</td><td class="num">100.0%</td><td class="num">−7.1%</td></tr>',
    )
    expect(html).toContain(
      '<td class="num">—</td><td>丁市</td><td class="num">Insufficient data</td>',
    )
  })
})
