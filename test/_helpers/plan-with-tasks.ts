import { type Plan, PlanSchema, type TaskInput } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'

const source = (quote: string, paragraph = 2) => ({ paragraph, quote })

/**
 * A handful of tasks of every kind, with quotes from the 2022 source, for tests that need a
 * plan with tasks whatever the bundled task list holds.
 */
export const FIXTURE_TASKS: TaskInput[] = [
  {
    id: 'climate.allowance-surrender',
    pillar: 'growth',
    domain: 'climate',
    text: {
      zh: '配合碳交易主管部门开展13家重点排放单位碳排放配额核定及清缴履约工作',
      en: 'Allowance determination and surrender of the 13 key emitting units',
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 13,
      unit: { zh: '家', en: 'units' },
      subject: { zh: '重点排放单位', en: 'key emitting units' },
    },
    targets: [],
    source: source('配合碳交易主管部门开展13家重点排放单位碳排放配额核定及清缴履约工作', 1),
  },
  {
    id: 'air.winter-olympics',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '要做好2022年北京冬奥会和冬残奥会空气质量保障工作',
      en: 'Air quality assurance for the 2022 Winter Olympics and Paralympics',
    },
    kind: 'oneOff',
    windows: [
      {
        label: { zh: '北京冬奥会和冬残奥会', en: 'Beijing Winter Olympics and Paralympics' },
        start: '2022-02-04',
        end: '2022-03-13',
      },
    ],
    targets: ['air.good-days-ratio'],
    source: source('要做好2022年北京冬奥会和冬残奥会空气质量保障工作'),
  },
  {
    id: 'air.coal-burning',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '以中心城区为重点，持续推进原煤散烧污染整治',
      en: 'Keep cleaning up loose coal burning',
    },
    kind: 'ongoing',
    targets: ['air.pm25-annual-mean'],
    source: source('以中心城区为重点，持续推进原煤散烧污染整治'),
  },
  {
    id: 'water.chagan-nur-mechanism',
    pillar: 'pollution',
    domain: 'water',
    text: {
      zh: '制定印发《察汗淖尔流域生态环境监测、执法协作机制》',
      en: 'Issue the Chagan Nur monitoring and enforcement cooperation mechanism',
    },
    kind: 'document',
    documents: [
      {
        zh: '《察汗淖尔流域生态环境监测、执法协作机制》',
        en: 'Chagan Nur monitoring and enforcement cooperation mechanism',
      },
    ],
    targets: [],
    source: source('制定印发《察汗淖尔流域生态环境监测、执法协作机制》'),
  },
  {
    id: 'soil.plot-surveys',
    pillar: 'pollution',
    domain: 'soil',
    text: {
      zh: '督导旗县属地政府全面完成2022年46家优先管控和疑似污染地块详查和风险管控任务',
      en: 'Detailed survey and risk control of 46 priority and suspected plots',
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 46,
      unit: { zh: '家', en: 'plots' },
      subject: { zh: '优先管控和疑似污染地块', en: 'priority and suspected plots' },
    },
    targets: ['soil.contaminated-land-safe-use'],
    source: source('督导旗县属地政府全面完成2022年46家优先管控和疑似污染地块详查和风险管控任务'),
  },
  {
    id: 'rural.village-sewage',
    pillar: 'pollution',
    domain: 'rural',
    text: {
      zh: '完成全市45个行政村生活污水治理任务',
      en: 'Sewage treatment in 45 administrative villages',
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 45,
      unit: { zh: '个', en: 'villages' },
      subject: { zh: '行政村生活污水治理', en: 'villages with sewage treatment' },
    },
    targets: [],
    source: source('完成全市45个行政村生活污水治理任务'),
  },
  {
    id: 'solid-waste.battery-collection',
    pillar: 'pollution',
    domain: 'solid-waste',
    text: {
      zh: '开展废铅蓄电池联合行动，实现废铅蓄电池规范化收集率达到50%',
      en: 'Waste lead-acid battery collection rate of 50%',
    },
    kind: 'counted',
    objective: {
      kind: 'rate',
      value: 50,
      unit: '%',
      metric: 'batteryCollectionRate',
      subject: { zh: '废铅蓄电池规范化收集率', en: 'battery collection rate' },
    },
    targets: [],
    source: source('开展废铅蓄电池联合行动，实现废铅蓄电池规范化收集率达到50%'),
  },
  {
    id: 'water.outfall-list',
    pillar: 'pollution',
    domain: 'water',
    text: { zh: '依法形成*市入河排污口清单', en: 'Draw up the list of river outfalls' },
    kind: 'oneOff',
    due: '2022-06-30',
    targets: [],
    source: source('依法形成*市入河排污口清单'),
  },
  {
    id: 'inspection.risk-screening',
    pillar: 'inspection',
    domain: 'risk',
    text: {
      zh: '紧盯高风险领域，加大环境风险隐患排查力度',
      en: 'Screen high-risk areas for hazards',
    },
    kind: 'oneOff',
    targets: [],
    source: source('紧盯高风险领域，加大环境风险隐患排查力度', 3),
  },
  {
    id: 'governance.monitoring-platform',
    pillar: 'governance',
    domain: 'monitoring',
    text: {
      zh: '建立健全智慧环保建设和监测监控可视化平台',
      en: 'Build the smart monitoring and visualisation platform',
    },
    kind: 'oneOff',
    targets: [],
    source: source('建立健全智慧环保建设和监测监控可视化平台', 4),
  },
  {
    id: 'governance.news-releases',
    pillar: 'governance',
    domain: 'communication',
    text: { zh: '落实生态环境新闻发布制度', en: 'Hold regular news releases' },
    kind: 'ongoing',
    targets: [],
    source: source('落实生态环境新闻发布制度', 4),
  },
]

/** The bundled plan with {@link FIXTURE_TASKS} as its tasks, validated. */
export const PLAN_WITH_TASKS: Plan = PlanSchema.parse({ ...plan2022, tasks: FIXTURE_TASKS })
