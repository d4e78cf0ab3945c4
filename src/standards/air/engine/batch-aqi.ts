import type { z } from 'zod'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { closestKey, defineOptions } from '../../../_lib/options.js'
import { decimal } from '../../../_lib/rational.js'
import { DAILY_COLUMNS, resolveDailyOptions } from '../_daily-core.js'
import { exactIaqi, roundConcentration } from '../_exact.js'
import { type GridColumn, gridColumn, gridIaqi, toSteps } from '../_grid.js'
import { iaqiSteps } from '../_grid-steps.js'
import { MAX_ISSUES, type ValueRule, valueIssue } from '../_value-check.js'
import { type DailyAqiOptions, DailyAqiOptionsSchema } from '../daily.js'
import { AIR_POLLUTANTS, type AirPollutant, type AqiColumn } from '../indicators.js'
import { type RealtimeAqiOptions, RealtimeAqiOptionsSchema } from '../realtime.js'
import type { AqiWithheldReason } from '../result.js'
import type { AqiColumnsResultSchema } from '../result-schemas.js'
import { MAX_PLAUSIBLE_CO_1H } from '../schemas.js'
import { type AqiBreakpointTable, type AqiStandard, aqiBreakpointTable } from '../tables.js'

/**
 * One column of concentrations: a `Float64Array` or an array of numbers. `NaN`, `null` and
 * `undefined` are a missing value; {@link NOT_MEASURED} is an indicator the station does not
 * measure (how it counts is the `notMeasured` option).
 *
 * @category Air
 */
export type ConcentrationColumn = Float64Array | ArrayLike<number | null | undefined>

/**
 * Input of {@link dailyAqiColumns}: one column per daily indicator, all of the same length
 * (row `i` is one day of one station or city). A column left out is missing on every row.
 *
 * @category Air
 */
export interface DailyAqiColumns {
  readonly so2?: ConcentrationColumn
  readonly no2?: ConcentrationColumn
  readonly co?: ConcentrationColumn
  readonly pm10?: ConcentrationColumn
  readonly pm25?: ConcentrationColumn
  readonly o3_1h?: ConcentrationColumn
  readonly o3_8h?: ConcentrationColumn
}

/**
 * Input of {@link realtimeAqiColumns}: the columns of {@link RealtimeAqiInput}, row `i` one
 * station-hour.
 *
 * @category Air
 */
export interface RealtimeAqiColumns {
  readonly so2?: ConcentrationColumn
  readonly no2?: ConcentrationColumn
  readonly co?: ConcentrationColumn
  readonly o3?: ConcentrationColumn
  readonly pm10?: ConcentrationColumn
  readonly pm25?: ConcentrationColumn
  readonly o3_8h?: ConcentrationColumn
  readonly so2_24h?: ConcentrationColumn
  readonly pm10_24h?: ConcentrationColumn
  readonly pm25_24h?: ConcentrationColumn
}

/**
 * The AQI reports of many rows at once, as typed arrays. A pollutant set is a bit mask: bit `k`
 * (`1 << k`) stands for `AIR_POLLUTANTS[k]` (so2 1, no2 2, co 4, pm10 8, pm25 16, o3_1h 32,
 * o3_8h 64); {@link pollutantsOfMask} turns one back into keys. Row `i` of every array holds
 * exactly what {@link dailyAqi} (or {@link realtimeAqi}) reports for row `i`.
 *
 * @category Air
 */
export type AqiColumnsResult = z.output<typeof AqiColumnsResultSchema>

/**
 * The withheld reasons of the `withheldReason` column of {@link AqiColumnsResult} by code:
 * code 0 (`null`) is an AQI that is not withheld.
 *
 * @category Air
 * @example
 * ```ts
 * import { AQI_WITHHELD_REASONS, dailyAqiColumns } from 'eco-targets/air'
 * const r = dailyAqiColumns({ pm25: [80, 20], o3_8h: [60, 801] })
 * Array.from(r.withheldReason, (code) => AQI_WITHHELD_REASONS[code]) //=> [null, 'o3_8hAbove800']
 * ```
 */
export const AQI_WITHHELD_REASONS: readonly (AqiWithheldReason | null)[] = [
  null,
  'missingIndicator',
  'o3_8hAbove800',
  'so2_1hAbove800',
]

