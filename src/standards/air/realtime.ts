import { z } from 'zod'
import { defineOptions } from '../../_lib/options.js'
import { type AqiParts, assembleAqiResult } from './_assemble.js'
import { checkCoPlausible } from './_co.js'
import { dailyOptionsKey, isCleanConcentration, resolveDailyOptions } from './_daily-core.js'
import { type ExactIaqi, numberIaqi } from './_exact.js'
import { parseAirInput } from './_input.js'
import { takeNotMeasured } from './_not-measured.js'
import { DAILY_AQI_OPTIONS } from './_options.js'
import type { AirPollutant, AqiColumn } from './indicators.js'
import type { AqiResult, MissingPm10Rule, So2Above800Rule } from './result.js'
import { MAX_PLAUSIBLE_CO_1H, type RealtimeAqiInput, RealtimeAqiInputSchema } from './schemas.js'
import { type AqiBreakpointTable, aqiBreakpointTable } from './tables.js'

/**
 * Options of {@link realtimeAqi}: those of {@link DailyAqiOptionsSchema} (under 2026 the
 * rounding is §4.2.3), and
 *
 * - `pmBasis`: which PM value is indexed on the 24-hour PM column: `'1h'` (default, project
 *   decision 4: the hour's value, as the national platform published in 2022 and as HJ 633-2026
 *   §4.2.4 prescribes) or `'24h'` (the 24-hour moving mean, `pm10_24h`/`pm25_24h`; a reading of
 *   HJ 633-2012 §5.1.3 that is UNVERIFIED);
 * - `countO3_8h`: count the O3 8-hour moving mean in the AQI. Default `false`: the national
 *   platform's 2022 real-time AQI leaves it out (checked on published data), and HJ 633-2026
 *   §4.2.3 has only 1-hour indicators; `true` follows the letter of HJ 633-2012 §5.1.3, which
 *   lists it among the nine real-time indicators;
 * - `so2Above800`: how an SO2 1-hour value above 800 µg/m³ is indexed under HJ 633-2012 (a
 *   {@link So2Above800Rule}): `'platform'` (default) counts SO2 as IAQI 200, which is what the
 *   national platform publishes; `'text'` follows the letter of 表1 note (2), the SO2 24-hour
 *   IAQI, and withholds the AQI when there is no SO2 24-hour value. Under HJ 633-2026 表3 note b
 *   prescribes 200 and the option changes nothing;
 * - `notMeasured` (a {@link NotMeasuredRule}): default `'platform'` in real-time reports, an
 *   indicator given as `'notMeasured'` is left out and the AQI is that of the measured ones, as
 *   the national platform publishes it; `'text'` counts it as missing (HJ 633-2026 §5.3.1);
 * - `missingPm10` (a {@link MissingPm10Rule}): default `'platform'`, a missing PM10 value does
 *   not withhold the AQI under `'withholdUnlessAbove100'`, as the platform publishes the hours
 *   with PM10 `NA`; `'text'` withholds it as for any other missing indicator.
 *
 * @category Air
 * @example
 * ```ts
 * import { RealtimeAqiOptionsSchema } from 'eco-targets/air'
 * Object.keys(RealtimeAqiOptionsSchema.shape).includes('pmBasis') //=> true
 * ```
 */
export const RealtimeAqiOptionsSchema = z.strictObject({
  ...DAILY_AQI_OPTIONS,
  pmBasis: z.enum(['1h', '24h']).optional().describe('PM value on the 24-hour column (default 1h)'),
  countO3_8h: z.boolean().optional().describe('Count the O3 8-hour moving mean (default false)'),
  so2Above800: z
    .enum(['platform', 'text'] as const satisfies readonly So2Above800Rule[])
    .optional()
    .describe('SO2 1-hour above 800 under HJ 633-2012: platform (200, default) or text (24-hour)'),
  missingPm10: z
    .enum(['platform', 'text'] as const satisfies readonly MissingPm10Rule[])
    .optional()
    .describe('Missing PM10 withholds the AQI: platform (no, default) or text (yes, §5.3.1)'),
})

/** Options of {@link realtimeAqi}. @category Air */
export type RealtimeAqiOptions = z.input<typeof RealtimeAqiOptionsSchema>

const OPTIONS = defineOptions('realtimeAqi', RealtimeAqiOptionsSchema, (o) => ({
  ...resolveDailyOptions(o, MAX_PLAUSIBLE_CO_1H, 'platform'),
  pmBasis: o.pmBasis ?? ('1h' as const),
  countO3_8h: o.countO3_8h ?? false,
  so2Above800: o.so2Above800 ?? ('platform' as const),
  missingPm10: o.missingPm10 ?? ('platform' as const),
}))

