import { describe, expect, it } from 'vitest'
import { describeExpectation, renderPlanText, selectPlanItems } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { PLAN_WITH_TASKS } from '../_helpers/plan-with-tasks.js'

const target = (id: string) => {
  const t = plan2022.targets.find((x) => x.id === id)
  if (!t) throw new Error(id)
  return t
}

describe('selectPlanItems', () => {
  it('applies pillar and domain together', () => {
    const { targets, tasks } = selectPlanItems(PLAN_WITH_TASKS, {
      pillar: 'pollution',
      domain: 'water',
    })
    expect(targets.map((t) => t.id)).toEqual([
      'water.national-sections-class-i-iii',
      'water.national-sections-worse-than-v',
      'water.drinking-water-prefecture',
      'water.drinking-water-county',
    ])
    expect(tasks.map((t) => t.id)).toEqual(['water.chagan-nur-mechanism', 'water.outfall-list'])
  })
})

describe('describeExpectation', () => {
  it('words each comparator', () => {
    expect(describeExpectation(target('air.good-days-ratio'), 'en')).toBe('≥ 91.6%')
    expect(describeExpectation(target('air.pm25-annual-mean'), 'zh')).toBe('≤ 23 µg/m³')
    expect(describeExpectation(target('emissions.cod'), 'zh')).toBe(
      '达到下达减排目标（基准2020年）',
    )
    const decrease = { ...target('emissions.cod'), comparator: 'decrease' as const }
    expect(describeExpectation(decrease, 'en')).toBe('below 2020')
    expect(describeExpectation(decrease, 'zh')).toBe('低于2020年')
    expect(describeExpectation({ ...decrease, value: 8 }, 'en')).toBe('≥ 8% below 2020')
    expect(describeExpectation({ ...decrease, value: 8 }, 'zh')).toBe('较2020年下降 ≥ 8%')
    const equals = { ...target('air.heavy-pollution-days-ratio'), comparator: 'equals' as const }
    expect(describeExpectation(equals, 'en')).toBe('= 0%')
  })
})

describe('renderPlanText', () => {
  it('groups tasks by pillar with kind, objective and due date', () => {
    const text = renderPlanText(PLAN_WITH_TASKS, { lang: 'en' })
    expect(text).toContain('Tasks (11 of 11)')
    expect(text).toContain(
      '  1. Support high-quality economic development (growth)\n' +
        '    climate.allowance-surrender  [counted 13 units]',
    )
    expect(text).toContain('rural.village-sewage  [counted 45 villages]')
    expect(text).toContain('solid-waste.battery-collection  [counted 50%]')
    expect(text).toContain('water.outfall-list  [one-off, due 2022-06-30]  Draw up the list')
    expect(text.indexOf('(growth)')).toBeLessThan(text.indexOf('(pollution)'))
  })

  it('writes the Chinese clause and labels with lang zh', () => {
    const text = renderPlanText(PLAN_WITH_TASKS, { domain: 'rural' })
    expect(text).toContain('筛选：领域 农村环境')
    expect(text).toContain('重点工作 (1 / 11)')
    expect(text).toContain('rural.village-sewage  [量化 45 个]  完成全市45个行政村生活污水治理任务')
  })
})
