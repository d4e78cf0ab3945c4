import { type Command, lazyCommand } from '../command/index.js'

/**
 * The dispatch table: command name → command. Each command is one file in `commands/` that
 * exports a `defineCommand({...})`; adding a command is adding its file and one line here. A
 * command's module is imported only when the command runs or shows its help, so a command
 * starts without loading the others (and the parts of the library they use).
 *
 * @category CLI
 * @example
 * ```ts
 * Object.keys(COMMANDS) //=> ['evaluate', 'aqi', 'air', 'water', 'plan', 'tasks', 'schema', 'validate']
 * ```
 */
export const COMMANDS: Readonly<Record<string, Command & { load(): Promise<Command> }>> = {
  evaluate: lazyCommand(
    'evaluate',
    'Evaluate a plan (default the 2022 plan) on observations (or the sample)',
    async () => (await import('./evaluate/index.js')).evaluateCommand,
  ),
  aqi: lazyCommand(
    'aqi',
    'Compute an AQI (HJ 633), one from flags or one per input row',
    async () => (await import('./aqi/index.js')).aqiCommand,
  ),
  air: lazyCommand(
    'air',
    'Station records → daily station and city values, AQI, period statistics',
    async () => (await import('./air/index.js')).airCommand,
  ),
  water: lazyCommand(
    'water',
    'Section samplings → section classes, set ratios and status',
    async () => (await import('./water/index.js')).waterCommand,
  ),
  plan: lazyCommand(
    'plan',
    "A plan's targets and tasks; plan init writes a starter plan file",
    async () => (await import('./plan.js')).planCommand,
  ),
  tasks: lazyCommand(
    'tasks',
    'The task checklist as of a date, from status files',
    async () => (await import('./tasks.js')).tasksCommand,
  ),
  schema: lazyCommand(
    'schema',
    'The JSON Schema of an input or result',
    async () => (await import('./schema.js')).schemaCommand,
  ),
  validate: lazyCommand(
    'validate',
    'Check observation and task-status files',
    async () => (await import('./validate.js')).validateCommand,
  ),
}
