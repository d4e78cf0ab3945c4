/**
 * The one table of texts that stand for "no value" in monitoring exports, shared by every reader
 * of eco-targets (air, water, the command line). Matching is case-insensitive and ignores
 * surrounding white space, so `NA`, `na` and ` Na ` read alike.
 *
 * - missing: the platform had no valid value for that hour or sampling (an empty cell, `--` as
 *   CNEMC publishes it, `—`, `-`, `NA`, `N/A`, `null`, `NaN`, `无数据`);
 * - not measured: the station does not measure that indicator at all (`/` in the CNEMC feed of
 *   2026, `未监测`, `不监测`).
 *
 * Neither is ever read as zero.
 */

/** Texts read as a missing value, lower-cased. */
export const MISSING_TEXTS: readonly string[] = Object.freeze([
  '',
  '--',
  '—',
  '-',
  'na',
  'n/a',
  'null',
  'nan',
  '无数据',
])

/** Texts read as "the station does not measure this indicator", lower-cased. */
export const NOT_MEASURED_TEXTS: readonly string[] = Object.freeze(['/', '未监测', '不监测'])

const MISSING = new Set(MISSING_TEXTS)
const NOT_MEASURED = new Set(NOT_MEASURED_TEXTS)

/** What a cell's text says when it holds no number. */
export type NoValue = 'missing' | 'notMeasured'

/**
 * Whether a text stands for no value, and which kind.
 *
 * @param text - a cell as read
 * @returns `'missing'`, `'notMeasured'`, or `null` for any other text
 */
export function noValueOf(text: string): NoValue | null {
  const t = text.trim().toLowerCase()
  if (MISSING.has(t)) return 'missing'
  if (NOT_MEASURED.has(t)) return 'notMeasured'
  return null
}
