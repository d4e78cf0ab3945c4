import type { Command } from '../command/index.js'
import { planCommand } from './plan.js'
import { schemaCommand } from './schema.js'
import { validateCommand } from './validate.js'

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
  plan: planCommand,
  schema: schemaCommand,
  validate: validateCommand,
}
