import type {
  AirDailyValues,
  AqiStandard,
  CollectedCity,
  StationDay,
} from '../../../standards/air/index.js'
import type { InputFormat } from '../../input/format.js'
import type { TimestampConvention } from './_hours.js'

/** The seven daily values of a station day. */
export const DAILY_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/** One station's daily values, with its city (and, from hourly records, the valid hours). */
export interface StationDayRecord extends AirDailyValues {
  readonly station: string
  readonly city: string
  readonly date: string
  /** From hourly records: valid hours per pollutant and why a value is missing. */
  readonly hours?: Pick<StationDay, 'validHours' | 'gaps'>
}

/** How `air` reads its inputs. */
export interface ReadAirOptions {
  /** Hourly records (default) or station daily values (`--daily-input`). */
  readonly mode: 'hourly' | 'daily'
  readonly timestamp: TimestampConvention
  /** The files are the CNEMC archive, whose ozone columns are swapped (`--cnemc-archive`). */
  readonly archive: boolean
  /** CNEMC files are read as the export, even when they look like the archive (`--no-cnemc-archive`). */
  readonly exportReading?: boolean | undefined
  /** Station → city from `--city-of`; `*` maps every station without another city. */
  readonly cityOf: ReadonlyMap<string, string>
  readonly format?: InputFormat | undefined
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept inputs without records. */
  readonly allowEmpty?: boolean | undefined
}

/** What `air` computes from its inputs, before the reports. */
export interface CollectAirOptions extends ReadAirOptions {
  readonly standard: AqiStandard
  readonly excludeStations: readonly string[]
  /** Takes each station day with its city, as soon as it is complete (none made without it). */
  readonly onStationDay?: ((day: StationDayRecord) => void) | undefined
  /** Called between batches of records: a chance to write out what `onStationDay` took. */
  readonly onBatch?: (() => Promise<void>) | undefined
  /** Worker threads for hourly records from files (`--jobs`; 1: this thread). */
  readonly jobs?: number | undefined
  /** The paths of the files, for the worker threads. */
  readonly paths?: readonly string[] | undefined
}

/** What {@link collectAir} gives. */
export interface AirCollected {
  /** Every city met, with its days (cities × dates are held, never the station days). */
  readonly cities: readonly CollectedCity[]
  /** Remarks for standard error. */
  readonly notes: readonly string[]
}
