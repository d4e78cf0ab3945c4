import { z } from 'zod'
import { checkInferences } from './_inferences.js'
import { IdSchema, LocalizedTextSchema, PeriodSchema, SourceRefSchema } from './common.js'
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
 * Where a target applies: 中心城区 (central city), 国控断面 (national sections), 地级 / 县级
 * drinking-water sources, the whole city.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ScopeSchema } from 'eco-targets'
 * ScopeSchema.parse({ id: 'central-city', zh: '中心城区', en: 'Central city' })
 * ```
 */
export const ScopeSchema = z
  .object({
    id: IdSchema.describe('Scope key observations refer to, e.g. central-city'),
    zh: z.string().min(1),
    en: z.string().min(1),
  })
  .strict()
  .describe('Where a target applies')

/** @category Schemas */
export type Scope = z.output<typeof ScopeSchema>

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
    title: LocalizedTextSchema.describe('Title; zh exactly as in the source'),
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
    scope: ScopeSchema,
    period: PeriodSchema,
    ruleSet: RuleSetIdSchema,
    note: LocalizedTextSchema.optional(),
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
    if (t.unit !== metric.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `unit "${t.unit}" does not match metric ${t.metric}, which is measured in "${metric.unit}"`,
      })
    }
    if (t.unit === '%' && t.value !== null && t.value > 100) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage cannot exceed 100' })
    }
    if (t.value === null && t.comparator !== 'reachReduction' && t.comparator !== 'decrease') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `comparator ${t.comparator} needs a value`,
      })
    }
    if ((t.comparator === 'decrease' || t.comparator === 'reachReduction') && !t.baseYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseYear'],
        message: `comparator ${t.comparator} needs a baseYear`,
      })
    }
    if ((t.metric === 'emissionTotal') !== (t.pollutant !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pollutant'],
        message: 'pollutant is required for emissionTotal and allowed only there',
      })
    }
  })
  .describe('A quantified target of a plan')

/** @category Schemas */
export type Target = z.output<typeof TargetSchema>
/** @category Schemas */
export type TargetInput = z.input<typeof TargetSchema>
