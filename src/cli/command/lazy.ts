import type { CliText, Command } from './types.js'

/**
 * A command whose code is loaded only when it runs or shows its help: the dispatch table names
 * it and its one-line summary, and `load` imports its module. `eco-targets aqi --pm25 80` thus
 * loads the AQI code and the air entry, not every command and the whole library.
 *
 * @param name - the word after `eco-targets`
 * @param summary - the line of the command list (the command's own summary; a test holds them equal)
 * @param load - imports the command
 * @returns the command for the dispatch table
 * @category CLI
 * @example
 * ```ts
 * const plan = lazyCommand('plan', "A plan's targets and tasks", async () =>
 *   (await import('../commands/plan.js')).planCommand)
 * await plan.execute(['--json'], io) //=> 0
 * ```
 */
export function lazyCommand(
  name: string,
  summary: CliText,
  load: () => Promise<Command>,
): Command & { load(): Promise<Command> } {
  let loaded: Promise<Command> | undefined
  const get = () => {
    loaded ??= load()
    return loaded
  }
  return {
    name,
    summary,
    load: get,
    help: async (lang) => (await get()).help(lang),
    execute: async (args, io) => (await get()).execute(args, io),
  }
}
