import { resolve } from 'node:path'
import type { CliIO } from '../io.js'

/**
 * A named input: a file or standard input. `name` is what messages show (the path as the user
 * typed it, or `<stdin>`).
 *
 * @category CLI
 */
export interface InputSource {
  /** The file as the user named it, or `<stdin>`. */
  readonly name: string
  /** Streams the raw chunks; read once. */
  open(): AsyncIterable<Uint8Array | string>
}

/** The name messages use for standard input. @category CLI */
export const STDIN_NAME = '<stdin>'

/**
 * Opens a command-line input argument: `-` is standard input, anything else a file resolved
 * against the working folder. Nothing is read until the source is iterated.
 *
 * @param argument - `-` or a path
 * @param io - the process's input and output
 * @returns the source
 * @category CLI
 * @example
 * ```ts
 * openInput('-', io).name           //=> '<stdin>'
 * openInput('data/a.csv', io).name  //=> 'data/a.csv'
 * ```
 */
export function openInput(argument: string, io: CliIO): InputSource {
  if (argument === '-') return { name: STDIN_NAME, open: () => io.stdin }
  return { name: argument, open: () => io.readFile(resolve(io.cwd, argument)) }
}
