import { decimal, type Rational } from '../../_lib/rational.js'
import { type AqiParts, assembleAqiResult } from './_assemble.js'
import { type ExactIaqi, exactIaqi, numberIaqi, roundConcentration } from './_exact.js'
import { type GridColumn, gridColumn, gridIaqi, toSteps } from './_grid.js'
import { MAX_PLAUSIBLE_CO_24H } from './co-bounds.js'
import { AIR_POLLUTANTS, type AirPollutant, type AqiColumn } from './indicators.js'
import type { AqiResult, MissingIndicatorPolicy, NotMeasuredRule } from './result.js'
import {
  type AqiBreakpointTable,
  type AqiStandard,
  aqiBreakpointTable,
  DEFAULT_AQI_STANDARD,
} from './tables.js'

/** The daily indicators of an edition and the column each is indexed on. */
export const DAILY_COLUMNS: Readonly<
  Record<AqiStandard, readonly (readonly [AirPollutant, AqiColumn])[]>
> = {
  // HJ 633-2012 §5.1.2: 7 indicators; note (1): 1-hour SO2/NO2/CO columns are not used daily
  'HJ633-2012': [
    ['so2', 'so2_24h'],
    ['no2', 'no2_24h'],
    ['co', 'co_24h'],
    ['pm10', 'pm10_24h'],
    ['pm25', 'pm25_24h'],
    ['o3_1h', 'o3_1h'],
    ['o3_8h', 'o3_8h'],
  ],
  // HJ 633-2026 §4.2.2: 6 indicators, the O3 daily maximum 1-hour is no longer one of them
  'HJ633-2026': [
    ['so2', 'so2_24h'],
    ['no2', 'no2_24h'],
    ['co', 'co_24h'],
    ['pm10', 'pm10_24h'],
    ['pm25', 'pm25_24h'],
    ['o3_8h', 'o3_8h'],
  ],
}

/** Resolved daily options. */
export interface ResolvedDailyOptions {
  readonly standard: AqiStandard
  readonly roundConcentrations: boolean
  readonly missingIndicators: MissingIndicatorPolicy
  readonly notMeasured: NotMeasuredRule
  readonly maxPlausibleCo: number
}

/** Fills in the edition's defaults. */
export function resolveDailyOptions(
  options: {
    readonly standard?: AqiStandard | undefined
    readonly roundConcentrations?: boolean | undefined
    readonly missingIndicators?: MissingIndicatorPolicy | undefined
    readonly notMeasured?: NotMeasuredRule | undefined
    readonly maxPlausibleCo?: number | undefined
  } = {},
  defaultMaxCo: number = MAX_PLAUSIBLE_CO_24H,
  // daily reports: the letter of HJ 633-2026 §5.3.1 (no published daily evidence either way)
  defaultNotMeasured: NotMeasuredRule = 'text',
): ResolvedDailyOptions {
  const standard = options.standard ?? DEFAULT_AQI_STANDARD
  const is2026 = standard === 'HJ633-2026'
  return {
    standard,
    roundConcentrations: options.roundConcentrations ?? is2026,
    missingIndicators:
      options.missingIndicators ?? (is2026 ? 'withholdUnlessAbove100' : 'computeFromOthers'),
    notMeasured: options.notMeasured ?? defaultNotMeasured,
    maxPlausibleCo: options.maxPlausibleCo ?? defaultMaxCo,
  }
}

/**
 * The daily AQI of already validated exact values (`null` = missing); `notMeasured` names the
 * indicators the station does not measure (their values are `null`).
 */
export function dailyAqiOfExact(
  values: Partial<Record<AirPollutant, Rational | null>>,
  options: ResolvedDailyOptions,
  notMeasured: ReadonlySet<string> | null = null,
): AqiResult {
  const table = aqiBreakpointTable(options.standard)
  return dailyAqiOf(values, options, notMeasured, (raw, column) =>
    exactIaqi(table, column, options.roundConcentrations ? roundConcentration(column, raw) : raw),
  )
}

/** The daily columns of an edition on the integer grid, resolved once. */
const gridDaily = new Map<
  AqiStandard,
  readonly { key: AirPollutant; column: AqiColumn; grid: GridColumn; top: number }[]
>()

function gridDailyColumns(standard: AqiStandard) {
  let cols = gridDaily.get(standard)
  // Stryker disable next-line ConditionalExpression: a miss on every call builds the same columns again
  if (!cols) {
    const table = aqiBreakpointTable(standard)
    cols = DAILY_COLUMNS[standard].map(([key, column]) => {
      const grid = gridColumn(table, column)
      return { key, column, grid, top: grid.bp[grid.bp.length - 1] as number }
    })
    gridDaily.set(standard, cols)
  }
  return cols
}

