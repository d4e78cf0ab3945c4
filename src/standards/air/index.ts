/**
 * Ambient air quality by the Chinese national methods, exact and usable without any plan:
 * HJ 633 AQI (2012 and 2026 editions, daily and real-time), GB 3095 limits and compliance,
 * and HJ 663 statistics from hourly station records to city days and period figures.
 *
 * ```ts
 * import { dailyAqi } from 'eco-targets/air'
 * dailyAqi({ so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 }).aqi //=> 102
 * ```
 *
 * @module air
 */

/**
 * Plain-text tables padded by display width, the same functions as in the root entry, for AQI
 * tables whose Chinese names must line up. @category Report
 */
export { displayWidth } from '../../_lib/display-width.js'
export {
  expectations,
  type FormatIssueOptions,
  formatInputError,
  formatInputIssue,
  formatIssueLocation,
  formatIssuePath,
  InputError,
  type InputIssue,
  type InputIssueCode,
  type IssueLocation,
  type IssuePathSegment,
  type IssueSpec,
  inputIssue,
  isInputError,
  localizedText,
  relocateIssue,
} from '../../_lib/errors/index.js'
export { type RenderTextTableOptions, renderTextTable } from '../../_lib/text-table.js'
/** GB/T 8170 rounding, the same functions as in the root entry. @category Rounding */
export { formatGbt8170, roundGbt8170 } from '../gbt8170.js'
export * from './categories/aqi-category.js'
export * from './categories/hj633-2012.js'
export * from './categories/hj633-2026.js'
export type * from './categories/types.js'
export * from './city-days.js'
export * from './columns.js'
export * from './compliance/assess.js'
export type * from './compliance/types.js'
export * from './daily.js'
export * from './daily-read/index.js'
export * from './engine/index.js'
export * from './hourly/station-days.js'
export type * from './hourly/types.js'
export * from './iaqi.js'
export * from './indicators.js'
export * from './limits.js'
export * from './percentile.js'
export * from './period/summarize.js'
export type * from './period/types.js'
export * from './ranking/index.js'
export * from './read/aqi-columns.js'
export * from './read/index.js'
export * from './read/read-aqi-records.js'
export * from './realtime.js'
export type * from './result.js'
export * from './result-schemas.js'
export * from './schemas.js'
export * from './series/index.js'
export * from './tables.js'
