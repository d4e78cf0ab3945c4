import { z } from 'zod'
import { type LocalizedText, LocalizedTextSchema } from './common.js'

/**
 * The subject areas targets and tasks belong to (大气, 水, 土壤, 固体废物, 生态, …).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DomainSchema, DOMAINS } from 'eco-targets'
 * DomainSchema.parse('air')   //=> 'air'
 * DOMAINS.air.zh              //=> '大气'
 * ```
 */
export const DomainSchema = z
  .enum([
    'air',
    'water',
    'soil',
    'groundwater',
    'rural',
    'solid-waste',
    'ecology',
    'pollution',
    'emissions',
    'climate',
    'permitting',
    'business-environment',
    'inspection',
    'risk',
    'enforcement',
    'law',
    'monitoring',
    'communication',
    'reform',
    'party-political',
    'party-ideology',
    'party-organization',
    'party-conduct',
    'party-discipline',
    'cadres',
  ])
  .describe('Subject area of a target or task')

/** @category Schemas */
export type Domain = z.output<typeof DomainSchema>

/**
 * Chinese and English names of every {@link Domain}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DOMAINS } from 'eco-targets'
 * DOMAINS['solid-waste'] //=> { zh: '固体废物', en: 'Solid waste' }
 * ```
 */
export const DOMAINS: Readonly<Record<Domain, LocalizedText>> = {
  air: { zh: '大气', en: 'Air' },
  water: { zh: '水', en: 'Water' },
  soil: { zh: '土壤', en: 'Soil' },
  groundwater: { zh: '地下水', en: 'Groundwater' },
  rural: { zh: '农村环境', en: 'Rural environment' },
  'solid-waste': { zh: '固体废物', en: 'Solid waste' },
  ecology: { zh: '生态保护和修复', en: 'Ecological protection and restoration' },
  pollution: { zh: '污染防治攻坚（综合）', en: 'Pollution prevention and control (cross-cutting)' },
  emissions: { zh: '污染物总量减排', en: 'Emission totals' },
  climate: { zh: '应对气候变化', en: 'Climate and carbon' },
  permitting: { zh: '环评与准入', en: 'Impact assessment and permitting' },
  'business-environment': { zh: '服务经济与营商环境', en: 'Economy and business environment' },
  inspection: { zh: '环保督察', en: 'Environmental inspection' },
  risk: { zh: '风险防范与应急', en: 'Risk prevention and emergencies' },
  enforcement: { zh: '执法监管', en: 'Enforcement' },
  law: { zh: '法治建设', en: 'Rule of law' },
  monitoring: { zh: '生态环境监测', en: 'Monitoring' },
  communication: { zh: '宣传教育', en: 'Communication and public participation' },
  reform: { zh: '体制改革', en: 'Institutional reform' },
  'party-political': { zh: '党的政治建设', en: 'Party political building' },
  'party-ideology': { zh: '党的思想建设', en: 'Party ideological building' },
  'party-organization': { zh: '党的组织建设', en: 'Party organisation building' },
  'party-conduct': { zh: '党的作风建设', en: 'Party conduct' },
  'party-discipline': { zh: '党的纪律建设', en: 'Party discipline' },
  cadres: { zh: '干部队伍建设', en: 'Cadre team building' },
}

/**
 * How an actual value is judged against a target value. Every evaluator compares through the
 * one table in `compare` so that domains differ only in how they aggregate.
 *
 * - `atLeast`: actual ≥ value (达到, 以上)
 * - `atMost`: actual ≤ value (不超过, 控制在)
 * - `equals`: actual = value
 * - `decrease`: the total falls below its base-year value (持续减少); `value`, when given, is the
 *   minimum reduction in percent
 * - `reachReduction`: the reduction assigned by a higher authority is reached (达到下达减排目标);
 *   the assigned amount is an observation, not part of the plan
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ComparatorSchema } from 'eco-targets'
 * ComparatorSchema.options //=> ['atLeast', 'atMost', 'equals', 'decrease', 'reachReduction']
 * ```
 */
