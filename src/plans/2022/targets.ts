import type { Target } from '../../schemas/target.js'

type Inference = NonNullable<Target['inferences']>[number]

const period = { start: '2022-01-01', end: '2022-12-31' }

const centralCity = { id: 'central-city', zh: '中心城区', en: 'Central city' }
const city = { id: 'city', zh: '全市', en: 'Whole city' }
const nationalSections = {
  id: 'national-sections',
  zh: '地表水国控断面',
  en: 'National surface-water assessment sections',
}

const DRINKING_QUOTE = '地级（中心城区）、县级（*市）城市集中式饮用水水源水质Ⅲ类比例达到100%'
const EMISSION_QUOTE =
  '氮氧化物、挥发性有机物、化学需氧量、氨氮排放总量持续减少，达到自治区下达减排目标'

// What the data read into the source rather than quote from it (推断), by field.

const PILLAR: Inference = {
  field: 'pillar',
  note: {
    zh: '原文在总体要求之后列出具体指标，未将其归入五大任务；各项指标均为污染防治的成效，故归入"深入打好污染防治攻坚战"。',
    en: 'The source lists the targets after the general requirements, under none of the five main tasks; each measures an outcome of pollution prevention and control, so it is filed under "Fight the battle against pollution in depth".',
  },
}

const CENTRAL_CITY_CARRIED: Inference = {
  field: 'scope',
  note: {
    zh: '本分句未写范围；按同句首个分句"中心城区空气质量优良天数比例达到91.6%"的"中心城区"理解。',
    en: 'This clause names no scope; "central city" is carried over from the first clause of the sentence, "中心城区空气质量优良天数比例达到91.6%".',
  },
}

const WHOLE_CITY: Inference = {
  field: 'scope',
  note: {
    zh: '原文未写范围；按本计划的辖区"全市"理解。',
    en: 'The source names no scope; it is read as the jurisdiction of the plan, the whole city.',
  },
}

const PUBLISHED_DECIMAL: Inference = {
  field: 'precision',
  note: {
    zh: '原文数值不带小数；百分比按公布口径保留一位小数，按GB/T 8170修约后再比较（项目决定6）。',
    en: 'The source writes the figure without decimals; percentages are published to one decimal and compared after GB/T 8170 rounding to it (project decision 6).',
  },
}

const EMISSION_INFERENCES: Inference[] = [
  PILLAR,
  {
    field: 'comparator',
    note: {
      zh: '"持续减少"按当年排放总量低于上一年判断（评价函数的默认做法，也可改为与基准年比较）；"达到自治区下达减排目标"按下达的减排比例或重点工程减排量判断。',
      en: '"Keep falling" is judged as this year\'s total below the previous year\'s (the default of evaluateEmissionTotal, which can compare with the base year instead); "reach the reduction targets set by the autonomous region" is judged against the assigned percentage or key-project tonnes.',
    },
  },
  {
    field: 'baseYear',
    note: {
      zh: '原文未写基准年；按"十四五"总量减排以2020年为基准（国发〔2021〕33号）取2020年。',
      en: 'The source names no base year; 2020 is taken because the 14th Five-Year Plan sets its emission-total reductions against 2020 (国发〔2021〕33号).',
    },
  },
  WHOLE_CITY,
]

const emissionNote = {
  zh: '减排目标由自治区下达，原文未给出数值，作为观测数据输入（百分比或重点工程减排量）。',
  en: 'The reduction is set by the autonomous region and the source gives no figure; it is supplied as an observation (a percentage or tonnes of key-project reductions).',
}

function emission(
  pollutant: 'NOx' | 'VOCs' | 'COD' | 'NH3N',
  id: string,
  zh: string,
  en: string,
): Target {
  return {
    id: `emissions.${id}`,
    pillar: 'pollution',
    domain: 'emissions',
    title: { zh: `${zh}排放总量`, en: `${en} emission total` },
    metric: 'emissionTotal',
    pollutant,
    comparator: 'reachReduction',
    value: null,
    unit: 't',
    precision: 1,
    baseYear: 2020,
    scope: city,
    period,
    ruleSet: 'cn-emission-reduction-14fyp',
    note: emissionNote,
    source: { paragraph: 0, quote: EMISSION_QUOTE },
    inferences: EMISSION_INFERENCES,
  }
}

/**
 * The 13 quantified targets (具体指标) of the 2022 plan, as the source states them; what the
 * data infer beyond the source's words is listed in each target's `inferences`.
 *
 * @category Plan
 * @example
 * ```ts
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.good-days-ratio')
 * t?.comparator //=> 'atLeast'
 * t?.value      //=> 91.6
 * TARGETS_2022.find((t) => t.id === 'emissions.nox')?.inferences?.map((i) => i.field)
 * //=> ['pillar', 'comparator', 'baseYear', 'scope']
 * ```
 */
