import { describe, expect, it } from 'vitest'
import { PILLARS_2022, PLAN_2022_SOURCE_TEXT } from '../../../src/plans/2022/index.js'

describe('PILLARS_2022', () => {
  it('are the five 大任务 in the source order, each opening its paragraph', () => {
    const paragraphs = PLAN_2022_SOURCE_TEXT.split('\n')
    expect(PILLARS_2022.map((p) => [p.order, p.source.paragraph])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ])
    for (const p of PILLARS_2022) {
      expect(paragraphs[p.source.paragraph]?.startsWith(p.source.quote)).toBe(true)
      expect(p.source.quote).toContain(p.title.zh)
    }
  })

  it('match the 五大任务 named in paragraph 0', () => {
    // 统筹抓好助力经济高质量发展、污染防治攻坚、环保督察整改和生态环境风险防范、构建现代环境治理体系、全面从严治党"五大任务"
    expect(PLAN_2022_SOURCE_TEXT.split('\n')[0]).toContain('“五大任务”')
    expect(PILLARS_2022).toHaveLength(5)
  })
})
