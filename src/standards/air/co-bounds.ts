/**
 * The largest 1-hour CO concentration accepted, in mg/m³: the top of the HJ 633 1-hour CO
 * column (150 mg/m³, IAQI 500). Real 1-hour CO rarely passes 30 mg/m³, while CO written in
 * µg/m³ by mistake reads 100–3000; a 1-hour value above this bound is rejected as a unit error
 * rather than indexed. Applies to {@link realtimeAqi}, `iaqi('co_1h', …)`, the hourly records of
 * {@link aggregateStationDays} and the readers. Override with the `maxPlausibleCo` option.
 *
 * @category Air
 * @see HJ 633-2012 表1 (CO 1-hour column); HJ 633-2026 表3
 * @example
 * ```ts
 * import { MAX_PLAUSIBLE_CO_1H } from 'eco-targets/air'
 * MAX_PLAUSIBLE_CO_1H //=> 150
 * ```
 */
export const MAX_PLAUSIBLE_CO_1H = 150

/**
 * The largest 24-hour (daily) CO mean accepted, in mg/m³: the top of the HJ 633 24-hour CO
 * column (60 mg/m³, IAQI 500). A daily mean above it can only be a unit error (µg/m³) or a
 * value the standard cannot index, so it is rejected rather than capped at 500. Applies to
 * {@link dailyAqi}, `iaqi('co_24h', …)`, {@link aggregateCityDays} and
 * {@link summarizeAirPeriod}. Override with the `maxPlausibleCo` option; a value then above 60
 * is capped at IAQI 500 and listed in `flags.capped`.
 *
 * @category Air
 * @see HJ 633-2012 表1 (CO 24-hour column); HJ 633-2026 表3
 * @example
 * ```ts
 * import { MAX_PLAUSIBLE_CO_24H } from 'eco-targets/air'
 * MAX_PLAUSIBLE_CO_24H //=> 60
 * ```
 */
export const MAX_PLAUSIBLE_CO_24H = 60

/**
 * The 1-hour bound, {@link MAX_PLAUSIBLE_CO_1H}, under its former name.
 *
 * @deprecated use {@link MAX_PLAUSIBLE_CO_1H} (1-hour values) or {@link MAX_PLAUSIBLE_CO_24H}
 *   (daily means)
 * @category Air
 * @example
 * ```ts
 * import { MAX_PLAUSIBLE_CO } from 'eco-targets/air'
 * MAX_PLAUSIBLE_CO //=> 150
 * ```
 */
export const MAX_PLAUSIBLE_CO = MAX_PLAUSIBLE_CO_1H
