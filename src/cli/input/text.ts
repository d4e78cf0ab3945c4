import { describeSystemErrorIn } from '../errors.js'
import { expectations, type InputError, inputError, issueAt } from './located.js'
import type { InputSource } from './source.js'

/**
 * The whole text of a source (a plan file, a lake list), decoded by the library's `readText`
 * as the CSV readers decode theirs: UTF-8 with or without a byte-order mark, or GBK.
 *
 * @param source - the input
 * @returns the text
 * @throws {@link InputError} when the file cannot be read or is not text
 * @category CLI
 */
export async function readSourceText(source: InputSource): Promise<string> {
  const { readText } = await import('../../index.js')
  return readText(readableBytes(source), { file: source.name })
}

/**
 * The problem of a file that cannot be read: a file was expected, the system's reason was
 * received (`no such file or folder`).
 *
 * @param file - the file as the user named it
 * @param error - what `node:fs` threw
 * @returns the input error
 * @category CLI
 */
export function unreadable(file: string, error: unknown): InputError {
  const reason = describeSystemErrorIn(error)
  return inputError([
    issueAt(
      { file },
      {
        code: 'invalid_value',
        expected: expectations.readableFile(),
        receivedText: null,
        hint: reason,
      },
    ),
  ])
}

/**
 * The chunks of a source, a failure to read it (no such file, a folder) as the problem of an
 * unreadable file.
 *
 * @param source - the file or standard input
 * @returns the chunks
 * @throws {@link InputError} when the source cannot be read
 * @category CLI
 */
export async function* readableBytes(source: InputSource): AsyncGenerator<Uint8Array | string> {
  try {
    yield* source.open()
  } catch (error) {
    throw unreadable(source.name, error)
  }
}
