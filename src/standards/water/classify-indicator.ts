import type { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import { defineOptions } from '../../_lib/options.js'
import { isLakeOrReservoir } from './_classes.js'
import { exactValue } from './_exact.js'
import { Issues, measurementIssue, resolveInto, unknownItemIssue } from './_input.js'
import { doSaturationOption, waterBodyOption } from './_options.js'
import { classifyExact } from './_section.js'
import { table1Kind } from './_values.js'
import { type WaterIndicatorKey, WaterIndicatorKeySchema } from './indicators.js'
import { GB3838_TABLE1 } from './tables/gb3838-table1.js'
import type { WaterClass } from './water-class.js'

/**
 * Options of {@link classifyIndicator}: the water body (needed for TP, whose column depends on
 * it, and TN, given for lakes and reservoirs only) and the DO saturation in percent, when
 * measured (class Ⅰ is “饱和率90%（或7.5）”).
 *
 * @category Water
 * @example
 * ```ts
 * import { ClassifyIndicatorOptionsSchema } from 'eco-targets/water'
 * Object.keys(ClassifyIndicatorOptionsSchema.def.shape) //=> ['waterBody', 'doSaturationPercent']
 * ```
 */
export const ClassifyIndicatorOptionsSchema = zm.strictObject({
  waterBody: zm.optional(waterBodyOption),
  doSaturationPercent: zm.optional(doSaturationOption),
})

/** Options of {@link classifyIndicator}. @category Water */
export type ClassifyIndicatorOptions = z.input<typeof ClassifyIndicatorOptionsSchema>

const OPTIONS = defineOptions('classifyIndicator', ClassifyIndicatorOptionsSchema, (o) => ({
  waterBody: o.waterBody ?? null,
  doSaturationPercent: o.doSaturationPercent ?? null,
}))

const KEYS: readonly string[] = WaterIndicatorKeySchema.options

/**
 * The GB 3838-2002 class of one measured value of a Table 1 item: the best class whose limit
 * the value meets (limits inclusive; DO is a minimum, pH the range 6–9, the rest maxima), with a
 * limit shared by several classes going to the better class and 劣Ⅴ (6) beyond class Ⅴ.
 * The comparison is exact on the decimal value.
 *
 * TN is classified for lakes and reservoirs only, and water temperature has no class: both are
 * input errors. Fecal coliform is classified here although it never counts in a section's class.
 *
 * @param indicator - a Table 1 key (`'NH3N'`, `'TP'`, …)
 * @param value - the measured value in the item's unit (mg/L; 个/L for fecal coliform)
 * @param options - the water body (needed for TP and TN) and the optional DO saturation
 * @returns the class, 1–5 for Ⅰ–Ⅴ and 6 for 劣Ⅴ
 * @throws {@link InputError} for an unknown indicator, a value that is not a finite number ≥ 0,
 * pH outside 0–14, water temperature, TN on a river, TP or TN without `waterBody`, bad options
 * @category Water
 * @see GB 3838-2002 §4.1, Table 1; §5.1 单因子评价
 * @example
 * ```ts
 * import { classifyIndicator } from 'eco-targets/water'
 * classifyIndicator('COD', 15)                          //=> 1
 * classifyIndicator('DO', 4.9)                          //=> 4
 * classifyIndicator('TP', 0.02, { waterBody: 'river' }) //=> 1
 * classifyIndicator('TP', 0.02, { waterBody: 'lake' })  //=> 2
 * classifyIndicator('pH', 9.2)                          //=> 6
 * ```
 */
export function classifyIndicator(
  indicator: WaterIndicatorKey,
  value: number,
  options?: ClassifyIndicatorOptions,
): WaterClass {
  const issues = new Issues()
  const resolved = resolveInto(OPTIONS, options, issues)
  if (!KEYS.includes(indicator)) {
    issues.list.push(unknownItemIssue([], String(indicator), KEYS, 'GB 3838-2002 表1'))
    issues.throwIfAny('classifyIndicator input')
  }
  const item = GB3838_TABLE1[indicator]
  issues.add(measurementIssue(['value'], value, table1Kind(indicator), item.unit))
  const waterBody = resolved?.waterBody ?? null
  if (item.direction === 'relative') {
    issues.add(
      issue({
        code: 'invalid_value',
        path: ['indicator'],
        expected: expect.classifiable(
          text(
            '水温只限制人为造成的周平均温升和温降，单独评价',
            'water temperature limits only the human-caused weekly change; evaluate it on its own',
          ),
        ),
        received: indicator,
      }),
    )
  } else if ((indicator === 'TP' || indicator === 'TN') && waterBody === null) {
    issues.add(
      issue({
        code: 'invalid_type',
        path: ['options', 'waterBody'],
        expected: expect.waterBody(),
        received: undefined,
        hint: text('总磷、总氮的限值因水体而异', 'GB 3838-2002 表1 gives TP and TN by water body'),
      }),
    )
  } else if (indicator === 'TN' && waterBody !== null && !isLakeOrReservoir(waterBody)) {
    issues.add(
      issue({
        code: 'invalid_value',
        path: ['options', 'waterBody'],
        expected: expect.classifiable(
          text('总氮只对湖、库规定限值', 'GB 3838-2002 表1 gives TN for lakes and reservoirs only'),
        ),
        received: waterBody,
      }),
    )
  }
  issues.throwIfAny('classifyIndicator input')
  return classifyExact(
    indicator,
    exactValue(value),
    waterBody ?? 'river',
    resolved?.doSaturationPercent ?? null,
  )
}
