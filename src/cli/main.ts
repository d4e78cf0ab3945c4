import { type Command, languageOf } from './command/index.js'
import { COMMANDS } from './commands/index.js'
import { EXIT_CODES, UsageError } from './errors.js'
import type { CliIO } from './io.js'
import { renderMainHelp } from './main-help.js'
import { reportError } from './output/error-report.js'
import { readPackageVersion } from './package-root.js'

export { EXIT_CODES } from './errors.js'
export type { CliIO } from './io.js'
export { renderMainHelp } from './main-help.js'
// The bundled sample's file list: the docs site and the sample generator read the same files.
export { SAMPLE_2022 } from './sample-files.js'

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
      return await reportError(io, command.name, error, argv)
    }
  } catch (error) {
    return reportError(io, undefined, error, argv)
  }
}
