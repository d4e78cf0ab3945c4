import type { z } from 'zod'

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * A cell as a decimal number: plain decimal notation (`12`, `0.5`, `-3`, `1e-4`) only, so
 * `1,234`, `12a` or `12 µg` are left as text for the schema to reject rather than guessed.
 *
 * @returns the number, null when missing, or undefined when the text is not a number
 */
export function parseDecimal(text: string | null): number | null | undefined {
  if (text === null) return null
  if (!NUMBER.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

interface Base {
  readonly type: string
  readonly nullable: boolean
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType }

function baseOf(schema: z.ZodType): Base {
  let current = schema
  let nullable = false
  for (;;) {
    const def = current.def as unknown as Def
    if (def.type === 'nullable') nullable = true
    const inner = def.type === 'pipe' ? def.in : def.innerType
    if (!inner) return { type: def.type, nullable }
    current = inner
  }
}

type Shape = Readonly<Record<string, z.ZodType>>

function shapeFor(
  schema: z.ZodType,
  row: Readonly<Record<string, string | null>>,
): Shape | undefined {
  const def = schema.def as unknown as {
    type: string
    shape?: Shape
    discriminator?: string
    options?: readonly z.ZodType[]
  }
  if (def.type === 'object') return def.shape
  if (def.discriminator && def.options) {
    const wanted = row[def.discriminator]
    for (const option of def.options) {
      const shape = (option.def as unknown as { shape?: Shape }).shape
      const literal = shape?.[def.discriminator]?.def as unknown as { values?: unknown[] }
      if (literal?.values?.includes(wanted)) return shape
    }
  }
  return undefined
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是'])
const FALSE = new Set(['false', 'no', 'n', '0', '否'])

function convert(text: string | null, base: Base): unknown {
  if (text === null) return base.nullable ? null : undefined
  if (base.type === 'number') return parseDecimal(text) ?? text
  if (base.type === 'boolean') {
    const word = text.toLowerCase()
    return TRUE.has(word) ? true : FALSE.has(word) ? false : text
  }
  return text
}

/**
 * Builds the object a schema expects from a CSV row, using the schema's own field types:
 * number fields are read as decimals, boolean fields from `true/false`, `yes/no`, `是/否`,
 * missing cells become `null` where the field is nullable and are left out otherwise (so the
 * schema reports them as missing). For a discriminated union the row's discriminator column
 * (`kind`) picks the member; columns that are not fields of an object with a record field
 * (`values` of water samplings) go into that record. Text that is not a number is left as it
 * is, so validation reports `"12a" is not a number` at its column.
 *
 * @param row - the cells by key (missing cells `null`)
 * @param headers - key → header as written
 * @param schema - the object or discriminated-union schema the row should satisfy
 * @returns the object, and key or field path → header as written
 */
export function coerceCsvRow(
  row: Readonly<Record<string, string | null>>,
  headers: Readonly<Record<string, string>>,
  schema: z.ZodType,
): { value: Record<string, unknown>; columns: Record<string, string> } {
  const shape = shapeFor(schema, row)
  const value: Record<string, unknown> = {}
  const columns: Record<string, string> = {}
  const recordField = shape
    ? Object.keys(shape).find((key) => baseOf(shape[key] as z.ZodType).type === 'record')
    : undefined
  const nested: Record<string, unknown> = {}
  for (const [key, text] of Object.entries(row)) {
    const header = headers[key] ?? key
    const field = shape?.[key]
    if (field) {
      const converted = convert(text, baseOf(field))
      if (converted !== undefined) value[key] = converted
      columns[key] = header
    } else if (recordField) {
      nested[key] = text === null ? null : (parseDecimal(text) ?? text)
      columns[`${recordField}.${key}`] = header
    } else {
      value[key] = text
      columns[key] = header
    }
  }
  if (recordField && Object.keys(nested).length > 0) value[recordField] = nested
  return { value, columns }
}

/**
 * The fields of a schema that a CSV file must have a column for: the discriminator (`kind`)
 * when the schema is a union of kinds, else the fields that have no default and may not be
 * left out (the indicator columns that fill a record field such as `values` aside). A file with
 * a `kind` column may mix kinds, so only the discriminator is required of it; `defaults` are
 * the cells given for every row (the `kind` option).
 *
 * @param schema - the schema of one record
 * @param columns - the keys of the file's columns
 * @param defaults - keys given for every row
 * @returns the keys without a column, in schema order
 */
export function missingCsvKeys(
  schema: z.ZodType,
  columns: readonly string[],
  defaults: Readonly<Record<string, string>>,
): string[] {
  const has = (key: string) => columns.includes(key) || key in defaults
  const discriminator = (schema.def as unknown as { discriminator?: string }).discriminator
  if (discriminator !== undefined) {
    if (!has(discriminator)) return [discriminator]
    if (columns.includes(discriminator)) return []
  }
  const shape = shapeFor(schema, defaults)
  if (!shape) return []
  return Object.keys(shape).filter((key) => {
    const field = shape[key] as z.ZodType
    if (baseOf(field).type === 'record') return false
    return !has(key) && !field.safeParse(undefined).success
  })
}
