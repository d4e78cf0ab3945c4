const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/**
 * One CSV row (RFC 4180): cells that hold a comma, a quote, a line break or surrounding spaces
 * are quoted, with quotes doubled; `null` is an empty cell. Ends with `\n`.
 *
 * @param cells - the cells, in column order
 * @returns the row text
 * @category CLI
 * @example
 * ```ts
 * formatCsvRow(['2197A', '集宁新区, 北区', null, '5"']) //=> '2197A,"集宁新区, 北区",,"5"""\n'
 * ```
 */
export function formatCsvRow(cells: readonly (string | number | null)[]): string {
  return `${cells
    .map((cell) => {
      if (cell === null) return ''
      const text = String(cell)
      return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
    })
    .join(',')}\n`
}
