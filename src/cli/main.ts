import {
  type CliLang,
  type Command,
  inLanguage,
  languageOf,
  renderExitCodes,
} from './command/index.js'
import { COMMANDS } from './commands/index.js'
import { EXIT_CODES, OutputError, UsageError } from './errors.js'
import type { CliIO } from './io.js'
import { readPackageVersion } from './package-root.js'

export { EXIT_CODES } from './errors.js'
export type { CliIO } from './io.js'

/**
 * The top-level help: the commands, the global options and the exit codes.
 *
 * @param commands - the dispatch table (default {@link COMMANDS})
 * @param lang - the language (default Chinese)
 * @returns the help text
 * @category CLI
 * @example
 * ```ts
 * renderMainHelp(COMMANDS, 'en').startsWith('Usage: eco-targets <command> [options]') //=> true
 * ```
 */
export function renderMainHelp(
  commands: Readonly<Record<string, Command>> = COMMANDS,
  lang: CliLang = 'zh',
): string {
  const names = Object.keys(commands)
  const width = Math.max(...names.map((n) => n.length)) + 3
  const list = names.map(
    (n) => `  ${n.padEnd(width)}${inLanguage(commands[n]?.summary ?? '', lang)}`,
  )
  const exitCodes = renderExitCodes(true, lang)
  if (lang === 'zh') {
    return `${[
      '用法：eco-targets <命令> [选项]',
      '',
      '在命令行上查看生态环境工作方案的目标、任务和数据：内置的 2022 年方案，或您自己的方案文件',
      '（eco-targets plan init 可生成一份起始文件）。',
      '',
      '命令：',
      ...list,
      '',
      '选项：',
      '      --lang zh|en  文字和提示的语言（默认 zh，中文）；各命令都有此选项。',
      '  -h, --help      显示本帮助；eco-targets <命令> --help 显示该命令的帮助。',
      '  -V, --version   显示版本号。',
      '',
      '示例：',
      '  $ eco-targets evaluate --sample',
      '    内置合成示例的报告：2022 年方案截至 2022-12-31 的每项目标。',
      '  $ eco-targets evaluate data.csv --plan my-city-2026.yaml',
      '    用您自己的方案文件（JSON 或 YAML）生成同样的报告。',
      '  $ eco-targets aqi --pm25 80',
      '    AQI 107（PM2.5 80 µg/m³，HJ 633-2012 日报）。',
      '',
      exitCodes.replace('满足 --fail-on 条件', '满足 --fail-on 条件（带 --fail-on 的命令）'),
    ].join('\n')}\n`
  }
  return `${[
    'Usage: eco-targets <command> [options]',
    '',
    "An ecological-environment work plan's targets, tasks and data on the command line: the",
    'bundled 2022 plan, or your own plan file (eco-targets plan init writes a starter).',
    '',
    'Commands:',
    ...list,
    '',
    'Options:',
    '      --lang zh|en  Language of texts and messages (default zh, Chinese); every command has it.',
    '  -h, --help      Show this help; eco-targets <command> --help shows a command’s help.',
    '  -V, --version   Show the version.',
    '',
    'Example:',
    '  $ eco-targets evaluate --sample',
    '    The report on the bundled synthetic sample: every target of the 2022 plan as of 2022-12-31.',
    '  $ eco-targets evaluate data.csv --plan my-city-2026.yaml',
    '    The same report for your own plan file (JSON or YAML).',
    '  $ eco-targets aqi --pm25 80',
    '    AQI 107 (PM2.5 80 µg/m³, HJ 633-2012 daily report).',
    '',
    exitCodes.replace(
      'a --fail-on condition was met',
      'a --fail-on condition was met (commands with --fail-on)',
    ),
  ].join('\n')}\n`
}

