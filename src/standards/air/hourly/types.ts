import type { z } from 'zod'
import type {
  StationDayGapSchema,
  StationDaySchema,
  TimestampConventionSchema,
} from '../result-schemas.js'

/**
 * How a station record's timestamp relates to the hour its value covers: `hour-ending` (the
 * national platform's 16时 is 15:00–16:00) or `hour-beginning`.
 *
 * @category Air
 */
export type TimestampConvention = z.output<typeof TimestampConventionSchema>

/**
 * Why a daily value is missing: too few valid hours (GB 3095 表4) or 8-hour windows, or
 * `'notMeasured'`: the day has no valid hour of the pollutant and its records say the station
 * does not measure it (`'notMeasured'` in records, {@link NOT_MEASURED} in columns, `/` in the
 * national feed). For O3 both `o3_1h` and `o3_8h` carry it.
 *
 * @category Air
 */
export type StationDayGap = z.output<typeof StationDayGapSchema>

/**
 * A station's daily values for one natural day, in the shape {@link dailyAqi} and
 * {@link aggregateCityDays} read (`null`: no valid value), with the evidence behind them.
 *
 * @category Air
 */
export type StationDay = z.output<typeof StationDaySchema>
