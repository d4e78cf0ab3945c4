// East Asian wide and full-width characters take two columns in a terminal.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/**
 * How many terminal columns a text takes: two for each Chinese (wide or full-width) character,
 * one for the others.
 *
 * @param text - the text
 * @returns the width in columns
 * @category CLI
 * @example
 * ```ts
 * displayWidth('乌兰察布市') //=> 10
 * displayWidth('PM2.5')     //=> 5
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const c of text) width += WIDE.test(c) ? 2 : 1
  return width
}

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
