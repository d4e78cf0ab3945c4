import type { Task } from '../../../schemas/task.js'

const TWO_HIGHS =
  '严把“两高”项目环境准入关，继续落实技改升级、延链补强、淘汰退出“三个一批”要求，推动实施五化改造，坚决遏制“两高”项目盲目发展'
const GREEN = '推动减污降碳协同治理，推动环保产业和重点行业重点领域绿色发展'
const STREAMLINING =
  '继续推动环评“放管服”改革政策落地，深入实施监督执法正面清单制度和生态环境轻微违法行为不予处罚事项清单，持续助力优化营商环境'

/** Tasks of 积极助力经济高质量发展 (support high-quality economic development), paragraph 1. */
export const GROWTH_TASKS = [
  {
    id: 'economy.stable-growth',
    pillar: 'growth',
    domain: 'business-environment',
    text: {
      zh: '多措并举助力经济平稳运行，主动服务“六稳”“六保”',
      en: 'Help the economy run steadily with a range of measures, and actively serve the "six stabilities" and "six guarantees".',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: '多措并举助力经济平稳运行，主动服务“六稳”“六保”' },
  },
  {
    id: 'permitting.two-highs-admission',
    pillar: 'growth',
    domain: 'permitting',
    text: {
      zh: '严把“两高”项目环境准入关',
      en: 'Strictly control the environmental admission of energy-intensive, high-emission ("two-high") projects.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: TWO_HIGHS },
  },
  {
    id: 'economy.three-batches',
    pillar: 'growth',
    domain: 'business-environment',
    text: {
      zh: '继续落实技改升级、延链补强、淘汰退出“三个一批”要求',
      en: 'Continue to apply the "three batches" requirement: upgrade one batch through technical renovation, strengthen one batch by extending its industrial chain, and phase one batch out.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: TWO_HIGHS },
  },
  {
    id: 'economy.curb-two-highs',
    pillar: 'growth',
    domain: 'business-environment',
    text: {
      zh: '推动实施五化改造，坚决遏制“两高”项目盲目发展',
      en: 'Promote the "five transformations" (五化) renovation, and resolutely curb the blind development of "two-high" projects.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: TWO_HIGHS },
  },
  {
    id: 'permitting.major-project-eia',
    pillar: 'growth',
    domain: 'permitting',
    text: {
      zh: '在严守生态环境保护底线的基础上，继续做好重大项目环评审批服务',
      en: 'While holding firmly to the bottom line of environmental protection, keep providing environmental impact assessment (EIA) approval services for major projects.',
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 1,
      quote: '在严守生态环境保护底线的基础上，继续做好重大项目环评审批服务',
    },
  },
  {
    id: 'permitting.three-lines-one-list',
    pillar: 'growth',
    domain: 'permitting',
    text: {
      zh: '深化“三线一单”生态环境分区管控落地应用',
      en: 'Deepen the practical use of "three lines, one list" environmental zoning control (ecological protection red line, environmental quality bottom line, resource-use ceiling, and the environmental access list).',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: '深化“三线一单”生态环境分区管控落地应用' },
  },
  {
    id: 'climate.pollution-carbon-synergy',
    pillar: 'growth',
    domain: 'climate',
    text: {
      zh: '推动减污降碳协同治理',
      en: 'Promote the coordinated control of pollution and carbon emissions.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: GREEN },
  },
  {
    id: 'economy.green-industry',
    pillar: 'growth',
    domain: 'business-environment',
    text: {
      zh: '推动环保产业和重点行业重点领域绿色发展',
      en: 'Promote the environmental protection industry and the green development of key industries and key fields.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: GREEN },
  },
  {
    id: 'permitting.eia-streamlining',
    pillar: 'growth',
    domain: 'permitting',
    text: {
      zh: '继续推动环评“放管服”改革政策落地',
      en: 'Continue putting into practice the EIA policies of the reform to streamline administration, combine delegation with regulation and improve services ("放管服").',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: STREAMLINING },
  },
  {
    id: 'economy.enforcement-lists',
    pillar: 'growth',
    domain: 'business-environment',
    text: {
      zh: '深入实施监督执法正面清单制度和生态环境轻微违法行为不予处罚事项清单，持续助力优化营商环境',
      en: 'Fully apply the positive list for supervision and enforcement and the list of minor environmental violations exempt from penalties, and keep helping to improve the business environment.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: STREAMLINING },
  },
  {
    id: 'climate.carbon-allowances',
    pillar: 'growth',
    domain: 'climate',
    text: {
      zh: '配合碳交易主管部门开展13家重点排放单位碳排放配额核定及清缴履约工作',
      en: 'Assist the authority in charge of carbon trading in verifying the carbon emission allowances of 13 key emitting entities and in their surrender of allowances for compliance.',
    },
    kind: 'counted',
    objective: {
      kind: 'count',
      value: 13,
      unit: { zh: '家', en: 'key emitting entities' },
      subject: {
        zh: '重点排放单位碳排放配额核定及清缴履约',
        en: 'verification and surrender of carbon emission allowances by key emitting entities',
      },
      metric: 'allowanceComplianceRatio',
    },
    targets: [],
    source: {
      paragraph: 1,
      quote: '配合碳交易主管部门开展13家重点排放单位碳排放配额核定及清缴履约工作',
    },
  },
  {
    id: 'climate.carbon-peaking',
    pillar: 'growth',
    domain: 'climate',
    text: {
      zh: '科学制定我市碳达峰路径及达峰方案，研究制定重点地区、重点行业峰值目标、路线图、行动方案和配套措施',
      en: "Draw up, on a sound scientific basis, the city's carbon peaking pathway and peaking plan, and work out peak targets, roadmaps, action plans and supporting measures for key areas and key industries.",
    },
    kind: 'document',
    documents: [
      { zh: '碳达峰路径及达峰方案', en: "The city's carbon peaking pathway and peaking plan" },
      {
        zh: '重点地区、重点行业峰值目标、路线图、行动方案和配套措施',
        en: 'Peak targets, roadmaps, action plans and supporting measures for key areas and key industries',
      },
    ],
    targets: [],
    source: {
      paragraph: 1,
      quote:
        '科学制定我市碳达峰路径及达峰方案，研究制定重点地区、重点行业峰值目标、路线图、行动方案和配套措施',
    },
  },
  {
    id: 'climate.low-carbon-pilots',
    pillar: 'growth',
    domain: 'climate',
    text: {
      zh: '积极申报低碳试点示范城镇、社区、园区和低碳发展项目',
      en: 'Actively apply for low-carbon pilot and demonstration towns, communities and industrial parks, and for low-carbon development projects.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 1, quote: '积极申报低碳试点示范城镇、社区、园区和低碳发展项目' },
  },
] satisfies Task[]
