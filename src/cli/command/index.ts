export { defineCommand, languageOf } from './define.js'
export { HELP_OPTION, LANG_OPTION, renderCommandHelp, renderExitCodes } from './help.js'
export { lazyCommand } from './lazy.js'
export type {
  CliLang,
  CliText,
  Command,
  CommandContext,
  CommandExample,
  CommandSpec,
  OptionSpec,
  OptionValues,
} from './types.js'
export { inLanguage } from './types.js'