const REASON_MISSING = 1
const REASON_O3 = 2
const REASON_SO2 = 3

/**
 * The pollutant keys of a mask of {@link AqiColumnsResult}, in the order of `AIR_POLLUTANTS`.
 *
 * @param mask - a mask from `primary`, `exceeding`, `capped`, `missing` or `notMeasured`
 * @returns the keys whose bit is set
 * @category Air
 * @example
 * ```ts
 * import { pollutantsOfMask } from 'eco-targets/air'
 * pollutantsOfMask(16 | 64) //=> ['pm25', 'o3_8h']
 * ```
 */
export function pollutantsOfMask(mask: number): AirPollutant[] {
  const out: AirPollutant[] = []
  for (let k = 0; k < AIR_POLLUTANTS.length; k++) {
    if (mask & (1 << k)) out.push(AIR_POLLUTANTS[k] as AirPollutant)
  }
  return out
}

const BIT: Readonly<Record<AirPollutant, number>> = {
  so2: 1,
  no2: 2,
  co: 4,
  pm10: 8,
  pm25: 16,
  o3_1h: 32,
  o3_8h: 64,
}

/**
 * Options of {@link dailyAqiColumns}: those of {@link dailyAqi} ({@link DailyAqiOptionsSchema}),
 * with the same defaults (daily CO bound {@link MAX_PLAUSIBLE_CO_24H}).
 *
 * @category Air
 */
export type DailyAqiColumnsOptions = DailyAqiOptions

/**
 * Options of {@link realtimeAqiColumns}: those of {@link realtimeAqi}
 * ({@link RealtimeAqiOptionsSchema}), with the same defaults (`so2Above800: 'platform'`,
 * 1-hour CO bound {@link MAX_PLAUSIBLE_CO_1H}).
 *
 * @category Air
 */
export type RealtimeAqiColumnsOptions = RealtimeAqiOptions

const DAILY_OPTIONS = defineOptions('dailyAqiColumns', DailyAqiOptionsSchema, (o) =>
  resolveDailyOptions(o),
)
const REALTIME_OPTIONS = defineOptions('realtimeAqiColumns', RealtimeAqiOptionsSchema, (o) => ({
  ...resolveDailyOptions(o, MAX_PLAUSIBLE_CO_1H, 'platform'),
  pmBasis: o.pmBasis ?? ('1h' as const),
  countO3_8h: o.countO3_8h ?? false,
  so2Above800: o.so2Above800 ?? ('platform' as const),
  missingPm10: o.missingPm10 ?? ('platform' as const),
}))

/** Checks the column set and every value; returns the common length. */
function checkColumns(
  columns: unknown,
  known: readonly string[],
  context: string,
  rules: (key: string) => ValueRule,
): number {
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns)) {
    throw new InputError(context, [
      issue({ code: 'invalid_type', path: [], expected: expect.object(), received: columns }),
    ])
  }
  const issues: InputIssue[] = []
  let length = -1
  const record = columns as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      const near = closestKey(key, known)
      issues.push(
        issue({
          code: 'unrecognized_keys',
          path: [key],
          expected: expect.knownKeys(known),
          receivedText: JSON.stringify(key),
          ...(near ? { hint: text(`是否指 ${near}？`, `did you mean ${near}?`) } : {}),
        }),
      )
      continue
    }
    const col = record[key]
    if (col === undefined) continue
    const n =
      col !== null &&
      typeof col === 'object' &&
      typeof (col as ArrayLike<unknown>).length === 'number'
        ? (col as ArrayLike<unknown>).length
        : -1
    if (n < 0) {
      issues.push(
        issue({
          code: 'invalid_type',
          path: [key],
          expected: text('数值列（Float64Array 或数组）', 'a column (a Float64Array or an array)'),
          received: col,
        }),
      )
      continue
    }
    if (length < 0) length = n
    else if (n !== length) {
      issues.push(
        issue({
          code: 'invalid_value',
          path: [key],
          expected: text(
            `${length} 个值（与其他列相同）`,
            `${length} values, as many as the other columns`,
          ),
          receivedText: `${n} values`,
        }),
      )
      continue
    }
    const rule = rules(key)
    const values = col as ArrayLike<unknown>
    if (col instanceof Float64Array) {
      // fast scan: only negative, infinite or implausible values can be wrong here
      for (let i = 0; i < n; i++) {
        const v = col[i] as number
        if (v >= 0 && v <= rule.max) continue
        const bad = valueIssue(v, rule, [key, i])
        if (bad) {
          issues.push(bad)
          if (issues.length >= MAX_ISSUES) break
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const bad = valueIssue(values[i], rule, [key, i])
        if (bad) {
          issues.push(bad)
          if (issues.length >= MAX_ISSUES) break
        }
      }
    }
    if (issues.length >= MAX_ISSUES) break
  }
  if (issues.length > 0) throw new InputError(context, issues)
  return Math.max(length, 0)
}

