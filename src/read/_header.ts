import { expect, type IssueSpec, issue, text } from '../_lib/errors/catalogue.js'
import type { InputIssue } from '../_lib/errors/issue.js'

/**
 * Header names compared as the observation readers compare them: NFKC, lower case, without
 * spaces, `_`, `.`, `-` and `·`, with a bracketed unit (anything with a `/`, or 无量纲, ℃, NTU,
 * %) and `以…计` qualifiers taken off the end; other brackets stay part of the name (`铬(六价)`).
 */

const TRAILING_GROUP = /\s*[(（]([^()（）]*)[)）]\s*$/
const UNIT_LIKE = /\/|^(?:无量纲|dimensionless|°c|ntu|%|个\/l|mpn\/l|cfu\/ml)$/i

/** A unit for comparison: NFKC (µ and μ, ³ and 3), lower case, no spaces. */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/^ug\//, 'μg/')
}

/** A header split into its comparable name and the unit it states, if any. */
export function normalizeHeader(header: string): { name: string; unit: string | null } {
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

/** A column as the header mapping needs it (an {@link ObservationColumn}). */
interface ObservationColumn {
  readonly key: string
  readonly names: readonly string[]
  readonly units?: readonly string[] | undefined
  readonly keyIsHeader?: boolean | undefined
}

/** The header names a column answers to: its key (unless `keyIsHeader` is false) and its names. */
export function headerNamesOf(column: ObservationColumn): readonly string[] {
  return column.keyIsHeader === false ? column.names : [column.key, ...column.names]
}

/** The columns of a file: the key of each column in order, and key → header as written. */
export interface HeaderMapping {
  readonly keys: readonly string[]
  readonly columns: Readonly<Record<string, string>>
}

const indexes = new WeakMap<readonly ObservationColumn[], Map<string, ObservationColumn>>()

function indexOf(layout: readonly ObservationColumn[]): Map<string, ObservationColumn> {
  let index = indexes.get(layout)
  if (!index) {
    index = new Map()
    for (const column of layout) {
      for (const name of headerNamesOf(column)) index.set(normalizeHeader(name).name, column)
    }
    indexes.set(layout, index)
  }
  return index
}

type Spec = Omit<IssueSpec, 'path' | 'location'>

/** An issue at `file:line`, with the column as written as its path. */
export function issueAt(
  file: string,
  line: number | undefined,
  column: string | undefined,
  spec: Spec,
): InputIssue {
  return issue({
    ...spec,
    path: column === undefined ? [] : [column],
    location: { file, ...(line === undefined ? {} : { line }) },
  })
}

/**
 * Maps a header row to keys through the columns: headers the columns do not know keep their own
 * name. A unit in a header must be one the column accepts (`CO(µg/m³)` where mg/m³ is expected
 * is an error, not a silent factor of 1000), and two headers may not mean the same key.
 *
 * @returns the mapping, or the problems (each at `line`: 1 for a CSV header, a JSON record's line
 *   for its keys)
 */
export function mapHeaders(
  headers: readonly string[],
  layout: readonly ObservationColumn[],
  file: string,
  line = 1,
): HeaderMapping | InputIssue[] {
  const problems: InputIssue[] = []
  const keys: string[] = []
  const columns: Record<string, string> = {}
  const index = indexOf(layout)
  headers.forEach((header, i) => {
    const written = header.trim()
    if (written === '') {
      problems.push(
        issueAt(file, line, undefined, {
          code: 'invalid_format',
          expected: expect.headerName(i + 1),
          received: header,
        }),
      )
      keys.push(`#${i + 1}`)
      return
    }
    const normalized = normalizeHeader(written)
    const spec = index.get(normalized.name)
    if (spec?.units && normalized.unit !== null) {
      const accepted = spec.units.map(normalizeUnit)
      if (!accepted.includes(normalized.unit)) {
        problems.push(
          issueAt(file, line, written, {
            code: 'invalid_value',
            expected: expect.unit(spec.units[0] as string),
            received: normalized.unit,
          }),
        )
      }
    }
    const key = spec?.key ?? written
    const earlier = columns[key]
    if (earlier !== undefined) {
      problems.push(
        issueAt(file, line, written, {
          code: 'duplicate',
          expected: expect.columnOnce(),
          received: written,
          hint: text(
            `与 ${earlier} 列含义相同（${key}）`,
            `means the same as column ${earlier} (${key})`,
          ),
        }),
      )
    } else columns[key] = written
    keys.push(key)
  })
  return problems.length > 0 ? problems : { keys, columns }
}
