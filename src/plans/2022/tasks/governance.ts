import type { Task } from '../../../schemas/task.js'

const REFORM =
  '深化生态环境机构监测监察执法垂直管理制度改革，积极推进企业环境信息依法披露系统建设和企业信用评价体系建设'
const LAW =
  '继续推动生态环境重点领域立法工作，强化法律法规学习解读，严格规范执法程序，扎实做好行政复议及应诉各项工作'
const ENFORCEMENT =
  '持续加大环境执法监管力度，加大行政执法规范化建设，严厉打击环境污染犯罪行为，持续推进执法信息公示、执法全过程留痕、重大执法决定法制审核全覆盖'
const MONITORING =
  '加快完善生态环境监测体系，加快推进旗县监测能力建设，建立健全智慧环保建设和监测监控可视化平台，积极构建政府主导、多元参与的大监测格局'
const PUBLICITY =
  '落实生态环境新闻发布制度，围绕中心工作，加大宣传教育，扎实做好政策宣传解读、正面宣传引导和反面曝光警示教育'

/** Tasks of 加快构建现代环境治理体系 (modern environmental governance), paragraph 4. */
export const GOVERNANCE_TASKS = [
  {
    id: 'reform.vertical-management',
    pillar: 'governance',
    domain: 'reform',
    text: {
      zh: '深化生态环境机构监测监察执法垂直管理制度改革',
      en: 'Deepen the reform that places the environmental monitoring, inspection and enforcement agencies under vertical management.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: REFORM },
  },
  {
    id: 'reform.disclosure-and-credit',
    pillar: 'governance',
    domain: 'reform',
    text: {
      zh: '积极推进企业环境信息依法披露系统建设和企业信用评价体系建设',
      en: "Actively push ahead with building the system for enterprises' disclosure of environmental information in accordance with the law and the system for evaluating enterprises' credit.",
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: REFORM },
  },
  {
    id: 'law.legislation',
    pillar: 'governance',
    domain: 'law',
    text: {
      zh: '继续推动生态环境重点领域立法工作',
      en: 'Continue promoting legislation in key fields of the ecological environment.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: LAW },
  },
  {
    id: 'law.study-and-procedure',
    pillar: 'governance',
    domain: 'law',
    text: {
      zh: '强化法律法规学习解读，严格规范执法程序',
      en: 'Strengthen the study and explanation of laws and regulations, and keep enforcement procedures strictly to the rules.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: LAW },
  },
  {
    id: 'law.reconsideration-and-litigation',
    pillar: 'governance',
    domain: 'law',
    text: {
      zh: '扎实做好行政复议及应诉各项工作',
      en: 'Handle thoroughly all the work of administrative reconsideration and of responding to lawsuits.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: LAW },
  },
  {
    id: 'enforcement.supervision',
    pillar: 'governance',
    domain: 'enforcement',
    text: {
      zh: '持续加大环境执法监管力度，加大行政执法规范化建设',
      en: 'Keep intensifying environmental enforcement and supervision, and do more to standardise administrative enforcement.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: ENFORCEMENT },
  },
  {
    id: 'enforcement.pollution-crime',
    pillar: 'governance',
    domain: 'enforcement',
    text: {
      zh: '严厉打击环境污染犯罪行为',
      en: 'Crack down hard on environmental pollution crimes.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: ENFORCEMENT },
  },
  {
    id: 'enforcement.three-systems',
    pillar: 'governance',
    domain: 'enforcement',
    text: {
      zh: '持续推进执法信息公示、执法全过程留痕、重大执法决定法制审核全覆盖',
      en: 'Keep extending to full coverage the public disclosure of enforcement information, the recording of the whole enforcement process, and the legal review of major enforcement decisions.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: ENFORCEMENT },
  },
  {
    id: 'monitoring.monitoring-system',
    pillar: 'governance',
    domain: 'monitoring',
    text: {
      zh: '加快完善生态环境监测体系，加快推进旗县监测能力建设',
      en: 'Speed up improving the ecological-environment monitoring system and building monitoring capacity in the banners and counties.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: MONITORING },
  },
  {
    id: 'monitoring.smart-platform',
    pillar: 'governance',
    domain: 'monitoring',
    text: {
      zh: '建立健全智慧环保建设和监测监控可视化平台',
      en: 'Establish and improve smart environmental protection and a visual platform for monitoring and surveillance.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: MONITORING },
  },
  {
    id: 'monitoring.broad-participation',
    pillar: 'governance',
    domain: 'monitoring',
    text: {
      zh: '积极构建政府主导、多元参与的大监测格局',
      en: 'Actively build a broad monitoring framework led by the government with many parties taking part.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: MONITORING },
  },
  {
    id: 'communication.press-releases',
    pillar: 'governance',
    domain: 'communication',
    text: {
      zh: '落实生态环境新闻发布制度',
      en: 'Carry out the ecological-environment press release system.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: PUBLICITY },
  },
  {
    id: 'communication.publicity',
    pillar: 'governance',
    domain: 'communication',
    text: {
      zh: '围绕中心工作，加大宣传教育，扎实做好政策宣传解读、正面宣传引导和反面曝光警示教育',
      en: 'Focusing on the core work, step up publicity and education: explain policies, promote good practice, and expose bad cases as a warning.',
    },
    kind: 'ongoing',
    targets: [],
    source: { paragraph: 4, quote: PUBLICITY },
  },
  {
    id: 'communication.public-participation',
    pillar: 'governance',
    domain: 'communication',
    text: {
      zh: '完善新闻宣传、社会宣传、网络宣传、公众参与相关工作机制，推动构建大环保格局，不断增强人民群众对优美生态环境的获得感、幸福感和安全感',
      en: "Improve the working arrangements for news, community and online publicity and for public participation, build a society-wide framework for environmental protection, and keep increasing people's sense of gain, happiness and security from a beautiful environment.",
    },
    kind: 'ongoing',
    targets: [],
    source: {
      paragraph: 4,
      quote:
        '完善新闻宣传、社会宣传、网络宣传、公众参与相关工作机制，推动构建大环保格局，不断增强人民群众对优美生态环境的获得感、幸福感和安全感',
    },
  },
] satisfies Task[]
