import type { Command } from '../command/index.js'
import { airCommand } from './air/index.js'
import { aqiCommand } from './aqi/index.js'
import { evaluateCommand } from './evaluate/index.js'
import { planCommand } from './plan.js'
import { schemaCommand } from './schema.js'
import { tasksCommand } from './tasks.js'
import { validateCommand } from './validate.js'
import { waterCommand } from './water/index.js'

/**
 * The dispatch table: command name → command. Each command is one file in `commands/` that
 * exports a `defineCommand({...})`; adding a command is adding its file and one line here.
 *
 * @category CLI
 * @example
 * ```ts
 * Object.keys(COMMANDS) //=> ['plan', 'schema', 'validate']
 * ```
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  aqi: aqiCommand,
  air: airCommand,
  water: waterCommand,
  plan: planCommand,
  tasks: tasksCommand,
  schema: schemaCommand,
  validate: validateCommand,
}
