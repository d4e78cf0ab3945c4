import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CliIO, OutputFile } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'

/** An in-memory {@link CliIO}: captured output, a virtual file system, scripted stdin. */
export interface MemoryIO extends CliIO {
  /** Everything written to standard output. */
  readonly stdoutText: () => string
  /** Everything written to standard error. */
  readonly stderrText: () => string
  /** Virtual files by absolute path (committed outputs land here too). */
  readonly files: Map<string, string | Uint8Array>
  /** Paths of files created but not committed (aborted or left open). */
  readonly uncommitted: Set<string>
}

export interface MemoryIOOptions {
  readonly stdin?: string | Uint8Array | readonly (string | Uint8Array)[]
  readonly files?: Readonly<Record<string, string | Uint8Array>>
  readonly isTTY?: boolean
  readonly cwd?: string
  /** Read files missing from `files` from the real disk (for the bundled sample). */
  readonly disk?: boolean
  /** Make createFile fail with this error code (ENOENT, EACCES, …). */
  readonly createError?: string
}

export function memoryIO(options: MemoryIOOptions = {}): MemoryIO {
  const cwd = options.cwd ?? '/work'
  let out = ''
  let err = ''
  const files = new Map<string, string | Uint8Array>(
    Object.entries(options.files ?? {}).map(([p, c]) => [resolve(cwd, p), c]),
  )
  const uncommitted = new Set<string>()
  const stdinChunks =
    options.stdin === undefined
      ? []
      : Array.isArray(options.stdin)
        ? options.stdin
        : [options.stdin]
  return {
    stdin: (async function* () {
      yield* stdinChunks as (string | Uint8Array)[]
    })(),
    stdout: {
      write: (t) => {
        out += t
      },
    },
    stderr: {
      write: (t) => {
        err += t
      },
    },
    isTTY: options.isTTY ?? false,
    cwd,
    readFile: (path) =>
      (async function* () {
        const content = files.get(path)
        if (content === undefined && options.disk) {
          yield await readFile(path)
          return
        }
        if (content === undefined) {
          throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
        }
        yield content
      })(),
    async createFile(path, createOptions): Promise<OutputFile> {
      if (options.createError) {
        throw Object.assign(new Error(options.createError), { code: options.createError })
      }
      let text = ''
      uncommitted.add(path)
      return {
        write: async (t) => {
          text += t
        },
        commit: async () => {
          if (createOptions?.overwrite === false && files.has(path)) {
            uncommitted.delete(path)
            throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' })
          }
          files.set(path, text)
          uncommitted.delete(path)
        },
        abort: async () => undefined,
      }
    },
    stdoutText: () => out,
    stderrText: () => err,
    files,
    uncommitted,
  }
}

/**
 * Runs `main` in-process in English and returns the exit code and the captured output: the
 * command line's default language is Chinese, and most tests check English texts, so `--lang en`
 * is added unless the arguments choose a language (or are empty). {@link runAsIs} runs them as
 * given.
 */
export async function run(argv: readonly string[], options: MemoryIOOptions = {}) {
  const chosen = argv.some((a) => a === '--lang' || a.startsWith('--lang='))
  const end = argv.indexOf('--')
  const args =
    chosen || argv.length === 0
      ? argv
      : end < 0
        ? [...argv, '--lang', 'en']
        : [...argv.slice(0, end), '--lang', 'en', ...argv.slice(end)]
  return runAsIs(args, options)
}

/** Runs `main` in-process with the arguments as given (the default language is Chinese). */
export async function runAsIs(argv: readonly string[], options: MemoryIOOptions = {}) {
  const io = memoryIO(options)
  const code = await main(argv, io)
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io }
}

/** The text of a virtual file written by a command. */
export function fileText(io: MemoryIO, path: string): string | undefined {
  const content = io.files.get(resolve(io.cwd, path))
  return typeof content === 'string' ? content : content && new TextDecoder().decode(content)
}
