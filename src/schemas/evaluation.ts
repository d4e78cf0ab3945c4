import { z } from 'zod'
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
  })
  .strict()
  .describe('The evaluation of a plan as of a date')

/** @category Schemas */
export type PlanEvaluation = z.output<typeof PlanEvaluationSchema>
