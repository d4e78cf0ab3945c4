import type { ByteInput } from '../../../_lib/csv/bytes.js'
import { streamHourlyCsvOptions } from './_options.js'
import { ReadCore } from './_reader.js'
import { runReading } from './_run.js'
import type { StreamHourlyCsvOptions } from './options.js'
import type { HourlyBatch } from './types.js'

/**
 * Reads an hourly monitoring export (CSV, plain or gzip-compressed, UTF-8 or GBK) as it
 * streams, in batches of columns: memory stays flat whatever the size of the file. The layout
 * is told from the header ({@link HourlyLayout}); every cell follows the same rules (numbers in
 * plain decimal notation, the no-value texts of `NA`, `--`, `/` …, no negative value, CO in
 * mg/m³). Problems are collected with their file, line and column; once one is found no further
 * batch is handed out, and at the end (or after `maxIssues` problems, or at a problem in the
 * header) they are thrown together.
 *
 * Batches hand over their arrays: keep them as they are or copy them, the reader does not touch
 * them again. `stations` (and `stationInfo`) list every station met so far, so station indices
 * stay the same across the batches of one file.
 *
 * @param input - bytes, text, a `Blob`, a web `ReadableStream`, or an (async) iterable of
 *   chunks such as a Node.js stream
 * @param options - see {@link StreamHourlyCsvOptionsSchema}
 * @returns the batches, in file order
 * @throws {@link InputError} with every problem found, from the iteration; for unknown or bad
 *   options, from the call itself
 * @throws TypeError when the input is none of the accepted forms
 * @category Air
 * @example
 * ```ts
 * import { streamHourlyCsv } from 'eco-targets/air'
 * const csv = 'station,time,pm25\n2197A,2022-01-02T01:00,27\n2197A,2022-01-02T02:00,NA\n'
 * let records = 0
 * for await (const batch of streamHourlyCsv(csv, { batchSize: 1 })) records += batch.length
 * records //=> 2
 * ```
 */
export function streamHourlyCsv(
  input: ByteInput,
  options?: StreamHourlyCsvOptions,
): AsyncGenerator<HourlyBatch, void, undefined> {
  // the options are checked at the call, not at the first batch
  const resolved = streamHourlyCsvOptions.resolve(options)
  return runReading(input, resolved, new ReadCore(resolved), { compressed: false })
}
