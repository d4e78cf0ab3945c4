import type { AirDailyValues, AirPollutant } from '../indicators.js'

/**
 * How a station record's timestamp relates to the hour its value covers: `hour-ending` (the
 * national platform's 16时 is 15:00–16:00) or `hour-beginning`.
 *
 * @category Air
 */
export type TimestampConvention = 'hour-ending' | 'hour-beginning'

/** Options of {@link aggregateStationDays}. @category Air */
export interface AggregateStationDaysOptions {
  /**
   * What a record's timestamp means: `'hour-ending'` (default; the national platform labels
   * 15:00–16:00 as 16时) or `'hour-beginning'`.
   */
  readonly timestamp?: TimestampConvention
  /** Time zone of natural days and of timestamps without offset (default `'Asia/Shanghai'`). */
  readonly timeZone?: string
  /** Valid hours a 24-hour mean needs (default 20, GB 3095 表4). */
  readonly minHours?: number
  /** Valid hours an O3 8-hour mean needs (default 6, GB 3095 表4). */
  readonly minHoursPer8h?: number
  /** Valid 8-hour means the daily maximum needs (default 14 of 17, HJ 663 §6.1.2; SECONDARY). */
  readonly minWindowsPerDay?: number
  /**
   * Above this the daily maximum 8-hour O3 is valid even with fewer windows (default 160, the
   * GB 3095 Grade II 8-hour limit; HJ 663 §6.1.2 "超过浓度限值", SECONDARY).
   */
  readonly o3_8hLimit?: number
  /** Valid hours the daily maximum 1-hour O3 needs (default 20; UNVERIFIED, no rule was read). */
  readonly minHoursO3_1h?: number
  /** Round daily values by GB/T 8170 to integers (CO one decimal), as published (default true). */
  readonly round?: boolean
  /** Largest CO value accepted, mg/m³ (default {@link MAX_PLAUSIBLE_CO}). */
  readonly maxPlausibleCo?: number
}

/** Why a daily value is missing. @category Air */
export type StationDayGap = 'tooFewHours' | 'tooFewWindows'

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