export const ComparatorSchema = z
  .enum(['atLeast', 'atMost', 'equals', 'decrease', 'reachReduction'])
  .describe('How an actual value is compared with the target value')

/** @category Schemas */
export type Comparator = z.output<typeof ComparatorSchema>

/**
 * Units used by targets and observations.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { UnitSchema } from 'eco-targets'
 * UnitSchema.parse('µg/m³') //=> 'µg/m³'
 * ```
 */
export const UnitSchema = z
  .enum(['%', 'µg/m³', 'mg/m³', 'mg/L', 't', 'tCO2', 'days', 'count'])
  .describe('Unit of a value')

/** @category Schemas */
export type Unit = z.output<typeof UnitSchema>

/**
 * Emission pollutants with total-load targets (总量减排).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EmissionPollutantSchema } from 'eco-targets'
 * EmissionPollutantSchema.parse('NOx') //=> 'NOx'
 * ```
 */
export const EmissionPollutantSchema = z
  .enum(['NOx', 'VOCs', 'COD', 'NH3N'])
  .describe('Pollutant with an emission-total target: NOx, VOCs, COD or NH3-N')

/** @category Schemas */
export type EmissionPollutant = z.output<typeof EmissionPollutantSchema>

/**
 * Chinese and English names of the emission pollutants.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EMISSION_POLLUTANTS } from 'eco-targets'
 * EMISSION_POLLUTANTS.VOCs.zh //=> '挥发性有机物'
 * ```
 */
export const EMISSION_POLLUTANTS: Readonly<Record<EmissionPollutant, LocalizedText>> = {
  NOx: { zh: '氮氧化物', en: 'Nitrogen oxides (NOx)' },
  VOCs: { zh: '挥发性有机物', en: 'Volatile organic compounds (VOCs)' },
  COD: { zh: '化学需氧量', en: 'Chemical oxygen demand (COD)' },
  NH3N: { zh: '氨氮', en: 'Ammonia nitrogen (NH3-N)' },
}

/**
 * The rule sets that define how a metric is computed. Versions are pinned: a new edition of a
 * standard is a new rule set, never an edit of an old one.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RuleSetIdSchema, RULE_SETS } from 'eco-targets'
 * RuleSetIdSchema.parse('cn-air-2012')   //=> 'cn-air-2012'
 * RULE_SETS['cn-air-2012'].documents[0]  //=> 'HJ 633-2012'
 * ```
 */
export const RuleSetIdSchema = z
  .enum([
    'cn-air-2012',
    'cn-air-2026',
    'cn-surface-water-2011',
    'cn-drinking-water-source',
    'cn-emission-reduction-14fyp',
    'cn-farmland-safe-use',
    'cn-contaminated-land-safe-use',
    'cn-lead-acid-battery-collection',
    'cn-carbon-allowance-compliance',
  ])
  .describe('Identifier of the rule set that defines how a metric is computed')

/** @category Schemas */
export type RuleSetId = z.output<typeof RuleSetIdSchema>

/**
 * A rule set: a name and the documents it rests on.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RuleSetSchema, RULE_SETS } from 'eco-targets'
 * RuleSetSchema.parse(RULE_SETS['cn-air-2026']).documents[0] //=> 'HJ 633-2026'
 * ```
 */
export const RuleSetSchema = z
  .object({
    name: LocalizedTextSchema,
    documents: z.array(z.string().min(1)).min(1).describe('The documents the rule set rests on'),
  })
  .strict()
  .describe('A rule set and the documents it rests on')

/** @category Schemas */
export type RuleSet = z.output<typeof RuleSetSchema>

/**
 * What each rule set is, and the documents it rests on.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RULE_SETS } from 'eco-targets'
 * RULE_SETS['cn-surface-water-2011'].documents
 * //=> ['GB 3838-2002', '环办〔2011〕22号', '环办监测函〔2020〕714号']
 * ```
 */
