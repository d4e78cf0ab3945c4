import type { Task } from '../../../schemas/task.js'

/** The opening task of 深入打好污染防治攻坚战 (the battle against pollution), paragraph 2. */
export const POLLUTION_TASKS = [
  {
    id: 'pollution.campaign-plan',
    pillar: 'pollution',
    domain: 'pollution',
    text: {
      zh: '围绕“提气、降碳、强生态，增水、固土、防风险”，研究制定我市深入打好污染防治攻坚战工作方案和考核评价办法',
      en: 'Around the aims "better air, lower carbon, stronger ecosystems; more water, secure soil, fewer risks", work out the city\'s work plan for fighting the battle against pollution in depth and the measures for assessing and evaluating it.',
    },
    kind: 'document',
    documents: [
      {
        zh: '深入打好污染防治攻坚战工作方案',
        en: 'Work plan for fighting the battle against pollution in depth',
      },
      {
        zh: '考核评价办法',
        en: 'Measures for assessing and evaluating the battle against pollution',
      },
    ],
    targets: [],
    source: {
      paragraph: 2,
      quote:
        '围绕“提气、降碳、强生态，增水、固土、防风险”，研究制定我市深入打好污染防治攻坚战工作方案和考核评价办法',
    },
  },
] satisfies Task[]
