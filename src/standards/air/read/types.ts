import type { z } from 'zod'
import type { HourlyColumns } from '../columns.js'
import type {
  CodedTextColumnSchema,
  HourlyBatchSchema,
  HourlyLayoutSchema,
  HourlyTableSchema,
  PublishedColumnsSchema,
  PublishedSeriesSchema,
  ReadHourlyOptionsResolvedSchema,
  ReadNoteSchema,
  StationInfoSchema,
} from '../result-schemas.js'

/**
 * The layouts of hourly monitoring exports the readers know:
 *
 * - `plain`: one row per station and hour, `station,time,so2,no2,co,o3,pm10,pm25` in any order,
 *   under any of the names of {@link HOURLY_COLUMN_NAMES} (Chinese headers too);
 * - `cnemc`: the real-time export of the national monitoring centre (`timepoint,stationcode,…,
 *   pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,…`), read as its column names say: `o3` the
 *   latest 1-hour O3, `o3_24h` the maximum 1-hour O3 of the last 24 hours, `o3_8h` the latest
 *   8-hour moving mean, `o3_8h_24h` the day's maximum 8-hour mean;
 * - `cnemc-archive`: the same header in the public archive of 2022 (HeQinWill/CNEMC), whose
 *   ozone columns are swapped: `o3_24h` is the latest 1-hour O3, `o3` the maximum 1-hour O3 of
 *   the last 24 hours, `o3_8h_24h` the latest 8-hour mean, `o3_8h` the day's maximum;
 * - `cnemc-2026`: the live feed as published from 2026 (with `longitude,latitude`): `o3` is the
 *   latest 1-hour O3 (`o3_24h` repeats it from March 2026 and is empty before), `o3_8h` the
 *   running maximum of the day's 8-hour means, `o3_8h_24h` the latest 8-hour mean;
 * - `wide`: the `date,hour,type,<station codes>` files widely shared as
 *   `china_sites_YYYYMMDD.csv`, one row per hour and type (15 types), one column per station.
 *
 * @category Air
 */
export type HourlyLayout = z.output<typeof HourlyLayoutSchema>

/**
 * The figures the platform publishes beside the hourly concentrations, each a column of
 * {@link PublishedColumns} when the layout has it:
 *
 * - `aqi`: the real-time AQI of the hour;
 * - `so2_24h`, `no2_24h`, `co_24h`, `pm10_24h`, `pm25_24h`: the moving mean of the 24 hours
 *   ending at the hour (published even when fewer than 20 of them were valid);
 * - `o3_1hMax24h`: the moving maximum of the 1-hour O3 over the 24 hours ending at the hour;
 * - `o3_8hMoving`: the 8-hour moving mean of O3 ending at the hour;
 * - `o3_8hDayMax`: the running maximum of the day's 8-hour means (windows ending 08:00 … the
 *   hour); at 00:00 of the next day it is the day's maximum 8-hour O3.
 *
 * These are the platform's real-time products, not the official daily values of GB 3095 表4.
 *
 * @category Air
 */
export type PublishedSeries = z.output<typeof PublishedSeriesSchema>

/**
 * A text column coded as indices into its distinct texts: `texts[index[i]]` is the text of
 * record `i`, and `index[i]` is `-1` where the cell is empty.
 *
 * @category Air
 */
export type CodedTextColumn = z.output<typeof CodedTextColumnSchema>

/**
 * The published figures of a batch, by {@link PublishedSeries}: one Float64Array per figure the
 * layout has (`NaN` missing, `-Infinity` not measured, as in {@link HourlyColumns}), and the
 * primary pollutant as published (`颗粒物(PM10),细颗粒物(PM2.5)`, empty when the AQI is 50 or
 * below) where the layout has it.
 *
 * @category Air
 */
export type PublishedColumns = z.output<typeof PublishedColumnsSchema>

/**
 * What the file says about a station besides its code (from its first record), `null` where
 * the layout has no such column.
 *
 * @category Air
 */
export type StationInfo = z.output<typeof StationInfoSchema>

/**
 * A remark on how a file was read, in Chinese and English: which reading of the CNEMC ozone
 * columns the data showed, for example.
 *
 * @category Air
 */
export type ReadNote = z.output<typeof ReadNoteSchema>

/**
 * Hourly records read from a monitoring export, in columns: the six pollutants, station and
 * time as in {@link HourlyColumns} (`time` is the instant of the stamp as written; which hour it
 * covers is the engine's concern), the line each record was read from, the figures the platform
 * published, and what the file says about each station.
 *
 * `stations` holds every station met so far in the input, so the indices of one reading stay
 * the same from batch to batch.
 *
 * @category Air
 */
export type HourlyBatch = z.output<typeof HourlyBatchSchema>

/**
 * A whole export read into columns: one {@link HourlyBatch} for all records, with what the
 * reader found out about the file and the options it used.
 *
 * @category Air
 */
export type HourlyTable = z.output<typeof HourlyTableSchema>

/**
 * The options of a reading with every default filled in, as a table echoes them (see
 * {@link ReadHourlyCsvOptionsSchema}).
 *
 * @category Air
 */
export type ReadHourlyOptionsResolved = z.output<typeof ReadHourlyOptionsResolvedSchema>
