import { z } from 'zod'
import { IdSchema, IsoDateSchema } from './common.js'

/**
 * Where a task stands.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TaskStatusSchema } from 'eco-targets'
 * TaskStatusSchema.options //=> ['notStarted', 'inProgress', 'done', 'blocked', 'notApplicable']
 * ```
 */
export const TaskStatusSchema = z
  .enum(['notStarted', 'inProgress', 'done', 'blocked', 'notApplicable'])
  .describe('Where a task stands')

/** @category Schemas */
export type TaskStatus = z.output<typeof TaskStatusSchema>

/**
 * A status update on a task, as of `date`. Counted tasks carry `progress` (for example 30 of
 * 45 villages); they count as done only when progress reaches the objective.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TaskStatusUpdateSchema } from 'eco-targets'
 * TaskStatusUpdateSchema.parse({
 *   task: 'rural.village-sewage', date: '2022-06-30', status: 'inProgress', progress: 30,
 *   note: '30 villages completed', evidence: 'https://example.org/report.pdf',
 * }).progress //=> 30
 * ```
 */
export const TaskStatusUpdateSchema = z
  .object({
    task: IdSchema,
    date: IsoDateSchema,
    status: TaskStatusSchema,
    progress: z.number().finite().nonnegative().optional().describe('Count or rate reached so far'),
    note: z.string().min(1).optional(),
    evidence: z.url().optional().describe('Link to evidence'),
  })
  .strict()
  .describe('A status update on a task')

/** @category Schemas */
export type TaskStatusUpdate = z.output<typeof TaskStatusUpdateSchema>
/** @category Schemas */
export type TaskStatusUpdateInput = z.input<typeof TaskStatusUpdateSchema>

/**
 * A list of task status updates.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TaskStatusUpdatesSchema } from 'eco-targets'
 * TaskStatusUpdatesSchema.parse([]) //=> []
 * ```
 */
export const TaskStatusUpdatesSchema = z
  .array(TaskStatusUpdateSchema)
  .describe('A list of task status updates')
