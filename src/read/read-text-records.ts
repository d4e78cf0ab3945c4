import type { z } from 'zod'
import * as zm from 'zod/mini'
import { type ByteInput, inputChunks } from '../_lib/csv/bytes.js'
import { issue, text } from '../_lib/errors/catalogue.js'
import { InputError } from '../_lib/errors/input-error.js'
import { defineOptions } from '../_lib/options.js'
import { TEXT_FORMATS, type TextBatch, type TextRecords, textParser, textRecords } from './_text.js'

export type { TextRecords } from './_text.js'

/**
 * Options of {@link readTextRecords}: the `format` of the text (`csv`, `json` or `jsonl`) and
 * the `file` it is named by in messages (default `input`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReadTextRecordsOptionsSchema } from 'eco-targets'
 * Object.keys(ReadTextRecordsOptionsSchema.def.shape) //=> ['format', 'file']
 * ```
 */
export const ReadTextRecordsOptionsSchema = zm.strictObject({
  format: zm.enum(TEXT_FORMATS),
  file: zm.optional(zm.string()),
})

/** Options of {@link readTextRecords}. @category Schemas */
export type ReadTextRecordsOptions = z.input<typeof ReadTextRecordsOptionsSchema>

/** Whether a value is one of the forms of {@link ByteInput} (its chunks are checked as read). */
function isByteInput(input: unknown): input is ByteInput {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    return true
  }
  if (input === null || typeof input !== 'object') return false
  if (typeof Blob !== 'undefined' && input instanceof Blob) return true
  return (
    typeof (input as ReadableStream).getReader === 'function' ||
    Symbol.asyncIterator in input ||
    Symbol.iterator in input
  )
}

const OPTIONS = defineOptions('readTextRecords', ReadTextRecordsOptionsSchema, (o) => o)

/**
 * Streams the records of a CSV, JSON or JSON Lines file from its bytes or text, in batches, as
 * the bytes arrive. CSV is read by a byte scanner: quoted cells (commas, doubled quotes, line
 * breaks), LF, CRLF or CR line ends, blank lines skipped, UTF-8 with or without a byte-order
 * mark, or GBK (told from the bytes, as exports of Chinese spreadsheet programs are). JSON is
 * UTF-8: each element of a top-level array is a record (a large array is never held whole), a
 * top-level object is one record; JSON Lines has one value a line. gzip input is decompressed.
 * The input is not changed.
 *
 * @param input - the bytes or text: a string, a `Uint8Array`, or (async) chunks of them
 * @param options - the format and the file name for messages
 * @returns batches of records with their source, for a reader's `read`
 * @throws {@link InputError} at the first problem of syntax or encoding, at its file and line,
 *   after the batches before it; on bad options
 * @category Schemas
 * @example
 * ```ts
 * import { readTextRecords } from 'eco-targets'
 * const csv = '\uFEFFdate,PM2.5\r\n2022-01-01,"27"\r\n'
 * for await (const batch of readTextRecords(csv, { format: 'csv', file: 'a.csv' })) {
 *   batch.records //=> [{ date: '2022-01-01', 'PM2.5': '27' }]
 *   batch.source  //=> { file: 'a.csv', lines: [2], header: ['date', 'PM2.5'] }
 * }
 * ```
 */
export async function* readTextRecords(
  input: ByteInput,
  options: ReadTextRecordsOptions,
): AsyncGenerator<TextRecords> {
  const o = OPTIONS.resolve(options)
  const file = o.file ?? 'input'
  if (!isByteInput(input)) {
    throw new InputError('readTextRecords', [
      issue({
        code: 'invalid_type',
        path: [],
        expected: text(
          '文本、字节、Blob、ReadableStream 或分块的（异步）可迭代对象',
          'text, bytes, a Blob, a ReadableStream or an (async) iterable of chunks',
        ),
        received: input,
      }),
    ])
  }
  const parser = textParser(o.format, file)
  const emit = (batch: TextBatch) => {
    if (batch.problems.length > 0) throw new InputError(file, batch.problems)
  }
  // a CSV file without rows still gives its header, once, for the reader to check
  let yielded = false
  for await (const chunk of inputChunks(input, { compressed: false })) {
    const batch = parser.push(chunk)
    if (batch.records.length > 0) {
      yielded = true
      yield textRecords(batch, file)
    }
    emit(batch)
  }
  const last = parser.end()
  if (last.records.length > 0 || (last.header && !yielded)) yield textRecords(last, file)
  emit(last)
}
