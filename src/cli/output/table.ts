import { displayWidth } from './display-width.js'

export { displayWidth } from './display-width.js'

/** Options of {@link renderTable}. @category CLI */
export interface RenderTableOptions {
  /** Columns aligned to the right (numbers), by index. */
  readonly right?: readonly number[]
  /** Text before each line (default two spaces). */
  readonly indent?: string
}

/**
 * A plain-text table: the header, a rule, then the rows, each column as wide as its widest
 * cell (Chinese characters count twice), columns two spaces apart, no trailing spaces.
 *
 * @param header - the column titles
 * @param rows - the rows (missing cells are empty)
 * @param options - right-aligned columns and indentation
 * @returns the lines, each ending with `\n`
 * @category CLI
 * @example
 * ```ts
 * renderTable(['city', 'AQI'], [['乌兰察布市', '52']], { right: [1], indent: '' })
 * //=> 'city        AQI\n----------  ---\n乌兰察布市   52\n'
 * ```
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: RenderTableOptions = {},
): string {
  const indent = options.indent ?? '  '
  const right = new Set(options.right ?? [])
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  )
  const line = (cells: readonly string[]) =>
    `${indent}${widths
      .map((w, i) => {
        const text = cells[i] ?? ''
        const pad = ' '.repeat(w - displayWidth(text))
        return right.has(i) ? pad + text : text + pad
      })
      .join('  ')}`.trimEnd()
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`
}
