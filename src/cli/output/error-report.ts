import { languageOf } from '../command/index.js'
import { EXIT_CODES, OutputError, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'

/** The library's `InputError` (checked by shape, so that the library loads only when needed). */
function isLibraryInputError(
  error: unknown,
): error is Error & { issues: readonly import('../../standards/air/index.js').InputIssue[] } {
  return (
    error instanceof Error &&
    error.name === 'InputError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  )
}

/**
 * Writes what went wrong to standard error, as the command line words each kind of failure: a
 * usage error with the way to the help, the library's `InputError` by its formatter (located
 * issues, and where reading stopped), an output that could not be written, or an unexpected
 * error with its stack.
 *
 * @param io - the streams
 * @param command - the command that failed, if one was found
 * @param error - what was thrown
 * @param argv - the arguments (their `--lang`)
 * @returns the exit code, 2
 */
export async function reportError(
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
    const { formatInputIssue } = await import('../../standards/air/index.js')
    const lines = error.issues.map((i) => {
      const line = formatInputIssue(i, { lang })
      return i.location?.file ? line : `${prefix}: ${line}`
    })
    const limit = (error as { limit?: unknown }).limit
    if (typeof limit === 'number') {
      const { stoppedReadingNote } = await import('../input/problems.js')
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