/**
 * The daily AQI of already validated numbers (`null` or absent = missing), each read as the
 * decimal it prints as: the same result as `dailyAqiOfExact(exactValues(values), options)`.
 * A value on the integer grid (integers, CO one decimal) is indexed in doubles, exactly by the
 * bound of `_grid.ts`, and GB/T 8170 rounding leaves it as it is; a value off the grid
 * takes the exact rational path ({@link numberIaqi}).
 */
export function dailyAqiOfNumbers(
  values: Readonly<Partial<Record<AirPollutant, number | null | undefined>>>,
  options: ResolvedDailyOptions,
  notMeasured: ReadonlySet<string> | null = null,
): AqiResult {
  const iaqi: Partial<Record<AirPollutant, number | null>> = {}
  const capped: AirPollutant[] = []
  const missing: AirPollutant[] = []
  const unmeasured: AirPollutant[] = []
  let o3_8hAbove800 = false
  let unresolved: AqiParts['unresolved'] = null
  let table: AqiBreakpointTable | undefined
  for (const { key, column, grid, top } of gridDailyColumns(options.standard)) {
    const raw = values[key]
    if (raw === null || raw === undefined) {
      iaqi[key] = null
      if (notMeasured?.has(key)) {
        unmeasured.push(key)
        if (options.notMeasured === 'text') missing.push(key)
      } else missing.push(key)
      continue
    }
    const p = toSteps(raw, grid.steps)
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a value off the shortcut is indexed by numberIaqi to the same IAQI (test/standards/air/grid.test.ts)
    if (p >= 0 && p <= top) {
      // `+ 0` turns -0 (accepted as a non-negative number) into 0
      // Stryker disable next-line ArithmeticOperator: -0 - 0 is -0, whose IAQI is 0 as that of 0
      iaqi[key] = gridIaqi(grid, p + 0)
      continue
    }
    table ??= aqiBreakpointTable(options.standard)
    const r = numberIaqi(table, column, raw, options.roundConcentrations)
    iaqi[key] = r.iaqi
    if (r.capped) capped.push(key)
    // 2012 表1 note (3): O3-8h > 800 is not indexed; 2026 表3 note c: counted as 300
    if (r.beyond) {
      o3_8hAbove800 = true
      // note (3) sends O3 to its 1-hour IAQI: without that value the AQI cannot be known
      if (r.iaqi === null && (values.o3_1h === null || values.o3_1h === undefined)) {
        unresolved = 'o3_8hAbove800'
      }
    }
  }
  return assembleAqiResult(
    'daily',
    options.standard,
    {
      iaqi,
      capped,
      missing,
      notMeasured: unmeasured,
      o3_8hAbove800,
      so2_1hAbove800: false,
      unresolved,
    },
    {
      roundConcentrations: options.roundConcentrations,
      missingIndicators: options.missingIndicators,
      notMeasured: options.notMeasured,
    },
  )
}

function dailyAqiOf<T>(
  values: Readonly<Partial<Record<AirPollutant, T | null | undefined>>>,
  options: ResolvedDailyOptions,
  notMeasured: ReadonlySet<string> | null,
  index: (raw: T, column: AqiColumn) => ExactIaqi,
): AqiResult {
  const parts: AqiParts = {
    iaqi: {},
    capped: [],
    missing: [],
    notMeasured: [],
    // Stryker disable next-line BooleanLiteral: overwritten by the flag passed when the result is assembled
    o3_8hAbove800: false,
    // Stryker disable next-line BooleanLiteral: overwritten by the flag passed when the result is assembled
    so2_1hAbove800: false,
  }
  let o3_8hAbove800 = false
  let unresolved: AqiParts['unresolved'] = null
  for (const [key, column] of DAILY_COLUMNS[options.standard]) {
    const raw = values[key]
    // Stryker disable next-line ConditionalExpression: the exact path receives null for a missing value, never undefined
    if (raw === null || raw === undefined) {
      parts.iaqi[key] = null
      // Stryker disable next-line ConditionalExpression,BlockStatement: the callers of the exact path (city days) pass no not-measured set
      if (notMeasured?.has(key)) {
        parts.notMeasured.push(key)
        // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the callers of the exact path (city days) pass no not-measured set
        if (options.notMeasured === 'text') parts.missing.push(key)
      } else parts.missing.push(key)
      continue
    }
    const r = index(raw, column)
    parts.iaqi[key] = r.iaqi
    if (r.capped) parts.capped.push(key)
    // 2012 表1 note (3): O3-8h > 800 is not indexed; 2026 表3 note c: counted as 300
    if (r.beyond) {
      o3_8hAbove800 = true
      // note (3) sends O3 to its 1-hour IAQI: without that value the AQI cannot be known
      // Stryker disable next-line ConditionalExpression: the exact path receives null for a missing value, never undefined
      if (r.iaqi === null && (values.o3_1h === null || values.o3_1h === undefined)) {
        unresolved = 'o3_8hAbove800'
      }
    }
  }
  return assembleAqiResult(
    'daily',
    options.standard,
    {
      iaqi: parts.iaqi,
      capped: parts.capped,
      missing: parts.missing,
      notMeasured: parts.notMeasured,
      o3_8hAbove800,
      so2_1hAbove800: false,
      unresolved,
    },
    {
      roundConcentrations: options.roundConcentrations,
      missingIndicators: options.missingIndicators,
      notMeasured: options.notMeasured,
    },
  )
}

