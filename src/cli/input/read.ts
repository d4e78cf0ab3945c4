import {
  type InputIssue,
  isInputError,
  type ObservationColumn,
  readTextRecords,
} from '../../index.js'
import { readCsvRecords } from './csv.js'
import { formatFromName, type InputFormat, sniffInput } from './format.js'
import type { CsvRecord, InputRecord } from './records.js'
import type { InputSource } from './source.js'
import { readableBytes } from './text.js'

/** Options of {@link readRecords}. @category CLI */
export interface ReadRecordsOptions {
  /** The format; default from the file extension, else sniffed from the content. */
  readonly format?: InputFormat | undefined
  /** The columns whose CSV header names are recognised (`CNEMC_COLUMNS`, …). */
  readonly layout?: readonly ObservationColumn[] | undefined
  /** Keep the cells of CSV rows as written (`CsvRecord.cells`). */
  readonly keepCells?: boolean | undefined
}

/**
 * Whether a record came from a CSV file (its cells are text keyed by column key).
 *
 * @param record - a record from {@link readRecords}
 * @returns true for CSV rows
 * @category CLI
 * @example
 * ```ts
 * isCsvRecord({ origin: { file: 'a.json', line: 1 }, value: {} }) //=> false
 * ```
 */
export function isCsvRecord(record: InputRecord): record is CsvRecord {
  return record.columns !== undefined
}

/**
 * Streams the records of any input: CSV, JSON or JSON Lines (parsed by the library's
 * `readTextRecords`), chosen by `format`, else by the file extension, else by the first
 * characters (standard input). Every record carries its
 * origin (file and line).
 *
 * @param source - the file or standard input
 * @param options - format and CSV layout
 * @returns the records, in input order
 * @throws {@link InputError} on unreadable or malformed input
 * @category CLI
 * @example
 * ```ts
 * for await (const r of readRecords(openInput('sample/2022/dust-days.jsonl', io))) {
 *   r.value //=> { kind: 'dustDay', date: '2022-03-16', … } (first)
 * }
 * ```
 */
export async function* readRecords(
  source: InputSource,
  options: ReadRecordsOptions = {},
): AsyncGenerator<InputRecord> {
  const { format, source: input } = await resolveInputFormat(source, options.format)
  if (format === 'csv') {
    yield* readCsvRecords(input, { layout: options.layout, keepCells: options.keepCells })
    return
  }
  const file = input.name
  for await (const batch of readTextRecords(readableBytes(input), { format, file })) {
    const { lines } = batch.source
    for (let i = 0; i < batch.records.length; i++) {
      yield { origin: { file, line: lines[i] as number }, value: batch.records[i] }
    }
  }
}

/**
 * The format of an input: the one given, else the file extension's, else sniffed from the
 * first characters ({@link sniffInput}); the returned source replays what sniffing read.
 *
 * @param source - the file or standard input
 * @param format - the format given with `--input-format`, if any
 * @returns the format and the source to read
 * @throws {@link InputError} when the source cannot be read while sniffing
 * @category CLI
 * @example
 * ```ts
 * (await resolveInputFormat(openInput('a.jsonl', io))).format //=> 'jsonl' (an empty file)
 * ```
 */
export async function resolveInputFormat(
  source: InputSource,
  format?: InputFormat,
): Promise<{ format: InputFormat; source: InputSource }> {
  const known = format ?? formatFromName(source.name)
  return known === undefined ? sniffInput(source) : { format: known, source }
}

/**
 * The records of {@link readRecords}, ending at the first problem of the file itself (bad
 * syntax, bytes that are not text) instead of throwing: its issues go to `problems`, so the
 * records read before it are still handed on, and an error the consumer throws is not mistaken
 * for one of the file.
 *
 * @param source - the file or standard input
 * @param options - format and CSV layout
 * @param problems - receives the issues of a malformed file
 * @returns the records, in input order
 * @category CLI
 * @example
 * ```ts
 * // a.csv: a / 1 / "x (an unclosed quote)
 * const problems: InputIssue[] = []
 * for await (const r of readRecordsUntilBroken(openInput('a.csv', io), {}, problems)) {
 *   r.value //=> { a: '1' } (the row before the unclosed quote)
 * }
 * problems[0]?.code //=> 'invalid_format'
 * ```
 */
export async function* readRecordsUntilBroken(
  source: InputSource,
  options: ReadRecordsOptions,
  problems: InputIssue[],
): AsyncGenerator<InputRecord> {
  try {
    yield* readRecords(source, options)
  } catch (error) {
    if (!isInputError(error)) throw error
    problems.push(...error.issues)
  }
}
