import { z } from 'zod'
import { SECTION_INDICATORS, type SectionIndicatorKey } from '../standards/water/index.js'
import { ChecklistSchema } from './checklist.js'
import { IdSchema, IsoDateSchema, LocalizedTextSchema, PeriodSchema } from './common.js'
import { TargetResultSchema, TargetStatusSchema } from './result.js'

/**
 * One day of the air-quality calendar: the daily AQI, its level (1 优 … 6 严重污染), primary
 * pollutants, and whether the day was dust-affected or left out.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AirCalendarDaySchema } from 'eco-targets'
 * AirCalendarDaySchema.parse({ date: '2022-01-01', aqi: 37, level: 1, primary: [], dust: false, valid: true }).level //=> 1
 * ```
 */
export const AirCalendarDaySchema = z
  .object({
    date: IsoDateSchema,
    aqi: z.number().int().nonnegative().nullable(),
    level: z.number().int().min(1).max(6).nullable(),
    primary: z.array(z.string()),
    dust: z.boolean(),
    valid: z.boolean(),
  })
  .strict()
  .describe('One day of the air-quality calendar')

/** @category Schemas */
export type AirCalendarDay = z.output<typeof AirCalendarDaySchema>

/**
 * The options an evaluation used, every default filled in: the date, the rule for years before
 * a multi-year target's last (时序进度), and the options of each kind of target. Evaluations echo
 * them, so that a result says what produced it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { evaluatePlan, EvaluationSettingsSchema } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const settings = evaluatePlan(plan2022, [], { asOf: '2022-06-30' }).options
 * EvaluationSettingsSchema.parse(settings).air.dustRatioMethod //=> 'excludeDays'
 * settings.schedule                                            //=> 'linear'
 * ```
 */
export const EvaluationSettingsSchema = z
  .object({
    asOf: IsoDateSchema,
    schedule: z.enum(['linear', 'final']),
    air: z
      .object({
        dustRatioMethod: z.enum(['excludeDays', 'excludeExceedingDays', 'recomputeWithoutPm']),
        verdictBasis: z
          .enum(['raw', 'deducted'])
          .nullable()
          .describe('null: deducted when dust days are given, else raw'),
        validDay: z.enum(['allIndicators', 'publishedAqi']),
        missingIndicators: z
          .enum(['computeFromOthers', 'withholdUnlessAbove100'])
          .nullable()
          .describe("null: the AQI edition's rule"),
        requireAnnualValidity: z.boolean(),
      })
      .strict(),
    sections: z
      .object({
        indicators: z
          .array(
            z.enum(SECTION_INDICATORS as readonly SectionIndicatorKey[] as [SectionIndicatorKey]),
          )
          .nullable()
          .describe('null: the 21 indicators of 22号'),
        minSamplings: z.number().int().positive(),
        network: z.enum(['national', 'regional', 'municipal']),
      })
      .strict(),
    drinkingWater: z
      .object({
        rule: z.enum(['annualMean', 'everySampling']),
        level: z
          .enum(['prefecture', 'county'])
          .nullable()
          .describe("null: from the target's scope"),
      })
      .strict(),
    emissions: z.object({ decreaseAgainst: z.enum(['previousYear', 'baseYear']) }).strict(),
    allowances: z
      .object({
        emissionYear: z
          .number()
          .int()
          .nullable()
          .describe("null: the year before the target's year"),
        expectedUnits: z.number().int().nonnegative().nullable(),
        offsetCap: z.number().min(0).max(1),
      })
      .strict(),
  })
  .strict()
  .describe('The options an evaluation used, defaults filled in')

/** @category Schemas */
export type EvaluationSettings = z.output<typeof EvaluationSettingsSchema>

/**
 * The evaluation of a plan as of a date: every target's verdict, the measurable task objectives,
 * the task checklist, and the daily air calendar when daily air data were given. Plain JSON; the
 * Markdown and HTML reports are rendered from it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PlanEvaluationSchema } from 'eco-targets'
 * PlanEvaluationSchema.shape.asOf.parse('2022-12-31') //=> '2022-12-31'
 * ```
 */
export const PlanEvaluationSchema = z
  .object({
    plan: z
      .object({
        id: IdSchema,
        title: LocalizedTextSchema,
        year: z.number().int(),
        period: PeriodSchema,
      })
      .strict(),
    asOf: IsoDateSchema,
    targets: z.array(TargetResultSchema),
    objectives: z.array(TargetResultSchema).describe('Task objectives a metric measures'),
    checklist: ChecklistSchema.nullable(),
    airCalendar: z.array(AirCalendarDaySchema),
    summary: z
      .object({
        targets: z.record(TargetStatusSchema, z.number().int().nonnegative()),
        objectives: z.record(TargetStatusSchema, z.number().int().nonnegative()),
      })
      .strict(),
    options: EvaluationSettingsSchema.describe('The options used, defaults filled in'),
  })
  .strict()
  .describe('The evaluation of a plan as of a date')

/** @category Schemas */
export type PlanEvaluation = z.output<typeof PlanEvaluationSchema>
