import type { Pillar } from '../../schemas/plan.js'

/**
 * The five main tasks (五大任务) of the 2022 plan, in the source's order.
 *
 * @category Plan
 * @example
 * ```ts
 * import { PILLARS_2022 } from 'eco-targets/plan-2022'
 * PILLARS_2022.map((p) => p.id) //=> ['growth', 'pollution', 'inspection', 'governance', 'party']
 * ```
 */
export const PILLARS_2022 = [
  {
    id: 'growth',
    order: 1,
    title: { zh: '积极助力经济高质量发展', en: 'Support high-quality economic development' },
    source: { paragraph: 1, quote: '一是积极助力经济高质量发展' },
  },
  {
    id: 'pollution',
    order: 2,
    title: {
      zh: '深入打好污染防治攻坚战',
      en: 'Fight the battle against pollution in depth',
    },
    source: { paragraph: 2, quote: '二是深入打好污染防治攻坚战' },
  },
  {
    id: 'inspection',
    order: 3,
    title: {
      zh: '迎接第二轮中央生态环境保护督察和做好生态环境领域风险防范',
      en: 'Prepare for the second round of central environmental inspection and prevent environmental risks',
    },
    source: {
      paragraph: 3,
      quote: '三是迎接第二轮中央生态环境保护督察和做好生态环境领域风险防范',
    },
  },
  {
    id: 'governance',
    order: 4,
    title: {
      zh: '加快构建现代环境治理体系',
      en: 'Build a modern environmental governance system',
    },
    source: { paragraph: 4, quote: '四是加快构建现代环境治理体系' },
  },
  {
    id: 'party',
    order: 5,
    title: {
      zh: '推进全面从严治党向纵深发展',
      en: 'Deepen strict and comprehensive Party self-governance',
    },
    source: { paragraph: 5, quote: '五是推进全面从严治党向纵深发展' },
  },
] satisfies Pillar[]
