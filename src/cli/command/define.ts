import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import { HELP_OPTION, LANG_OPTION, renderCommandHelp } from './help.js'
import type { CliLang, Command, CommandSpec, OptionSpec, OptionValues } from './types.js'

function usageErrorOf(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message
    return new UsageError({ zh: `未知选项 ${option}`, en: `unknown option ${option}` })
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = (/(--[\w-]+)/.exec(message) ?? /'(-\w)/.exec(message))?.[1]
    if (option && message.includes('ambiguous')) {
      return new UsageError({
        zh: `选项 ${option}：以 "-" 开头的值请写成 ${option}=VALUE`,
        en: `option ${option}: write a value that starts with "-" as ${option}=VALUE`,
      })
    }
    if (!option) return new UsageError(message)
    return new UsageError(
      message.includes('argument missing')
        ? { zh: `选项 ${option} 需要一个值`, en: `option ${option} needs a value` }
        : { zh: `选项 ${option} 不带值`, en: `option ${option} takes no value` },
    )
  }
  return new UsageError(message)
}

/**
 * The `--lang` of arguments not yet parsed (default Chinese).
 *
 * @param argv - the arguments
 * @returns the language
 * @category CLI
 */
export function languageOf(argv: readonly string[]): CliLang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.slice(7) : argv[i + 1]
  return value === 'en' ? 'en' : 'zh'
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
 * (await hello.help('en')).startsWith('Usage: eco-targets hello [--name NAME]') //=> true
 * ```
 */
export function defineCommand<const O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
): Command {
  const loose = spec as unknown as CommandSpec<Record<string, OptionSpec>>
  const config = Object.fromEntries(
    Object.entries({ lang: LANG_OPTION as OptionSpec, ...loose.options, help: HELP_OPTION }).map(
      ([name, o]) => [
        name,
        {
          type: o.type,
          ...(o.short ? { short: o.short } : {}),
          ...(o.multiple ? { multiple: true } : {}),
        },
      ],
    ),
  )
  // The help's option column is padded by display width, from the air entry, loaded for help.
  const help = async (lang: CliLang = 'zh') => {
    const { displayWidth } = await import('../../standards/air/index.js')
    return renderCommandHelp(loose, lang, displayWidth)
  }
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
      const lang: CliLang = values.lang === 'en' ? 'en' : 'zh'
      if (wantsHelp) {
        await io.stdout.write(await help(lang))
        return 0
      }
      for (const [name, value] of Object.entries(values)) {
        const choices = (name === 'lang' ? (LANG_OPTION as OptionSpec) : loose.options[name])
          ?.choices
        for (const v of Array.isArray(value) ? value : [value]) {
          if (choices && !choices.includes(v as string)) {
            throw new UsageError({
              zh: `--${name} 应为 ${choices.join(', ')} 之一（实际为 "${v}"）`,
              en: `--${name} must be one of ${choices.join(', ')} (got "${v}")`,
            })
          }
        }
      }
      const { min = 0, max = 0 } = loose.positionals ?? {}
      if (parsed.positionals.length > max) {
        throw new UsageError({
          zh: `多余的参数 "${parsed.positionals[max]}"`,
          en: `unexpected argument "${parsed.positionals[max]}"`,
        })
      }
      if (parsed.positionals.length < min) {
        throw new UsageError({
          zh: '缺少参数（见用法行）',
          en: 'missing argument (see the usage line)',
        })
      }
      return spec.run({
        io,
        options: values as OptionValues<O>,
        positionals: parsed.positionals,
        lang,
      })
    },
  }
}
