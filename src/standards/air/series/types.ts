import type { z } from 'zod'
import type {
  MovingSeriesSchema,
  RealtimeSeriesColumnsSchema,
  RealtimeSeriesOptionsResolvedSchema,
} from '../result-schemas.js'

/**
 * The moving values the national platform publishes every hour beside the hour's
 * concentrations (its real-time products, 滑动值), each a column of {@link RealtimeSeriesColumns}:
 *
 * - `so2_24h`, `no2_24h`, `co_24h`, `pm10_24h`, `pm25_24h`: the mean of the valid hours among
 *   the 24 hours ending at the hour, however few they are;
 * - `o3_1hMax24h`: the largest valid 1-hour O3 among those 24 hours;
 * - `o3_8hMoving`: the mean of the valid hours among the 8 hours ending at the hour;
 * - `o3_8hDayMax`: the running maximum of the day's 8-hour means, windows ending 08:00 … the hour
 *   (at 24:00, stamped 00时 of the next day, the day's maximum 8-hour O3).
 *
 * These are not the daily values of GB 3095 表4 ({@link aggregateStationDays}): those need 20
 * valid hours (6 of 8 for an 8-hour mean, 14 valid 8-hour means a day), the platform's moving
 * values do not.
 *
 * @category Air
 */
export type MovingSeries = z.output<typeof MovingSeriesSchema>

/**
 * The moving values of each record, parallel to the records it was computed from: one
 * Float64Array per {@link MovingSeries}, `NaN` where there is no value (no valid hour in the
 * window, or an 8-hour value before 08:00 under `o3_8hBeforeEight: 'none'`).
 *
 * @category Air
 */
export type RealtimeSeriesColumns = z.output<typeof RealtimeSeriesColumnsSchema>

/**
 * Options of {@link realtimeSeries} and {@link streamRealtimeSeries} with their defaults
 * filled in.
 *
 * @category Air
 */
export type RealtimeSeriesOptionsResolved = z.output<typeof RealtimeSeriesOptionsResolvedSchema>
