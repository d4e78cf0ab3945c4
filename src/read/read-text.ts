import type { z } from 'zod'
import * as zm from 'zod/mini'
import { type ByteInput, inputChunks } from '../_lib/csv/bytes.js'
import { byteOrderMark } from '../_lib/csv/text.js'
import { expect, text } from '../_lib/errors/catalogue.js'
import { InputError } from '../_lib/errors/input-error.js'
import { defineOptions } from '../_lib/options.js'
import { issueAt } from './_header.js'

/**
 * Options of {@link readText}: the `file` the text is named by in messages (default `input`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReadTextOptionsSchema } from 'eco-targets'
 * Object.keys(ReadTextOptionsSchema.def.shape) //=> ['file']
 * ```
 */
export const ReadTextOptionsSchema = zm.strictObject({
  file: zm.optional(zm.string()),
})

/** Options of {@link readText}. @category Schemas */
export type ReadTextOptions = z.input<typeof ReadTextOptionsSchema>

const OPTIONS = defineOptions('readText', ReadTextOptionsSchema, (o) => o)

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * The whole text of a file (a plan file, a list), decoded as the CSV readers decode theirs: UTF-8,
 * its byte-order mark dropped, or GBK when the bytes are not UTF-8 (as exports of Chinese
 * spreadsheet programs are); gzip input is decompressed. A UTF-16 file, or bytes that are not
 * UTF-8 after a UTF-8 byte-order mark, is an input error at its line. The input is not changed.
 *
 * @param input - the bytes or text: a string, a `Uint8Array`, or (async) chunks of them
 * @param options - the file name for messages
 * @returns the text
 * @throws {@link InputError} for a UTF-16 file or bytes that are not text; on bad options
 * @category Schemas
 * @example
 * ```ts
 * import { readText } from 'eco-targets'
 * // 乌兰察布 in GBK
 * const gbk = new Uint8Array([0xce, 0xda, 0xc0, 0xbc, 0xb2, 0xec, 0xb2, 0xbc, 0x0a])
 * await readText(gbk, { file: 'lakes.txt' }) //=> '乌兰察布\n'
 * await readText('\uFEFFname: plan\n')       //=> 'name: plan\n'
 * ```
 */
export async function readText(input: ByteInput, options?: ReadTextOptions): Promise<string> {
  const file = OPTIONS.resolve(options).file ?? 'input'
  const chunks: Uint8Array[] = []
  for await (const chunk of inputChunks(input, { compressed: false })) chunks.push(chunk)
  let bytes = joined(chunks)
  const mark = byteOrderMark(bytes)
  if (mark === 'utf-16le' || mark === 'utf-16be') {
    throw new InputError(file, [
      issueAt(file, 1, undefined, {
        code: 'invalid_format',
        expected: expect.textEncoding(),
        receivedText: mark.toUpperCase(),
        hint: text('请另存为 UTF-8', 'save the file as UTF-8'),
      }),
    ])
  }
  if (mark === 'utf-8') bytes = bytes.subarray(3)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    if (mark === null) return new TextDecoder('gbk').decode(bytes)
  }
  // a UTF-8 byte-order mark, then bytes that are not UTF-8: the line of the first bad byte
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length
  throw new InputError(file, [
    issueAt(file, line, undefined, {
      code: 'invalid_format',
      expected: expect.textEncoding(),
      receivedText: 'bytes that are not UTF-8',
      hint: text('文件以 UTF-8 字节顺序标记开头', 'the file starts with a UTF-8 byte-order mark'),
    }),
  ])
}
