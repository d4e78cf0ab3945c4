import { z } from 'zod'
import {
  type ActualValue,
  ActualValueSchema,
  type Exclusion,
  ExclusionSchema,
} from '../standards/figures.js'
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './common.js'
import { ComparatorSchema, MetricIdSchema, RuleSetIdSchema, UnitSchema } from './vocabulary.js'

/**
 * The verdict on a target.
 *
 * - `met` / `notMet`: final for the period (the period is over, or the outcome can no longer
 *   change, e.g. a heavy-pollution day has occurred against a 0 % target)
 * - `onTrack`: within the year, the figure so far meets the target and can still do so
 * - `atRisk`: within the year, the figure so far misses the target but can still reach it
 * - `unreachable`: within the year, no outcome of the rest of the year can reach it
 * - `insufficientData`: not enough valid data to judge; never a pass
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TargetStatusSchema } from 'eco-targets'
 * TargetStatusSchema.parse('onTrack') //=> 'onTrack'
 * ```
 */
export const TargetStatusSchema = z
  .enum(['met', 'notMet', 'onTrack', 'atRisk', 'unreachable', 'insufficientData'])
  .describe('The verdict on a target')

/** @category Schemas */
export type TargetStatus = z.output<typeof TargetStatusSchema>

export { type ActualValue, ActualValueSchema, type Exclusion, ExclusionSchema }

/**
 * How much data a result rests on.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CoverageSchema } from 'eco-targets'
 * CoverageSchema.parse({ unit: 'days', used: 180, expected: 181, excluded: [] }).used //=> 180
 * ```
 */
export const CoverageSchema = z
  .object({
    unit: z.enum(['days', 'sections', 'sources', 'units', 'plots', 'years', 'records']),
    used: z.number().int().nonnegative().describe('Items the figure is computed from'),
    expected: z.number().int().nonnegative().optional().describe('Items the period should have'),
    excluded: z.array(ExclusionSchema),
  })
  .strict()
  .describe('How much data a result rests on')

/** @category Schemas */
export type Coverage = z.output<typeof CoverageSchema>

/**
 * Whether a target can still be met within its period, with the arithmetic behind it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReachabilitySchema } from 'eco-targets'
 * ReachabilitySchema.parse({
 *   reachable: true, remaining: 184, remainingUnit: 'days',
 *   requirement: { kind: 'maxNonGoodDays', value: 20, unit: 'days' },
 *   explanation: { zh: '剩余184天中至多还可有20个非优良天', en: 'At most 20 more non-good days in the remaining 184' },
 * }).reachable //=> true
 * ```
 */
export const ReachabilitySchema = z
  .object({
    reachable: z.boolean(),
    remaining: z.number().int().nonnegative().describe('Days, samplings or items still to come'),
    remainingUnit: z.enum(['days', 'samplings', 'sections', 'sources', 'units', 'plots', 'years']),
    requirement: z
      .object({
        kind: z
          .enum([
            'maxNonGoodDays',
            'maxMeanOfRemaining',
            'noHeavyDays',
            'minMorePassing',
            'maxMoreFailing',
            'minAdditionalReduction',
            'none',
          ])
          .describe('What the rest of the period must deliver'),
        value: z.number().finite().nullable(),
        unit: z.string(),
      })
      .strict(),
    explanation: LocalizedTextSchema,
  })
  .strict()
  .describe('Whether and how a target can still be met')

/** @category Schemas */
export type Reachability = z.output<typeof ReachabilitySchema>

/**
 * The verdict on one target: status, actual and expected values, margin, coverage, the rule set
 * and options used, and an explanation in Chinese and English.
 *
 * `margin` is in the target's unit and positive on the passing side of the line (for `atLeast`
 * actual − value, for `atMost` value − actual), computed from the published figure.
 * `variants` holds alternative figures, such as the raw figure when dust days were deducted.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TargetResultSchema } from 'eco-targets'
 * TargetResultSchema.shape.status.parse('met') //=> 'met'
 * ```
 */
export const TargetResultSchema = z
  .object({
    target: IdSchema,
    metric: MetricIdSchema,
    status: TargetStatusSchema,
    actual: ActualValueSchema.nullable(),
    expected: z
      .object({ comparator: ComparatorSchema, value: z.number().finite().nullable() })
      .strict(),
    unit: UnitSchema,
    margin: z.number().finite().nullable(),
    period: z
      .object({
        start: IsoDateSchema,
        end: IsoDateSchema,
        asOf: IsoDateSchema,
        elapsedDays: z.number().int().nonnegative(),
        totalDays: z.number().int().positive(),
      })
      .strict(),
    coverage: CoverageSchema,
    reachability: ReachabilitySchema.optional(),
    variants: z
      .array(
        z
          .object({
            label: z.string().min(1),
            actual: ActualValueSchema.nullable(),
            status: TargetStatusSchema,
            description: LocalizedTextSchema,
          })
          .strict(),
      )
      .optional(),
    ruleSet: RuleSetIdSchema,
    options: z.record(z.string(), z.unknown()),
    explanation: LocalizedTextSchema,
  })
  .strict()
  .describe('The verdict on one target')

/** @category Schemas */
export type TargetResult = z.output<typeof TargetResultSchema>
