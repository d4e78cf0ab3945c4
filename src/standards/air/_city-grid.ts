import { rational } from '../../_lib/rational.js'
import { type AqiParts, assembleAqiResult } from './_assemble.js'
import type { CityDay } from './_city-day.js'
import type { CityDaySettings } from './_city-exact.js'
import { DAILY_COLUMNS, dailyAqiOfExact, type ResolvedDailyOptions } from './_daily-core.js'
import {
  type GridColumn,
  gridColumn,
  gridIaqi,
  quotientText,
  roundHalfEvenDiv,
  toSteps,
} from './_grid.js'
import { AIR_POLLUTANTS, type AirPollutant } from './indicators.js'
import type { AqiResult } from './result.js'
import { type AqiStandard, aqiBreakpointTable } from './tables.js'

const KEYS = AIR_POLLUTANTS
const N = KEYS.length
const CO = KEYS.indexOf('co')
const O3_1H = KEYS.indexOf('o3_1h')

/** The daily columns of a standard on the grid, with the index of their value (cached). */
const gridColumnsOf = new Map<
  AqiStandard,
  readonly (readonly [AirPollutant, number, GridColumn])[]
>()
function dailyGridColumns(standard: AqiStandard) {
  let out = gridColumnsOf.get(standard)
  if (!out) {
    const table = aqiBreakpointTable(standard)
    out = DAILY_COLUMNS[standard].map(
      ([key, column]) => [key, KEYS.indexOf(key), gridColumn(table, column)] as const,
    )
    gridColumnsOf.set(standard, out)
  }
  return out
}

/** The daily AQI of city values on the grid (`NaN`: none), as `dailyAqiOfExact` computes it. */
function aqiOfSteps(steps: ArrayLike<number>, daily: ResolvedDailyOptions): AqiResult {
  const parts: AqiParts = {
    iaqi: {},
    capped: [],
    missing: [],
    notMeasured: [],
    o3_8hAbove800: false,
    so2_1hAbove800: false,
  }
  let beyond = false
  let unresolved: AqiParts['unresolved'] = null
  for (const [key, index, gc] of dailyGridColumns(daily.standard)) {
    const p = steps[index] as number
    if (Number.isNaN(p)) {
      parts.iaqi[key] = null
      parts.missing.push(key)
      continue
    }
    if (p > (gc.bp[gc.bp.length - 1] as number)) {
      if (gc.hasBeyond) {
        // 2012 表1 note (3): O3 8-hour > 800 is not indexed, O3 counts by its 1-hour IAQI, and
        // without an O3 1-hour value the AQI cannot be known; 2026 表3 note c: counted as 300
        beyond = true
        parts.iaqi[key] = Number.isNaN(gc.above) ? null : gc.above
        if (Number.isNaN(gc.above) && Number.isNaN(steps[O3_1H] as number)) {
          unresolved = 'o3_8hAbove800'
        }
      } else {
        parts.iaqi[key] = 500
        parts.capped.push(key)
      }
      continue
    }
    parts.iaqi[key] = gridIaqi(gc, p)
  }
  return assembleAqiResult(
    'daily',
    daily.standard,
    { ...parts, o3_8hAbove800: beyond, unresolved },
    {
      roundConcentrations: daily.roundConcentrations,
      missingIndicators: daily.missingIndicators,
      notMeasured: daily.notMeasured,
    },
  )
}

// Scratch of gridCityDay: the sums (grid steps) and counts of the seven values, the published
// values (NaN: none), their exact texts and, when rounded, their grid steps
const sums = new Float64Array(N)
const counts = new Float64Array(N)
const published = new Float64Array(N)
const steps = new Float64Array(N)
const texts: (string | null)[] = new Array(N).fill(null)

const orNull = (v: number) => (Number.isNaN(v) ? null : v)

/**
 * The sums (grid steps) and counts of the `n` stations' values into the scratch `sums` and
 * `counts`; `false` when a value is off the grid.
 */
