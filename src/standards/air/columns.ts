import type { z } from 'zod'
import type { HourlyColumnsSchema } from './result-schemas.js'
/**
 * The value of a cell in {@link HourlyColumns} for an indicator that the station does not
 * measure (`/` in the CNEMC feed): minus infinity, which no reading can produce. A missing value
 * (the station measures the indicator but had no valid value that hour) is `NaN`.
 *
 * @category Air
 * @example
 * ```ts
 * import { NOT_MEASURED } from 'eco-targets/air'
 * NOT_MEASURED //=> -Infinity
 * ```
 */
export const NOT_MEASURED = Number.NEGATIVE_INFINITY

/**
 * Hourly station records in columns: one typed array per pollutant, a station column coded as
 * indices into `stations`, and a time column. Readers produce it and the air engine consumes it
 * without building one object per record.
 *
 * - `time[i]` is the instant of the record's timestamp in milliseconds since the epoch (a
 *   platform stamp of 2022-01-02 00时 China Standard Time is `Date.UTC(2022, 0, 1, 16)`); which
 *   hour it covers is the engine's `timestamp` option (hour-ending by default).
 * - Concentrations are µg/m³, CO mg/m³, as published; `NaN` is a missing value and
 *   {@link NOT_MEASURED} an indicator the station does not measure.
 *
 * @category Air
 */
export type HourlyColumns = z.output<typeof HourlyColumnsSchema>
