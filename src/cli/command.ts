import { parseArgs } from 'node:util'
import { UsageError } from './errors.js'
import type { CliIO } from './io.js'

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
  /** Placeholder for the value in the help (`FILE`, `ID`, `zh|en`). */
  readonly value?: string
  /** The values allowed; anything else is a usage error. */
  readonly choices?: readonly string[]
  /** One-line description for the help. */
  readonly description: string
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
}

/** An example for the help: the command line and what it does. @category CLI */
export interface CommandExample {
  /** The arguments after `eco-targets`. */
  readonly command: string
  /** What it prints or does. */
  readonly result: string
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
  readonly summary: string
  /** The usage line after `eco-targets <name> `. */
  readonly usage: string
  /** A paragraph for the help. */
  readonly description: string
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
  readonly summary: string
  /** The full help text. */
  help(): string
  /** Parses the arguments after the command name and runs it. */
  execute(args: readonly string[], io: CliIO): Promise<number>
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help.' }

/**
 * The exit-code lines of a help text.
 *
 * @param failOn - whether the command has `--fail-on`
 * @returns the lines, without a trailing newline
 * @category CLI
 * @example
 * ```ts
 * renderExitCodes(false)
 * //=> 'Exit codes:\n  0  success\n  2  bad usage, bad input or an output that could not be written'
 * ```
 */
export function renderExitCodes(failOn: boolean): string {
  return [
    'Exit codes:',
    '  0  success',
    ...(failOn ? ['  1  a --fail-on condition was met'] : []),
    '  2  bad usage, bad input or an output that could not be written',
  ].join('\n')
}

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`
}

function renderHelp(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION })
  const labels = options.map(([name, o]) => optionLabel(name, o))
  const width = Math.max(...labels.map((l) => l.length)) + 2
  const lines = [
    `Usage: eco-targets ${spec.name} ${spec.usage}`,
    '',
    spec.description,
    '',
    'Options:',
    ...options.map(([, o], i) => {
      const listed = !o.choices || o.value?.includes('|')
      const choices = listed ? '' : ` One of: ${o.choices?.join(', ')}.`
      return `  ${labels[i]?.padEnd(width)}${o.description}${choices}`
    }),
    '',
    spec.examples.length > 1 ? 'Examples:' : 'Example:',
    ...spec.examples.flatMap((e) => [
      `  $ eco-targets ${spec.name} ${e.command}`,
      `    ${e.result}`,
    ]),
    '',
    renderExitCodes(spec.failOn === true),
  ]
  return `${lines.join('\n')}\n`
}

function usageErrorOf(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message
    return new UsageError(`unknown option ${option}`)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = (/(--[\w-]+)/.exec(message) ?? /'(-\w)/.exec(message))?.[1]
    return new UsageError(
      option
        ? `option ${option} ${message.includes('argument missing') ? 'needs a value' : 'takes no value'}`
        : message,
    )
  }
  return new UsageError(message)
}

/**
 * Builds a command from its spec: option parsing with `node:util` `parseArgs` (strict), the
 * `--help` option, choice and argument-count checks, and the help text with its example and
 * exit codes. A new command is one file that exports `defineCommand({...})`, added to
 * `COMMANDS`.
 *
 * @param spec - the command
 * @returns the command for the dispatch table
 * @category CLI
 * @example
 * ```ts
 * const hello = defineCommand({
 *   name: 'hello', summary: 'Greets', usage: '[--name NAME]', description: 'Prints a greeting.',
 *   options: { name: { type: 'string', value: 'NAME', description: 'Who to greet.' } },
 *   examples: [{ command: '--name Li', result: 'Prints "hello Li".' }],
 *   async run({ io, options }) {
 *     await io.stdout.write(`hello ${options.name ?? 'world'}\n`)
 *     return 0
 *   },
 * })
 * hello.help().startsWith('Usage: eco-targets hello [--name NAME]') //=> true
 * ```
 */
export function defineCommand<const O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
): Command {
  const loose = spec as unknown as CommandSpec<Record<string, OptionSpec>>
  const config = Object.fromEntries(
    Object.entries({ ...loose.options, help: HELP_OPTION }).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short ? { short: o.short } : {}),
        ...(o.multiple ? { multiple: true } : {}),
      },
    ]),
  )
  const help = () => renderHelp(loose)
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    async execute(args, io) {
      let parsed: ReturnType<typeof parseArgs>
      try {
        parsed = parseArgs({
          args: [...args],
          options: config,
          allowPositionals: true,
          strict: true,
        })
      } catch (error) {
        throw usageErrorOf(error)
      }
      const { help: wantsHelp, ...values } = parsed.values as Record<string, unknown>
      if (wantsHelp) {
        await io.stdout.write(help())
        return 0
      }
      for (const [name, value] of Object.entries(values)) {
        const choices = loose.options[name]?.choices
        for (const v of Array.isArray(value) ? value : [value]) {
          if (choices && !choices.includes(v as string)) {
            throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${v}")`)
          }
        }
      }
      const { min = 0, max = 0 } = loose.positionals ?? {}
      if (parsed.positionals.length > max) {
        throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`)
      }
      if (parsed.positionals.length < min) {
        throw new UsageError(`missing argument (see the usage line)`)
      }
      return spec.run({
        io,
        options: values as OptionValues<O>,
        positionals: parsed.positionals,
      })
    },
  }
}