/** No value in a column cell: `null`, `undefined`, `NaN` or {@link NOT_MEASURED}. */
const isMissing = (v: number | null | undefined): boolean =>
  v === null || v === undefined || Number.isNaN(v) || v === Number.NEGATIVE_INFINITY

const FLAG_NONE = 0
const FLAG_CAPPED = 1
const FLAG_BEYOND = 2

/** Scratch state of {@link indexValue}: the flag of the last value indexed. */
let lastFlag = FLAG_NONE

/**
 * The IAQI of one present value (`NaN` where the table says not to index it); sets `lastFlag`.
 * On the grid this is integer arithmetic; off it (a finer decimal) the exact rational path.
 */
function indexValue(
  table: AqiBreakpointTable,
  column: AqiColumn,
  gc: GridColumn,
  v: number,
  round: boolean,
): number {
  const p = toSteps(v, gc.steps)
  if (p >= 0) {
    const top = gc.bp[gc.bp.length - 1] as number
    if (p > top) {
      lastFlag = gc.hasBeyond ? FLAG_BEYOND : FLAG_CAPPED
      return gc.above
    }
    lastFlag = FLAG_NONE
    return gridIaqi(gc, p)
  }
  const exact = decimal(v)
  const r = exactIaqi(table, column, round ? roundConcentration(column, exact) : exact)
  lastFlag = r.beyond ? FLAG_BEYOND : r.capped ? FLAG_CAPPED : FLAG_NONE
  return r.iaqi ?? Number.NaN
}

interface Work {
  readonly n: number
  readonly aqi: Float64Array
  readonly capped: Uint8Array
  readonly missing: Uint8Array
  readonly notMeasured: Uint8Array
  /** Whether a not-measured value counts as missing (`notMeasured: 'text'`). */
  readonly notMeasuredMissing: boolean
  readonly o3Above: Uint8Array
  readonly so2Above: Uint8Array
  /** A withheld reason set while indexing (`REASON_O3`, `REASON_SO2`), 0 for none. */
  readonly unresolved: Uint8Array
  readonly iaqi: Partial<Record<AirPollutant, Float64Array>>
}

function newWork(n: number, notMeasuredMissing: boolean): Work {
  return {
    n,
    aqi: new Float64Array(n).fill(-1),
    capped: new Uint8Array(n),
    missing: new Uint8Array(n),
    notMeasured: new Uint8Array(n),
    notMeasuredMissing,
    o3Above: new Uint8Array(n),
    so2Above: new Uint8Array(n),
    unresolved: new Uint8Array(n),
    iaqi: {},
  }
}

