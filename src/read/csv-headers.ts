import * as zm from 'zod/mini'
import { InputError } from '../_lib/errors/input-error.js'
import { defineOptions } from '../_lib/options.js'
import { mapHeaders } from './_header.js'
import type { ObservationColumn } from './observation-columns.js'

/**
 * The columns of a CSV file as {@link mapCsvHeaders} maps them: the key of each column in file
 * order, and for each key the header as written (for messages).
 *
 * @category Schemas
 */
export interface CsvHeaderMapping {
  /** The key of each column, in file order. */
  readonly keys: readonly string[]
  /** Key → header as written in the file. */
  readonly columns: Readonly<Record<string, string>>
}

const OPTIONS = defineOptions(
  'mapCsvHeaders',
  zm.strictObject({ file: zm.optional(zm.string()), line: zm.optional(zm.int()) }),
  (o) => o,
)

/**
 * Maps a header row to keys by the columns' names, as the library's readers do: a header
 * matches a column when it equals one of its names or its key after normalization (Unicode NFKC,
 * lower case, spaces, `_`, `.`, `-` and `·` removed, a bracketed unit or `以…计` qualifier at the
 * end taken off, so `溶解氧（mg/L）` is `溶解氧` and `PM2.5` is `pm2_5`); headers no column
 * knows keep their own name. A unit in a header must be one the column accepts (`CO(µg/m³)`
 * where mg/m³ is expected is an error, not a silent factor of 1000), and two headers may not
 * mean the same key.
 *
 * @param headers - the header row as written
 * @param columns - the columns whose names are recognised ({@link OBSERVATION_COLUMNS},
 *   {@link CNEMC_COLUMNS} or your own)
 * @param options - the file and line of the header, for messages (default `input`, line 1)
 * @returns the keys and the header behind each key
 * @throws {@link InputError} listing every problem of the header, at its file and line
 * @category Schemas
 * @example
 * ```ts
 * import { CNEMC_COLUMNS, mapCsvHeaders } from 'eco-targets'
 * mapCsvHeaders(['pm2_5_24h', 'stationcode', '备注'], CNEMC_COLUMNS).keys
 * //=> ['pm25_24h', 'stationCode', '备注']
 * ```
 */
export function mapCsvHeaders(
  headers: readonly string[],
  columns: readonly ObservationColumn[],
  options?: { readonly file?: string | undefined; readonly line?: number | undefined },
): CsvHeaderMapping {
  const o = OPTIONS.resolve(options)
  const file = o.file ?? 'input'
  const mapped = mapHeaders(headers, columns, file, o.line ?? 1)
  if (Array.isArray(mapped)) throw new InputError(file, mapped)
  return mapped
}
