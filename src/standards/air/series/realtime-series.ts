import { InputError } from '../../../_lib/errors/input-error.js'
import { defineOptions } from '../../../_lib/options.js'
import type { HourlyColumns } from '../columns.js'
import { SeriesCore } from './_state.js'
import { type RealtimeSeriesOptions, RealtimeSeriesOptionsSchema } from './options.js'
import type { RealtimeSeriesColumns, RealtimeSeriesOptionsResolved } from './types.js'

const fill = (o: {
  timestamp?: 'hour-ending' | 'hour-beginning' | undefined
  timeZone?: string | undefined
  round?: boolean | undefined
  o3_8hBeforeEight?: 'none' | 'dayHours' | undefined
}): RealtimeSeriesOptionsResolved => ({
  timestamp: o.timestamp ?? 'hour-ending',
  timeZone: o.timeZone ?? 'Asia/Shanghai',
  round: o.round ?? true,
  o3_8hBeforeEight: o.o3_8hBeforeEight ?? 'none',
})
const OPTIONS = defineOptions('realtimeSeries', RealtimeSeriesOptionsSchema, fill)
const STREAM_OPTIONS = defineOptions('streamRealtimeSeries', RealtimeSeriesOptionsSchema, fill)

/**
 * The national platform's real-time moving values (滑动值) of every hourly record: the moving
 * 24-hour means, the moving maximum 1-hour O3, the 8-hour moving mean and the running daily
 * maximum of the 8-hour means ({@link MovingSeries}), as the platform publishes them beside
 * each hour. Every mean uses the valid hours there are in its window, however few: these are
 * the platform's hourly products, **not** the daily values of GB 3095 表4, which need 20 valid
 * hours and come from {@link aggregateStationDays}.
 *
 * Records of each station must come in time order (stations may interleave); hours without a
 * record are hours without values. Missing (`NaN`) and not measured ({@link NOT_MEASURED})
 * values are left out of the windows.
 *
 * @param columns - hourly records in columns, as the readers return them
 * @param options - see {@link RealtimeSeriesOptionsSchema}
 * @returns one value per record and series, `NaN` where the window has no valid hour
 * @throws {@link InputError} for records of a station out of time order or twice for one hour,
 *   stamps not on the hour, and values that are negative or have more than three decimals
 * @category Air
 * @see HJ 633-2012 §3 (实时报 with moving means); GB 3095-2012 表4 for the official daily values
 * @example
 * ```ts
 * import { realtimeSeries } from 'eco-targets/air'
 * // three hour-ending records of one station, 2026-03-01 01时 … 03时, PM2.5 10, 11, NaN
 * const at = (h: number) => Date.UTC(2026, 1, 28, 17 + h)
 * const nan = Number.NaN
 * const column = (...v: number[]) => Float64Array.from(v)
 * const s = realtimeSeries({
 *   length: 3, stations: ['A'], station: Int32Array.from([0, 0, 0]),
 *   time: column(at(0), at(1), at(2)),
 *   so2: column(nan, nan, nan), no2: column(nan, nan, nan), co: column(nan, nan, nan),
 *   o3: column(nan, nan, nan), pm10: column(nan, nan, nan), pm25: column(10, 11, nan),
 * })
 * ;[...s.pm25_24h] //=> [10, 10, 10]
 * ```
 * (10.5 rounds half to even to 10; the third hour has no PM2.5, the mean of the two valid
 * hours is published anyway.)
 */
export function realtimeSeries(
  columns: HourlyColumns,
  options?: RealtimeSeriesOptions,
): RealtimeSeriesColumns {
  const core = new SeriesCore(OPTIONS.resolve(options))
  const result = core.run(columns)
  if (Array.isArray(result)) throw new InputError('realtimeSeries input', result)
  return result
}

/**
 * {@link realtimeSeries} on a stream of batches, such as those of {@link streamHourlyCsv}: one
 * {@link RealtimeSeriesColumns} per batch, parallel to it, with the windows of every station
 * carried from batch to batch, so memory stays flat whatever the length of the record.
 *
 * @param batches - hourly batches in file order (each station's records in time order)
 * @param options - see {@link RealtimeSeriesOptionsSchema}
 * @returns the moving values of each batch, in order
 * @throws {@link InputError} from the iteration, as {@link realtimeSeries}; for unknown or bad
 *   options, from the call itself
 * @category Air
 * @example
 * ```ts
 * import { streamHourlyCsv, streamRealtimeSeries } from 'eco-targets/air'
 * const csv = 'station,time,o3\nA,2026-03-01T08:00,40\nA,2026-03-01T09:00,50\n'
 * const max: number[] = []
 * for await (const s of streamRealtimeSeries(streamHourlyCsv(csv, { batchSize: 1 })))
 *   max.push(...s.o3_1hMax24h)
 * max //=> [40, 50]
 * ```
 */
export function streamRealtimeSeries(
  batches: AsyncIterable<HourlyColumns> | Iterable<HourlyColumns>,
  options?: RealtimeSeriesOptions,
): AsyncGenerator<RealtimeSeriesColumns, void, undefined> {
  const core = new SeriesCore(STREAM_OPTIONS.resolve(options))
  return (async function* () {
    for await (const batch of batches) {
      const result = core.run(batch)
      if (Array.isArray(result)) throw new InputError('streamRealtimeSeries input', result)
      yield result
    }
  })()
}
