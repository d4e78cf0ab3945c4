import { compare, type Rational } from '../../_lib/rational.js'
import { checkMeasurement, exactLimit, exactMean, exactValue, rationalOf } from './_exact.js'
import { GBT14848_2017, type GroundwaterItemKey } from './gbt14848-2017.js'
import { WATER_CLASS_LABELS, type WaterClassLabel } from './water-class.js'

/** A GB/T 14848-2017 class, 1–5 for Ⅰ–Ⅴ (class Ⅴ is anything worse than Ⅳ). @category Water */
export type GroundwaterClass = 1 | 2 | 3 | 4 | 5

/**
 * A groundwater value: a number in the item's unit, `'notDetected'` (未检出, below the method's
 * detection limit), `'none'` / `'present'` for the described items (嗅和味, 肉眼可见物: 无 / 有),
 * or `null` for not measured.
 *
 * @category Water
 */
export type GroundwaterValue = number | 'notDetected' | 'none' | 'present' | null

/** Groundwater values by GB/T 14848-2017 key. @category Water */
export type GroundwaterValues = Readonly<Partial<Record<GroundwaterItemKey, GroundwaterValue>>>

/** One classified groundwater item. @category Water */
export interface GroundwaterItemResult {
  /** The item. */
  readonly item: GroundwaterItemKey
  /** The value classified. */
  readonly value: Exclude<GroundwaterValue, null>
  /** Its class. */
  readonly waterClass: GroundwaterClass
  /** The class label. */
  readonly label: WaterClassLabel
}

/** The class of a groundwater sample and how it was reached. @category Water */
export interface GroundwaterClassification {
  /** The worst item class; `null` when no item has a value. */
  readonly waterClass: GroundwaterClass | null
  /** The class label, or `null`. */
  readonly label: WaterClassLabel | null
  /** The item(s) of the worst class (最差类别的指标). */
  readonly deciding: readonly GroundwaterItemKey[]
  /** Every item with a value, in the standard's order. */
  readonly items: readonly GroundwaterItemResult[]
}

const PH = {
  low4: exactLimit(5.5),
  low: exactLimit(6.5),
  high: exactLimit(8.5),
  high4: exactLimit(9),
}

function classifyPh(v: Rational): GroundwaterClass {
  // GB/T 14848-2017 Table 1 item 5: Ⅰ–Ⅲ 6.5≤pH≤8.5; Ⅳ 5.5≤pH<6.5 or 8.5<pH≤9.0; Ⅴ otherwise.
  if (compare(v, PH.low) >= 0 && compare(v, PH.high) <= 0) return 1
  if (compare(v, PH.low4) >= 0 && compare(v, PH.high4) <= 0) return 4
  return 5
}

/** Class of a checked value (exact for numbers). @internal */
export function classifyGroundwaterExact(
  item: GroundwaterItemKey,
  value: Exclude<GroundwaterValue, null>,
  exact: Rational | null,
): GroundwaterClass {
  const def = GBT14848_2017[item]
  if (def.kind === 'text') return value === 'none' ? 1 : 5
  if (value === 'notDetected') return 1
  const v = exact as Rational
  if (def.kind === 'pH') return classifyPh(v)
  const limits = def.limits as NonNullable<typeof def.limits>
  // 从优不从劣: scan from class Ⅰ, so equal limits go to the better class.
  for (let k = 0; k < 4; k++) {
    const limit = limits[k]
    if (limit === 'notDetected') continue // “不得检出”: only a value not detected is class Ⅰ
    if (limit === null) return 4 // Ⅳ and Ⅴ are both “> Ⅲ limit”: the better class
    if (compare(v, exactLimit(limit as number)) <= 0) return (k + 1) as GroundwaterClass
  }
  return 5
}