function sumSteps(values: ArrayLike<number>, n: number): boolean {
  sums.fill(0)
  counts.fill(0)
  for (let j = 0, b = 0; j < n; j++, b += N) {
    for (let k = 0; k < N; k++) {
      const v = values[b + k] as number
      if (Number.isNaN(v)) continue
      const p = toSteps(v, k === CO ? 10 : 1)
      if (p < 0) return false
      sums[k] = (sums[k] as number) + p
      counts[k] = (counts[k] as number) + 1
    }
  }
  return true
}

/**
 * The published values of one city day on the integer grid into `out` (7, in the order of
 * `AIR_POLLUTANTS`, `NaN`: none): the values {@link gridCityDay} gives, without the exact
 * texts, the station counts and the AQI, for a caller that keeps only the values. `false` when
 * a value is off the grid (`out` is then left half written): the caller takes
 * {@link exactCityDay}.
 */
export function gridCityValues(
  values: ArrayLike<number>,
  n: number,
  s: CityDaySettings,
  out: Float64Array,
): boolean {
  if (!sumSteps(values, n)) return false
  for (let k = 0; k < N; k++) {
    const q = k === CO ? 10 : 1
    const sum = sums[k] as number
    const count = counts[k] as number
    if (count < s.minStations || count === 0) out[k] = Number.NaN
    else out[k] = s.round ? roundHalfEvenDiv(sum, count) / q : sum / (count * q)
  }
  return true
}

/**
 * One city day on the integer grid, from the daily values of its `n` stations (7 a station in
 * the order of `AIR_POLLUTANTS`, `NaN`: none): sums of grid steps (integers, CO in tenths),
 * exact quotients and GB/T 8170 half-even rounding, all below 2^53 (`_grid.ts`), then the daily
 * AQI on the grid. `null` when a value is off the grid: the caller takes {@link exactCityDay},
 * which gives the same day for values on it.
 */
export function gridCityDay(
  date: string,
  values: ArrayLike<number>,
  n: number,
  s: CityDaySettings,
): CityDay | null {
  if (!sumSteps(values, n)) return null
  const exactValues: Partial<Record<AirPollutant, ReturnType<typeof rational> | null>> = {}
  for (let k = 0; k < N; k++) {
    const q = k === CO ? 10 : 1
    const sum = sums[k] as number
    const count = counts[k] as number
    if (count < s.minStations || count === 0) {
      published[k] = Number.NaN
      steps[k] = Number.NaN
      texts[k] = null
      if (!s.round) exactValues[KEYS[k] as AirPollutant] = null
      continue
    }
    texts[k] = quotientText(sum, count * q)
    if (s.round) {
      const r = roundHalfEvenDiv(sum, count)
      steps[k] = r
      published[k] = r / q
    } else {
      published[k] = sum / (count * q)
      exactValues[KEYS[k] as AirPollutant] = rational(BigInt(sum), BigInt(count * q))
    }
  }
  return {
    date,
    so2: orNull(published[0] as number),
    no2: orNull(published[1] as number),
    co: orNull(published[2] as number),
    pm10: orNull(published[3] as number),
    pm25: orNull(published[4] as number),
    o3_1h: orNull(published[5] as number),
    o3_8h: orNull(published[6] as number),
    exact: {
      so2: texts[0] as string | null,
      no2: texts[1] as string | null,
      co: texts[2] as string | null,
      pm10: texts[3] as string | null,
      pm25: texts[4] as string | null,
      o3_1h: texts[5] as string | null,
      o3_8h: texts[6] as string | null,
    },
    stations: {
      so2: counts[0] as number,
      no2: counts[1] as number,
      co: counts[2] as number,
      pm10: counts[3] as number,
      pm25: counts[4] as number,
      o3_1h: counts[5] as number,
      o3_8h: counts[6] as number,
    },
    aqi: s.round ? aqiOfSteps(steps, s.daily) : dailyAqiOfExact(exactValues, s.daily),
  }
}
