import { z } from 'zod'
import { expect } from '../_lib/errors/catalogue.js'
import { checkInferences } from './_inferences.js'
import { addIssue } from './_issue.js'
import {
  IdSchema,
  LocalizedTextSchema,
  PeriodSchema,
  PlanTextSchema,
  SourceRefSchema,
} from './common.js'
import {
  ComparatorSchema,
  DomainSchema,
  EmissionPollutantSchema,
  METRICS,
  MetricIdSchema,
  RuleSetIdSchema,
  UnitSchema,
} from './vocabulary.js'

/**
 * A member of a region: its scope id (`hohhot`), or the id with its name in Chinese and English
 * (`{ id: hohhot, zh: 呼和浩特市, en: Hohhot }`), the name reports show. A name may be given in
 * one language only; the other repeats it, and a bare id is its own name.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RegionMemberSchema } from 'eco-targets'
 * RegionMemberSchema.parse({ id: 'hohhot', zh: '呼和浩特市', en: 'Hohhot' }).zh //=> '呼和浩特市'
 * ```
 */
export const RegionMemberSchema = z
  .union([
    IdSchema,
    z
      .object({
        id: IdSchema.describe('Scope key the member’s observations refer to, e.g. hohhot'),
        zh: z.string().min(1).optional().describe('Name in Chinese (the English name when absent)'),
        en: z.string().min(1).optional().describe('Name in English (the Chinese name when absent)'),
      })
      .strict(),
  ])
  .describe('A member of a region: its id, or its id and name')

/** A member as the plan holds it: its id and names, the id when no name is given. */
function memberOf(member: z.output<typeof RegionMemberSchema>) {
  if (typeof member === 'string') return { id: member, zh: member, en: member }
  const { id, zh, en } = member
  return { id, zh: zh ?? en ?? id, en: en ?? zh ?? id }
}

/**
 * Where a target applies: 中心城区 (central city), 国控断面 (national sections), 地级 / 县级
 * drinking-water sources, the whole city, a banner (旗) or county, a region. Observations name
 * the scope they belong to by its `id`. A name may be given in one language only; the other
 * repeats it.
 *
 * A scope with `members` is a region whose figure is the arithmetic mean of its members'
 * figures, each computed from the observations of that member (全区12个盟市平均优良天数比例:
 * the regional good-days ratio is the mean of the 12 cities' ratios). Only metrics with regional
 * figures (the air metrics) accept one. Each member is an id or an id with its names
 * ({@link RegionMemberSchema}); the plan holds every member with its names.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ScopeSchema } from 'eco-targets'
 * ScopeSchema.parse({ id: 'central-city', zh: '中心城区', en: 'Central city' }).id //=> 'central-city'
 * ScopeSchema.parse({
 *   id: 'inner-mongolia', zh: '全区', en: 'Whole region', kind: 'region', members: ['hohhot', 'baotou'],
 * }).members?.map((m) => m.id) //=> ['hohhot', 'baotou']
 * ```
 */
export const ScopeSchema = z
  .object({
    id: IdSchema.describe('Scope key observations refer to, e.g. central-city'),
    zh: z.string().min(1).optional().describe('Name in Chinese (the English name when absent)'),
    en: z.string().min(1).optional().describe('Name in English (the Chinese name when absent)'),
    kind: z
      .enum(['city', 'centralCity', 'county', 'banner', 'district', 'region', 'network', 'other'])
      .optional()
      .describe('What the scope is: a city, its central city, a county or banner, a region, …'),
    members: z
      .array(RegionMemberSchema)
      .min(1)
      .optional()
      .describe("Scopes whose figures the scope's figure is the mean of (a region)"),
  })
  .strict()
  .superRefine((scope, ctx) => {
    if (scope.zh === undefined && scope.en === undefined) {
      addIssue(ctx, ['zh'], expect.oneLanguage(), { code: 'invalid_type' })
    }
    const seen = new Set<string>()
    scope.members?.forEach((member, i) => {
      const m = typeof member === 'string' ? member : member.id
      if (m === scope.id || seen.has(m)) {
        addIssue(ctx, ['members', i], expect.membersOf(scope.id), { code: 'duplicate' })
      }
      seen.add(m)
    })
  })
  .transform(({ id, zh, en, members, ...rest }) => ({
    id,
    zh: zh ?? en ?? '',
    en: en ?? zh ?? '',
    ...rest,
    ...(members ? { members: members.map(memberOf) } : {}),
  }))
  .describe('Where a target applies')

/** @category Schemas */
export type Scope = z.output<typeof ScopeSchema>

/** A member of a region with its names, as the plan holds it. @category Schemas */
export type RegionMember = NonNullable<Scope['members']>[number]

/**
 * A value of a plan item that the source does not state but the data infer (推断): the field it
 * is in, and a note in both languages of what was inferred and why. Targets and tasks list
 * theirs in `inferences`, so a reader can tell the source's words from the data's reading.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { InferenceSchema } from 'eco-targets'
 * InferenceSchema.parse({
 *   field: 'baseYear',
 *   note: { zh: '原文未写明基准年。', en: 'The source names no base year.' },
 * }).field //=> 'baseYear'
 * ```
 */
export const InferenceSchema = z
  .object({
    field: z.string().min(1).describe('The field whose value is inferred, e.g. baseYear'),
    note: LocalizedTextSchema.describe('What was inferred and why, in Chinese and English'),
  })
  .strict()
  .describe('A value the source does not state but the data infer (推断), and why')

/** @category Schemas */
export type Inference = z.output<typeof InferenceSchema>