/** Validates one groundwater value; returns its exact decimal for numbers. @internal */
export function checkGroundwaterValue(
  where: string,
  item: string,
  value: unknown,
): Rational | null {
  const def = GBT14848_2017[item as GroundwaterItemKey]
  if (def === undefined) {
    throw new RangeError(`${where}: unknown GB/T 14848-2017 item "${item}"`)
  }
  if (def.kind === 'text') {
    if (value !== 'none' && value !== 'present') {
      throw new RangeError(
        `${where}: ${item} is a described item, expected 'none' (无) or 'present' (有)`,
      )
    }
    return null
  }
  if (value === 'notDetected') {
    if (def.kind === 'pH') throw new RangeError(`${where}: pH cannot be 'notDetected'`)
    return null
  }
  checkMeasurement(where, value)
  if (def.kind === 'pH' && value > 14) {
    throw new RangeError(`${where}: expected a pH within 0–14, got ${value}`)
  }
  return rationalOf(exactValue(value))
}

/**
 * The GB/T 14848-2017 class of one groundwater item: the range the value falls in, with equal
 * limits going to the better class (从优不从劣), `'notDetected'` meeting “不得检出”, pH by its
 * two-sided ranges, and class Ⅴ beyond class Ⅳ. Exact on the decimal value.
 *
 * @param item - a GB/T 14848-2017 key (`'NH3N'`, `'nitrate'`, `'LAS'`, …)
 * @param value - the value in the item's unit, `'notDetected'`, or `'none'`/`'present'` for
 * the described items
 * @returns the class 1–5
 * @throws RangeError for an unknown item, a negative number, pH outside 0–14, or a value of the
 * wrong kind for the item
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
  const exact = checkGroundwaterValue(item, item, value)
  return classifyGroundwaterExact(item, value, exact)
}

/**
 * The GB/T 14848-2017 class of a groundwater sample: the worst class over the items with a value,
 * naming the items of that class.
 *
 * @param values - values by GB/T 14848-2017 key; `null` or absent means not measured
 * @returns the classification; `waterClass` is `null` when no item has a value
 * @throws RangeError naming the item for an unknown key or a bad value
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
  if (values === null || typeof values !== 'object') {
    throw new RangeError('values: expected an object of GB/T 14848-2017 values')
  }
  const items: GroundwaterItemResult[] = []
  const present = new Set(Object.keys(values))
  for (const key of present) {
    if (!(key in GBT14848_2017)) {
      throw new RangeError(`values.${key}: unknown GB/T 14848-2017 item "${key}"`)
    }
  }
  for (const item of Object.keys(GBT14848_2017) as GroundwaterItemKey[]) {
    const value = values[item]
    if (value === null || value === undefined) continue
    const exact = checkGroundwaterValue(`values.${item}`, item, value)
    const waterClass = classifyGroundwaterExact(item, value, exact)
    items.push({ item, value, waterClass, label: WATER_CLASS_LABELS[waterClass] })
  }
  let worst: GroundwaterClass | null = null
  for (const r of items) if (worst === null || r.waterClass > worst) worst = r.waterClass
  return {
    waterClass: worst,
    label: worst === null ? null : WATER_CLASS_LABELS[worst],
    deciding: items.filter((r) => r.waterClass === worst).map((r) => r.item),
    items,
  }
}

/**
 * Period values of groundwater items: numbers are averaged exactly over the samplings that
 * detected them; `'notDetected'` samplings are left out of a mean (so the mean never improves on
 * the detected values) and the item is `'notDetected'` only when no sampling detected it; a
 * described item is `'present'` when any sampling found it.
 *
 * @internal
 */
export function meanGroundwaterValues(samplings: readonly GroundwaterValues[]): GroundwaterValues {
  const out: Partial<Record<GroundwaterItemKey, GroundwaterValue>> = {}
  for (const item of Object.keys(GBT14848_2017) as GroundwaterItemKey[]) {
    const numbers: Rational[] = []
    let notDetected = false
    let text: 'none' | 'present' | null = null
    for (const [i, s] of samplings.entries()) {
      const v = s[item]
      if (v === null || v === undefined) continue
      const exact = checkGroundwaterValue(`samplings[${i}].values.${item}`, item, v)
      if (v === 'none' || v === 'present') text = text === 'present' ? 'present' : v
      else if (v === 'notDetected') notDetected = true
      else numbers.push(exact as Rational)
    }
    if (numbers.length > 0) out[item] = exactMean(numbers).value
    else if (notDetected) out[item] = 'notDetected'
    else if (text !== null) out[item] = text
  }
  return out
}
