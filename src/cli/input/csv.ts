import { mapCsvHeaders, type ObservationColumn, readTextRecords } from '../../index.js'
import { isMissingCell } from './no-value.js'
import type { CsvRecord } from './records.js'
import type { InputSource } from './source.js'
import { readableBytes } from './text.js'

/** Options of {@link readCsvRecords}. @category CLI */
export interface ReadCsvRecordsOptions {
  /** The columns whose header names are recognised (Chinese or English), e.g. `CNEMC_COLUMNS`. */
  readonly layout?: readonly ObservationColumn[] | undefined
  /** Keep each row's cells as written in `cells` (for commands that echo the input). */
  readonly keepCells?: boolean | undefined
}

/**
 * Streams the rows of a CSV file, as the library's `readTextRecords` parses them, keyed by
 * column key: the header row is mapped through the layout (`mapCsvHeaders`), so `pm2_5`,
 * `PM2.5` or a Chinese header land on the same key, and cells of the no-value table are `null`.
 * Each record carries the file and the line it starts on.
 *
 * @param source - the file or standard input
 * @param options - layout, cells as written
 * @returns the rows, in file order
 * @throws {@link InputError} on an unreadable or malformed file, naming the line
 * @category CLI
 * @example
 * ```ts
 * // a.csv: day,pm2_5 / 2022-01-01,--
 * for await (const row of readCsvRecords(openInput('a.csv', io), { layout: CNEMC_COLUMNS })) {
 *   row.value  //=> { day: '2022-01-01', pm25: null }
 *   row.origin //=> { file: 'a.csv', line: 2 }
 * }
 * ```
 */
export async function* readCsvRecords(
  source: InputSource,
  options: ReadCsvRecordsOptions = {},
): AsyncGenerator<CsvRecord> {
  const file = source.name
  let mapping: { keys: readonly string[]; columns: Readonly<Record<string, string>> } | undefined
  for await (const batch of readTextRecords(readableBytes(source), { format: 'csv', file })) {
    const header = batch.source.header ?? []
    mapping ??= mapCsvHeaders(header, options.layout ?? [], { file })
    const { keys, columns } = mapping
    const { lines } = batch.source
    for (let r = 0; r < batch.records.length; r++) {
      const cells = batch.records[r] as Readonly<Record<string, string>>
      const value: Record<string, string | null> = {}
      for (let i = 0; i < keys.length; i++) {
        const cell = cells[header[i] as string] ?? ''
        value[keys[i] as string] = isMissingCell(cell) ? null : cell
      }
      yield {
        origin: { file, line: lines[r] as number },
        value,
        columns,
        ...(options.keepCells ? { cells: header.map((h) => cells[h] ?? '') } : {}),
      }
    }
  }
}
