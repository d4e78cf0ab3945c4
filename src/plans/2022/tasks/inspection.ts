import type { Task } from '../../../schemas/task.js'

const CENTRAL_INSPECTION =
  '以全市生态环境问题“大排查、大整治、大提升”行动为抓手，主动靠前、积极作为，着力发现一批、整治一批、解决一批突出生态环境问题，以担当作为的姿态迎接好第二轮中央生态环境保护例行督察，扎实做好现场配合和后续整改'

/**
 * Tasks of 迎接第二轮中央生态环境保护督察和做好生态环境领域风险防范 (central inspection and
 * risk prevention), paragraph 3.
 */
export const INSPECTION_TASKS = [
  {
    id: 'inspection.problem-campaign',
    pillar: 'inspection',
    domain: 'inspection',
    text: {
      zh: '以全市生态环境问题“大排查、大整治、大提升”行动为抓手，主动靠前、积极作为，着力发现一批、整治一批、解决一批突出生态环境问题',
      en: 'Through the city-wide "thorough screening, thorough remediation, thorough improvement" action on environmental problems, step forward and act actively, and strive to find, remedy and resolve prominent environmental problems, batch after batch.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 3, quote: CENTRAL_INSPECTION },
  },
  {
    id: 'inspection.central-inspection',
    pillar: 'inspection',
    domain: 'inspection',
    text: {
      zh: '以担当作为的姿态迎接好第二轮中央生态环境保护例行督察，扎实做好现场配合和后续整改',
      en: "Receive the second round of the central government's routine ecological-environment protection inspection in a spirit of responsibility: cooperate fully on site and carry out the follow-up rectification.",
    },
    kind: 'oneOff',
    targets: [],
    source: { paragraph: 3, quote: CENTRAL_INSPECTION },
  },
  {
    id: 'reform.integrated-enforcement',
    pillar: 'inspection',
    domain: 'reform',
    text: {
      zh: '继续深化生态环境保护综合行政执法改革',
      en: 'Continue deepening the reform of integrated administrative law enforcement for ecological-environment protection.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 3, quote: '继续深化生态环境保护综合行政执法改革' },
  },
  {
    id: 'inspection.air-assistance-rectification',
    pillar: 'inspection',
    domain: 'inspection',
    text: {
      zh: '加快生态环境部空气质量改善监督帮扶指出问题整改进度',
      en: "Speed up the rectification of the problems pointed out by the Ministry of Ecology and Environment's supervision and assistance for air-quality improvement.",
    },
    kind: 'ongoing',
    targets: ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio'],
    source: { paragraph: 3, quote: '加快生态环境部空气质量改善监督帮扶指出问题整改进度' },
  },
  {
    id: 'permitting.eia-permit-supervision',
    pillar: 'inspection',
    domain: 'permitting',
    text: {
      zh: '持续实施环评与排污许可监管',
      en: 'Keep supervising environmental impact assessments and pollutant discharge permits.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 3, quote: '持续实施环评与排污许可监管' },
  },
  {
    id: 'enforcement.special-actions',
    pillar: 'inspection',
    domain: 'enforcement',
    text: {
      zh: '继续开展全市铁合金行业专项整治、入河排污口整治、水源地、污水处理厂强化监管及打击危险废物和重点排污单位自动监测数据弄虚作假环境违法犯罪等专项行动',
      en: 'Continue the special actions: the city-wide clean-up of the ferroalloy industry, the remediation of outfalls into rivers, tighter supervision of water sources and wastewater treatment plants, and the crackdown on environmental offences and crimes involving hazardous waste and falsified automatic-monitoring data of key pollutant-discharging units.',
    },
    kind: 'ongoing',
    targets: [
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'water.national-sections-class-i-iii',
      'water.national-sections-worse-than-v',
      'water.drinking-water-prefecture',
      'water.drinking-water-county',
      'emissions.cod',
      'emissions.nh3n',
    ],
    source: {
      paragraph: 3,
      quote:
        '继续开展全市铁合金行业专项整治、入河排污口整治、水源地、污水处理厂强化监管及打击危险废物和重点排污单位自动监测数据弄虚作假环境违法犯罪等专项行动',
    },
  },
  {
    id: 'risk.covid-prevention',
    pillar: 'inspection',
    domain: 'risk',
    text: {
      zh: '精准有效做好常态化疫情防控相关环保工作',
      en: 'Do the environmental work that routine COVID-19 prevention and control requires, precisely and effectively.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 3, quote: '精准有效做好常态化疫情防控相关环保工作' },
  },
  {
    id: 'risk.hazard-screening',
    pillar: 'inspection',
    domain: 'risk',
    text: {
      zh: '紧盯高风险领域，加大环境风险隐患排查力度',
      en: 'Keep a close watch on high-risk areas, and step up the search for hidden environmental risks.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 3, quote: '紧盯高风险领域，加大环境风险隐患排查力度' },
  },
  {
    id: 'risk.emergency-preparedness',
    pillar: 'inspection',
    domain: 'risk',
    text: {
      zh: '强化应急值守和应急演练，完善应急组织指挥体系和应急预案编制，提升应急保障能力',
      en: 'Strengthen emergency duty and drills, improve the emergency command system and the preparation of emergency plans, and raise the capacity to support emergency response.',
    },
    kind: 'document',
    documents: [{ zh: '应急预案', en: 'Emergency plans' }],
    targets: [],
    source: {
      paragraph: 3,
      quote: '强化应急值守和应急演练，完善应急组织指挥体系和应急预案编制，提升应急保障能力',
    },
  },
  {
    id: 'risk.petitions',
    pillar: 'inspection',
    domain: 'risk',
    text: {
      zh: '及时妥善化解处置生态环境信访舆情，高效解决群众反映的突出生态环境问题',
      en: 'Resolve environmental petitions and public-opinion incidents promptly and properly, and solve efficiently the prominent environmental problems that the public report.',
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 3,
      quote: '及时妥善化解处置生态环境信访舆情，高效解决群众反映的突出生态环境问题',
    },
  },
] satisfies Task[]
