import type { AirDailyValues, AirPollutant } from '../indicators.js'

/**
 * How a station record's timestamp relates to the hour its value covers: `hour-ending` (the
 * national platform's 16时 is 15:00–16:00) or `hour-beginning`.
 *
 * @category Air
 */
export type TimestampConvention = 'hour-ending' | 'hour-beginning'

/**
 * Why a daily value is missing: too few valid hours (GB 3095 表4) or 8-hour windows, or
 * `'notMeasured'`: the day has no valid hour of the pollutant and its records say the station
 * does not measure it (`'notMeasured'` in records, {@link NOT_MEASURED} in columns, `/` in the
 * national feed). For O3 both `o3_1h` and `o3_8h` carry it.
 *
 * @category Air
 */
export type StationDayGap = 'tooFewHours' | 'tooFewWindows' | 'notMeasured'

/**
 * A station's daily values for one natural day, in the shape {@link dailyAqi} and
 * {@link aggregateCityDays} read (`null`: no valid value), with the evidence behind them.
 *
 * @category Air
 */
export interface StationDay extends AirDailyValues {
  readonly station: string
  readonly date: string
  /** The unrounded values as exact decimals (up to 10 decimals). */
  readonly exact: Readonly<Record<AirPollutant, string | null>>
  /** Valid hourly values of the day per pollutant (`o3` for both O3 statistics). */
  readonly validHours: Readonly<Record<'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3', number>>
  /** Valid 8-hour O3 means among the 17 windows ending 08:00…24:00. */
  readonly o3_8hWindows: number
  /** True when the O3 8-hour maximum is kept under the exceedance exception of HJ 663 §6.1.2. */
  readonly o3_8hByExceedance: boolean
  /** Why each missing value is missing. */
  readonly gaps: Readonly<Partial<Record<AirPollutant, StationDayGap>>>
}
