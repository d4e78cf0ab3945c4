import type { Task } from '../../../schemas/task.js'

type Inference = NonNullable<Task['inferences']>[number]

const DAIHAI =
  '要持续加强岱海综合治理，推动《“十四五”时期岱海流域保护治理实施方案》规划项目落地实施'
const CHAGAN_NUR =
  '制定印发《察汗淖尔流域生态环境监测、执法协作机制》，与河北省张家口市生态环境局联合开展环境执法，实现环境监测数据共享'
const HUANGQI_HAI =
  '持续推进黄旗海周边涉水企业和察右前旗污水处理厂生态环境监管，统筹推动察右前旗项目工程建设，全面落实黄旗海周边“遥感”问题点位整改任务'
const SOURCES = '协调开展饮用水水源地本底判定，补齐饮用水水源地保护区规范化建设短板'
const SECTIONS = ['water.national-sections-class-i-iii', 'water.national-sections-worse-than-v']
const WASTEWATER = ['emissions.cod', 'emissions.nh3n']

/** Why a task on a lake serves the section targets: a fact the source does not give. */
function lakeSection(zh: string, en: string): Inference {
  return {
    field: 'targets',
    note: {
      zh: `原文未写明${zh}设有地表水国控断面；本库按其设有国控断面理解（与示例数据一致），故服务两项断面指标。`,
      en: `The source does not say that ${en} holds a national surface-water assessment section; the data read it so (as the sample data do), so the task serves the two section targets.`,
    },
  }
}

const OUTFALLS =
  '按照“拆除一批、合并一批、规范一批”的要求，有序推进现有入河排污口分类整治，依法形成*市入河排污口清单，列入常态化监管'

