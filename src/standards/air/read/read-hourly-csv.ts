import type { ByteInput } from '../../../_lib/csv/bytes.js'
import { concatBatches } from './_concat.js'
import { readHourlyCsvOptions } from './_options.js'
import { ReadCore } from './_reader.js'
import { runReading } from './_run.js'
import type { ReadHourlyCsvOptions } from './options.js'
import type { HourlyBatch, HourlyTable } from './types.js'

/**
 * Reads a whole hourly monitoring export (CSV, plain or gzip-compressed, UTF-8 or GBK) into one
 * table of columns, by the rules of {@link streamHourlyCsv}: the layout told from the header
 * (the CNEMC archive's swapped ozone columns from the data, with a note), the no-value texts
 * (`NA`, `--` missing, `/` not measured), every problem with its file, line and column.
 *
 * @param input - bytes, text, a `Blob`, a web `ReadableStream`, or an (async) iterable of
 *   chunks such as a Node.js stream
 * @param options - see {@link ReadHourlyCsvOptionsSchema}
 * @returns the records in columns, the layout, the notes, the encoding and the options used
 * @throws {@link InputError} with every problem found (at most `maxIssues`), and for unknown
 *   options
 * @throws TypeError when the input is none of the accepted forms
 * @category Air
 * @example
 * ```ts
 * import { readHourlyCsv } from 'eco-targets/air'
 * // the CNEMC archive of 2022: o3 (61) is the day's maximum, o3_24h (15) the hour's O3
 * const csv = 'timepoint,stationcode,pm2_5,o3,o3_24h\n2022-01-02T00:00:00,2197A,27,61,15\n'
 * const table = await readHourlyCsv(csv, { file: 'a.csv' })
 * table.layout                          //=> 'cnemc-archive'
 * table.o3[0]                           //=> 15
 * table.published.o3_1hMax24h?.[0]      //=> 61
 * table.time[0] === Date.UTC(2022, 0, 1, 16) //=> true
 * table.notes[0]?.code                  //=> 'cnemc-archive'
 * ```
 * @example
 * ```ts
 * import { formatInputError, readHourlyCsv } from 'eco-targets/air'
 * const bad = 'station,time,pm25\n2197A,2022-01-02T01:00,12a\n'
 * const error = await readHourlyCsv(bad, { file: 'a.csv' }).catch((e) => e)
 * formatInputError(error, { lang: 'en' })
 * //=> 'a.csv:2:24: pm25: expected a non-negative number (µg/m³), got "12a"'
 * ```
 */
export async function readHourlyCsv(
  input: ByteInput,
  options?: ReadHourlyCsvOptions,
): Promise<HourlyTable> {
  const resolved = readHourlyCsvOptions.resolve(options)
  const core = new ReadCore(resolved)
  const info = { compressed: false }
  const batches: HourlyBatch[] = []
  for await (const batch of runReading(input, resolved, core, info)) batches.push(batch)
  return concatBatches(batches, {
    rows: core.rows,
    encoding: core.encoding,
    compressed: info.compressed,
    options: resolved,
  })
}
