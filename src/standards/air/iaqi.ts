import { z } from 'zod'
import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { IssuePathSegment } from '../../_lib/errors/issue.js'
import { defineOptions } from '../../_lib/options.js'
import { decimal, type Rational } from '../../_lib/rational.js'
import { checkCoPlausible } from './_co.js'
import { exactIaqi, roundConcentration } from './_exact.js'
import { NOT_MEASURED_INPUT } from './_not-measured.js'
import { maxPlausibleCoOption, roundConcentrationsOption, standardOption } from './_options.js'
import { type AqiColumn, AqiColumnSchema } from './indicators.js'
import { MAX_PLAUSIBLE_CO_1H, MAX_PLAUSIBLE_CO_24H, type NotMeasured } from './schemas.js'
import { aqiBreakpointTable, DEFAULT_AQI_STANDARD } from './tables.js'

/**
 * Options of {@link iaqi}: `standard` (the edition of HJ 633, default `'HJ633-2012'`);
 * `roundConcentrations` (round the concentration by GB/T 8170, integers and CO one decimal,
 * before indexing; default `true` under HJ 633-2026, which requires it (§4.2.2), `false` under
 * HJ 633-2012, which is silent: published 2012-era concentrations are already rounded);
 * `maxPlausibleCo` (the largest CO accepted, mg/m³; default {@link MAX_PLAUSIBLE_CO_1H} for
 * `co_1h`, {@link MAX_PLAUSIBLE_CO_24H} for `co_24h`).
 *
 * @category Air
 * @example
 * ```ts
 * import { IaqiOptionsSchema } from 'eco-targets/air'
 * Object.keys(IaqiOptionsSchema.shape) //=> ['standard', 'roundConcentrations', 'maxPlausibleCo']
 * ```
 */
export const IaqiOptionsSchema = z.strictObject({
  standard: standardOption,
  roundConcentrations: roundConcentrationsOption,
  maxPlausibleCo: maxPlausibleCoOption,
})

/** Options of {@link iaqi}. @category Air */
export type IaqiOptions = z.input<typeof IaqiOptionsSchema>

const OPTIONS = defineOptions('iaqi', IaqiOptionsSchema, (o) => {
  const standard = o.standard ?? DEFAULT_AQI_STANDARD
  return {
    standard,
    roundConcentrations: o.roundConcentrations ?? standard === 'HJ633-2026',
    maxPlausibleCo: o.maxPlausibleCo ?? null,
  }
})

// A decimal written out: digits, optionally a point and more digits (no sign, no exponent).
const DECIMAL_TEXT = /^\s*\d+(\.\d+)?\s*$/

/**
 * Reads a concentration as an exact decimal, or throws an {@link InputError} naming it.
 * Numbers are taken as the decimal they print as (`2.2` is exactly 11/5).
 */
function exactConcentration(
  value: unknown,
  path: readonly IssuePathSegment[],
  unit: string,
  context: string,
): Rational {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return decimal(value)
  if (typeof value === 'string' && DECIMAL_TEXT.test(value)) return decimal(value)
  throw new InputError(context, [
    issue({
      code:
        typeof value === 'number'
          ? Number.isFinite(value)
            ? 'too_small'
            : 'not_finite'
          : 'invalid_type',
      path,
      expected:
        typeof value === 'string'
          ? text(
              `非负数值（${unit}），或写作数字的十进制文本（如 "2.2"）`,
              `a non-negative number (${unit}) or a decimal written in digits such as "2.2"`,
            )
          : expect.nonNegative(unit),
      received: value,
    }),
  ])
}

/**
 * The individual air quality index (IAQI, 空气质量分指数) of one concentration on one column of
 * the breakpoint table: 式(1) evaluated exactly and rounded up (CO 24-hour 2.2 mg/m³ gives 55,
 * PM2.5 4.9 µg/m³ gives 7, where floating point gives 56 and 8). Above a column's top
 * breakpoint the IAQI is capped at 500 (the library's policy; {@link dailyAqi} and
 * {@link realtimeAqi} flag it). Where a footnote rules a value out, the result follows it:
 * under 2012, SO2 1-hour and O3 8-hour above 800 µg/m³ are not indexed (`null`); under 2026
 * they count as 200 and 300. An indicator the station does not measure (`'notMeasured'`) has no
 * IAQI (`null`).
 *
 * @param column - the breakpoint column, e.g. `'pm25_24h'`, `'co_1h'`, `'o3_8h'`
 * @param concentration - a non-negative number or decimal string (µg/m³; CO mg/m³), or
 *   `'notMeasured'`
 * @param options - edition, input rounding, CO plausibility bound
 * @returns the IAQI, or `null` where the standard says not to index the value or the
 *   indicator is not measured
 * @throws {@link InputError} for an unknown column, a negative, non-finite or non-numeric
 *   concentration (text that is not a decimal written in digits, such as `'.5'`), a CO value
 *   above the plausibility bound, or an unknown or misspelt option
 * @category Air
 * @see HJ 633-2012 §4.2 式(1), §6.2 (进位取整), 表1 notes (2)(3); HJ 633-2026 §4.2.4, §4.2.6, 表3 notes b, c
 * @example
 * ```ts
 * import { iaqi } from 'eco-targets/air'
 * iaqi('co_24h', 2.2)    //=> 55
 * iaqi('pm25_24h', 4.9)  //=> 7
 * iaqi('pm25_24h', 80)   //=> 107
 * iaqi('pm25_24h', 80, { standard: 'HJ633-2026' }) //=> 119
 * iaqi('pm25_24h', 600)  //=> 500
 * iaqi('o3_8h', 801)     //=> null
 * iaqi('o3_8h', 801, { standard: 'HJ633-2026' })   //=> 300
 * iaqi('so2_1h', 'notMeasured') //=> null
 * ```
 */
export function iaqi(
  column: AqiColumn,
  concentration: number | string | NotMeasured,
  options?: IaqiOptions,
): number | null {
  const context = 'iaqi input'
  const opts = OPTIONS.resolve(options)
  if (!AqiColumnSchema.safeParse(column).success) {
    throw new InputError(context, [
      issue({
        code: 'invalid_value',
        path: ['column'],
        expected: expect.oneOf(AqiColumnSchema.options),
        received: column,
      }),
    ])
  }
  if (concentration === NOT_MEASURED_INPUT) return null
  const co = column.startsWith('co_')
  let c = exactConcentration(concentration, ['concentration'], co ? 'mg/m³' : 'µg/m³', context)
  if (co) {
    const averaging = column === 'co_1h' ? '1h' : '24h'
    // the top breakpoint of the column: 150 mg/m³ for 1-hour values, 60 for daily means
    const bound =
      opts.maxPlausibleCo ?? (averaging === '1h' ? MAX_PLAUSIBLE_CO_1H : MAX_PLAUSIBLE_CO_24H)
    checkCoPlausible(context, [[['concentration'], Number(concentration)]], bound, averaging)
  }
  if (opts.roundConcentrations) c = roundConcentration(column, c)
  return exactIaqi(aqiBreakpointTable(opts.standard), column, c).iaqi
}