/** Tasks under 水污染防治方面 (water pollution), paragraph 2. */
export const WATER_TASKS = [
  {
    id: 'water.daihai-governance',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '要持续加强岱海综合治理',
      en: 'Keep strengthening the comprehensive management of Daihai Lake.',
    },
    kind: 'ongoing',
    targets: SECTIONS,
    source: { paragraph: 2, quote: DAIHAI },
    inferences: [lakeSection('岱海', 'Daihai')],
  },
  {
    id: 'water.daihai-plan-projects',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '推动《“十四五”时期岱海流域保护治理实施方案》规划项目落地实施',
      en: 'Get the projects of the Implementation Plan for the Protection and Management of the Daihai Basin in the 14th Five-Year Plan Period carried out on the ground.',
    },
    kind: 'ongoing',
    targets: SECTIONS,
    source: { paragraph: 2, quote: DAIHAI },
    inferences: [lakeSection('岱海', 'Daihai')],
  },
  {
    id: 'water.chagan-nur-discharges',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '强化察汗淖尔流域内废水排放企业监管监测，及时通报预警水质超标问题，确保水质达标排放',
      en: 'Tighten the supervision and monitoring of enterprises discharging wastewater in the Chagan Nur basin, report and warn of water-quality exceedances promptly, and make sure that discharges meet the standards.',
    },
    kind: 'ongoing',
    targets: WASTEWATER,
    source: {
      paragraph: 2,
      quote: '强化察汗淖尔流域内废水排放企业监管监测，及时通报预警水质超标问题，确保水质达标排放',
    },
  },
  {
    id: 'water.chagan-nur-mechanism',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '制定印发《察汗淖尔流域生态环境监测、执法协作机制》',
      en: 'Draw up and issue the Chagan Nur Basin mechanism for cooperation on ecological-environment monitoring and enforcement.',
    },
    kind: 'document',
    documents: [
      {
        zh: '《察汗淖尔流域生态环境监测、执法协作机制》',
        en: 'Chagan Nur Basin Mechanism for Cooperation on Ecological-Environment Monitoring and Enforcement',
      },
    ],
    targets: [],
    source: { paragraph: 2, quote: CHAGAN_NUR },
  },
  {
    id: 'water.chagan-nur-joint-enforcement',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '与河北省张家口市生态环境局联合开展环境执法，实现环境监测数据共享',
      en: 'Carry out joint environmental enforcement with the Ecology and Environment Bureau of Zhangjiakou City, Hebei Province, and share environmental monitoring data with it.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 2, quote: CHAGAN_NUR },
  },
  {
    id: 'water.yellow-river',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '深入推进黄河流域生态保护和高质量发展，配合自治区建设黄河流域水环境监测与预警体系',
      en: 'Push ahead in depth with ecological protection and high-quality development in the Yellow River basin, and help the autonomous region build the water-environment monitoring and early-warning system of the Yellow River basin.',
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 2,
      quote: '深入推进黄河流域生态保护和高质量发展，配合自治区建设黄河流域水环境监测与预警体系',
    },
  },
  {
    id: 'water.huangqi-hai-supervision',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '持续推进黄旗海周边涉水企业和察右前旗污水处理厂生态环境监管，统筹推动察右前旗项目工程建设',
      en: 'Keep up the environmental supervision of water-related enterprises around Huangqi Hai Lake and of the Chahar Right Front Banner wastewater treatment plant, and coordinate the construction of the Chahar Right Front Banner project works.',
    },
    kind: 'ongoing',
    targets: [...SECTIONS, ...WASTEWATER],
    source: { paragraph: 2, quote: HUANGQI_HAI },
    inferences: [lakeSection('黄旗海', 'Huangqi Hai')],
  },
  {
    id: 'water.huangqi-hai-remote-sensing',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '全面落实黄旗海周边“遥感”问题点位整改任务',
      en: 'Carry out in full the rectification of the problem sites around Huangqi Hai Lake found by remote sensing.',
    },
    kind: 'oneOff',
    targets: SECTIONS,
    source: { paragraph: 2, quote: HUANGQI_HAI },
    inferences: [lakeSection('黄旗海', 'Huangqi Hai')],
  },
  {
    id: 'water.target-early-warning',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '对国控断面、饮用水水源地、污染物总量减排开展超标预警、跟踪监测、问题研判、应急处置，确保各项约束性指标稳定达到国家和自治区考核要求',
      en: 'For the national assessment sections, the drinking-water sources and the emission-total reductions, give early warning of exceedances, follow them up with monitoring, analyse the problems and handle emergencies, so that every binding indicator stably meets the assessment requirements of the state and the autonomous region.',
    },
    kind: 'ongoing',
    targets: [
      ...SECTIONS,
      'water.drinking-water-prefecture',
      'water.drinking-water-county',
      'emissions.nox',
      'emissions.vocs',
      'emissions.cod',
      'emissions.nh3n',
    ],
    source: {
      paragraph: 2,
      quote:
        '对国控断面、饮用水水源地、污染物总量减排开展超标预警、跟踪监测、问题研判、应急处置，确保各项约束性指标稳定达到国家和自治区考核要求',
    },
  },
  {
    id: 'water.wastewater-plants',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '开展城镇生活污水处理厂水质达标监管，联合住建部门开展污水处理厂分类帮扶指导',
      en: 'Supervise urban domestic wastewater treatment plants for compliant effluent, and, with the housing and urban-rural development authorities, give the plants assistance and guidance by category.',
    },
    kind: 'ongoing',
    targets: WASTEWATER,
    source: {
      paragraph: 2,
      quote: '开展城镇生活污水处理厂水质达标监管，联合住建部门开展污水处理厂分类帮扶指导',
    },
  },
  {
    id: 'water.source-background',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '协调开展饮用水水源地本底判定',
      en: 'Coordinate the determination of the background values of the drinking-water sources.',
    },
    kind: 'oneOff',
    targets: ['water.drinking-water-prefecture', 'water.drinking-water-county'],
    source: { paragraph: 2, quote: SOURCES },
  },
  {
    id: 'water.source-protection-zones',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '补齐饮用水水源地保护区规范化建设短板',
      en: 'Close the gaps in the standardised construction of drinking-water source protection zones.',
    },
    kind: 'ongoing',
    targets: ['water.drinking-water-prefecture', 'water.drinking-water-county'],
    source: { paragraph: 2, quote: SOURCES },
  },
  {
    id: 'water.outfall-remediation',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '按照“拆除一批、合并一批、规范一批”的要求，有序推进现有入河排污口分类整治',
      en: 'Following the requirement to "remove some, merge some and regularise some", remediate the existing outfalls into rivers category by category, in an orderly way.',
    },
    kind: 'ongoing',
    targets: SECTIONS,
    source: { paragraph: 2, quote: OUTFALLS },
  },
  {
    id: 'water.outfall-list',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '依法形成*市入河排污口清单，列入常态化监管',
      en: 'Compile, in accordance with the law, the list of outfalls into rivers of * City, and place them under routine supervision.',
    },
    kind: 'document',
    documents: [{ zh: '*市入河排污口清单', en: 'List of outfalls into rivers of * City' }],
    targets: SECTIONS,
    source: { paragraph: 2, quote: OUTFALLS },
  },
] satisfies Task[]
