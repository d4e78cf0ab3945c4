import type { Task } from '../../../schemas/task.js'

const INDUSTRY =
  '深化重点行业工业企业污染治理，继续实施工业炉窑综合治理，推进重点挥发性有机物综合整治'

/** Tasks under 大气污染防治方面 (air pollution), paragraph 2. */
export const AIR_TASKS = [
  {
    id: 'air.winter-games',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '要做好2022年北京冬奥会和冬残奥会空气质量保障工作',
      en: 'Safeguard air quality during the Beijing 2022 Winter Olympics and Winter Paralympics.',
    },
    kind: 'oneOff',
    windows: [
      {
        label: { zh: '2022年北京冬奥会', en: 'Beijing 2022 Winter Olympics' },
        start: '2022-02-04',
        end: '2022-02-20',
      },
      {
        label: { zh: '2022年北京冬残奥会', en: 'Beijing 2022 Winter Paralympics' },
        start: '2022-03-04',
        end: '2022-03-13',
      },
    ],
    due: '2022-03-13',
    targets: ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio'],
    source: { paragraph: 2, quote: '要做好2022年北京冬奥会和冬残奥会空气质量保障工作' },
    inferences: [
      {
        field: 'windows',
        note: {
          zh: '原文只写"2022年北京冬奥会和冬残奥会"，未写日期；日期取自赛事日程：冬奥会2月4日至20日，冬残奥会3月4日至13日。',
          en: 'The source names the Beijing 2022 Winter Olympics and Paralympics without dates; the dates are those of the Games: 4–20 February and 4–13 March.',
        },
      },
      {
        field: 'due',
        note: {
          zh: '原文未写期限；保障工作随冬残奥会闭幕结束，期限取2022年3月13日。',
          en: 'The source gives no due date; the safeguarding ends with the Paralympics, so the task is due on 13 March 2022.',
        },
      },
    ],
  },
  {
    id: 'air.loose-coal',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '以中心城区为重点，持续推进原煤散烧污染整治',
      en: 'Keep cleaning up pollution from the scattered burning of raw coal, with the central city as the focus.',
    },
    kind: 'ongoing',
    targets: ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio'],
    source: { paragraph: 2, quote: '以中心城区为重点，持续推进原煤散烧污染整治' },
  },
  {
    id: 'air.coal-boilers',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '继续推进各地燃煤锅炉治理',
      en: 'Continue cleaning up coal-fired boilers in every locality.',
    },
    kind: 'ongoing',
    targets: [
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'emissions.nox',
    ],
    source: { paragraph: 2, quote: '继续推进各地燃煤锅炉治理' },
  },
  {
    id: 'air.industrial-kilns',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '深化重点行业工业企业污染治理，继续实施工业炉窑综合治理',
      en: 'Deepen pollution control at industrial enterprises in key industries, and continue the comprehensive control of industrial furnaces and kilns.',
    },
    kind: 'ongoing',
    targets: [
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'emissions.nox',
    ],
    source: { paragraph: 2, quote: INDUSTRY },
  },
  {
    id: 'air.vocs',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '推进重点挥发性有机物综合整治',
      en: 'Push ahead with the comprehensive control of key volatile organic compounds (VOCs).',
    },
    kind: 'ongoing',
    targets: [
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'emissions.vocs',
    ],
    source: { paragraph: 2, quote: INDUSTRY },
  },
  {
    id: 'air.fugitive-emissions',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '以火电、铁合金、电石、建材、热力生产及供应等行业为重点，继续强化工业企业无组织排放治理，加快推进电厂煤棚建设',
      en: 'Keep tightening control of fugitive emissions from industrial enterprises, focusing on thermal power, ferroalloys, calcium carbide, building materials and heat production and supply, and speed up the building of coal sheds at power plants.',
    },
    kind: 'ongoing',
    targets: ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio'],
    source: {
      paragraph: 2,
      quote:
        '以火电、铁合金、电石、建材、热力生产及供应等行业为重点，继续强化工业企业无组织排放治理，加快推进电厂煤棚建设',
    },
  },
  {
    id: 'air.urban-dust',
    pillar: 'pollution',
    domain: 'air',
    text: { zh: '强化城市扬尘污染管控', en: 'Tighten the control of urban dust pollution.' },
    kind: 'ongoing',
    targets: ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio'],
    source: { paragraph: 2, quote: '强化城市扬尘污染管控' },
  },
  {
    id: 'air.diesel-trucks',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '持续开展柴油货车专项整治，强化新车源头管控，开展柴油货车路检路查，推进重型柴油货车远程在线监控系统安装',
      en: 'Keep up the special campaign on diesel trucks: tighten the control of new vehicles at the source, carry out roadside and spot checks of diesel trucks, and get remote online monitoring systems installed on heavy-duty diesel trucks.',
    },
    kind: 'ongoing',
    targets: [
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'emissions.nox',
    ],
    source: {
      paragraph: 2,
      quote:
        '持续开展柴油货车专项整治，强化新车源头管控，开展柴油货车路检路查，推进重型柴油货车远程在线监控系统安装',
    },
  },
  {
    id: 'air.non-road-machinery',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '加强非道路移动机械管控，开展机动车环保检验机构管理',
      en: 'Strengthen the control of non-road mobile machinery, and manage the motor-vehicle environmental inspection bodies.',
    },
    kind: 'ongoing',
    targets: [
      'air.good-days-ratio',
      'air.pm25-annual-mean',
      'air.heavy-pollution-days-ratio',
      'emissions.nox',
    ],
    source: { paragraph: 2, quote: '加强非道路移动机械管控，开展机动车环保检验机构管理' },
  },
  {
    id: 'air.heavy-pollution-response',
    pillar: 'pollution',
    domain: 'air',
    text: {
      zh: '严格落实重污染应急预案，提高重污染天气应对能力',
      en: 'Strictly carry out the heavy-pollution emergency plan, and improve the capacity to respond to heavy-pollution weather.',
    },
    kind: 'ongoing',
    targets: ['air.good-days-ratio', 'air.pm25-annual-mean', 'air.heavy-pollution-days-ratio'],
    source: { paragraph: 2, quote: '严格落实重污染应急预案，提高重污染天气应对能力' },
  },
] satisfies Task[]
