import type { StationDay, StationDayGap } from './hourly/types.js'
import type { AirPollutant } from './indicators.js'
import type { NotMeasured } from './schemas.js'

/** The object input of an indicator the station does not measure. */
export const NOT_MEASURED_INPUT: NotMeasured = 'notMeasured'

/**
 * The keys of `input` (among `keys`) that say `'notMeasured'`, and the input with those values
 * read as `null` for the value checks: a copy when there are any (the caller's object is never
 * changed), `input` itself otherwise.
 */
export function takeNotMeasured(
  input: unknown,
  keys: readonly string[],
): { readonly values: unknown; readonly notMeasured: ReadonlySet<string> | null } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { values: input, notMeasured: null }
  }
  const record = input as Readonly<Record<string, unknown>>
  let found: Set<string> | null = null
  for (const key of keys) {
    if (record[key] === NOT_MEASURED_INPUT && Object.hasOwn(record, key)) {
      found ??= new Set()
      found.add(key)
    }
  }
  if (found === null) return { values: input, notMeasured: null }
  const copy: Record<string, unknown> = { ...record }
  for (const key of found) copy[key] = null
  return { values: copy, notMeasured: found }
}

/** The hourly pollutants of a station day, as `validHours` names them. */
export type HourlyKey = 'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3'

/**
 * The station day with `'notMeasured'` as the gap of each pollutant in `notMeasured` that has no
 * valid hour that day (O3: both `o3_1h` and `o3_8h`); `day` itself when there is none.
 */
export function withNotMeasured(day: StationDay, notMeasured: Iterable<HourlyKey>): StationDay {
  let gaps: Partial<Record<AirPollutant, StationDayGap>> | null = null
  for (const key of notMeasured) {
    if (day.validHours[key] !== 0) continue
    gaps ??= { ...day.gaps }
    if (key === 'o3') {
      gaps.o3_1h = 'notMeasured'
      gaps.o3_8h = 'notMeasured'
    } else gaps[key] = 'notMeasured'
  }
  return gaps === null ? day : { ...day, gaps }
}
