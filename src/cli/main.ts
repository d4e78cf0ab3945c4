import { type Command, renderExitCodes } from './command/index.js'
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
 * @returns the help text
 * @category CLI
 * @example
 * ```ts
 * renderMainHelp().startsWith('Usage: eco-targets <command> [options]') //=> true
 * ```
 */
export function renderMainHelp(commands: Readonly<Record<string, Command>> = COMMANDS): string {
  const names = Object.keys(commands)
  const width = Math.max(...names.map((n) => n.length)) + 3
  return `${[
    'Usage: eco-targets <command> [options]',
    '',
    "An ecological-environment work plan's targets, tasks and data on the command line: the",
    'bundled 2022 plan, or your own plan file (eco-targets plan init writes a starter).',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}${commands[n]?.summary}`),
    '',
    'Options:',
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
    renderExitCodes(true).replace(
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

/** The `--lang` of the command line, for messages written before a command has parsed it. */
function languageOf(argv: readonly string[]): 'zh' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.slice(7) : argv[i + 1]
  return value === 'zh' ? 'zh' : 'en'
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
    await io.stderr.write(`${prefix}: unexpected error (please report it): ${detail}\n`)
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
  const [first, ...rest] = argv
  try {
    if (first === undefined) {
      await io.stderr.write(renderMainHelp(commands))
      return EXIT_CODES.error
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0] === undefined ? undefined : commands[rest[0]]
      if (rest[0] !== undefined && !topic) throw new UsageError(`unknown command "${rest[0]}"`)
      await io.stdout.write(topic ? await topic.help() : renderMainHelp(commands))
      return EXIT_CODES.ok
    }
    if (first === '--version' || first === '-V') {
      await io.stdout.write(`${readPackageVersion()}\n`)
      return EXIT_CODES.ok
    }
    const command = commands[first]
    if (!command) {
      const list = Object.keys(commands).join(', ')
      throw new UsageError(
        first.startsWith('-')
          ? `unknown option ${first} (commands: ${list})`
          : `unknown command "${first}" (commands: ${list})`,
      )
    }
    try {
      return await command.execute(rest, io)
    } catch (error) {
      return await report(io, command.name, error, rest)
    }
  } catch (error) {
    return report(io, undefined, error, argv)
  }
}
