import type { LocalizedText } from '../../../_lib/localized-text.js'
import type { PrintedDecimal } from './printed.js'

/**
 * One printed row of GB 3838-2002 Table 2 or Table 3: 序号, the item's key, its name as printed
 * and in English, and its single limit (mg/L) as printed.
 *
 * @category Water
 */
export interface Gb3838SingleLimitRow {
  readonly no: number
  readonly key: string
  readonly zh: string
  readonly en: string
  /** The limit in mg/L as a plain decimal. */
  readonly limit: PrintedDecimal
  /** The cell as printed where it is written in powers of ten (`2.8×10⁻⁶`). */
  readonly printed?: string
  /** How the item is expressed or which compounds it sums (the table's notes). */
  readonly note?: string
}

/** One item of GB 3838-2002 Table 2 or Table 3: a single limit for every class. @category Water */
export interface Gb3838SingleLimitItem<K extends string = string> {
  /** Stable key. */
  readonly key: K
  /** 序号 in its table. */
  readonly no: number
  /** Name as printed in the standard, and in English. */
  readonly name: LocalizedText
  /** Unit of the limit (mg/L for every item of Tables 2 and 3). */
  readonly unit: 'mg/L'
  /** The limit: the value must not exceed it. */
  readonly limit: number
  /** How the item is expressed or which compounds it sums, as in the table and its notes. */
  readonly note?: string
  /** Where the item is defined. */
  readonly source: string
}