/** Indexes a whole column into `work` as indicator `out`; returns the rows with the beyond flag. */
function indexColumn(
  work: Work,
  table: AqiBreakpointTable,
  column: AqiColumn,
  out: AirPollutant,
  values: ConcentrationColumn | undefined,
  round: boolean,
  beyondRows: number[] | null,
): Float64Array {
  const n = work.n
  const result = new Float64Array(n)
  work.iaqi[out] = result
  const bit = BIT[out]
  const { aqi, capped, missing, notMeasured } = work
  if (values === undefined) {
    result.fill(Number.NaN)
    for (let i = 0; i < n; i++) missing[i] = (missing[i] as number) | bit
    return result
  }
  const gc = gridColumn(table, column)
  // the IAQI of every grid step up to the column's top (the object dailyAqi reads the same table)
  const steps = iaqiSteps(gc)
  const top = steps.length - 1
  const tenths = gc.steps === 10
  for (let i = 0; i < n; i++) {
    const v = values[i]
    // the common case first: a published value (integer; CO one decimal, as `toSteps` reads
    // it) at or below the top is a lookup; -0 is step 0. `null`, `undefined`, `NaN` and
    // NOT_MEASURED are no step (`p` stays below 0 or is -Infinity).
    let p = -1
    if (tenths) {
      const t = Math.round((v as number) * 10)
      if (t / 10 === v) p = t
    } else if (Number.isInteger(v)) p = v as number
    if (p >= 0 && p <= top) {
      const x = steps[p] as number
      result[i] = x
      if (x > (aqi[i] as number)) aqi[i] = x
      continue
    }
    if (v === null || v === undefined || Number.isNaN(v)) {
      result[i] = Number.NaN
      missing[i] = (missing[i] as number) | bit
      continue
    }
    if (v === Number.NEGATIVE_INFINITY) {
      // NOT_MEASURED: not one of the station's indicators; missing too under 'text'
      result[i] = Number.NaN
      notMeasured[i] = (notMeasured[i] as number) | bit
      if (work.notMeasuredMissing) missing[i] = (missing[i] as number) | bit
      continue
    }
    // above the top or off the grid
    const x = indexValue(table, column, gc, v, round)
    if (lastFlag === FLAG_CAPPED) capped[i] = (capped[i] as number) | bit
    else if (lastFlag === FLAG_BEYOND && beyondRows) beyondRows.push(i)
    result[i] = x
    if (x > (aqi[i] as number)) aqi[i] = x
  }
  return result
}

/** HJ 633 §4.4: AQI, withholding, level, primary and exceeding pollutants. */
function finish(
  work: Work,
  report: 'daily' | 'realtime',
  standard: AqiStandard,
  withhold: boolean,
  options: AqiColumnsResult['options'],
  exempt = 0,
): AqiColumnsResult {
  const { n, aqi, missing } = work
  const level = new Uint8Array(n)
  const primary = new Uint8Array(n)
  const exceeding = new Uint8Array(n)
  const withheld = new Uint8Array(n)
  const reason = work.unresolved
  const keys = AIR_POLLUTANTS.filter((k) => work.iaqi[k] !== undefined)
  const cols = keys.map((k) => work.iaqi[k] as Float64Array)
  const bits = keys.map((k) => BIT[k])
  const is2012 = standard === 'HJ633-2012'
  for (let i = 0; i < n; i++) {
    let a = aqi[i] as number
    if (a < 0) a = Number.NaN
    // HJ 633-2012 表1 notes (2)/(3): the index a value above 800 goes to has no value
    if (reason[i] !== 0) {
      withheld[i] = 1
      a = Number.NaN
    } else if (withhold && ((missing[i] as number) & ~exempt) !== 0 && !(a > 100)) {
      // HJ 633-2026 §5.3.1: with an indicator missing, the AQI is published only above 100
      withheld[i] = 1
      reason[i] = REASON_MISSING
      a = Number.NaN
    }
    aqi[i] = a
    if (Number.isNaN(a)) continue
    level[i] = a <= 50 ? 1 : a <= 100 ? 2 : a <= 150 ? 3 : a <= 200 ? 4 : a <= 300 ? 5 : 6
  }
  // one indicator at a time over all rows (a row without an AQI has neither mask)
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k] as Float64Array
    const bit = bits[k] as number
    for (let i = 0; i < n; i++) {
      const v = col[i] as number
      const a = aqi[i] as number
      // §4.4.2: AQI > 50 → the largest IAQI is primary, all of them on a tie
      if (a > 50 && v === a) primary[i] = (primary[i] as number) | bit
      // §4.4.2 (2012): IAQI > 100 is exceeding; `a >= 0`: the row has an AQI (not NaN)
      if (is2012 && v > 100 && a >= 0) exceeding[i] = (exceeding[i] as number) | bit
    }
  }
  return {
    report,
    standard,
    length: n,
    aqi,
    level,
    primary,
    exceeding,
    iaqi: work.iaqi,
    capped: work.capped,
    missing,
    notMeasured: work.notMeasured,
    withheld,
    withheldReason: reason,
    o3_8hAbove800: work.o3Above,
    so2_1hAbove800: work.so2Above,
    options,
  }
}

const ugRule = (averaging: ValueRule['averaging']): ValueRule => ({
  unit: 'µg/m³',
  max: Number.POSITIVE_INFINITY,
  averaging,
})