/** Fields of a target whose value can be a reading of the source rather than its words. */
const TARGET_INFERABLE = [
  'pillar',
  'domain',
  'title',
  'metric',
  'pollutant',
  'comparator',
  'value',
  'unit',
  'precision',
  'baseYear',
  'scope',
  'period',
  'ruleSet',
] as const

/**
 * A quantified target of a plan (具体指标): what is measured, how it is compared, and the exact
 * words of the source.
 *
 * `value` is `null` only when the level is set by a higher authority and arrives as an
 * observation (`reachReduction`: 达到自治区下达减排目标). `precision` is the number of decimals
 * the figure is published with; the actual value is rounded to it by GB/T 8170 before the
 * comparison (project decision 6). `inferences` marks each value that is a reading of the
 * source rather than its words (a base year it does not name, a scope carried over from the
 * clause before).
 *
 * A decrease relative to a base year (`比2020年下降7.1%`) is `comparator: 'decrease'` with the
 * percentage as `value`, `unit: '%'`, `precision` the decimals of the published change, and
 * `baseYear`; `baseValue` gives the base-year figure in the metric's unit when the plan states
 * it (otherwise an `annualValue` observation does). A period over several calendar years (a
 * plan to 2025) is judged on each year's figure: the last year against the target, the years
 * before against the time line (时序进度), see `schedule` in the evaluators.
 *
 * The rules checked beyond the types: the unit is the metric's (`%` for a decrease), the
 * comparator is one the metric allows, a value is given unless the comparator takes it from an
 * observation, a base year for `decrease` and `reachReduction`, a pollutant exactly for emission
 * totals, members only for metrics with regional figures, and a period over several years runs
 * over whole years.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TargetSchema } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * TargetSchema.parse(plan2022.targets[0]).metric //=> 'goodDaysRatio'
 * ```
 */
export const TargetSchema = z
  .object({
    id: IdSchema,
    pillar: IdSchema.describe('Pillar id the target belongs to'),
    domain: DomainSchema,
    title: PlanTextSchema.describe('Title; zh exactly as in the source'),
    metric: MetricIdSchema,
    pollutant: EmissionPollutantSchema.optional().describe('For emission totals: the pollutant'),
    comparator: ComparatorSchema,
    value: z
      .number()
      .finite()
      .nonnegative()
      .nullable()
      .describe('Target value in `unit`; null when assigned by a higher authority'),
    unit: UnitSchema,
    precision: z.number().int().min(0).max(6).describe('Decimals of the published figure'),
    baseYear: z.number().int().min(2000).max(2100).optional().describe('Base year of a reduction'),
    baseValue: z
      .number()
      .finite()
      .nonnegative()
      .optional()
      .describe("The base year's figure in the metric's unit, when the plan states it"),
    scope: ScopeSchema,
    period: PeriodSchema,
    ruleSet: RuleSetIdSchema,
    note: PlanTextSchema.optional(),
    source: SourceRefSchema,
    inferences: z
      .array(InferenceSchema.extend({ field: z.enum(TARGET_INFERABLE) }))
      .min(1)
      .optional()
      .describe(
        'Values the source does not state but the data infer (推断), one entry per field, each with why',
      ),
  })
  .strict()
  .superRefine((t, ctx) => {
    checkInferences(t, ctx)
    const metric = METRICS[t.metric]
    const unit = t.comparator === 'decrease' && t.value !== null ? '%' : metric.unit
    if (t.unit !== unit) {
      addIssue(ctx, ['unit'], expect.unitOfMetric(unit, t.metric), {
        code: 'invalid_value',
        ...(t.comparator === 'decrease'
          ? { hint: { zh: '下降比例以 % 表示', en: 'a decrease is given in %' } }
          : {}),
      })
    }
    if (!metric.comparators.includes(t.comparator)) {
      addIssue(ctx, ['comparator'], expect.comparatorOfMetric(metric.comparators, t.metric), {
        code: 'invalid_value',
      })
    }
    if (t.unit === '%' && t.value !== null && t.value > 100) {
      addIssue(ctx, ['value'], expect.atMost(100, '%'), { code: 'too_big' })
    }
    if (t.value === null && t.comparator !== 'reachReduction' && t.comparator !== 'decrease') {
      addIssue(ctx, ['value'], expect.valueFor(t.comparator), { code: 'invalid_type' })
    }
    const endYear = Number(t.period.end.slice(0, 4))
    if ((t.comparator === 'decrease' || t.comparator === 'reachReduction') && !t.baseYear) {
      addIssue(ctx, ['baseYear'], expect.baseYearFor(t.comparator), { code: 'invalid_type' })
    } else if (t.comparator === 'decrease' && t.baseYear !== undefined && t.baseYear >= endYear) {
      addIssue(ctx, ['baseYear'], expect.baseYearBefore(endYear), { code: 'too_big' })
    }
    if (t.baseValue !== undefined && t.baseYear === undefined) {
      addIssue(ctx, ['baseValue'], expect.baseValueNeedsBaseYear())
    }
    if ((t.metric === 'emissionTotal') !== (t.pollutant !== undefined)) {
      addIssue(ctx, ['pollutant'], expect.pollutantOfEmission())
    }
    if (t.scope.members && !metric.regional) {
      addIssue(ctx, ['scope', 'members'], expect.regionalMetric(t.metric))
    }
    const multiYear = t.period.start.slice(0, 4) !== t.period.end.slice(0, 4)
    if (multiYear && (t.period.start.slice(5) !== '01-01' || t.period.end.slice(5) !== '12-31')) {
      addIssue(ctx, ['period'], expect.wholeYears())
    }
  })
  .describe('A quantified target of a plan')

/** @category Schemas */
export type Target = z.output<typeof TargetSchema>
/** @category Schemas */
export type TargetInput = z.input<typeof TargetSchema>
