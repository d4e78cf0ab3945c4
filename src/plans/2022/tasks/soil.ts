import type { Task } from '../../../schemas/task.js'

const RURAL_PLANS = '指导完善《县域农村生活污水治理专项规划》，建立健全农村生污水治理管理制度'

/**
 * Tasks under 土壤污染防治方面 (soil pollution), paragraph 2. The section also holds the
 * rural-sewage and groundwater work, which get their own domains.
 */
export const SOIL_TASKS = [
  {
    id: 'soil.heavy-metal-screening',
    pillar: 'pollution',
    domain: 'soil',
    text: {
      zh: '要全面推进涉重金属排查专项整治，系统排查本地区在产及关闭的涉镉等重金属排放企业',
      en: 'Push forward across the board the special campaign of screening and remediation for heavy metals, and systematically screen the operating and closed enterprises in the area that discharge cadmium and other heavy metals.',
    },
    kind: 'oneOff',
    targets: ['soil.farmland-safe-use'],
    source: {
      paragraph: 2,
      quote: '要全面推进涉重金属排查专项整治，系统排查本地区在产及关闭的涉镉等重金属排放企业',
    },
  },
  {
    id: 'soil.priority-plots',
    pillar: 'pollution',
    domain: 'soil',
    text: {
      zh: '督导旗县属地政府全面完成2022年46家优先管控和疑似污染地块详查和风险管控任务',
      en: 'Supervise and guide the local banner and county governments to complete in full, in 2022, the detailed surveys and risk control of 46 priority-control and suspected contaminated plots.',
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 46,
      unit: { zh: '个', en: 'plots' },
      subject: {
        zh: '优先管控和疑似污染地块详查和风险管控',
        en: 'detailed survey and risk control of priority-control and suspected contaminated plots',
      },
    },
    targets: ['soil.contaminated-land-safe-use'],
    source: {
      paragraph: 2,
      quote: '督导旗县属地政府全面完成2022年46家优先管控和疑似污染地块详查和风险管控任务',
    },
  },
  {
    id: 'soil.key-enterprise-register',
    pillar: 'pollution',
    domain: 'soil',
    text: {
      zh: '坚持“动态管理、逐步排查”原则，逐步完善重点监管企业名录，形成常态化管理模式',
      en: 'Following the principle of "dynamic management, step-by-step screening", progressively complete the register of key supervised enterprises, and make its management routine.',
    },
    kind: 'document',
    documents: [{ zh: '重点监管企业名录', en: 'Register of key supervised enterprises' }],
    targets: [],
    source: {
      paragraph: 2,
      quote: '坚持“动态管理、逐步排查”原则，逐步完善重点监管企业名录，形成常态化管理模式',
    },
  },
  {
    id: 'rural.county-sewage-plans',
    pillar: 'pollution',
    domain: 'rural',
    text: {
      zh: '指导完善《县域农村生活污水治理专项规划》',
      en: 'Guide the counties in improving their special plans for rural domestic sewage treatment.',
    },
    kind: 'document',
    documents: [
      {
        zh: '《县域农村生活污水治理专项规划》',
        en: 'County Special Plan for Rural Domestic Sewage Treatment',
      },
    ],
    targets: [],
    source: { paragraph: 2, quote: RURAL_PLANS },
  },
  {
    id: 'rural.sewage-management-rules',
    pillar: 'pollution',
    domain: 'rural',
    text: {
      zh: '建立健全农村生污水治理管理制度',
      en: 'Establish and improve the management rules for rural domestic sewage treatment.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 2, quote: RURAL_PLANS },
  },
  {
    id: 'rural.non-point-survey',
    pillar: 'pollution',
    domain: 'rural',
    text: {
      zh: '对农村黑臭水体、地膜二次污染等农村面源污染工作进行全面排查',
      en: 'Survey rural non-point pollution comprehensively, including black and malodorous water bodies and secondary pollution from plastic mulch film.',
    },
    kind: 'oneOff',
    targets: [],
    source: {
      paragraph: 2,
      quote: '对农村黑臭水体、地膜二次污染等农村面源污染工作进行全面排查',
    },
  },
  {
    id: 'rural.village-sewage',
    pillar: 'pollution',
    domain: 'rural',
    text: {
      zh: '分类施策、梯次推进农村生活污水治理，完成全市45个行政村生活污水治理任务',
      en: 'Advance rural domestic sewage treatment by category and step by step, and complete the sewage treatment of 45 administrative villages across the city.',
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 45,
      unit: { zh: '个', en: 'administrative villages' },
      subject: {
        zh: '行政村生活污水治理',
        en: 'domestic sewage treatment in administrative villages',
      },
    },
    targets: ['emissions.cod', 'emissions.nh3n'],
    source: {
      paragraph: 2,
      quote: '分类施策、梯次推进农村生活污水治理，完成全市45个行政村生活污水治理任务',
    },
  },
  {
    id: 'groundwater.environmental-surveys',
    pillar: 'pollution',
    domain: 'groundwater',
    text: {
      zh: '完成*市地下水“双源”环境调查评估和*市国控点（察汗淖尔）周边地下水基础环境调查评估工作',
      en: 'Complete the "dual-source" groundwater survey and assessment of * City (groundwater drinking-water sources and groundwater pollution sources), and the baseline groundwater survey and assessment around the national monitoring point of * City (Chagan Nur).',
    },
    kind: 'oneOff',
    targets: [],
    source: {
      paragraph: 2,
      quote: '完成*市地下水“双源”环境调查评估和*市国控点（察汗淖尔）周边地下水基础环境调查评估工作',
    },
  },
  {
    id: 'groundwater.industrial-parks',
    pillar: 'pollution',
    domain: 'groundwater',
    text: {
      zh: '配合开展全市化工园区及重点工业园区地下水环境状况调查评估，建立重点污染源清单',
      en: "Take part in surveying and assessing groundwater conditions in the city's chemical parks and key industrial parks, and compile a list of key pollution sources.",
    },
    kind: 'document',
    documents: [{ zh: '重点污染源清单', en: 'List of key pollution sources' }],
    targets: [],
    source: {
      paragraph: 2,
      quote: '配合开展全市化工园区及重点工业园区地下水环境状况调查评估，建立重点污染源清单',
    },
  },
  {
    id: 'groundwater.monitoring-points',
    pillar: 'pollution',
    domain: 'groundwater',
    text: {
      zh: '对全市8个地下水监测点周边开展污染隐患排查和治理',
      en: "Find and remedy pollution hazards around the city's 8 groundwater monitoring points.",
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 8,
      unit: { zh: '个', en: 'monitoring points' },
      subject: {
        zh: '地下水监测点周边开展污染隐患排查和治理',
        en: 'finding and remedying pollution hazards around groundwater monitoring points',
      },
    },
    targets: [],
    source: { paragraph: 2, quote: '对全市8个地下水监测点周边开展污染隐患排查和治理' },
  },
] satisfies Task[]