type ResolvedRealtimeOptions = ReturnType<typeof OPTIONS.resolve>

// The real-time options beside the daily ones, with the values each accepts as it is.
const REALTIME_ONLY: Readonly<Record<string, readonly unknown[]>> = {
  pmBasis: ['1h', '24h'],
  countO3_8h: [true, false],
  so2Above800: ['platform', 'text'],
  missingPm10: ['platform', 'text'],
}

/**
 * A key naming the resolved options of `options` when every value is one the schema accepts
 * as it is (see `dailyOptionsKey`), else `null`: zod then reads them and builds the error.
 */
function realtimeOptionsKey(options: unknown): string | null {
  // Stryker disable next-line StringLiteral: refusing more only sends the options to zod, which resolves them without keeping them
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return null
  const o = options as Readonly<Record<string, unknown>>
  const daily: Record<string, unknown> = {}
  for (const key in o) {
    const accepted = REALTIME_ONLY[key]
    // Stryker disable next-line ConditionalExpression: a real-time key among the daily ones makes the daily key null: the options go to zod
    if (accepted === undefined) daily[key] = o[key]
    // Stryker disable next-line LogicalOperator: refusing more only sends the options to zod, which resolves them without keeping them
    else if (o[key] !== undefined && !accepted.includes(o[key])) return null
  }
  const base = dailyOptionsKey(daily)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only a set zod refuses has a null daily key, and a refused set is never kept
  if (base === null) return null
  return `${base}|${o.pmBasis}|${o.countO3_8h}|${o.so2Above800}|${o.missingPm10}`
}

// Resolved options by the values that define them: options are read by zod once per distinct set
const resolved = new Map<string, ResolvedRealtimeOptions>()

function resolveOptions(options: RealtimeAqiOptions | undefined): ResolvedRealtimeOptions {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: undefined options have no key either way, and a set without a key is resolved by zod
  const key = options === undefined ? null : realtimeOptionsKey(options)
  // Stryker disable next-line ConditionalExpression: resolving every set by zod without keeping it gives the same options
  if (key === null) return OPTIONS.resolve(options)
  let out = resolved.get(key)
  // Stryker disable next-line ConditionalExpression: resolving again on a hit gives the same options
  if (out === undefined) {
    out = OPTIONS.resolve(options)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only decides when the cache is emptied, never what it returns
    if (resolved.size >= 64) resolved.clear()
    resolved.set(key, out)
  }
  return out
}

const REALTIME_KEY_LIST = [
  'so2',
  'no2',
  'co',
  'o3',
  'pm10',
  'pm25',
  'o3_8h',
  'so2_24h',
  'pm10_24h',
  'pm25_24h',
] as const

const REALTIME_KEYS: ReadonlySet<string> = new Set(REALTIME_KEY_LIST)

/**
 * Whether `RealtimeAqiInputSchema` accepts `input` and would return its values unchanged: an
 * object (not an array) whose enumerable keys are all real-time inputs, each absent, `null` or
 * a finite number ≥ 0.
 */
function isCleanRealtimeInput(
  input: unknown,
  // Stryker disable next-line BlockStatement: refusing more only sends the hour to zod, which returns it unchanged
): input is Readonly<Partial<Record<Key, number | null | undefined>>> {
  // Stryker disable next-line ConditionalExpression,StringLiteral: refusing more only sends the hour to zod, which returns it unchanged
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false
  const record = input as Readonly<Record<string, unknown>>
  // Stryker disable next-line ConditionalExpression: refusing more only sends the hour to zod, which returns it unchanged
  for (const key in record) if (!REALTIME_KEYS.has(key)) return false
  // Stryker disable next-line ConditionalExpression: refusing more only sends the hour to zod, which returns it unchanged
  for (const key of REALTIME_KEYS) if (!isCleanConcentration(record[key])) return false
  // Stryker disable next-line BooleanLiteral: refusing more only sends the hour to zod, which returns it unchanged
  return true
}

/**
 * Indexes one value into `parts`: on the integer grid in doubles, off it through exact
 * rationals. `unmeasured`: the value is `'notMeasured'`; `asMissing`: such a value counts as
 * missing too (`notMeasured: 'text'`).
 */
