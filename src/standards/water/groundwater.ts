import {
  type CheckedGroundwaterValue,
  classifyGroundwaterExact,
  classifyGroundwaterItems,
  readGroundwaterValue,
  readGroundwaterValues,
  worstGroundwaterClass,
} from './_groundwater.js'
import { Issues, unknownItemIssue } from './_input.js'
import type {
  GroundwaterClass,
  GroundwaterClassification,
  GroundwaterValue,
  GroundwaterValues,
} from './results/sources.js'
import { GBT14848_2017, type GroundwaterItemKey } from './tables/gbt14848-2017.js'

/**
 * The GB/T 14848-2017 class of one groundwater item: the range the value falls in, with equal
 * limits going to the better class (从优不从劣), `'notDetected'` meeting “不得检出”, pH by its
 * two-sided ranges, and class Ⅴ beyond class Ⅳ. Exact on the decimal value.
 *
 * @param item - a GB/T 14848-2017 key (`'NH3N'`, `'nitrate'`, `'LAS'`, …)
 * @param value - the value in the item's unit, `'notDetected'`, or `'none'`/`'present'` for
 * the described items
 * @returns the class 1–5
 * @throws {@link InputError} for an unknown item, a negative number, pH outside 0–14, or a
 * value of the wrong kind for the item
 * @category Water
 * @see GB/T 14848-2017 Tables 1–2 and §6 (单指标评价: 指标限值相同时，从优不从劣)
 * @example
 * ```ts
 * import { classifyGroundwaterItem } from 'eco-targets/water'
 * classifyGroundwaterItem('phenol', 0.001)        //=> 1
 * classifyGroundwaterItem('LAS', 'notDetected')   //=> 1
 * classifyGroundwaterItem('LAS', 0.05)            //=> 2
 * classifyGroundwaterItem('pH', 8.7)              //=> 4
 * classifyGroundwaterItem('nitrate', 31)          //=> 5
 * ```
 */
export function classifyGroundwaterItem(
  item: GroundwaterItemKey,
  value: Exclude<GroundwaterValue, null>,
): GroundwaterClass {
  const issues = new Issues()
  if (!(item in GBT14848_2017)) {
    issues.add(unknownItemIssue([], String(item), Object.keys(GBT14848_2017), 'GB/T 14848-2017'))
    issues.throwIfAny('classifyGroundwaterItem input')
  }
  const v = readGroundwaterValue(item, value, ['value'], issues)
  issues.throwIfAny('classifyGroundwaterItem input')
  return classifyGroundwaterExact(item, v as CheckedGroundwaterValue)
}

/**
 * The GB/T 14848-2017 class of a groundwater sample: the worst class over the items with a value,
 * naming the items of that class.
 *
 * @param values - values by GB/T 14848-2017 key; `null` or absent means not measured
 * @returns the classification; `waterClass` is `null` when no item has a value
 * @throws {@link InputError} listing every unknown key and bad value with its path
 * @category Water
 * @see GB/T 14848-2017 §6 (按单指标评价结果最差的类别确定，并指出最差类别的指标)
 * @example
 * ```ts
 * import { classifyGroundwater } from 'eco-targets/water'
 * const r = classifyGroundwater({ pH: 7.4, NH3N: 0.12, nitrate: 4.2, F: 0.6, odourTaste: 'none' })
 * r.label    //=> 'Ⅲ'
 * r.deciding //=> ['NH3N']
 * ```
 */
export function classifyGroundwater(values: GroundwaterValues): GroundwaterClassification {
  const issues = new Issues()
  const checked = readGroundwaterValues(values, [], issues)
  issues.throwIfAny('classifyGroundwater input')
  return worstGroundwaterClass(classifyGroundwaterItems(checked))
}
