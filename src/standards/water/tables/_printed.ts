import type { PrintedDecimal } from './printed.js'

/**
 * Limits are written in the table modules as the text printed in the standard (`'1.0'`,
 * `'0.025'`), so the literal is reviewable against the page and exact as a decimal; these helpers
 * read that text.
 */

/** The number a printed decimal stands for. */
export function printedValue(printed: PrintedDecimal): number {
  return Number(printed)
}

/** Decimals of a printed limit: `'1.0'` → 1, `'0.025'` → 3, `'200'` → 0. */
export function printedDecimals(printed: string): number {
  const dot = printed.indexOf('.')
  return dot === -1 ? 0 : printed.length - dot - 1
}
