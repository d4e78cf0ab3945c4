import type { Task } from '../../../schemas/task.js'

/**
 * Every task of the 2022 plan, in source order.
 *
 * @category Plan
 * @example
 * ```ts
 * import { TASKS_2022 } from 'eco-targets/plan-2022'
 * TASKS_2022.length > 0 //=> true
 * ```
 */
export const TASKS_2022: Task[] = []
