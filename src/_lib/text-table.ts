import { displayWidth } from './display-width.js'

/** Options of {@link renderTextTable}. @category Report */
export interface RenderTextTableOptions {
  /** Columns aligned to the right (numbers), by index. */
  readonly right?: readonly number[]
  /** Text before each line (default two spaces). */
  readonly indent?: string
}

/**
 * A plain-text table: the header, a rule, then the rows, each column as wide as its widest
 * cell by {@link displayWidth}, columns two spaces apart, no trailing spaces.
 *
 * @param header - the column titles
 * @param rows - the rows (missing cells are empty)
 * @param options - right-aligned columns and indentation
 * @returns the lines, each ending with `\n`
 * @category Report
 * @example
 * ```ts
 * import { displayWidth, renderTextTable } from 'eco-targets'
 * const table = renderTextTable(['城市', 'AQI'], [['乌兰察布市', '52']], { right: [1], indent: '' })
 * // every line is 15 columns wide: 乌兰察布市 takes 10, as its rule of ten dashes
 * table.split('\n').map(displayWidth) //=> [15, 15, 15, 0]
 * ```
 */
export function renderTextTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: RenderTextTableOptions = {},
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
