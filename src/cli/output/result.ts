import { resolve } from 'node:path'
import { describeSystemError, OutputError } from '../errors.js'
import type { CliIO, CreateFileOptions, OutputFile } from '../io.js'

/**
 * Opens the `--out` file of a command for atomic writing; `-` or no path means standard
 * output (which cannot be taken back, so commands write there only a finished result).
 *
 * @param io - the process's input and output
 * @param out - the `--out` path as the user typed it
 * @param options - `overwrite: false` keeps an existing file
 * @returns the file; `commit` publishes it, `abort` leaves the path untouched
 * @throws {@link OutputError} when the file cannot be created (missing folder, no permission)
 * @category CLI
 * @example
 * ```ts
 * const file = await openResultFile(io, 'report.md')
 * await file.write(text)
 * await file.commit()
 * ```
 */
export async function openResultFile(
  io: CliIO,
  out: string | undefined,
  options: CreateFileOptions = {},
): Promise<OutputFile> {
  if (out === undefined || out === '-') {
    return {
      write: async (text) => {
        await io.stdout.write(text)
      },
      commit: async () => undefined,
      abort: async () => undefined,
    }
  }
  const fail = (error: unknown) =>
    new OutputError(
      `cannot write ${out}: ${describeSystemError(error)}`,
      (error as { code?: string } | null)?.code,
    )
  let file: OutputFile
  try {
    file = await io.createFile(resolve(io.cwd, out), options)
  } catch (error) {
    throw fail(error)
  }
  return {
    async write(text) {
      try {
        await file.write(text)
      } catch (error) {
        await file.abort()
        throw fail(error)
      }
    },
    async commit() {
      try {
        await file.commit()
      } catch (error) {
        throw fail(error)
      }
    },
    abort: () => file.abort(),
  }
}

/**
 * Writes a finished result to standard output, or atomically to the `--out` file.
 *
 * @param io - the process's input and output
 * @param text - the whole result
 * @param out - the `--out` path, `-` or undefined for standard output
 * @param options - `overwrite: false` keeps an existing file (the write fails with `EEXIST`)
 * @throws {@link OutputError} when the file cannot be written (the path is then untouched)
 * @category CLI
 * @example
 * ```ts
 * await writeResult(io, `${JSON.stringify(schema, null, 2)}\n`, options.out)
 * ```
 */
export async function writeResult(
  io: CliIO,
  text: string,
  out?: string,
  options: CreateFileOptions = {},
): Promise<void> {
  const file = await openResultFile(io, out, options)
  await file.write(text)
  await file.commit()
}
