/**
 * The city's 2022 ecological-environment work plan as data (`eco-targets/plan-2022`).
 *
 * @module plan-2022
 */
export { PILLARS_2022 } from './pillars.js'
export { plan2022 } from './plan.js'
export { PLAN_2022_SOURCE_TEXT } from './source-text.js'
export { TARGETS_2022 } from './targets.js'
export { TASKS_2022 } from './tasks/index.js'
