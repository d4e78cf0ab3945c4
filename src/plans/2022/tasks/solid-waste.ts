import type { Task } from '../../../schemas/task.js'

const HEAVY_METALS =
  '动态更新完善全口径涉重金属重点行业企业清单，严格重点区域涉重金属建设项目环境准入'

/** Tasks under 固体废物治理方面 (solid waste), paragraph 2. */
export const SOLID_WASTE_TASKS = [
  {
    id: 'solid-waste.hazardous-waste',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: {
      zh: '持续开展危险废物专项整治三年行动，统筹推动危险废物产生、经营企业视频化监管',
      en: 'Keep up the three-year special action on hazardous waste, and coordinate the video surveillance of the enterprises that generate or handle hazardous waste.',
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 2,
      quote: '持续开展危险废物专项整治三年行动，统筹推动危险废物产生、经营企业视频化监管',
    },
  },
  {
    id: 'solid-waste.industrial-solid-waste',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: {
      zh: '加强一般工业固废环境管理，推进产废单位建立健全管理制度和台账',
      en: 'Strengthen the environmental management of general industrial solid waste, and get the units that generate it to establish and improve management rules and ledgers.',
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 2,
      quote: '加强一般工业固废环境管理，推进产废单位建立健全管理制度和台账',
    },
  },
  {
    id: 'solid-waste.lead-acid-batteries',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: {
      zh: '开展废铅蓄电池联合行动，实现废铅蓄电池规范化收集率达到50%',
      en: 'Carry out a joint action on waste lead-acid batteries, so that at least 50% of them are collected through regulated channels.',
    },
    kind: 'counted',
    objective: {
      kind: 'rate',
      value: 50,
      unit: '%',
      metric: 'batteryCollectionRate',
      subject: {
        zh: '废铅蓄电池规范化收集率',
        en: 'Regulated collection rate of waste lead-acid batteries',
      },
    },
    targets: [],
    source: {
      paragraph: 2,
      quote: '开展废铅蓄电池联合行动，实现废铅蓄电池规范化收集率达到50%',
    },
  },
  {
    id: 'solid-waste.new-pollutants',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: { zh: '强化新污染物治理', en: 'Step up the control of new (emerging) pollutants.' },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 2, quote: '强化新污染物治理' },
  },
  {
    id: 'solid-waste.plastic-pollution',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: {
      zh: '开展塑料污染防治联合专项行动',
      en: 'Carry out a joint special action on the prevention and control of plastic pollution.',
    },
    kind: 'oneOff',
    targets: [],
    source: { paragraph: 2, quote: '开展塑料污染防治联合专项行动' },
  },
  {
    id: 'solid-waste.heavy-metal-list',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: {
      zh: '动态更新完善全口径涉重金属重点行业企业清单',
      en: 'Keep the complete list of enterprises in key heavy-metal industries up to date.',
    },
    kind: 'document',
    documents: [
      {
        zh: '全口径涉重金属重点行业企业清单',
        en: 'Complete list of enterprises in key heavy-metal industries',
      },
    ],
    targets: [],
    source: { paragraph: 2, quote: HEAVY_METALS },
  },
  {
    id: 'permitting.heavy-metal-admission',
    pillar: 'pollution',
    domain: 'permitting',
    text: {
      zh: '严格重点区域涉重金属建设项目环境准入',
      en: 'Apply strict environmental admission to construction projects involving heavy metals in key areas.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 2, quote: HEAVY_METALS },
  },
] satisfies Task[]
