import { z } from 'zod'
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './common.js'
import { TaskStatusSchema } from './task-status.js'
import { DomainSchema } from './vocabulary.js'

/**
 * Where one task stands as of a date: the effective status (a counted task is done only when its
 * count is reached), the last update, counted progress, due date and whether it is overdue.
 *
 * Flags: `noUpdate` (no update on or before the date), `doneBelowObjective` (reported done below
 * its count), `objectiveReached` (count reached though not reported done), `inWindow` (the date
 * falls in one of its windows), `servesAtRiskTarget`.
 *
 * @category Tasks
 * @example
 * ```ts
 * import { TaskProgressSchema } from 'eco-targets'
 * TaskProgressSchema.shape.status.parse('done') //=> 'done'
 * ```
 */
export const TaskProgressSchema = z
  .object({
    task: IdSchema,
    pillar: IdSchema,
    domain: DomainSchema,
    title: LocalizedTextSchema,
    status: TaskStatusSchema,
    reportedStatus: TaskStatusSchema.nullable(),
    lastUpdate: z
      .object({
        date: IsoDateSchema,
        note: z.string().optional(),
        evidence: z.string().optional(),
      })
      .strict()
      .nullable(),
    progress: z
      .object({
        value: z.number().finite().nonnegative().nullable(),
        objective: z.number().finite().positive(),
        unit: z.string(),
        ratio: z
          .number()
          .finite()
          .min(0)
          .nullable()
          .describe('value / objective, 0–1 (may exceed 1)'),
      })
      .strict()
      .nullable(),
    due: IsoDateSchema,
    overdue: z.boolean(),
    targets: z.array(IdSchema),
    flags: z.array(
      z.enum([
        'noUpdate',
        'doneBelowObjective',
        'objectiveReached',
        'inWindow',
        'servesAtRiskTarget',
      ]),
    ),
  })
  .strict()
  .describe('Where one task stands')

/** @category Tasks */
export type TaskProgress = z.output<typeof TaskProgressSchema>

const CountsSchema = z
  .object({
    total: z.number().int().nonnegative(),
    notStarted: z.number().int().nonnegative(),
    inProgress: z.number().int().nonnegative(),
    done: z.number().int().nonnegative(),
    blocked: z.number().int().nonnegative(),
    notApplicable: z.number().int().nonnegative(),
    overdue: z.number().int().nonnegative(),
  })
  .strict()

/**
 * The task checklist as of a date: every task's progress, counts by pillar and domain, the
 * overdue tasks, counted progress, and the tasks serving targets at risk.
 *
 * @category Tasks
 * @example
 * ```ts
 * import { ChecklistSchema } from 'eco-targets'
 * ChecklistSchema.shape.asOf.parse('2022-06-30') //=> '2022-06-30'
 * ```
 */
export const ChecklistSchema = z
  .object({
    asOf: IsoDateSchema,
    tasks: z.array(TaskProgressSchema),
    totals: CountsSchema,
    byPillar: z.array(CountsSchema.extend({ pillar: IdSchema })),
    byDomain: z.array(CountsSchema.extend({ domain: DomainSchema })),
    overdue: z.array(IdSchema),
    counted: z.array(IdSchema).describe('Tasks with a counted or rate objective'),
    atRisk: z
      .array(z.object({ target: IdSchema, status: z.string(), tasks: z.array(IdSchema) }).strict())
      .describe('Targets that are at risk, unreachable or not met, with the tasks that serve them'),
  })
  .strict()
  .describe('The task checklist as of a date')

/** @category Schemas */
export type Checklist = z.output<typeof ChecklistSchema>
