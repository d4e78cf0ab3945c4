import { z } from 'zod'
import { InputError } from '../../_lib/errors/input-error.js'
import { implausibleCo } from './_co.js'
import {
  dailyAqiOfNumbers,
  dailyOptionsKey,
  isCleanDailyInput,
  type ResolvedDailyOptions,
  resolveDailyOptions,
} from './_daily-core.js'
import { dailyAqiOnGrid } from './_daily-grid.js'
import { DAILY_OPTION_RULES, dailyInputIssues, optionsIssues } from './_input-check.js'
import { takeNotMeasured } from './_not-measured.js'
import { DAILY_AQI_OPTIONS } from './_options.js'
import { AIR_POLLUTANTS } from './indicators.js'
import type { AqiResult } from './result.js'
import type { DailyAqiInput } from './schemas.js'

/**
 * Options of {@link dailyAqi}: `standard` (the edition of HJ 633, default `'HJ633-2012'`);
 * `roundConcentrations` (round concentrations by GB/T 8170, integers and CO one decimal, before
 * indexing; default `true` under HJ 633-2026 (§4.2.2), `false` under HJ 633-2012, which does
 * not specify it); `missingIndicators` (default `'computeFromOthers'` under 2012, which is
 * silent, `'withholdUnlessAbove100'` under 2026, §5.3.1); `notMeasured` (what an indicator
 * given as `'notMeasured'` does, a {@link NotMeasuredRule}: default `'text'` in daily reports,
 * a missing indicator as §5.3.1 reads; `'platform'` leaves it out); `maxPlausibleCo` (the largest daily
 * CO accepted, mg/m³; default {@link MAX_PLAUSIBLE_CO_24H}, 60, the top of the 24-hour column:
 * a higher bound lets larger values through, capped at IAQI 500 and listed in
 * `flags.capped`).
 *
 * @category Air
 * @example
 * ```ts
 * import { DailyAqiOptionsSchema } from 'eco-targets/air'
 * Object.keys(DailyAqiOptionsSchema.shape)
 * //=> ['standard', 'roundConcentrations', 'missingIndicators', 'notMeasured', 'maxPlausibleCo']
 * ```
 */
export const DailyAqiOptionsSchema = /* @__PURE__ */ z.strictObject(DAILY_AQI_OPTIONS)

/** Options of {@link dailyAqi}. @category Air */
export type DailyAqiOptions = z.input<typeof DailyAqiOptionsSchema>

// Resolved options by the values that define them. Options and input are checked by hand, by
// the rules of `DailyAqiOptionsSchema` and `DailyAqiInputSchema` and with the issues zod gives
// through them (`_input-check.ts`), so that dailyAqi alone does not bundle zod.
const resolved = new Map<string, ResolvedDailyOptions>()
let defaults: ResolvedDailyOptions | undefined

function resolveOptions(options: DailyAqiOptions | undefined): ResolvedDailyOptions {
  // Stryker disable next-line ConditionalExpression,BlockStatement: without this branch undefined options get no key and no issue and resolve to the same defaults
  if (options === undefined) {
    defaults ??= resolveDailyOptions()
    return defaults
  }
  const key = dailyOptionsKey(options)
  // Stryker disable next-line ConditionalExpression: checking and resolving every set without keeping it gives the same options
  if (key === null) {
    const issues = optionsIssues(options, DAILY_OPTION_RULES)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the key refuses only what the rules refuse, so a set without a key always has an issue
    if (issues.length > 0) throw new InputError('dailyAqi options', issues)
    // accepted with an inherited key: read, not kept
    return resolveDailyOptions(options)
  }
  let out = resolved.get(key)
  // Stryker disable next-line ConditionalExpression: resolving again on a hit gives the same options
  if (out === undefined) {
    out = resolveDailyOptions(options)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only decides when the cache is emptied, never what it returns
    if (resolved.size >= 64) resolved.clear()
    resolved.set(key, out)
  }
  return out
}

