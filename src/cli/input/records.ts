/**
 * Where a record comes from: the file as the user named it and the 1-based line it starts on.
 *
 * @category CLI
 */
export interface RecordOrigin {
  /** The file as the user named it, or `<stdin>`. */
  readonly file: string
  /** 1-based line number in the file where the record starts. */
  readonly line: number
}

/**
 * A record read from an input file, with its origin. `columns`, when present, maps a key or
 * field path of `value` to the header it came from, so messages can name the column as the
 * file writes it.
 *
 * @category CLI
 */
export interface InputRecord<T = unknown> {
  /** Where the record is. */
  readonly origin: RecordOrigin
  /** The record: a JSON value, or a CSV row keyed by column key. */
  readonly value: T
  /** Key or field path → header as written (CSV only). */
  readonly columns?: Readonly<Record<string, string>>
}

/**
 * A CSV row: cells keyed by column key (after header mapping), trimmed, with missing cells
 * (`--`, empty, …) as `null`.
 *
 * @category CLI
 */
export interface CsvRecord extends InputRecord<Readonly<Record<string, string | null>>> {
  /** Column key → header as written. */
  readonly columns: Readonly<Record<string, string>>
  /** The cells as written, in column order (only when asked for with `keepCells`). */
  readonly cells?: readonly string[]
}