export const TARGETS_2022 = [
  {
    id: 'air.good-days-ratio',
    pillar: 'pollution',
    domain: 'air',
    title: { zh: '中心城区空气质量优良天数比例', en: 'Good-air-days ratio, central city' },
    metric: 'goodDaysRatio',
    comparator: 'atLeast',
    value: 91.6,
    unit: '%',
    precision: 1,
    scope: centralCity,
    period,
    ruleSet: 'cn-air-2012',
    source: { paragraph: 0, quote: '中心城区空气质量优良天数比例达到91.6%' },
    inferences: [PILLAR],
  },
  {
    id: 'air.pm25-annual-mean',
    pillar: 'pollution',
    domain: 'air',
    title: {
      zh: '细颗粒物（PM2.5）年均浓度',
      en: 'Fine particulate matter (PM2.5) annual mean concentration',
    },
    metric: 'pm25Mean',
    comparator: 'atMost',
    value: 23,
    unit: 'µg/m³',
    precision: 0,
    scope: centralCity,
    period,
    ruleSet: 'cn-air-2012',
    note: {
      zh: '原文写作"达到达到23微克/立方米"。',
      en: 'The source repeats "达到" (reach): "达到达到23微克/立方米".',
    },
    source: { paragraph: 0, quote: '细颗粒物（PM2.5）年均浓度达到达到23微克/立方米' },
    inferences: [
      PILLAR,
      {
        field: 'comparator',
        note: {
          zh: '原文为"达到23微克/立方米"；浓度越低越好，"达到"按"不高于"理解。',
          en: 'The source says "reach 23 µg/m³"; a lower concentration is better, so "reach" is read as "not above".',
        },
      },
      CENTRAL_CITY_CARRIED,
    ],
  },
  {
    id: 'air.heavy-pollution-days-ratio',
    pillar: 'pollution',
    domain: 'air',
    title: { zh: '重污染天数比率', en: 'Heavy-pollution days ratio' },
    metric: 'heavyPollutionDaysRatio',
    comparator: 'atMost',
    value: 0,
    unit: '%',
    precision: 1,
    scope: centralCity,
    period,
    ruleSet: 'cn-air-2012',
    note: {
      zh: '重污染天指日AQI大于200（重度及以上污染）。',
      en: 'A heavy-pollution day is a day with AQI above 200 (heavy or severe pollution).',
    },
    source: { paragraph: 0, quote: '重污染天数比率0%' },
    inferences: [
      PILLAR,
      {
        field: 'comparator',
        note: {
          zh: '原文只写"0%"，未写比较词；按"不高于0%"理解。',
          en: 'The source gives "0%" with no comparison word; it is read as "not above 0%".',
        },
      },
      PUBLISHED_DECIMAL,
      CENTRAL_CITY_CARRIED,
    ],
  },
  {
    id: 'water.national-sections-class-i-iii',
    pillar: 'pollution',
    domain: 'water',
    title: {
      zh: '地表水国控断面水质达到或优于三类以上水体比例',
      en: 'Share of water bodies with water quality of class III or better at national surface-water sections',
    },
    metric: 'sectionsClassIToIIIRatio',
    comparator: 'atLeast',
    value: 66.7,
    unit: '%',
    precision: 1,
    scope: nationalSections,
    period,
    ruleSet: 'cn-surface-water-2011',
    source: { paragraph: 0, quote: '地表水国控断面水质达到或优于三类以上水体比例66.7％' },
    inferences: [
      PILLAR,
      {
        field: 'comparator',
        note: {
          zh: '原文只写"比例66.7％"，未写比较词；优于三类的比例越高越好，按"不低于66.7%"理解。',
          en: 'The source gives "share 66.7%" with no comparison word; a higher share of class III or better is better, so it is read as "not below 66.7%".',
        },
      },
    ],
  },
  {
    id: 'water.national-sections-worse-than-v',
    pillar: 'pollution',
    domain: 'water',
    title: { zh: '劣五类水体比例', en: 'Share of water bodies worse than class V' },
    metric: 'sectionsWorseThanVRatio',
    comparator: 'atMost',
    value: 16.7,
    unit: '%',
    precision: 1,
    scope: nationalSections,
    period,
    ruleSet: 'cn-surface-water-2011',
    source: { paragraph: 0, quote: '劣五类水体比例16.7％' },
    inferences: [
      PILLAR,
      {
        field: 'comparator',
        note: {
          zh: '原文只写"比例16.7％"，未写比较词；劣五类比例越低越好，按"不高于16.7%"理解。',
          en: 'The source gives "share 16.7%" with no comparison word; a lower share worse than class V is better, so it is read as "not above 16.7%".',
        },
      },
      {
        field: 'scope',
        note: {
          zh: '本分句未写范围；它以顿号接在"地表水国控断面水质达到或优于三类以上水体比例66.7％"之后，按同一组国控断面理解。',
          en: 'This clause names no scope; it follows "地表水国控断面水质达到或优于三类以上水体比例66.7％" after an enumeration comma, so it is read as the same national sections.',
        },
      },
    ],
  },
  {
    id: 'water.drinking-water-prefecture',
    pillar: 'pollution',
    domain: 'water',
    title: {
      zh: '地级（中心城区）城市集中式饮用水水源水质Ⅲ类比例',
      en: 'Share of prefecture-level (central city) urban centralised drinking-water sources with water quality of class III or better',
    },
    metric: 'drinkingWaterClassIIIRatio',
    comparator: 'atLeast',
    value: 100,
    unit: '%',
    precision: 1,
    scope: {
      id: 'prefecture-sources',
      zh: '地级（中心城区）',
      en: 'Prefecture-level (central city) sources',
    },
    period,
    ruleSet: 'cn-drinking-water-source',
    source: { paragraph: 0, quote: DRINKING_QUOTE },
    inferences: drinkingInferences(),
  },
  {
    id: 'water.drinking-water-county',
    pillar: 'pollution',
    domain: 'water',
    title: {
      zh: '县级（*市）城市集中式饮用水水源水质Ⅲ类比例',
      en: 'Share of county-level (* city) urban centralised drinking-water sources with water quality of class III or better',
    },
    metric: 'drinkingWaterClassIIIRatio',
    comparator: 'atLeast',
    value: 100,
    unit: '%',
    precision: 1,
    scope: { id: 'county-sources', zh: '县级（*市）', en: 'County-level (* city) sources' },
    period,
    ruleSet: 'cn-drinking-water-source',
    note: {
      zh: '"*市"为原文遮蔽的县级市名称。',
      en: '"* city" is a county-level city whose name the source masks.',
    },
    source: { paragraph: 0, quote: DRINKING_QUOTE },
    inferences: drinkingInferences(),
  },
  emission('NOx', 'nox', '氮氧化物', 'NOx'),
  emission('VOCs', 'vocs', '挥发性有机物', 'VOCs'),
  emission('COD', 'cod', '化学需氧量', 'COD'),
  emission('NH3N', 'nh3n', '氨氮', 'NH3-N'),
  {
    id: 'soil.farmland-safe-use',
    pillar: 'pollution',
    domain: 'soil',
    title: { zh: '受污染耕地安全利用率', en: 'Safe utilisation rate of contaminated farmland' },
    metric: 'farmlandSafeUseRatio',
    comparator: 'atLeast',
    value: 98,
    unit: '%',
    precision: 1,
    scope: city,
    period,
    ruleSet: 'cn-farmland-safe-use',
    source: { paragraph: 0, quote: '受污染耕地安全利用率达到98%以上' },
    inferences: [PILLAR, PUBLISHED_DECIMAL, WHOLE_CITY],
  },
  {
    id: 'soil.contaminated-land-safe-use',
    pillar: 'pollution',
    domain: 'soil',
    title: {
      zh: '污染地块安全利用率',
      en: 'Safe utilisation rate of contaminated land plots',
    },
    metric: 'contaminatedLandSafeUseRatio',
    comparator: 'atLeast',
    value: 90,
    unit: '%',
    precision: 1,
    scope: city,
    period,
    ruleSet: 'cn-contaminated-land-safe-use',
    source: { paragraph: 0, quote: '污染地块安全利用率继续保持90%' },
    inferences: [
      PILLAR,
      {
        field: 'comparator',
        note: {
          zh: '原文为"继续保持90%"；按"不低于90%"理解。',
          en: 'The source says "keep at 90%"; it is read as "not below 90%".',
        },
      },
      PUBLISHED_DECIMAL,
      WHOLE_CITY,
    ],
  },
] satisfies Target[]

/** The two drinking-water targets infer the same: pillar, "or better" and the decimal. */
function drinkingInferences(): Inference[] {
  return [
    PILLAR,
    {
      field: 'metric',
      note: {
        zh: '原文为"水质Ⅲ类比例"；Ⅰ、Ⅱ类水源同样达标，按"达到或优于Ⅲ类"的比例理解。',
        en: 'The source says "share of class III"; sources of class I or II meet the bar too, so it is read as the share of class III or better.',
      },
    },
    PUBLISHED_DECIMAL,
  ]
}
