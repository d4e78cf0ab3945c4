export { defineCommand } from './define.js'
export { HELP_OPTION, renderCommandHelp, renderExitCodes } from './help.js'
export { lazyCommand } from './lazy.js'
export type {
  Command,
  CommandContext,
  CommandExample,
  CommandSpec,
  OptionSpec,
  OptionValues,
} from './types.js'