/**
 * The daily AQI (日报) of many rows at once, over typed arrays: the same figures as
 * {@link dailyAqi} row by row (each IAQI, the AQI, level, primary and exceeding pollutants, the
 * flags), without an object per row. Published concentrations (integers; CO one decimal) are
 * indexed with integer arithmetic; a value on a finer grid takes the exact rational path, so
 * every row is exact either way.
 *
 * @param columns - one column per daily indicator (`NaN`, `null` or `undefined`: missing;
 *   {@link NOT_MEASURED}: not measured)
 * @param options - edition, input rounding, missing-indicator policy, CO plausibility bound
 * @returns typed arrays of AQI, level and pollutant masks ({@link AqiColumnsResult})
 * @throws {@link InputError} for an unknown column, columns of unequal length, or a negative,
 *   infinite or non-numeric value or CO above the plausibility bound, at `[column, row]`
 * @category Air
 * @see HJ 633-2012 §4.2 式(1), §4.4, §6.2; HJ 633-2026 §4.2.2, §5.3.1
 * @example
 * ```ts
 * import { dailyAqiColumns, pollutantsOfMask } from 'eco-targets/air'
 * const r = dailyAqiColumns({
 *   so2: Float64Array.of(22, 5), no2: Float64Array.of(48, 10), co: Float64Array.of(1.4, 2.2),
 *   pm10: Float64Array.of(104, 20), pm25: Float64Array.of(76, 10),
 *   o3_1h: Float64Array.of(36, 50), o3_8h: Float64Array.of(28, NaN),
 * })
 * Array.from(r.aqi)                          //=> [102, 55]
 * Array.from(r.level)                        //=> [3, 2]
 * pollutantsOfMask(r.primary[0] ?? 0)        //=> ['pm25']
 * pollutantsOfMask(r.missing[1] ?? 0)        //=> ['o3_8h']
 * ```
 */
export function dailyAqiColumns(
  columns: DailyAqiColumns,
  options?: DailyAqiColumnsOptions,
): AqiColumnsResult {
  const o = DAILY_OPTIONS.resolve(options)
  const context = 'dailyAqiColumns input'
  const coRule: ValueRule = { unit: 'mg/m³', max: o.maxPlausibleCo, averaging: '24h' }
  const n = checkColumns(
    columns,
    ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'],
    context,
    (k) => (k === 'co' ? coRule : ugRule('24h')),
  )
  const table = aqiBreakpointTable(o.standard)
  const work = newWork(n, o.notMeasured === 'text')
  for (const [key, column] of DAILY_COLUMNS[o.standard]) {
    const beyond: number[] | null = key === 'o3_8h' ? [] : null
    const result = indexColumn(
      work,
      table,
      column,
      key,
      columns[key],
      o.roundConcentrations,
      beyond,
    )
    // 2012 表1 note (3): not indexed, O3 counts by its 1-hour IAQI, and without an O3 1-hour
    // value the AQI cannot be known (withheld); 2026 表3 note c: counted as 300
    if (beyond) {
      for (const i of beyond) {
        work.o3Above[i] = 1
        if (Number.isNaN(result[i] as number) && isMissing(columns.o3_1h?.[i])) {
          work.unresolved[i] = REASON_O3
        }
      }
    }
  }
  return finish(work, 'daily', o.standard, o.missingIndicators === 'withholdUnlessAbove100', {
    roundConcentrations: o.roundConcentrations,
    missingIndicators: o.missingIndicators,
    notMeasured: o.notMeasured,
  })
}

/**
 * The real-time AQI (实时报) of many station-hours at once: the same figures as
 * {@link realtimeAqi} row by row, as typed arrays (see {@link dailyAqiColumns}).
 *
 * @param columns - the hour's columns (`NaN`, `null` or `undefined`: missing;
 *   {@link NOT_MEASURED}: not measured)
 * @param options - edition, PM basis, whether O3 8-hour counts, rounding, missing policy
 * @returns typed arrays of AQI, level and pollutant masks ({@link AqiColumnsResult})
 * @throws {@link InputError} as {@link dailyAqiColumns}
 * @category Air
 * @see HJ 633-2012 §5.1.3, 表1 note (2), §4.4; HJ 633-2026 §4.2.3, §4.2.4, 表3 note b
 * @example
 * ```ts
 * import { realtimeAqiColumns, pollutantsOfMask } from 'eco-targets/air'
 * const r = realtimeAqiColumns({
 *   so2: [17, 5], no2: [48, 8], co: [0.5, 0.4], o3: [15, 242], pm10: [37, 93], pm25: [20, 31],
 * })
 * Array.from(r.aqi)                   //=> [37, 121]
 * pollutantsOfMask(r.primary[1] ?? 0) //=> ['o3_1h']
 * ```
 */
