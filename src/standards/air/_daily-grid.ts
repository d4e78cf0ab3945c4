import { categoryOf } from './_assemble.js'
import { DAILY_COLUMNS, type ResolvedDailyOptions } from './_daily-core.js'
import { gridColumn } from './_grid.js'
import { iaqiSteps } from './_grid-steps.js'
import type { AirPollutant } from './indicators.js'
import type { AqiResult } from './result.js'
import { type AqiStandard, aqiBreakpointTable } from './tables.js'

// The daily AQI of a plain input whose every value is missing or on the integer grid at or below
// its column's top (the common case: published data), in one pass: validation, IAQI by lookup,
// and the result built in one go. Anything else (an unknown key, a value off the grid or above
// the table, a bad value, CO above the bound) is left to `dailyAqiOfNumbers` and the checks of
// `dailyAqi`, which give the same result or the error.

/** One daily indicator: its key and the IAQI of every grid step from 0 to the column's top. */
interface LookupColumn {
  readonly key: AirPollutant
  readonly steps: 1 | 10
  /** `iaqi[p]` is HJ 633 式(1) rounded up at `p` grid steps (`iaqiSteps`); length top + 1. */
  readonly iaqi: Uint16Array
}

const lookups = new Map<AqiStandard, readonly LookupColumn[]>()

function lookupColumns(standard: AqiStandard): readonly LookupColumn[] {
  let cols = lookups.get(standard)
  if (!cols) {
    const table = aqiBreakpointTable(standard)
    cols = DAILY_COLUMNS[standard].map(([key, column]) => {
      const grid = gridColumn(table, column)
      return { key, steps: grid.steps, iaqi: iaqiSteps(grid) }
    })
    lookups.set(standard, cols)
  }
  return cols
}

// IAQIs of the current input (-1: missing), in the edition's column order; one call at a time
const scratch = new Int32Array(7)

const isDailyKey = (k: string) =>
  k === 'pm25' ||
  k === 'pm10' ||
  k === 'so2' ||
  k === 'no2' ||
  k === 'co' ||
  k === 'o3_8h' ||
  k === 'o3_1h'

/**
 * The daily AQI of `input` when it is an object of daily indicators each missing or on the grid
 * at or below its column's top, CO not above the bound; else `null`. Equal to
 * `dailyAqiOfNumbers(input, options)` whenever it is not `null`; a test checks that.
 */
export function dailyAqiOnGrid(input: unknown, options: ResolvedDailyOptions): AqiResult | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null
  const record = input as Readonly<Record<string, unknown>>
  for (const key in record) if (!isDailyKey(key)) return null
  const co = record.co
  if (typeof co === 'number' && co > options.maxPlausibleCo) return null
  const cols = lookupColumns(options.standard)
  const n = cols.length
  let aqi = -1
  let missing = 0
  for (let i = 0; i < n; i++) {
    const col = cols[i] as LookupColumn
    const v = record[col.key]
    if (v === undefined || v === null) {
      scratch[i] = -1
      missing++
      continue
    }
    if (typeof v !== 'number') return null
    // the grid step of v, as `toSteps`; -0 reads as step 0
    let p: number
    if (col.steps === 1) {
      if (!Number.isInteger(v)) return null
      p = v
    } else {
      p = Math.round(v * 10)
      if (p / 10 !== v) return null
    }
    if (!(p >= 0 && p < col.iaqi.length)) return null
    const x = col.iaqi[p] as number
    scratch[i] = x
    if (x > aqi) aqi = x
  }
  // HJ 633-2026 §5.3.1: with a missing indicator, the AQI is published only above 100
  const withheld =
    missing > 0 && options.missingIndicators === 'withholdUnlessAbove100' && aqi <= 100
  const shown = withheld || aqi < 0 ? null : aqi
  const primary: AirPollutant[] = []
  const exceeding: AirPollutant[] = []
  const missingKeys: AirPollutant[] = []
  const iaqi: Partial<Record<AirPollutant, number | null>> = {}
  for (let i = 0; i < n; i++) {
    const key = (cols[i] as LookupColumn).key
    const x = scratch[i] as number
    if (x < 0) {
      iaqi[key] = null
      missingKeys.push(key)
      continue
    }
    iaqi[key] = x
    if (shown === null) continue
    // §4.4.2: AQI 大于 50 时，IAQI 最大的污染物为首要污染物；并列时均为首要污染物
    if (shown > 50 && x === shown) primary.push(key)
    // §4.4.2: IAQI 大于 100 的污染物为超标污染物 (2012 only)
    if (x > 100) exceeding.push(key)
  }
  const standard = options.standard
  return {
    report: 'daily',
    standard,
    aqi: shown,
    iaqi,
    primaryPollutants: primary,
    exceedingPollutants: standard === 'HJ633-2012' ? exceeding : null,
    category: shown === null ? null : categoryOf(shown, standard),
    flags: {
      capped: [],
      o3_8hAbove800: false,
      so2_1hAbove800: false,
      missing: missingKeys,
      notMeasured: [],
      withheld,
      withheldReason: withheld ? 'missingIndicator' : null,
    },
    options: {
      roundConcentrations: options.roundConcentrations,
      missingIndicators: options.missingIndicators,
      notMeasured: options.notMeasured,
    },
  }
}
