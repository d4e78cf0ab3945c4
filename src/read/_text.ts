import type { TextBatch, TextParser } from './_text-batch.js'
import { csvParser } from './_text-csv.js'
import { jsonLinesParser, jsonParser } from './_text-json.js'

export type { TextBatch, TextParser } from './_text-batch.js'

/**
 * The text formats of the readers: CSV (RFC 4180, a header row), JSON (an array of records or
 * one object) and JSON Lines (one JSON value a line).
 */
export const TEXT_FORMATS = ['csv', 'json', 'jsonl'] as const

/** A text format. */
export type TextFormat = (typeof TEXT_FORMATS)[number]

/**
 * A parser for one file of a format.
 *
 * @param format - CSV, JSON or JSON Lines
 * @param file - the file as named in messages
 */
export function textParser(format: TextFormat, file: string): TextParser {
  if (format === 'csv') return csvParser(file)
  return format === 'json' ? jsonParser(file) : jsonLinesParser(file)
}

/**
 * Records of a file's text, as a reader's `read` takes them: CSV rows keyed by the header as
 * written (cells as trimmed text) with the header in `source.header`, or JSON values; each with
 * its line in `source.lines`.
 *
 * @category Schemas
 */
export interface TextRecords {
  /** The records, in file order. */
  readonly records: readonly unknown[]
  /** The file, the line of each record and, for CSV, the header row as written. */
  readonly source: {
    readonly file: string
    readonly lines: readonly number[]
    readonly header?: readonly string[]
  }
}

/** The batch as the public shape. */
export function textRecords(batch: TextBatch, file: string): TextRecords {
  return {
    records: batch.records,
    source: { file, lines: batch.lines, ...(batch.header ? { header: batch.header } : {}) },
  }
}
