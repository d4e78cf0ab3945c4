import { TARGETS_2022 } from '../../src/plans/2022/targets.js'
import type { Plan } from '../../src/schemas/plan.js'
import type { Target } from '../../src/schemas/target.js'

/** A target of the bundled plan by id (throws when absent, so a renamed id fails loudly). */
export function target2022(id: string): Target {
  const t = TARGETS_2022.find((x) => x.id === id)
  if (!t) throw new Error(`no target ${id}`)
  return t
}

/** A small hand-made plan with one task of each kind, for checklist and report tests. */
export const MINI_PLAN: Plan = {
  id: 'mini',
  title: { zh: '小计划', en: 'Mini plan' },
  year: 2022,
  period: { start: '2022-01-01', end: '2022-12-31' },
  issuer: { zh: '*', en: '*' },
  jurisdiction: { zh: '*', en: '*' },
  source: {
    title: { zh: '示例', en: 'Example' },
    language: 'zh',
    sha256: '0'.repeat(64),
    reference: 'example',
  },
  pillars: [
    {
      id: 'pollution',
      order: 1,
      title: { zh: '污染防治', en: 'Pollution' },
      source: { paragraph: 1, quote: '污染防治' },
    },
    {
      id: 'party',
      order: 2,
      title: { zh: '党建', en: 'Party' },
      source: { paragraph: 2, quote: '党建' },
    },
  ],
  targets: [target2022('air.good-days-ratio')],
  tasks: [
    {
      id: 'air.olympics',
      pillar: 'pollution',
      domain: 'air',
      text: { zh: '冬奥会空气质量保障', en: 'Olympics air quality' },
      kind: 'oneOff',
      windows: [
        { label: { zh: '冬奥会', en: 'Olympics' }, start: '2022-02-04', end: '2022-02-20' },
        { label: { zh: '冬残奥会', en: 'Paralympics' }, start: '2022-03-04', end: '2022-03-13' },
      ],
      targets: ['air.good-days-ratio'],
      source: { paragraph: 1, quote: '冬奥会空气质量保障' },
    },
    {
      id: 'rural.villages',
      pillar: 'pollution',
      domain: 'rural',
      text: { zh: '完成45个行政村生活污水治理', en: 'Sewage treatment in 45 villages' },
      kind: 'counted',
      objective: {
        kind: 'count',
        value: 45,
        unit: { zh: '个', en: 'villages' },
        subject: { zh: '行政村', en: 'villages' },
      },
      targets: [],
      source: { paragraph: 1, quote: '完成45个行政村生活污水治理' },
    },
    {
      id: 'waste.batteries',
      pillar: 'pollution',
      domain: 'solid-waste',
      text: { zh: '废铅蓄电池规范化收集率达到50%', en: 'Battery collection 50 %' },
      kind: 'counted',
      objective: {
        kind: 'rate',
        value: 50,
        unit: '%',
        metric: 'batteryCollectionRate',
        subject: { zh: '废铅蓄电池规范化收集率', en: 'Battery collection rate' },
      },
      targets: [],
      source: { paragraph: 1, quote: '废铅蓄电池规范化收集率达到50%' },
    },
    {
      id: 'party.study',
      pillar: 'party',
      domain: 'party-ideology',
      text: { zh: '理论学习', en: 'Study' },
      kind: 'ongoing',
      targets: [],
      source: { paragraph: 2, quote: '理论学习' },
    },
  ],
}
