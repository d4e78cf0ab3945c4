import type { CliIO } from '../io.js'

/** The language of the command line's words: Chinese (the default) or English. @category CLI */
export type CliLang = 'zh' | 'en'

/**
 * A text of the command line in both languages (the catalogue's `{ zh, en }` form), or one text
 * for both (a command, a file name).
 *
 * @category CLI
 */
export type CliText = string | { readonly zh: string; readonly en: string }

/**
 * A {@link CliText} in one language.
 *
 * @param text - the text
 * @param lang - the language
 * @returns the text in that language
 * @category CLI
 * @example
 * ```ts
 * inLanguage({ zh: '显示帮助。', en: 'Show this help.' }, 'zh') //=> '显示帮助。'
 * ```
 */
export function inLanguage(text: CliText, lang: CliLang): string {
  return typeof text === 'string' ? text : text[lang]
}

/**
 * One option of a command: its `node:util` `parseArgs` type plus what the help shows.
 *
 * @category CLI
 */
export interface OptionSpec {
  /** `string` takes a value (`--lang zh`); `boolean` is a flag (`--json`). */
  readonly type: 'string' | 'boolean'
  /** One-letter alias (`-o`). */
  readonly short?: string
  /** Whether the option may be repeated; its value is then an array. */
  readonly multiple?: boolean
  /** Placeholder for the value in the help (`FILE` / `文件`, `ID`, `zh|en`). */
  readonly value?: CliText
  /** The values allowed; anything else is a usage error. */
  readonly choices?: readonly string[]
  /** One-line description for the help. */
  readonly description: CliText
}

/** The parsed values of a command's options, typed from its option specs. @category CLI */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  readonly [K in keyof O]?: O[K] extends { readonly type: 'boolean' }
    ? boolean
    : O[K] extends { readonly multiple: true }
      ? string[]
      : O[K] extends { readonly choices: readonly (infer C extends string)[] }
        ? C
        : string
}

/** What a command's `run` receives. @category CLI */
export interface CommandContext<O extends Record<string, OptionSpec>> {
  /** The process's input and output. */
  readonly io: CliIO
  /** Parsed options; only the ones given are present. */
  readonly options: OptionValues<O>
  /** Arguments that are not options, in order. */
  readonly positionals: readonly string[]
  /** The language of texts and messages (`--lang`, default Chinese). */
  readonly lang: CliLang
}

/** An example for the help: the command line and what it does. @category CLI */
export interface CommandExample {
  /** The arguments after `eco-targets`. */
  readonly command: string
  /** What it prints or does. */
  readonly result: CliText
}

/**
 * Everything a command declares: its name, help text, options, positional arguments and the
 * function that runs it. {@link defineCommand} turns it into a {@link Command}.
 *
 * @category CLI
 */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** The word after `eco-targets`. */
  readonly name: string
  /** One line for the command list. */
  readonly summary: CliText
  /** The usage line after `eco-targets <name> `, its placeholders in the help's language. */
  readonly usage: CliText
  /** A paragraph for the help. */
  readonly description: CliText
  /** Options; `--help` is added to every command. */
  readonly options: O
  /** How many positional arguments are allowed (default none). */
  readonly positionals?: { readonly min?: number; readonly max?: number }
  /** At least one real example. */
  readonly examples: readonly [CommandExample, ...CommandExample[]]
  /** Whether the command has `--fail-on` (and so can exit with 1). */
  readonly failOn?: boolean
  /** Runs the command; returns the exit code or throws a {@link UsageError} / input error. */
  run(context: CommandContext<O>): Promise<number>
}

/**
 * A command as the dispatcher sees it.
 *
 * @category CLI
 */
export interface Command {
  /** The word after `eco-targets`. */
  readonly name: string
  /** One line for the command list. */
  readonly summary: CliText
  /** The full help text (a promise for a command that is loaded when first used). */
  help(lang?: CliLang): string | Promise<string>
  /** Parses the arguments after the command name and runs it. */
  execute(args: readonly string[], io: CliIO): Promise<number>
}
