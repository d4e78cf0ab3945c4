import { type ByteInput, type InputInfo, inputChunks } from '../../../_lib/csv/bytes.js'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { ReadCore } from './_reader.js'
import type { HourlyBatch, ReadHourlyOptionsResolved } from './types.js'

/**
 * Streams the batches of one reading: chunks in, batches out as they fill; the problems found
 * are thrown as one {@link InputError} at the end (or once reading stopped).
 */
export async function* runReading(
  input: ByteInput,
  options: ReadHourlyOptionsResolved,
  core: ReadCore,
  info: InputInfo,
): AsyncGenerator<HourlyBatch> {
  try {
    for await (const chunk of inputChunks(input, info)) {
      const going = core.push(chunk)
      while (core.ready.length > 0) yield core.ready.shift() as HourlyBatch
      if (!going) break
    }
  } catch (error) {
    if (!info.compressed || error instanceof InputError || !(error instanceof Error)) throw error
    // DecompressionStream rejects damaged or cut-off gzip data with a TypeError
    throw new InputError(options.file, [
      issue({
        code: 'invalid_format',
        path: [],
        expected: expect.gzip(),
        receivedText: 'damaged or incomplete gzip data',
        location: { file: options.file },
        hint: text('文件可能未下载完整', 'the file may be cut off'),
      }),
    ])
  }
  core.end()
  while (core.ready.length > 0) yield core.ready.shift() as HourlyBatch
  const error = core.error()
  if (error) throw error
}