/** The library's `InputError` (checked by shape, so that the library loads only when needed). */
function isLibraryInputError(
  error: unknown,
): error is Error & { issues: readonly import('../standards/air/index.js').InputIssue[] } {
  return (
    error instanceof Error &&
    error.name === 'InputError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  )
}

async function report(
  io: CliIO,
  command: string | undefined,
  error: unknown,
  argv: readonly string[] = [],
): Promise<number> {
  const prefix = command ? `eco-targets ${command}` : 'eco-targets'
  const lang = languageOf(argv)
  if (error instanceof UsageError) {
    const help = command ? `eco-targets ${command} --help` : 'eco-targets --help'
    const run = lang === 'zh' ? `用法见 "${help}"。` : `Run "${help}" for usage.`
    await io.stderr.write(`${prefix}: ${error.text[lang]}\n${run}\n`)
  } else if (isLibraryInputError(error)) {
    // bad input: the library's InputError, from the library or from the command line's readers,
    // printed by the library's formatter (`file:line: column: message`); an issue that names no
    // file is about the command's own arguments
    const { formatInputIssue } = await import('../standards/air/index.js')
    const lines = error.issues.map((i) => {
      const line = formatInputIssue(i, { lang })
      return i.location?.file ? line : `${prefix}: ${line}`
    })
    const limit = (error as { limit?: unknown }).limit
    if (typeof limit === 'number') {
      const { stoppedReadingNote } = await import('./input/problems.js')
      lines.push(stoppedReadingNote(error as never, lang))
    }
    await io.stderr.write(`${lines.join('\n')}\n`)
  } else if (error instanceof OutputError) {
    await io.stderr.write(`${prefix}: ${error.message}\n`)
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    const unexpected =
      lang === 'zh' ? '意外错误（请报告此问题）' : 'unexpected error (please report it)'
    await io.stderr.write(`${prefix}: ${unexpected}: ${detail}\n`)
  }
  return EXIT_CODES.error
}

/**
 * Runs the `eco-targets` command line: parses the arguments, dispatches to the command and
 * returns the exit code (0 success, 1 a `--fail-on` condition met, 2 bad usage, bad input or
 * an output that could not be written). All input and output goes through `io`, so tests run
 * it in-process.
 *
 * @param argv - the arguments after the program name
 * @param io - the process's input and output ({@link nodeIO} for the real ones)
 * @param commands - the dispatch table (default {@link COMMANDS})
 * @returns the exit code
 * @category CLI
 * @example
 * ```ts
 * await main(['plan', '--domain', 'air', '--json'], nodeIO()) //=> 0
 * await main(['nope'], nodeIO())                               //=> 2
 * ```
 */
export async function main(
  argv: readonly string[],
  io: CliIO,
  commands: Readonly<Record<string, Command>> = COMMANDS,
): Promise<number> {
  const [first] = argv
  const lang = languageOf(argv)
  // `--lang X` may come anywhere; the top level reads it and leaves the rest
  const topLevel = argv.filter(
    (a, i) => !(a === '--lang' || a.startsWith('--lang=') || (i > 0 && argv[i - 1] === '--lang')),
  )
  try {
    if (first === undefined || topLevel.length === 0) {
      await io.stderr.write(renderMainHelp(commands, lang))
      return EXIT_CODES.error
    }
    const [head, ...tail] = topLevel
    if (head === '--help' || head === '-h' || head === 'help') {
      const topic = tail[0] === undefined ? undefined : commands[tail[0]]
      if (tail[0] !== undefined && !topic) {
        throw new UsageError({
          zh: `未知命令 "${tail[0]}"`,
          en: `unknown command "${tail[0]}"`,
        })
      }
      await io.stdout.write(topic ? await topic.help(lang) : renderMainHelp(commands, lang))
      return EXIT_CODES.ok
    }
    if (head === '--version' || head === '-V') {
      await io.stdout.write(`${readPackageVersion()}\n`)
      return EXIT_CODES.ok
    }
    const command = commands[head as string]
    if (!command) {
      const list = Object.keys(commands).join(', ')
      throw new UsageError(
        first.startsWith('-')
          ? {
              zh: `未知选项 ${first}（命令：${list}）`,
              en: `unknown option ${first} (commands: ${list})`,
            }
          : {
              zh: `未知命令 "${first}"（命令：${list}）`,
              en: `unknown command "${first}" (commands: ${list})`,
            },
      )
    }
    try {
      const args = argv.slice()
      args.splice(argv.indexOf(head as string), 1)
      return await command.execute(args, io)
    } catch (error) {
      return await report(io, command.name, error, argv)
    }
  } catch (error) {
    return report(io, undefined, error, argv)
  }
}