export function realtimeAqiColumns(
  columns: RealtimeAqiColumns,
  options?: RealtimeAqiColumnsOptions,
): AqiColumnsResult {
  const o = REALTIME_OPTIONS.resolve(options)
  const context = 'realtimeAqiColumns input'
  const coRule: ValueRule = { unit: 'mg/m³', max: o.maxPlausibleCo, averaging: '1h' }
  const n = checkColumns(
    columns,
    ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25', 'o3_8h', 'so2_24h', 'pm10_24h', 'pm25_24h'],
    context,
    (k) => (k === 'co' ? coRule : ugRule('1h')),
  )
  const table = aqiBreakpointTable(o.standard)
  const round = o.roundConcentrations
  const work = newWork(n, o.notMeasured === 'text')
  const so2Beyond: number[] = []
  const so2 = indexColumn(work, table, 'so2_1h', 'so2', columns.so2, round, so2Beyond)
  if (so2Beyond.length > 0) {
    const gc24 = gridColumn(table, 'so2_24h')
    const so2_24h = columns.so2_24h
    for (const i of so2Beyond) {
      work.so2Above[i] = 1
      // 2026 表3 note b: SO2 1-hour > 800 counts 200 (already set by the table)
      if (o.standard !== 'HJ633-2012') continue
      // 2012 表1 note (2) as the national platform publishes it: 200
      if (o.so2Above800 === 'platform') {
        so2[i] = 200
        if (200 > (work.aqi[i] as number)) work.aqi[i] = 200
        continue
      }
      // the letter of note (2): the SO2 24-hour IAQI; without that value the AQI is withheld
      const v = so2_24h?.[i]
      if (isMissing(v)) {
        so2[i] = Number.NaN
        work.missing[i] = (work.missing[i] as number) | BIT.so2
        work.unresolved[i] = REASON_SO2
        continue
      }
      const x = indexValue(table, 'so2_24h', gc24, v as number, round)
      if (lastFlag === FLAG_CAPPED) work.capped[i] = (work.capped[i] as number) | BIT.so2
      so2[i] = x
      if (x > (work.aqi[i] as number)) work.aqi[i] = x
    }
  }
  indexColumn(work, table, 'no2_1h', 'no2', columns.no2, round, null)
  indexColumn(work, table, 'co_1h', 'co', columns.co, round, null)
  indexColumn(work, table, 'o3_1h', 'o3_1h', columns.o3, round, null)
  // project decision 4 / HJ 633-2026 §4.2.4: PM 1-hour values on the 24-hour column
  const pm1h = o.pmBasis === '1h'
  indexColumn(work, table, 'pm10_24h', 'pm10', pm1h ? columns.pm10 : columns.pm10_24h, round, null)
  indexColumn(work, table, 'pm25_24h', 'pm25', pm1h ? columns.pm25 : columns.pm25_24h, round, null)
  if (o.countO3_8h) {
    const beyond: number[] = []
    const o3_8h = indexColumn(work, table, 'o3_8h', 'o3_8h', columns.o3_8h, round, beyond)
    for (const i of beyond) {
      work.o3Above[i] = 1
      // 2012 表1 note (3): O3 counts by its 1-hour IAQI; without it the AQI cannot be known
      if (
        work.unresolved[i] === 0 &&
        Number.isNaN(o3_8h[i] as number) &&
        isMissing(columns.o3?.[i])
      ) {
        work.unresolved[i] = REASON_O3
      }
    }
  }
  return finish(
    work,
    'realtime',
    o.standard,
    o.missingIndicators === 'withholdUnlessAbove100',
    {
      roundConcentrations: round,
      missingIndicators: o.missingIndicators,
      notMeasured: o.notMeasured,
      pmBasis: o.pmBasis,
      countO3_8h: o.countO3_8h,
      so2Above800: o.so2Above800,
      missingPm10: o.missingPm10,
    },
    // the platform publishes the AQI of the other indicators when PM10 is NA
    o.missingPm10 === 'platform' ? BIT.pm10 : 0,
  )
}
