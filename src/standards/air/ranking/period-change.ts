import * as zm from 'zod/mini'
import { expect, issue } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { defineOptions } from '../../../_lib/options.js'
import { decimal, type Rational } from '../../../_lib/rational.js'
import type { ActualValue } from '../../figures.js'
import { changeOf } from './_change.js'
import type { PeriodChange } from './period-change-types.js'

/**
 * Options of {@link periodChange}: `kind` of the figure (`'ratio'`, a percentage such as the
 * good-days ratio, changes in percentage points; `'concentration'` and `'index'` change in
 * percent of the earlier figure), `baseYear` (the change "比2020年" on a base year; without
 * it, the change on the same period of the previous year, 同比), `compare` (`'published'`,
 * the default, compares the figures as published, as the national releases do; `'exact'` the
 * exact values of {@link ActualValue}s) and `decimals` of the change (default 1).
 *
 * @category Air
 * @example
 * ```ts
 * import { PeriodChangeOptionsSchema } from 'eco-targets/air'
 * Object.keys(PeriodChangeOptionsSchema.def.shape) //=> ['kind', 'baseYear', 'compare', 'decimals']
 * ```
 */
export const PeriodChangeOptionsSchema = zm.strictObject({
  kind: zm.enum(['ratio', 'concentration', 'index']),
  baseYear: zm.optional(zm.int().check(zm.minimum(1900), zm.maximum(2999))),
  compare: zm.optional(zm.enum(['published', 'exact'])),
  decimals: zm.optional(zm.int().check(zm.minimum(0), zm.maximum(6))),
})

/** @category Air */
export type PeriodChangeOptions = zm.input<typeof PeriodChangeOptionsSchema>

const OPTIONS = defineOptions('periodChange', PeriodChangeOptionsSchema, (o) => ({
  kind: o.kind,
  baseYear: o.baseYear ?? null,
  compare: o.compare ?? ('published' as const),
  decimals: o.decimals ?? 1,
}))

/** A figure as compared: a number is taken as written; an ActualValue as published or exact. */
function figure(
  value: number | ActualValue | null,
  how: 'published' | 'exact',
  name: 'current' | 'earlier',
): Rational | null {
  if (value === null) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new InputError('periodChange input', [
        issue({ code: 'not_finite', path: [name], expected: expect.finite(), received: value }),
      ])
    }
    return decimal(value)
  }
  if (value === undefined || typeof value !== 'object' || typeof value.exact !== 'string') {
    throw new InputError('periodChange input', [
      issue({
        code: 'invalid_type',
        path: [name],
        expected: expect.periodFigure(),
        received: value,
      }),
    ])
  }
  return decimal(how === 'exact' ? value.exact : value.published)
}

/**
 * The change of a period figure on an earlier one, as the national releases print it: a ratio
 * (the good-days ratio, in %) changes in percentage points (current − earlier), a
 * concentration or the composite index in percent of the earlier figure ((current − earlier) /
 * earlier × 100); the change is rounded by GB/T 8170 to one decimal and named 上升 / 下降, or
 * 持平 when it rounds to zero. By default the figures are compared as published (the releases
 * print "PM2.5 16 µg/m³, 同比下降 15.8%", which is (16 − 19) / 19 on the printed figures). A
 * missing figure, or an earlier figure of zero for a change in percent, gives no change
 * (insufficient data), never zero.
 *
 * @param current - the figure of the period (a number as published, or an {@link ActualValue})
 * @param earlier - the figure of the same period of the previous year, or of the base year
 * @param options - the kind of figure, the base year, exact or published comparison, decimals
 * @returns the {@link PeriodChange}
 * @throws {@link InputError} for a bad option or a figure that is not a finite number
 * @category Air
 * @see GB/T 8170 §3.2; CNEMC《2021年7月全国城市空气质量报告》("优良天数比例上升 2.0 个百分点",
 *   "PM2.5 … 同比下降 15.8%"; SECONDARY reproduction)
 * @example
 * ```ts
 * import { periodChange } from 'eco-targets/air'
 * periodChange(92.4, 91.6, { kind: 'ratio' }).text?.zh          //=> '同比上升 0.8 个百分点'
 * periodChange(16, 19, { kind: 'concentration' }).text?.zh      //=> '同比下降 15.8%'
 * periodChange(29, 35, { kind: 'concentration', baseYear: 2020 }).text?.zh //=> '比2020年下降 17.1%'
 * periodChange(7, 7, { kind: 'concentration' }).text?.en        //=> 'unchanged on the same period of last year'
 * periodChange(null, 19, { kind: 'concentration' }).gap         //=> 'noCurrent'
 * ```
 */
export function periodChange(
  current: number | ActualValue | null,
  earlier: number | ActualValue | null,
  options: PeriodChangeOptions,
): PeriodChange {
  const opts = OPTIONS.resolve(options)
  const { exact: _, ...change } = changeOf(
    figure(current, opts.compare, 'current'),
    figure(earlier, opts.compare, 'earlier'),
    opts,
  )
  return change
}
