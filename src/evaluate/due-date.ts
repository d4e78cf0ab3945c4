import type { Plan } from '../schemas/plan.js'
import type { Task } from '../schemas/task.js'

/**
 * The due date of a task: its own, else the end of its last window, else the end of the plan period.
 *
 * @param task - a task of `plan`
 * @param plan - the plan (for its period)
 * @returns the due date, `YYYY-MM-DD`
 * @category Tasks
 * @example
 * ```ts
 * import { dueDateOf } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * dueDateOf(plan2022.tasks.find((t) => t.id === 'air.winter-games')!, plan2022) //=> '2022-03-13'
 * dueDateOf(plan2022.tasks[0]!, plan2022) //=> '2022-12-31'
 * ```
 */
export function dueDateOf(task: Task, plan: Plan): string {
  if (task.due) return task.due
  const ends = (task.windows ?? []).map((w) => w.end).sort()
  return ends.at(-1) ?? plan.period.end
}
