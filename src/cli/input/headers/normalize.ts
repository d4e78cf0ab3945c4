/**
 * A column a layout knows: its canonical key, the header names it goes by (Chinese and
 * English, compared after {@link normalizeHeader}), and the units a header may state.
 *
 * @category CLI
 */
export interface ColumnSpec {
  /** The key records use (`pm25`, `DO`, `sectionName`). */
  readonly key: string
  /** Header names, first the canonical one as published (`溶解氧`, `pm2_5`). */
  readonly names: readonly string[]
  /** Units a header may state in brackets (`mg/L`); another unit is an error. */
  readonly units?: readonly string[]
  /** What the column holds, for the documentation. */
  readonly description: string
  /**
   * Whether the key itself is also a header name (default true). False where the key would be
   * read as another column's name (cobalt's `Co` beside carbon monoxide's `co`).
   */
  readonly keyIsHeader?: boolean
}

/**
 * The header names a column answers to: its key (unless `keyIsHeader` is false) and its names.
 *
 * @category CLI
 * @example
 * ```ts
 * headerNamesOf({ key: 'DO', names: ['溶解氧'], description: 'Dissolved oxygen' }) //=> ['DO', '溶解氧']
 * ```
 */
export function headerNamesOf(column: ColumnSpec): readonly string[] {
  return column.keyIsHeader === false ? column.names : [column.key, ...column.names]
}

/**
 * A known input layout: its name and its columns.
 *
 * @category CLI
 */
export interface HeaderLayout {
  /** Short name (`cnemc`, `water-sections`). */
  readonly name: string
  /** One-line description for the documentation. */
  readonly description: string
  /** The columns; headers not listed pass through under their own name. */
  readonly columns: readonly ColumnSpec[]
}

/** A header split into its comparable name and the unit it states, if any. @category CLI */
export interface NormalizedHeader {
  /** Lower-case name without spaces, `_`, `.`, `-`, units and `以…计` qualifiers. */
  readonly name: string
  /** The unit in brackets, normalized (NFKC, lower case, no spaces), or null. */
  readonly unit: string | null
}

const TRAILING_GROUP = /\s*[(（]([^()（）]*)[)）]\s*$/
const UNIT_LIKE = /\/|^(?:无量纲|dimensionless|°c|ntu|%|个\/l|mpn\/l|cfu\/ml)$/i

/**
 * Normalizes a unit for comparison: NFKC (µ and μ, ³ and 3, full-width brackets), lower case,
 * no spaces.
 *
 * @param unit - a unit as written
 * @returns the comparable form
 * @category CLI
 * @example
 * ```ts
 * normalizeUnit('µg/m³') === normalizeUnit('μg/m3') //=> true
 * ```
 */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/^ug\//, 'μg/')
}

/**
 * Splits a header into a comparable name and its unit: `溶解氧(mg/L)`, `溶解氧（mg/L）` and
 * `溶解氧` share the name `溶解氧`; `PM2.5`, `pm2_5` and `pm25` share `pm25`. Bracketed units
 * (anything with a `/`, or 无量纲, ℃, NTU, %) and `以…计` qualifiers are taken off the end;
 * other brackets stay part of the name (`铬(六价)`).
 *
 * @param header - a header as written in the file
 * @returns the normalized name and unit
 * @category CLI
 * @example
 * ```ts
 * normalizeHeader('溶解氧(mg/L)') //=> { name: '溶解氧', unit: 'mg/l' }
 * normalizeHeader('PM2.5')        //=> { name: 'pm25', unit: null }
 * ```
 */
export function normalizeHeader(header: string): NormalizedHeader {
  let name = header.normalize('NFKC').trim()
  let unit: string | null = null
  for (let match = TRAILING_GROUP.exec(name); match; match = TRAILING_GROUP.exec(name)) {
    const group = (match[1] ?? '').trim()
    if (UNIT_LIKE.test(group) && unit === null) unit = normalizeUnit(group)
    else if (!group.startsWith('以')) break
    name = name.slice(0, match.index)
  }
  return { name: name.toLowerCase().replace(/[\s_.\-·]+/g, ''), unit }
}
