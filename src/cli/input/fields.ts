import { type CsvHeaderMapping, mapCsvHeaders, type ObservationColumn } from '../../index.js'
import { notANumber, parseDecimal } from './cells.js'
import { expectations, type InputIssue, type IssueSpecAt, inputError, issueAt } from './located.js'
import { isMissingCell } from './no-value.js'
import { isCsvRecord } from './read.js'
import type { InputRecord, RecordOrigin } from './records.js'

/**
 * The fields of one input record, by column key, whatever the format: CSV cells (headers
 * already mapped) or the keys of a JSON object (mapped through the same layout, so `PM2.5`,
 * `pm2_5` and `pm25` are one field in JSON too). Problems name the file, the line and the
 * column (CSV) or field (JSON) as the input writes it.
 *
 * @category CLI
 */
export interface RecordFields {
  /** Where the record is. */
  readonly origin: RecordOrigin
  /** The keys present, in input order. */
  readonly keys: readonly string[]
  /** Whether the record has the column or field (even when its value is missing). */
  has(key: string): boolean
  /** The value as text (numbers as written); `null` when missing. */
  text(key: string): string | null
  /** The value as a number; `null` when missing. @throws {@link InputError} when not a number */
  number(key: string): number | null
  /** A problem at the column or field of `key`. */
  problem(key: string, spec: IssueSpecAt): InputIssue
  /** Key → column or field as written (shared by the records of one file or shape). */
  readonly columns: Readonly<Record<string, string>>
  /** Whether `columns` names CSV columns or JSON fields. */
  readonly columnKind: 'column' | 'field'
}

/**
 * A problem at a column or field, from what a record kept of its fields (so a long-lived
 * reference does not hold the whole record).
 *
 * @param at - the record's origin, column names and kind
 * @param key - the column key
 * @param message - what was wrong
 * @returns the problem
 * @category CLI
 * @example
 * ```ts
 * problemAt({ origin: { file: 'a.csv', line: 2 }, columns: { pm25: 'PM2.5' }, columnKind: 'column' }, 'pm25', 'x')
 * //=> { file: 'a.csv', line: 2, column: 'PM2.5', columnKind: 'column', message: 'x' }
 * ```
 */
export function problemAt(
  at: Pick<RecordFields, 'origin' | 'columns' | 'columnKind'>,
  key: string,
  spec: IssueSpecAt,
): InputIssue {
  return issueAt({ ...at.origin, column: at.columns[key] ?? key }, spec)
}

const csvKeys = new WeakMap<object, readonly string[]>()

function jsonText(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'string') return isMissingCell(value) ? null : value.trim()
  return undefined
}

/**
 * Makes a reader of record fields for a layout: CSV rows are read as they are, JSON objects
 * have their keys mapped through the layout (one level of a nested `values` object is read as
 * fields too, as in water observations). Header mappings of JSON records are cached by their
 * key list, so reading a long JSON Lines file maps each shape once.
 *
 * @param layout - the columns whose names are recognised (`CNEMC_COLUMNS`, …)
 * @returns a function from a record to its fields
 * @throws {@link InputError} (from the returned function) when a JSON record is not an object
 * @category CLI
 * @example
 * ```ts
 * const fieldsOf = createFieldReader(CNEMC_COLUMNS)
 * fieldsOf({ origin: { file: 'a.jsonl', line: 1 }, value: { 'PM2.5': 80 } }).number('pm25') //=> 80
 * ```
 */
export function createFieldReader(
  layout: readonly ObservationColumn[],
): (record: InputRecord) => RecordFields {
  const mappings = new Map<string, CsvHeaderMapping>()
  return (record) => {
    const { origin } = record
    if (isCsvRecord(record)) {
      const { columns, value } = record
      let keys = csvKeys.get(columns)
      if (!keys) {
        keys = Object.keys(columns)
        csvKeys.set(columns, keys)
      }
      return fieldsOf(origin, keys, columns, 'column', (key) => value[key])
    }
    const raw = record.value
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw inputError([
        issueAt(origin, {
          code: 'invalid_type',
          expected: expectations.jsonObject(),
          received: raw,
        }),
      ])
    }
    const flat: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'values' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
        Object.assign(flat, v)
      } else flat[k] = v
    }
    const names = Object.keys(flat)
    const signature = names.join('\u0000')
    let mapping = mappings.get(signature)
    if (!mapping) {
      mapping = mapCsvHeaders(names, layout, { file: origin.file, line: origin.line })
      mappings.set(signature, mapping)
    }
    const byKey = new Map(mapping.keys.map((key, i) => [key, flat[names[i] as string]]))
    const { columns, keys } = mapping
    return fieldsOf(
      origin,
      keys,
      columns,
      'field',
      (key) => {
        const text = jsonText(byKey.get(key))
        if (text === undefined) {
          throw inputError([
            problemAt({ origin, columns, columnKind: 'field' }, key, {
              code: 'invalid_type',
              expected: expectations.textOrNumber(),
              received: byKey.get(key),
            }),
          ])
        }
        return text
      },
      (key) => {
        const v = byKey.get(key)
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined
      },
    )
  }
}

function fieldsOf(
  origin: RecordOrigin,
  keys: readonly string[],
  columns: Readonly<Record<string, string>>,
  columnKind: 'column' | 'field',
  read: (key: string) => string | null | undefined,
  direct: (key: string) => number | undefined = () => undefined,
): RecordFields {
  const has = (key: string) => Object.hasOwn(columns, key)
  const fields: RecordFields = {
    origin,
    keys,
    columns,
    columnKind,
    has,
    text: (key) => (has(key) ? (read(key) ?? null) : null),
    number(key) {
      if (!has(key)) return null
      const exact = direct(key)
      if (exact !== undefined) return exact
      const text = read(key) ?? null
      const value = parseDecimal(text)
      if (value === undefined) {
        throw inputError([problemAt(fields, key, notANumber(text ?? ''))])
      }
      return value
    },
    problem: (key, message) => problemAt(fields, key, message),
  }
  return fields
}
