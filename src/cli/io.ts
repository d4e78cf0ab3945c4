import { type CreateFileOptions, type OutputFile, openAtomicFile } from './output/atomic.js'

/**
 * Something text is written to (standard output or standard error). `write` may return a
 * promise that settles when the text has been handed over, so callers respect back-pressure.
 *
 * @category CLI
 */
export interface TextWriter {
  /** Writes the text as is (no newline is added). */
  write(text: string): void | Promise<void>
}

export type { CreateFileOptions, OutputFile } from './output/atomic.js'

/**
 * Everything the command line touches outside itself, injected so that `main` runs in-process
 * in tests: standard streams, whether standard error is a terminal, the working folder, and
 * file reading and (atomic) writing. {@link nodeIO} gives the real ones.
 *
 * @category CLI
 */
export interface CliIO {
  /** Standard input: a Node.js stream or any async iterable of chunks. */
  readonly stdin: AsyncIterable<Uint8Array | string>
  /** Standard output: results. */
  readonly stdout: TextWriter
  /** Standard error: messages, problems and progress. */
  readonly stderr: TextWriter
  /** True when standard error is a terminal; progress lines are shown only then. */
  readonly isTTY: boolean
  /** Folder that relative paths are resolved against. */
  readonly cwd: string
  /** Streams a file's bytes; errors (missing file, …) surface while iterating. */
  readFile(path: string): AsyncIterable<Uint8Array | string>
  /**
   * Creates a file that is written atomically (temporary file, then rename on commit); with
   * `overwrite: false` the commit fails with `EEXIST` when the path exists.
   */
  createFile(path: string, options?: CreateFileOptions): Promise<OutputFile>
}

/** The parts of `process` that {@link nodeIO} uses. @category CLI */
export interface NodeProcessLike {
  readonly stdin: AsyncIterable<Uint8Array | string>
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean | undefined }
  cwd(): string
}

function writerOf(stream: NodeJS.WritableStream): TextWriter {
  return {
    write(text) {
      if (stream.write(text)) return
      return new Promise<void>((resolve) => stream.once('drain', () => resolve()))
    },
  }
}

/**
 * The real input and output of a Node.js process. Standard input is opened only when a
 * command reads it. A closed pipe on standard output (`eco-targets plan | head`) ends the
 * process quietly instead of with an `EPIPE` error.
 *
 * @param proc - the process (default the current one)
 * @param readFile - how files are streamed (default `fs.createReadStream`)
 * @returns the process's {@link CliIO}
 * @category CLI
 * @example
 * ```ts
 * import { main } from './main.js'
 * process.exitCode = await main(process.argv.slice(2), nodeIO())
 * ```
 */
export function nodeIO(
  proc: NodeProcessLike = process,
  readFile: (path: string) => AsyncIterable<Uint8Array | string> = defaultReadFile,
): CliIO {
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
  return {
    get stdin() {
      return proc.stdin
    },
    stdout: writerOf(proc.stdout),
    stderr: writerOf(proc.stderr),
    isTTY: proc.stderr.isTTY === true,
    cwd: proc.cwd(),
    readFile,
    createFile: openAtomicFile,
  }
}

async function* defaultReadFile(path: string): AsyncIterable<Uint8Array> {
  const { createReadStream } = await import('node:fs')
  // 1 MiB reads instead of 64 kB: a quarter of the CPU time of reading a large export
  yield* createReadStream(path, { highWaterMark: 1 << 20 })
}
