import type { Task } from '../../../schemas/task.js'
import { AIR_TASKS } from './air.js'
import { ECOLOGY_TASKS } from './ecology.js'
import { GOVERNANCE_TASKS } from './governance.js'
import { GROWTH_TASKS } from './growth.js'
import { INSPECTION_TASKS } from './inspection.js'
import { PARTY_TASKS } from './party.js'
import { POLLUTION_TASKS } from './pollution.js'
import { SOIL_TASKS } from './soil.js'
import { SOLID_WASTE_TASKS } from './solid-waste.js'
import { WATER_TASKS } from './water.js'

/**
 * Every task of the 2022 plan (106), in the order of the source: each clause of paragraphs 1–5
 * that asks for an action, with its exact Chinese wording, its English, its kind, any counted
 * objective, dated window or named document, the targets it serves, and what the data infer
 * beyond the source's words (`inferences`).
 *
 * @category Plan
 * @see The 2022 plan guide, and `src/plans/2022/snapshot.md` for the whole list.
 * @example
 * ```ts
 * import { TASKS_2022 } from 'eco-targets/plan-2022'
 * TASKS_2022.length //=> 106
 * TASKS_2022.find((t) => t.id === 'soil.priority-plots')?.objective?.value //=> 46
 * ```
 */
export const TASKS_2022: Task[] = [
  ...GROWTH_TASKS,
  ...POLLUTION_TASKS,
  ...AIR_TASKS,
  ...WATER_TASKS,
  ...SOIL_TASKS,
  ...SOLID_WASTE_TASKS,
  ...ECOLOGY_TASKS,
  ...INSPECTION_TASKS,
  ...GOVERNANCE_TASKS,
  ...PARTY_TASKS,
]