/**
 * The daily AQI report (日报) of a station or city: every IAQI, the AQI, the primary and (2012)
 * exceeding pollutants, the category with its colour and health advice, and flags for values
 * capped above the table, the O3 8-hour > 800 µg/m³ rule and missing indicators. Arithmetic is
 * exact; IAQIs are rounded up. Under HJ 633-2012 an O3 8-hour value above 800 µg/m³ is not
 * indexed and O3 counts by its 1-hour IAQI (表1 note 3); without an O3 1-hour value the AQI is
 * withheld (`flags.withheldReason: 'o3_8hAbove800'`), never computed from the rest.
 *
 * @param input - 24-hour means `so2, no2, co, pm10, pm25` (CO mg/m³, the rest µg/m³) and the
 *   daily maximum `o3_1h` and `o3_8h`; `null` or absent for a missing indicator,
 *   `'notMeasured'` for one the station does not measure (listed in `flags.notMeasured`)
 * @param options - edition, input rounding, missing-indicator policy, CO plausibility bound
 * @returns the daily report
 * @throws {@link InputError} for a negative, non-finite or non-numeric value, an unknown key
 *   (`PM25` for `pm25`), CO above the plausibility bound (a µg/m³ value), or an unknown or
 *   misspelt option
 * @category Air
 * @see HJ 633-2012 §5.1.2 (daily indicators), §4.2 式(1), §4.4 (AQI, primary pollutant), §6.2;
 *   HJ 633-2026 §4.2.2, §5.3.1
 * @example
 * ```ts
 * import { dailyAqi } from 'eco-targets/air'
 * const r = dailyAqi({ so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 })
 * r.aqi                //=> 102
 * r.primaryPollutants  //=> ['pm25']
 * r.category?.name.zh  //=> '轻度污染'
 * r.iaqi.co            //=> 35
 * const ozone = { so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_8h: 801 }
 * dailyAqi(ozone).aqi                       //=> null
 * dailyAqi(ozone).flags.withheldReason      //=> 'o3_8hAbove800'
 * dailyAqi({ ...ozone, o3_1h: 900 }).aqi    //=> 350
 * // a station without CO: under 2026 a missing indicator withholds an AQI of 100 or below
 * const noCo = { so2: 10, no2: 20, co: 'notMeasured', pm10: 40, pm25: 20, o3_8h: 60 } as const
 * dailyAqi(noCo, { standard: 'HJ633-2026' }).flags.withheldReason     //=> 'missingIndicator'
 * dailyAqi(noCo, { standard: 'HJ633-2026', notMeasured: 'platform' }).aqi //=> 40
 * ```
 */
export function dailyAqi(input: DailyAqiInput, options?: DailyAqiOptions): AqiResult {
  const opts = resolveOptions(options)
  // published data: every value missing or on the grid, checked and indexed in one pass
  const onGrid = dailyAqiOnGrid(input, opts)
  // Stryker disable next-line ConditionalExpression: the number path gives the grid result (test/standards/air/daily-grid.test.ts)
  if (onGrid !== null) return onGrid
  // 'notMeasured' is read as no value for the checks, and remembered
  const { values, notMeasured } = takeNotMeasured(input, AIR_POLLUTANTS)
  // the cheap check accepts only what the schema accepts unchanged; otherwise the full check
  // lists every issue (an inherited key that is a daily indicator is accepted by both)
  // Stryker disable next-line ConditionalExpression: the full check finds no issue in a record the cheap check accepts
  if (!isCleanDailyInput(values)) {
    const issues = dailyInputIssues(values)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cheap check refuses only what the full check refuses, so a refused record always has an issue
    if (issues.length > 0) throw new InputError('dailyAqi input', issues)
  }
  const clean = values as Readonly<Partial<Record<string, number | null | undefined>>>
  const co = clean.co
  // Stryker disable next-line ConditionalExpression: a missing CO (null or undefined) is never above the bound
  if (typeof co === 'number' && co > opts.maxPlausibleCo) {
    throw new InputError('dailyAqi input', [implausibleCo(['co'], co, opts.maxPlausibleCo, '24h')])
  }
  return dailyAqiOfNumbers(clean, opts, notMeasured)
}