export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  'cn-air-2012': {
    name: { zh: '环境空气质量评价（2012版标准）', en: 'Ambient air quality, 2012 standards' },
    documents: ['HJ 633-2012', 'GB 3095-2012', 'HJ 663-2013', 'GB/T 8170-2008'],
  },
  'cn-air-2026': {
    name: { zh: '环境空气质量评价（2026版标准）', en: 'Ambient air quality, 2026 standards' },
    documents: ['HJ 633-2026', 'GB 3095-2026', 'HJ 663-2026', 'GB/T 8170-2008'],
  },
  'cn-surface-water-2011': {
    name: { zh: '地表水环境质量评价', en: 'Surface-water quality assessment' },
    documents: ['GB 3838-2002', '环办〔2011〕22号', '环办监测函〔2020〕714号'],
  },
  'cn-drinking-water-source': {
    name: { zh: '集中式饮用水水源水质评价', en: 'Centralised drinking-water sources' },
    documents: ['GB 3838-2002', 'GB/T 14848-2017', '环办〔2011〕22号'],
  },
  'cn-emission-reduction-14fyp': {
    name: { zh: '“十四五”主要污染物总量减排', en: 'Emission-total reduction, 14th Five-Year Plan' },
    documents: ['国发〔2021〕33号'],
  },
  'cn-farmland-safe-use': {
    name: { zh: '受污染耕地安全利用率核算', en: 'Safe use of contaminated farmland' },
    documents: ['受污染耕地安全利用率核算方法（试行）'],
  },
  'cn-contaminated-land-safe-use': {
    name: { zh: '污染地块安全利用率核算', en: 'Safe use of contaminated land plots' },
    documents: ['土壤污染防治行动计划（国发〔2016〕31号）'],
  },
  'cn-lead-acid-battery-collection': {
    name: { zh: '废铅蓄电池规范收集率', en: 'Waste lead-acid battery collection rate' },
    documents: ['废铅蓄电池污染防治行动方案（环办固体〔2019〕3号）'],
  },
  'cn-carbon-allowance-compliance': {
    name: { zh: '碳排放配额清缴履约', en: 'Carbon allowance surrender compliance' },
    documents: ['碳排放权交易管理办法（试行）（生态环境部令第19号）'],
  },
}

/**
 * The quantities a target can be set on.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MetricIdSchema } from 'eco-targets'
 * MetricIdSchema.parse('goodDaysRatio') //=> 'goodDaysRatio'
 * ```
 */
export const MetricIdSchema = z
  .enum([
    'goodDaysRatio',
    'pm25Mean',
    'heavyPollutionDaysRatio',
    'severePollutionDaysRatio',
    'sectionsClassIToIIIRatio',
    'sectionsWorseThanVRatio',
    'drinkingWaterClassIIIRatio',
    'emissionTotal',
    'farmlandSafeUseRatio',
    'contaminatedLandSafeUseRatio',
    'batteryCollectionRate',
    'allowanceComplianceRatio',
  ])
  .describe('The quantity a target is set on')

/** @category Schemas */
export type MetricId = z.output<typeof MetricIdSchema>

/**
 * The definition of a metric: its name, unit, published precision, default rule set, the
 * comparators a target on it may use, and whether a region's figure is the mean of its members'.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MetricSchema, METRICS } from 'eco-targets'
 * MetricSchema.parse(METRICS.goodDaysRatio).comparators //=> ['atLeast']
 * ```
 */
export const MetricSchema = z
  .object({
    name: LocalizedTextSchema,
    unit: UnitSchema,
    precision: z
      .number()
      .int()
      .min(0)
      .max(6)
      .describe(
        'Decimals of the published figure; targets are compared after GB/T 8170 rounding to it',
      ),
    ruleSet: RuleSetIdSchema,
    comparators: z
      .array(ComparatorSchema)
      .min(1)
      .describe('The comparators a target on the metric may use'),
    regional: z
      .boolean()
      .describe(
        "A region's figure is the arithmetic mean of its members' figures (a scope with members)",
      ),
  })
  .strict()
  .describe('The definition of a metric')

