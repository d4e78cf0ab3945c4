import { z } from 'zod'
import { defineOptions } from '../_lib/options.js'
import type { Checklist } from '../schemas/checklist.js'
import { IdSchema } from '../schemas/common.js'
import type { Plan } from '../schemas/plan.js'
import { TargetStatusSchema } from '../schemas/result.js'
import { type TaskStatusUpdateInput, TaskStatusUpdatesSchema } from '../schemas/task-status.js'
import { parseInput } from '../schemas/validate.js'
import { checklistOf } from './_checklist.js'
import { asOfOption } from './_options.js'

/**
 * Options of {@link evaluateChecklist}: `asOf`, and the target results whose troubled targets
 * (at risk, unreachable, not met) flag the tasks that serve them.
 *
 * @category Tasks
 */
export const EvaluateChecklistOptionsSchema = z
  .object({
    asOf: asOfOption,
    targetResults: z
      .array(z.looseObject({ target: IdSchema, status: TargetStatusSchema }))
      .optional()
      .describe('Target results, to list the tasks serving targets at risk'),
  })
  .strict()
  .describe('Options of evaluateChecklist')
/** @category Tasks */
export type EvaluateChecklistOptions = z.input<typeof EvaluateChecklistOptionsSchema>

const OPTIONS = defineOptions('evaluateChecklist', EvaluateChecklistOptionsSchema, (o) => ({
  asOf: o.asOf,
  targetResults: o.targetResults ?? [],
}))

/**
 * Draws up the task checklist as of a date from status updates: each task's latest update on or
 * before the date (none means not started), counted tasks done only when their count is reached,
 * due dates (the task's own, the end of its last window, else the end of the plan year) and
 * overdue tasks, with counts by pillar and domain and the tasks serving targets at risk.
 *
 * @param plan - the plan
 * @param updates - status updates ({@link TaskStatusUpdateSchema}); an update of a task the plan
 *   does not have is rejected
 * @param options - `asOf`, and target results to link tasks to targets at risk
 * @returns the checklist, described by {@link ChecklistSchema}
 * @throws {@link InputError} for a malformed update or option, or an update naming a task the
 *   plan does not have (`updates[i].task`)
 * @category Tasks
 * @example
 * ```ts
 * import { evaluateChecklist } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks[0]!
 * const c = evaluateChecklist(plan2022, [
 *   { task: task.id, date: '2022-03-01', status: 'done' },
 * ], { asOf: '2022-06-30' })
 * c.totals.done //=> 1
 * ```
 */
export function evaluateChecklist(
  plan: Plan,
  updates: readonly TaskStatusUpdateInput[],
  options: EvaluateChecklistOptions,
): Checklist {
  const { asOf, targetResults } = OPTIONS.resolve(options)
  const parsed = parseInput(TaskStatusUpdatesSchema, updates, 'updates')
  return checklistOf(plan, parsed, asOf, targetResults, ['updates'])
}
