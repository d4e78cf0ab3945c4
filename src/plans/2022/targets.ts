import type { Target } from '../../schemas/target.js'

const period = { start: '2022-01-01', end: '2022-12-31' }

const centralCity = { id: 'central-city', zh: '中心城区', en: 'Central city' }
const city = { id: 'city', zh: '全市', en: 'Whole city' }
const nationalSections = {
  id: 'national-sections',
  zh: '地表水国控断面',
  en: 'National surface-water assessment sections',
}

const AIR_QUOTE =
  '中心城区空气质量优良天数比例达到91.6%，细颗粒物（PM2.5）年均浓度达到达到23微克/立方米，重污染天数比率0%'
const WATER_QUOTE = '地表水国控断面水质达到或优于三类以上水体比例66.7％、劣五类水体比例16.7％'
const DRINKING_QUOTE = '地级（中心城区）、县级（*市）城市集中式饮用水水源水质Ⅲ类比例达到100%'
const EMISSION_QUOTE =
  '氮氧化物、挥发性有机物、化学需氧量、氨氮排放总量持续减少，达到自治区下达减排目标'

const emissionNote = {
  zh: '"持续减少"按当年排放总量低于基准年判断；减排目标由自治区下达，作为观测数据输入（百分比或重点工程减排量）。',
  en: '"Keep falling" is judged as this year\'s total below the base year; the reduction is assigned by the autonomous region and supplied as an observation (a percentage or tonnes of key-project reductions).',
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
  }
}

/**
 * The 13 quantified targets (具体指标) of the 2022 plan, as the source states them.
 *
 * @category Plan
 * @example
 * ```ts
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.good-days-ratio')
 * t?.comparator //=> 'atLeast'
 * t?.value      //=> 91.6
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
    source: { paragraph: 0, quote: AIR_QUOTE },
  },
  {
    id: 'air.pm25-annual-mean',
    pillar: 'pollution',
    domain: 'air',
    title: { zh: '细颗粒物（PM2.5）年均浓度', en: 'PM2.5 annual mean concentration' },
    metric: 'pm25Mean',
    comparator: 'atMost',
    value: 23,
    unit: 'µg/m³',
    precision: 0,
    scope: centralCity,
    period,
    ruleSet: 'cn-air-2012',
    note: {
      zh: '原文写作"达到达到23微克/立方米"；范围按同句的"中心城区"理解。',
      en: 'The source repeats "达到" (reach); the scope is read from "central city" earlier in the same sentence.',
    },
    source: { paragraph: 0, quote: AIR_QUOTE },
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
    source: { paragraph: 0, quote: AIR_QUOTE },
  },
  {
    id: 'water.national-sections-class-i-iii',
    pillar: 'pollution',
    domain: 'water',
    title: {
      zh: '地表水国控断面水质达到或优于三类以上水体比例',
      en: 'National sections of class III or better',
    },
    metric: 'sectionsClassIToIIIRatio',
    comparator: 'atLeast',
    value: 66.7,
    unit: '%',
    precision: 1,
    scope: nationalSections,
    period,
    ruleSet: 'cn-surface-water-2011',
    source: { paragraph: 0, quote: WATER_QUOTE },
  },
  {
    id: 'water.national-sections-worse-than-v',
    pillar: 'pollution',
    domain: 'water',
    title: { zh: '劣五类水体比例', en: 'National sections worse than class V' },
    metric: 'sectionsWorseThanVRatio',
    comparator: 'atMost',
    value: 16.7,
    unit: '%',
    precision: 1,
    scope: nationalSections,
    period,
    ruleSet: 'cn-surface-water-2011',
    source: { paragraph: 0, quote: WATER_QUOTE },
  },
  {
    id: 'water.drinking-water-prefecture',
    pillar: 'pollution',
    domain: 'water',
    title: {
      zh: '城市集中式饮用水水源水质Ⅲ类比例',
      en: 'Prefecture-level drinking-water sources of class III',
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
  },
  {
    id: 'water.drinking-water-county',
    pillar: 'pollution',
    domain: 'water',
    title: {
      zh: '城市集中式饮用水水源水质Ⅲ类比例',
      en: 'County-level drinking-water sources of class III',
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
  },
  emission('NOx', 'nox', '氮氧化物', 'NOx'),
  emission('VOCs', 'vocs', '挥发性有机物', 'VOCs'),
  emission('COD', 'cod', '化学需氧量', 'COD'),
  emission('NH3N', 'nh3n', '氨氮', 'NH3-N'),
  {
    id: 'soil.farmland-safe-use',
    pillar: 'pollution',
    domain: 'soil',
    title: { zh: '受污染耕地安全利用率', en: 'Safe use of contaminated farmland' },
    metric: 'farmlandSafeUseRatio',
    comparator: 'atLeast',
    value: 98,
    unit: '%',
    precision: 1,
    scope: city,
    period,
    ruleSet: 'cn-farmland-safe-use',
    source: { paragraph: 0, quote: '受污染耕地安全利用率达到98%以上' },
  },
  {
    id: 'soil.contaminated-land-safe-use',
    pillar: 'pollution',
    domain: 'soil',
    title: { zh: '污染地块安全利用率', en: 'Safe use of contaminated land plots' },
    metric: 'contaminatedLandSafeUseRatio',
    comparator: 'atLeast',
    value: 90,
    unit: '%',
    precision: 1,
    scope: city,
    period,
    ruleSet: 'cn-contaminated-land-safe-use',
    source: { paragraph: 0, quote: '污染地块安全利用率继续保持90%' },
  },
] satisfies Target[]