/** @category Schemas */
export type Metric = z.output<typeof MetricSchema>

/**
 * Every metric with its unit, published precision (project decision 6: percentages to one
 * decimal, PM2.5 to an integer µg/m³), default rule set, the comparators a target may use and
 * whether a region's figure is the mean of its members'.
 *
 * `heavyPollutionDaysRatio` is the share of valid days with AQI > 200, 重度 (201–300) and 严重
 * (> 300) together: the 重污染天数比率 of the 2022 plan and the 重度及以上污染天数比率 of later plans
 * are one metric. `severePollutionDaysRatio` counts only 严重污染 days (AQI > 300).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { METRICS } from 'eco-targets'
 * METRICS.pm25Mean.unit       //=> 'µg/m³'
 * METRICS.pm25Mean.precision  //=> 0
 * ```
 */
export const METRICS: Readonly<Record<MetricId, Metric>> = {
  goodDaysRatio: {
    name: { zh: '空气质量优良天数比例', en: 'Good-air-days ratio' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-air-2012',
    comparators: ['atLeast'],
    regional: true,
  },
  pm25Mean: {
    name: { zh: '细颗粒物（PM2.5）平均浓度', en: 'PM2.5 mean concentration' },
    unit: 'µg/m³',
    precision: 0,
    ruleSet: 'cn-air-2012',
    comparators: ['atMost', 'decrease'],
    regional: true,
  },
  heavyPollutionDaysRatio: {
    name: { zh: '重污染天数比率', en: 'Heavy-pollution days ratio' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-air-2012',
    comparators: ['atMost', 'decrease'],
    regional: true,
  },
  severePollutionDaysRatio: {
    name: { zh: '严重污染天数比率', en: 'Severe-pollution days ratio' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-air-2012',
    comparators: ['atMost', 'decrease'],
    regional: true,
  },
  sectionsClassIToIIIRatio: {
    name: { zh: '地表水断面水质优良（Ⅰ~Ⅲ类）比例', en: 'Sections of class I–III' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-surface-water-2011',
    comparators: ['atLeast'],
    regional: false,
  },
  sectionsWorseThanVRatio: {
    name: { zh: '地表水劣Ⅴ类断面比例', en: 'Sections worse than class V' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-surface-water-2011',
    comparators: ['atMost'],
    regional: false,
  },
  drinkingWaterClassIIIRatio: {
    name: {
      zh: '集中式饮用水水源水质达到或优于Ⅲ类比例',
      en: 'Drinking-water sources of class III or better',
    },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-drinking-water-source',
    comparators: ['atLeast'],
    regional: false,
  },
  emissionTotal: {
    name: { zh: '污染物排放总量', en: 'Emission total' },
    unit: 't',
    precision: 1,
    ruleSet: 'cn-emission-reduction-14fyp',
    comparators: ['decrease', 'reachReduction'],
    regional: false,
  },
  farmlandSafeUseRatio: {
    name: { zh: '受污染耕地安全利用率', en: 'Safe use of contaminated farmland' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-farmland-safe-use',
    comparators: ['atLeast'],
    regional: false,
  },
  contaminatedLandSafeUseRatio: {
    name: { zh: '污染地块安全利用率', en: 'Safe use of contaminated land plots' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-contaminated-land-safe-use',
    comparators: ['atLeast'],
    regional: false,
  },
  batteryCollectionRate: {
    name: { zh: '废铅蓄电池规范化收集率', en: 'Waste lead-acid battery collection rate' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-lead-acid-battery-collection',
    comparators: ['atLeast'],
    regional: false,
  },
  allowanceComplianceRatio: {
    name: { zh: '碳排放配额清缴履约率', en: 'Carbon allowance compliance' },
    unit: '%',
    precision: 1,
    ruleSet: 'cn-carbon-allowance-compliance',
    comparators: ['atLeast'],
    regional: false,
  },
}
