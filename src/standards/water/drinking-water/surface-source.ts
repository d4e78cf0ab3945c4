import type { z } from 'zod'
import * as zm from 'zod/mini'
import { defineOptions } from '../../../_lib/options.js'
import { Issues, resolveInto } from '../_input.js'
import { indicatorsOption, waterBodyOption } from '../_options.js'
import type { WaterIndicatorKey } from '../indicators.js'
import type { SurfaceSourceAssessment } from '../results/sources.js'
import type { SupplementaryItemKey } from '../tables/gb3838-table2.js'
import type { SpecificItemKey } from '../tables/gb3838-table3.js'
import { assessSurfaceExact, readSourceValues } from './_surface.js'

/**
 * Values of a surface drinking-water source: Table 1 items, and the Table 2 and Table 3 items
 * monitored, by key (mg/L). `null` or absent means not measured.
 *
 * @category Water
 */
export type SurfaceSourceValues = Readonly<
  Partial<Record<WaterIndicatorKey | SupplementaryItemKey | SpecificItemKey, number | null>>
>

/**
 * Options of {@link assessSurfaceSource}: the water body of the source (reservoir and lake
 * sources take the 湖、库 TP limits) and an optional 5+X list of basic indicators (default the
 * 21 indicators of 22号).
 *
 * @category Water
 * @example
 * ```ts
 * import { AssessSurfaceSourceOptionsSchema } from 'eco-targets/water'
 * Object.keys(AssessSurfaceSourceOptionsSchema.def.shape) //=> ['waterBody', 'indicators']
 * ```
 */
export const AssessSurfaceSourceOptionsSchema = zm.strictObject({
  waterBody: waterBodyOption,
  indicators: zm.optional(indicatorsOption),
})

/** Options of {@link assessSurfaceSource}. @category Water */
export type AssessSurfaceSourceOptions = z.input<typeof AssessSurfaceSourceOptionsSchema>

const OPTIONS = defineOptions('assessSurfaceSource', AssessSurfaceSourceOptionsSchema, (o) => ({
  waterBody: o.waterBody,
  indicators: o.indicators ? [...o.indicators] : null,
}))

/**
 * Whether a surface drinking-water source meets class Ⅲ: its basic-item class (Table 1 under
 * the 22号 rules: water temperature, TN and fecal coliform do not count) is Ⅲ or better, and
 * every supplied Table 2 and Table 3 item is within its limit.
 *
 * @param values - Table 1, 2 and 3 values by key (mg/L)
 * @param options - the water body and an optional 5+X list
 * @returns the verdict with the basic class and each Table 2/3 check; `meets` is `null` when no
 * basic item has a value
 * @throws {@link InputError} listing every unknown key and bad value, or bad options
 * @category Water
 * @see GB 3838-2002 §5.3 (表1基本项目、表2补充项目、表3特定项目); project decision 9
 * @example
 * ```ts
 * import { assessSurfaceSource } from 'eco-targets/water'
 * const r = assessSurfaceSource(
 *   { pH: 7.6, DO: 7.9, CODMn: 2.1, NH3N: 0.12, TP: 0.03, Fe: 0.45, Mn: 0.04, benzene: 0.002 },
 *   { waterBody: 'reservoir' },
 * )
 * r.basic.label //=> 'Ⅲ'
 * r.meets       //=> false
 * r.failing     //=> ['Fe']
 * ```
 */
export function assessSurfaceSource(
  values: SurfaceSourceValues,
  options: AssessSurfaceSourceOptions,
): SurfaceSourceAssessment {
  const issues = new Issues()
  const checked = readSourceValues(values, [], issues)
  const resolved = resolveInto(OPTIONS, options ?? {}, issues)
  issues.throwIfAny('assessSurfaceSource input')
  return assessSurfaceExact(checked, resolved as NonNullable<typeof resolved>)
}