function indexInto(
  parts: AqiParts,
  table: AqiBreakpointTable,
  round: boolean,
  out: AirPollutant,
  column: AqiColumn,
  c: number | null,
  unmeasured = false,
  // Stryker disable next-line BooleanLiteral: every call that omits asMissing passes no not-measured value, so the branch that reads it is not taken
  asMissing = false,
): ExactIaqi | null {
  if (c === null) {
    parts.iaqi[out] = null
    if (unmeasured) {
      parts.notMeasured.push(out)
      if (asMissing) parts.missing.push(out)
    } else parts.missing.push(out)
    return null
  }
  const r = numberIaqi(table, column, c, round)
  if (r.capped) parts.capped.push(out)
  parts.iaqi[out] = r.iaqi
  return r
}

type Key =
  | 'so2'
  | 'no2'
  | 'co'
  | 'o3'
  | 'pm10'
  | 'pm25'
  | 'o3_8h'
  | 'so2_24h'
  | 'pm10_24h'
  | 'pm25_24h'

/**
 * The real-time AQI report (实时报) of a station for one hour, with the same fields as
 * {@link dailyAqi}. SO2, NO2 and CO use the 1-hour columns, O3 the 1-hour column, PM10 and
 * PM2.5 their hour's value on the 24-hour column (project decision 4). SO2 1-hour above
 * 800 µg/m³ counts 200 (HJ 633-2026 note b, and the national platform's reading under 2012;
 * option `so2Above800: 'text'` indexes the SO2 24-hour mean, 2012 note 2). A value above 800 that
 * a note sends to an index without a value withholds the AQI (`flags.withheldReason`), never a
 * clean bill of health.
 *
 * @param input - 1-hour means `so2, no2, co, o3, pm10, pm25`, and `o3_8h`, `so2_24h`
 *   (and `pm10_24h`, `pm25_24h` for `pmBasis: '24h'`); `null` or absent for a missing value,
 *   `'notMeasured'` for an indicator the station does not measure
 * @param options - edition, PM basis, whether O3 8-hour counts, rounding, missing policy
 * @returns the real-time report; its IAQI keys are `so2, no2, co, o3_1h, pm10, pm25` (and
 *   `o3_8h` when counted)
 * @throws {@link InputError} for a negative, non-finite or non-numeric value, an unknown key,
 *   CO above the plausibility bound, or an unknown or misspelt option
 * @category Air
 * @see HJ 633-2012 §5.1.3, 表1 note (2), §4.4; HJ 633-2026 §4.2.3, §4.2.4, 表3 note b
 * @example
 * ```ts
 * import { realtimeAqi } from 'eco-targets/air'
 * const r = realtimeAqi({ so2: 17, no2: 48, co: 0.5, o3: 15, pm10: 37, pm25: 20, o3_8h: 38 })
 * r.aqi                //=> 37
 * r.primaryPollutants  //=> []
 * realtimeAqi({ so2: 5, no2: 8, co: 0.4, o3: 242, pm10: 93, pm25: 31 }).primaryPollutants
 * //=> ['o3_1h']
 * // SO2 1-hour 966, everything else low: the platform publishes 200
 * const high = { so2: 966, no2: 20, co: 0.4, o3: 50, pm10: 30, pm25: 15 }
 * realtimeAqi(high).aqi                                          //=> 200
 * realtimeAqi({ ...high, so2_24h: 90 }, { so2Above800: 'text' }).aqi //=> 70
 * realtimeAqi(high, { so2Above800: 'text' }).flags.withheldReason //=> 'so2_1hAbove800'
 * // HJ 633-2026: a station without SO2 and CO, and an hour with PM10 NA
 * const hour = { so2: 'notMeasured', no2: 20, co: 'notMeasured', o3: 50, pm10: 30, pm25: 15 } as const
 * const r26 = realtimeAqi(hour, { standard: 'HJ633-2026' })
 * r26.aqi                 //=> 30
 * r26.flags.notMeasured   //=> ['so2', 'co']
 * realtimeAqi(hour, { standard: 'HJ633-2026', notMeasured: 'text' }).aqi //=> null
 * realtimeAqi({ ...hour, pm10: null }, { standard: 'HJ633-2026' }).aqi   //=> 22
 * realtimeAqi({ ...hour, pm10: null }, { standard: 'HJ633-2026', missingPm10: 'text' }).aqi
 * //=> null
 * ```
 */