// the daily report's indicators are the seven air pollutants
const DAILY_KEYS: ReadonlySet<string> = new Set(AIR_POLLUTANTS)

/**
 * A value that `concentration(...).nullable().optional()` of the input schemas accepts as it
 * is: absent, `null` or a finite number ≥ 0 (zod's `z.number()` rejects NaN and ±Infinity,
 * `.min(0)` accepts -0).
 */
export const isCleanConcentration = (v: unknown): boolean =>
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral: refusing more only sends the value to the schema, which accepts it unchanged
  v === undefined || v === null || (typeof v === 'number' && v >= 0 && v <= Number.MAX_VALUE)

/**
 * Whether `DailyAqiInputSchema` accepts `input` and would return its values unchanged: an
 * object (not an array) whose enumerable keys are all daily indicators, each a clean
 * concentration. A cheap check per value; when it fails, zod reads the input and builds the
 * error, so rules and messages stay the schema's.
 */
// Stryker disable next-line BlockStatement: refusing more only sends the record to the full check, which accepts it unchanged
export function isCleanDailyInput(input: unknown): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral: refusing more only sends the record to the full check, which accepts it unchanged
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false
  const record = input as Readonly<Record<string, unknown>>
  // Stryker disable next-line ConditionalExpression: refusing more only sends the record to the full check, which accepts it unchanged
  for (const key in record) if (!DAILY_KEYS.has(key)) return false
  return (
    // Stryker disable next-line ConditionalExpression: refusing more only sends the record to the full check, which accepts it unchanged
    isCleanConcentration(record.so2) &&
    isCleanConcentration(record.no2) &&
    isCleanConcentration(record.co) &&
    isCleanConcentration(record.pm10) &&
    isCleanConcentration(record.pm25) &&
    isCleanConcentration(record.o3_1h) &&
    isCleanConcentration(record.o3_8h)
  )
}

/** Reads validated numbers as exact decimals. */
export function exactValues(
  input: Readonly<Partial<Record<AirPollutant, number | null | undefined>>>,
): Partial<Record<AirPollutant, Rational | null>> {
  const out: Partial<Record<AirPollutant, Rational | null>> = {}
  for (const key of ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const) {
    const v = input[key]
    out[key] = v === null || v === undefined ? null : decimal(v)
  }
  return out
}

const DAILY_OPTION_KEYS: ReadonlySet<string> = new Set([
  'standard',
  'roundConcentrations',
  'missingIndicators',
  'notMeasured',
  'maxPlausibleCo',
])

/**
 * A key naming the resolved daily options of `options` when each of its values is one that
 * `DAILY_AQI_OPTIONS` accepts as it is (an edition, a boolean, a policy, a finite positive CO
 * bound, or absent), else `null`: the caller then lets zod read them and build the error.
 * Equal keys resolve to equal options, so the resolved options can be kept by key.
 */
export function dailyOptionsKey(options: unknown): string | null {
  // Stryker disable ConditionalExpression,LogicalOperator,StringLiteral: refusing more only sends the options to the hand check, which accepts them unchanged and resolves them without keeping them
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return null
  const o = options as Readonly<Record<string, unknown>>
  for (const key in o) if (!DAILY_OPTION_KEYS.has(key)) return null
  const { standard, roundConcentrations, missingIndicators, notMeasured, maxPlausibleCo } = o
  if (standard !== undefined && standard !== 'HJ633-2012' && standard !== 'HJ633-2026') return null
  if (roundConcentrations !== undefined && typeof roundConcentrations !== 'boolean') return null
  if (
    missingIndicators !== undefined &&
    missingIndicators !== 'computeFromOthers' &&
    missingIndicators !== 'withholdUnlessAbove100'
  )
    return null
  if (notMeasured !== undefined && notMeasured !== 'platform' && notMeasured !== 'text') return null
  if (
    maxPlausibleCo !== undefined &&
    !(
      typeof maxPlausibleCo === 'number' &&
      maxPlausibleCo > 0 &&
      // Stryker disable next-line EqualityOperator: refusing more only sends the options to the hand check, which accepts them unchanged
      maxPlausibleCo <= Number.MAX_VALUE
    )
  )
    return null
  // Stryker restore ConditionalExpression,LogicalOperator,StringLiteral
  return `${standard}|${roundConcentrations}|${missingIndicators}|${notMeasured}|${maxPlausibleCo}`
}
