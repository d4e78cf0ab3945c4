import { MISSING_TEXTS, NOT_MEASURED_TEXTS } from '../../standards/water/index.js'

/**
 * Cell texts that mean "no value": the library's one table (missing: empty, `--`, `—`, `-`,
 * `NA`, `N/A`, `null`, `NaN`, `无数据`; not measured: `/`, `未监测`, `不监测`), lower-cased and
 * matched in any case ({@link isMissingCell}). They become `null`, never 0.
 *
 * @category CLI
 * @example
 * ```ts
 * MISSING_CELLS.includes('--') //=> true
 * ```
 */
export const MISSING_CELLS: readonly string[] = [...MISSING_TEXTS, ...NOT_MEASURED_TEXTS]

const NO_VALUE: ReadonlySet<string> = new Set(MISSING_CELLS)

/**
 * Whether a cell holds no value, by the library's one table, in any case and with spaces around.
 *
 * @param text - the cell as written
 * @returns true for `NA`, `na`, ` -- `, `/`, …
 * @category CLI
 * @example
 * ```ts
 * isMissingCell('na') //=> true
 * ```
 */
export function isMissingCell(text: string): boolean {
  return NO_VALUE.has(text.trim().toLowerCase())
}
