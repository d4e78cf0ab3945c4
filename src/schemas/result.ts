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
            'bestCase',
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
 * How a target of a multi-year period is judged in the year evaluated (时序进度): the year, the
 * requirement for it and what it rests on. `basis` is `finalYear` in the target year (the target
 * itself), `linear` before it when the requirement is the milestone on the straight line from
 * the base year's value to the target (`fraction` = (year − base year) / (target year − base
 * year)), and `finalTarget` when every year is held to the target (the `final` rule, or no base
 * value to draw the line from).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ScheduleSchema } from 'eco-targets'
 * ScheduleSchema.parse({
 *   rule: 'linear', basis: 'linear', period: { start: '2021-01-01', end: '2025-12-31' },
 *   year: 2024, targetYear: 2025, baseYear: 2020, fraction: 0.8, requirement: 5.7, final: 7.1,
 * }).requirement //=> 5.7
 * ```
 */
export const ScheduleSchema = z
  .object({
    rule: z.enum(['linear', 'final']).describe('The schedule option used'),
    basis: z
      .enum(['finalYear', 'linear', 'finalTarget'])
      .describe("What the year's requirement rests on"),
    period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).strict(),
    year: z.number().int().describe('The year evaluated'),
    targetYear: z.number().int().describe('The last year of the period, when the target applies'),
    baseYear: z.number().int().nullable(),
    fraction: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('(year − base year) / (target year − base year), for a linear milestone'),
    requirement: z
      .number()
      .finite()
      .nullable()
      .describe("The year's requirement, in the target's unit, at its precision"),
    final: z.number().finite().nullable().describe('The target value of the target year'),
  })
  .strict()
  .describe('How a multi-year target is judged in the year evaluated')

/** @category Schemas */
export type Schedule = z.output<typeof ScheduleSchema>

/**
 * The figure of one member of a region (a city of a region), as the region's figure averages it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MemberResultSchema } from 'eco-targets'
 * MemberResultSchema.shape.status.parse('met') //=> 'met'
 * ```
 */
export const MemberResultSchema = z
  .object({
    scope: IdSchema,
    status: TargetStatusSchema.describe("The member's own verdict against the target"),
    actual: ActualValueSchema.nullable(),
    unit: UnitSchema.describe("The unit of the member's figure (the level, for a decrease)"),
    coverage: CoverageSchema,
  })
  .strict()
  .describe('The figure of one member of a region')

/** @category Schemas */
export type MemberResult = z.output<typeof MemberResultSchema>

/**
 * The verdict on one target: status, actual and expected values, margin, coverage, the rule set
 * and options used, and an explanation in Chinese and English.
 *
 * `margin` is in the target's unit and positive on the passing side of the line (for `atLeast`
 * actual − value, for `atMost` value − actual), computed from the published figure.
 * `variants` holds alternative figures, such as the raw figure when dust days were deducted.
 * For a target over several years, `period` is the year evaluated and `schedule` says what it
 * was held to (时序进度); for a region, `members` holds each member's figure. For a decrease
 * relative to a base year, `actual` is the published change in percent, `unit` is `%`, and
 * `options` names the base value, where it came from and the level limit it implies.
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
    schedule: ScheduleSchema.optional().describe('For a target over several years'),
    members: z
      .array(MemberResultSchema)
      .optional()
      .describe("For a region: each member's figure, which the region's figure averages"),
    ruleSet: RuleSetIdSchema,
    options: z.record(z.string(), z.unknown()),
    explanation: LocalizedTextSchema,
  })
  .strict()
  .describe('The verdict on one target')

/** @category Schemas */
export type TargetResult = z.output<typeof TargetResultSchema>