export function realtimeAqi(input: RealtimeAqiInput, options?: RealtimeAqiOptions): AqiResult {
  const context = 'realtimeAqi input'
  const opts = resolveOptions(options)
  // the cheap check accepts only what the schema accepts unchanged; zod reads anything else
  // and builds the error
  // 'notMeasured' is read as no value for the checks, and remembered
  const { values, notMeasured } = takeNotMeasured(input, REALTIME_KEY_LIST)
  let parsed: Readonly<Partial<Record<Key, number | null | undefined>>>
  // Stryker disable next-line EqualityOperator: CO exactly at the bound goes to zod, whose check accepts it as well
  if (isCleanRealtimeInput(values) && !((values.co ?? 0) > opts.maxPlausibleCo)) parsed = values
  else {
    parsed = parseAirInput(RealtimeAqiInputSchema, values, context)
    checkCoPlausible(context, [[['co'], parsed.co]], opts.maxPlausibleCo, '1h')
  }
  const {
    standard,
    roundConcentrations,
    missingIndicators,
    pmBasis,
    countO3_8h,
    so2Above800,
    missingPm10,
  } = opts
  const asMissing = opts.notMeasured === 'text'
  const nm = (key: Key): boolean => notMeasured?.has(key) ?? false
  const table = aqiBreakpointTable(standard)
  const parts: AqiParts = {
    iaqi: {},
    capped: [],
    missing: [],
    notMeasured: [],
    // the platform publishes the AQI of the other indicators when PM10 is NA
    exempt: missingPm10 === 'platform' ? 'pm10' : null,
    // Stryker disable next-line BooleanLiteral: overwritten by the flag passed when the result is assembled
    o3_8hAbove800: false,
    // Stryker disable next-line BooleanLiteral: overwritten by the flag passed when the result is assembled
    so2_1hAbove800: false,
  }
  let so2Above = false
  let o3Above = false
  let unresolved: AqiParts['unresolved'] = null

  const so2 = indexInto(
    parts,
    table,
    roundConcentrations,
    'so2',
    'so2_1h',
    parsed.so2 ?? null,
    nm('so2'),
    asMissing,
  )
  if (so2?.beyond) {
    so2Above = true
    // 2026 表3 note b: SO2 1-hour > 800 counts 200 (the table's `beyond`). 2012 表1 note (2):
    // report the SO2 24-hour IAQI ('text'); the national platform publishes 200 ('platform').
    // Stryker disable next-line ConditionalExpression: under HJ 633-2026 SO2 1-hour above 800 already counts 200 (表3 note b), the value set here
    if (standard === 'HJ633-2012' && so2Above800 === 'platform') parts.iaqi.so2 = 200
    else if (standard === 'HJ633-2012') {
      const so2_24h = indexInto(
        parts,
        table,
        roundConcentrations,
        'so2',
        'so2_24h',
        parsed.so2_24h ?? null,
      )
      if (so2_24h === null) unresolved = 'so2_1hAbove800'
    }
  }
  const r = roundConcentrations
  indexInto(parts, table, r, 'no2', 'no2_1h', parsed.no2 ?? null, nm('no2'), asMissing)
  indexInto(parts, table, r, 'co', 'co_1h', parsed.co ?? null, nm('co'), asMissing)
  indexInto(parts, table, r, 'o3_1h', 'o3_1h', parsed.o3 ?? null, nm('o3'), asMissing)
  // Project decision 4 / HJ 633-2026 §4.2.4: PM 1-hour values on the 24-hour (日平均) column
  indexInto(
    parts,
    table,
    roundConcentrations,
    'pm10',
    'pm10_24h',
    (pmBasis === '1h' ? parsed.pm10 : parsed.pm10_24h) ?? null,
    nm(pmBasis === '1h' ? 'pm10' : 'pm10_24h'),
    asMissing,
  )
  indexInto(
    parts,
    table,
    roundConcentrations,
    'pm25',
    'pm25_24h',
    (pmBasis === '1h' ? parsed.pm25 : parsed.pm25_24h) ?? null,
    nm(pmBasis === '1h' ? 'pm25' : 'pm25_24h'),
    asMissing,
  )
  if (countO3_8h) {
    const o3_8h = indexInto(
      parts,
      table,
      roundConcentrations,
      'o3_8h',
      'o3_8h',
      parsed.o3_8h ?? null,
      nm('o3_8h'),
      asMissing,
    )
    if (o3_8h?.beyond) {
      o3Above = true
      // 2012 表1 note (3): O3 counts by its 1-hour IAQI; without it the AQI cannot be known
      if (o3_8h.iaqi === null && (parsed.o3 ?? null) === null) unresolved ??= 'o3_8hAbove800'
    }
  }
  return assembleAqiResult(
    'realtime',
    standard,
    { ...parts, so2_1hAbove800: so2Above, o3_8hAbove800: o3Above, unresolved },
    {
      roundConcentrations,
      missingIndicators,
      notMeasured: opts.notMeasured,
      pmBasis,
      countO3_8h,
      so2Above800,
      missingPm10,
    },
  )
}
