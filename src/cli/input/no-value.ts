import { MISSING_TEXTS, NOT_MEASURED_TEXTS } from '../../standards/water/index.js'

// The library's one table of cell texts that mean "no value" (missing: empty, `--`, `—`, `-`,
// `NA`, `N/A`, `null`, `NaN`, `无数据`; not measured: `/`, `未监测`, `不监测`), lower-cased.
const NO_VALUE: ReadonlySet<string> = new Set([...MISSING_TEXTS, ...NOT_MEASURED_TEXTS])

/**
 * Whether a cell holds no value, by the library's one table, in any case and with spaces around;
 * such a cell becomes `null`, never 0.
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
