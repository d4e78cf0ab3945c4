import * as zm from 'zod/mini'
import { issue, text } from '../_lib/errors/catalogue.js'
import { InputError } from '../_lib/errors/input-error.js'
import type { InputIssue } from '../_lib/errors/issue.js'
import { defineOptions } from '../_lib/options.js'
import type { CoreReader, ReadRecord } from './_reader.js'
import { TEXT_FORMATS, type TextFormat, textParser, textRecords } from './_text.js'
import { type RecordsReader, RecordsSourceSchema } from './records-reader.js'

const SOURCE = defineOptions('source', RecordsSourceSchema, (o) => o)

/** The options a one-file reader adds for text input: its format and its name. */
export const TEXT_OPTIONS = {
  format: zm.optional(zm.enum(TEXT_FORMATS)),
  file: zm.optional(zm.string()),
}

/** The public face of a core reader: sources checked, results in the public shape. */
export function publicReader<T>(
  core: CoreReader<T>,
  check?: (records: readonly ReadRecord<T>[]) => InputIssue[],
): RecordsReader<T> {
  return {
    read(records, source) {
      if (source !== undefined) SOURCE.resolve(source)
      return core.read(records, source)
    },
    addProblems: (problems) => core.addProblems(problems),
    get stopped() {
      return core.stopped
    },
    finish() {
      const out = core.finish(check)
      return {
        values: out.records.map((r) => r.value),
        locations: out.records.map((r) => r.location),
        files: out.files.map((f) => ({ ...f })),
        problems: out.problems,
        stoppedAfter: out.stoppedAfter,
      }
    },
  }
}

const isChunk = (c: unknown): c is string | Uint8Array =>
  typeof c === 'string' || c instanceof Uint8Array

/**
 * Feeds the text of one file to a reader, chunk by chunk, as `readTextRecords` parses it; the
 * file's first problem of syntax or encoding goes to the reader after the records before it.
 *
 * @throws {@link InputError} when the input is not text or bytes
 */
export function readText(
  reader: RecordsReader<unknown>,
  input: unknown,
  format: TextFormat,
  file: string,
  name: string,
): void {
  const chunks = isChunk(input) ? [input] : Array.isArray(input) ? input : undefined
  const bad = chunks === undefined ? -1 : chunks.findIndex((c) => !isChunk(c))
  if (chunks === undefined || bad !== -1) {
    throw new InputError(name, [
      issue({
        code: 'invalid_type',
        path: bad > -1 ? [bad] : [],
        expected: text('文本、字节或其分块', 'text, bytes or chunks of them'),
        received: bad > -1 ? chunks?.[bad] : input,
        hint: text(`format 为 ${format}`, `the format is ${format}`),
      }),
    ])
  }
  const parser = textParser(format, file)
  for (let i = 0; i <= chunks.length; i++) {
    const batch = i < chunks.length ? parser.push(chunks[i] as string | Uint8Array) : parser.end()
    const { records, source } = textRecords(batch, file)
    if (!reader.read(records, source)) return
    if (batch.problems.length > 0) {
      reader.addProblems(batch.problems)
      return
    }
  }
}
