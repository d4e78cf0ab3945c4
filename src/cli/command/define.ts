import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import { HELP_OPTION, renderCommandHelp } from './help.js'
import type { Command, CommandSpec, OptionSpec, OptionValues } from './types.js'

function usageErrorOf(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message
    return new UsageError(`unknown option ${option}`)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = (/(--[\w-]+)/.exec(message) ?? /'(-\w)/.exec(message))?.[1]
    if (option && message.includes('ambiguous')) {
      return new UsageError(
        `option ${option}: write a value that starts with "-" as ${option}=VALUE`,
      )
    }
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
  const help = () => renderCommandHelp(loose)
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
