import { HOURLY_COLUMN_NAMES } from './names.js'

/** An input of an AQI report read from a record. @category Air */
export type AqiRecordKey =
  | 'so2'
  | 'no2'
  | 'co'
  | 'o3'
  | 'pm10'
  | 'pm25'
  | 'o3_1h'
  | 'o3_8h'
  | 'so2_24h'

/**
 * The inputs of each AQI report, in the order results show them: the daily report (日报, HJ 633
 * §5.1.2: 24-hour means, the day's maximum 1-hour and 8-hour O3) and the real-time report (实时报,
 * §5.1.3: 1-hour values, the O3 8-hour moving mean, the SO2 24-hour mean for SO2 above 800).
 *
 * @category Air
 * @see HJ 633-2012 §5.1
 * @example
 * ```ts
 * import { AQI_RECORD_KEYS } from 'eco-targets/air'
 * AQI_RECORD_KEYS.daily //=> ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h']
 * ```
 */
export const AQI_RECORD_KEYS = Object.freeze({
  daily: Object.freeze(['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const),
  realtime: Object.freeze(['so2', 'no2', 'co', 'o3', 'pm10', 'pm25', 'o3_8h', 'so2_24h'] as const),
})

/**
 * The header names of the columns {@link readAqiRecords} reads: those of the hourly readers'
 * one table ({@link HOURLY_COLUMN_NAMES}) and the daily report's ozone columns. The archive's
 * swapped ozone columns (`o3_24h`, `o3_8h_24h`) are read under `ozone: 'archive'`.
 *
 * @category Air
 * @example
 * ```ts
 * import { AQI_COLUMN_NAMES } from 'eco-targets/air'
 * AQI_COLUMN_NAMES.o3_1h //=> ['o3_1h', 'O3-1h', '臭氧日最大1小时']
 * AQI_COLUMN_NAMES.pm25  //=> ['pm2_5', 'pm25', 'PM2.5', '细颗粒物']
 * ```
 */
export const AQI_COLUMN_NAMES: Readonly<
  Record<AqiRecordKey | 'o3_24h' | 'o3_8h_24h', readonly string[]>
> = Object.freeze({
  so2: HOURLY_COLUMN_NAMES.so2,
  no2: HOURLY_COLUMN_NAMES.no2,
  co: HOURLY_COLUMN_NAMES.co,
  o3: HOURLY_COLUMN_NAMES.o3,
  pm10: HOURLY_COLUMN_NAMES.pm10,
  pm25: HOURLY_COLUMN_NAMES.pm25,
  o3_1h: ['o3_1h', 'O3-1h', '臭氧日最大1小时'],
  o3_8h: [...HOURLY_COLUMN_NAMES.o3_8h, '臭氧日最大8小时'],
  so2_24h: HOURLY_COLUMN_NAMES.so2_24h,
  o3_24h: HOURLY_COLUMN_NAMES.o3_24h,
  o3_8h_24h: HOURLY_COLUMN_NAMES.o3_8h_24h,
})
