import { Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { type HeaderLayout, mapHeaders } from './headers/index.js'
import { expectations, type InputError, inputError, issueAt } from './located.js'
import { isMissingCell } from './no-value.js'
import type { CsvRecord } from './records.js'
import type { InputSource } from './source.js'
import { decodeText } from './text.js'

/** Options of {@link readCsvRecords}. @category CLI */
export interface ReadCsvRecordsOptions {
  /** The expected layout: headers are mapped to its keys (Chinese or English names). */
  readonly layout?: HeaderLayout | undefined
  /** Cell texts read as missing, as written (default: the library's table, {@link isMissingCell}). */
  readonly missing?: readonly string[]
  /** Field delimiter (default `,`). */
  readonly delimiter?: string
  /** Keep each row's cells as written in `cells` (for commands that echo the input). */
  readonly keepCells?: boolean | undefined
}

function csvProblem(file: string, error: CsvError, headerCount: number | undefined): InputError {
  const line = (error as unknown as { lines?: number }).lines
  const cells = (error as unknown as { record?: readonly unknown[] }).record?.length
  const spec =
    error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && headerCount !== undefined
      ? {
          expected: expectations.cells(headerCount),
          receivedText: cells === undefined ? null : String(cells),
        }
      : error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? { expected: expectations.closedQuote(), receivedText: null }
        : error.code === 'CSV_INVALID_CLOSING_QUOTE' ||
            error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
          ? { expected: expectations.delimiterAfterQuote(), receivedText: null }
          : { expected: expectations.syntax('CSV'), receivedText: error.message }
  return inputError([issueAt({ file, line }, { code: 'invalid_format', ...spec })])
}

/**
 * Streams the rows of a CSV file (RFC 4180, parsed by csv-parse) as records keyed by column
 * key. The first row is the header: it is mapped through the layout, so `pm2_5`, `PM2.5` or a
 * Chinese header land on the same key. UTF-8 with or without a byte-order mark; blank lines are
 * skipped; cells are trimmed and missing cells are `null`. Each record carries the file and
 * the line it starts on. Memory stays flat: rows are parsed as the bytes arrive.
 *
 * @param source - the file or standard input
 * @param options - layout, missing-cell texts, delimiter
 * @returns the rows, in file order
 * @throws {@link InputError} on an unreadable or malformed file, naming the line
 * @category CLI
 * @example
 * ```ts
 * for await (const row of readCsvRecords(textInput('a.csv', 'day,pm2_5\n2022-01-01,--\n'), { layout: CNEMC_LAYOUT })) {
 *   row.value  //=> { day: '2022-01-01', pm25: null }
 *   row.origin //=> { file: 'a.csv', line: 2 }
 * }
 * ```
 */
export async function* readCsvRecords(
  source: InputSource,
  options: ReadCsvRecordsOptions = {},
): AsyncGenerator<CsvRecord> {
  const given = options.missing ? new Set(options.missing) : undefined
  const missing = (cell: string) => (given ? given.has(cell) : isMissingCell(cell))
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    delimiter: options.delimiter ?? ',',
  })
  const text = Readable.from(decodeText(source))
  text.on('error', (error) => parser.destroy(error))
  text.pipe(parser)
  let mapping: ReturnType<typeof mapHeaders> | undefined
  try {
    for await (const row of parser as AsyncIterable<{
      record: string[]
      info: { lines: number }
    }>) {
      // csv-parse reports the line a record ends on; a quoted cell may span lines.
      let line = row.info.lines
      for (const cell of row.record) {
        for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line--
      }
      if (!mapping) {
        mapping = mapHeaders(row.record, options.layout, source.name)
        continue
      }
      const value: Record<string, string | null> = {}
      const { keys } = mapping
      for (let i = 0; i < keys.length; i++) {
        const cell = (row.record[i] ?? '').trim()
        value[keys[i] as string] = missing(cell) ? null : cell
      }
      yield {
        origin: { file: source.name, line },
        value,
        columns: mapping.columns,
        ...(options.keepCells ? { cells: row.record } : {}),
      }
    }
  } catch (error) {
    if (error instanceof CsvError) throw csvProblem(source.name, error, mapping?.keys.length)
    throw error
  } finally {
    text.destroy()
  }
}
