import { expectations, type InputIssue, inputError, issueAt, localizedText } from '../located.js'
import {
  type ColumnSpec,
  type HeaderLayout,
  headerNamesOf,
  normalizeHeader,
  normalizeUnit,
} from './normalize.js'

export { CNEMC_LAYOUT } from './cnemc.js'
export type { ColumnSpec, HeaderLayout, NormalizedHeader } from './normalize.js'
export { headerNamesOf, normalizeHeader, normalizeUnit } from './normalize.js'
export { OBSERVATION_LAYOUT } from './observation.js'
export {
  GB3838_TABLE1_COLUMNS,
  GB3838_TABLE2_COLUMNS,
  GROUNDWATER_COLUMNS,
  GROUNDWATER_KEYS,
} from './water.js'

/**
 * The columns of a file: the key of each column in order, and for each key the header as
 * written (for messages).
 *
 * @category CLI
 */
export interface HeaderMapping {
  /** The key of each column, in file order. */
  readonly keys: readonly string[]
  /** Key → header as written in the file. */
  readonly columns: Readonly<Record<string, string>>
}

const indexes = new WeakMap<HeaderLayout, Map<string, ColumnSpec>>()

function indexOf(layout: HeaderLayout): Map<string, ColumnSpec> {
  let index = indexes.get(layout)
  if (!index) {
    index = new Map()
    for (const column of layout.columns) {
      for (const name of headerNamesOf(column)) {
        index.set(normalizeHeader(name).name, column)
      }
    }
    indexes.set(layout, index)
  }
  return index
}

/**
 * Maps a file's header row to keys: each header is normalized ({@link normalizeHeader}) and
 * looked up in the layout; headers the layout does not know keep their own name. A unit in a
 * header must be one the column accepts (`CO(µg/m³)` where mg/m³ is expected is an error, not
 * a silent factor of 1000), and two headers may not mean the same key.
 *
 * @param headers - the header row as written
 * @param layout - the expected layout, or none to keep headers as they are
 * @param file - the file name for messages
 * @param line - the line the header is on (default 1; a JSON record's line for its keys)
 * @returns the keys and the header behind each key
 * @throws {@link InputError} naming the line and the offending columns
 * @category CLI
 * @example
 * ```ts
 * mapHeaders(['pm2_5_24h', 'stationcode'], CNEMC_LAYOUT, 'a.csv').keys
 * //=> ['pm25_24h', 'stationCode']
 * ```
 */
export function mapHeaders(
  headers: readonly string[],
  layout: HeaderLayout | undefined,
  file: string,
  line = 1,
): HeaderMapping {
  const problems: InputIssue[] = []
  const keys: string[] = []
  const columns: Record<string, string> = {}
  const index = layout ? indexOf(layout) : undefined
  headers.forEach((header, i) => {
    const written = header.trim()
    if (written === '') {
      problems.push(
        issueAt(
          { file, line },
          { code: 'invalid_format', expected: expectations.headerName(i + 1), received: header },
        ),
      )
      keys.push(`#${i + 1}`)
      return
    }
    const normalized = normalizeHeader(written)
    const spec = index?.get(normalized.name)
    if (spec?.units && normalized.unit !== null) {
      const accepted = spec.units.map(normalizeUnit)
      if (!accepted.includes(normalized.unit)) {
        problems.push(
          issueAt(
            { file, line, column: written },
            {
              code: 'invalid_value',
              expected: expectations.unit(spec.units[0] as string),
              received: normalized.unit,
            },
          ),
        )
      }
    }
    const key = spec?.key ?? written
    const earlier = columns[key]
    if (earlier !== undefined) {
      problems.push(
        issueAt(
          { file, line, column: written },
          {
            code: 'duplicate',
            expected: expectations.columnOnce(),
            received: written,
            hint: localizedText(
              `与 ${earlier} 列含义相同（${key}）`,
              `means the same as column ${earlier} (${key})`,
            ),
          },
        ),
      )
    } else {
      columns[key] = written
    }
    keys.push(key)
  })
  if (problems.length > 0) throw inputError(problems)
  return { keys, columns }
}
