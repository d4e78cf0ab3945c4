import { describeSystemErrorIn } from '../errors.js'
import { expectations, InputError, inputError, issueAt, localizedText } from './located.js'
import type { InputSource } from './source.js'

const BOM = '\uFEFF'

/**
 * Decodes a source as UTF-8 text, chunk by chunk: a leading byte-order mark is dropped, and
 * bytes that are not UTF-8 (a GBK export, say) stop the command with a message naming the file
 * and the line, instead of being read as garbled text.
 *
 * @param source - the input
 * @returns the text chunks
 * @throws {@link InputError} when the file cannot be read or is not UTF-8
 * @category CLI
 * @example
 * ```ts
 * for await (const text of decodeText(textInput('a.csv', '\uFEFFdate\n'))) text //=> 'date\n'
 * ```
 */
export async function* decodeText(source: InputSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let first = true
  let lines = 1
  const emit = (text: string) => {
    const out = first && text.startsWith(BOM) ? text.slice(1) : text
    if (text.length > 0) first = false
    for (let i = out.indexOf('\n'); i !== -1; i = out.indexOf('\n', i + 1)) lines++
    return out
  }
  let current: Uint8Array | string = ''
  try {
    for await (const chunk of source.open()) {
      current = chunk
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
      const out = emit(text)
      if (out.length > 0) yield out
    }
    const rest = emit(decoder.decode())
    if (rest.length > 0) yield rest
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      // The failing chunk is re-read leniently to find the line of the first bad byte.
      const lenient = typeof current === 'string' ? current : new TextDecoder().decode(current)
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')))
      throw inputError([
        issueAt(
          { file: source.name, line: lines + before.split('\n').length - 1 },
          {
            code: 'invalid_format',
            expected: expectations.utf8Text(),
            receivedText: null,
            hint: localizedText(
              '可能是 GBK 导出的文件；请另存为 UTF-8 后重试',
              'a GBK export? save it as UTF-8 and try again',
            ),
          },
        ),
      ])
    }
    throw unreadable(source.name, error)
  }
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
