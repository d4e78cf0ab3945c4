import { expect, issue } from '../../_lib/errors/catalogue.js'
import { compare, type Rational } from '../../_lib/rational.js'
import { exactLimit, exactMean, exactValue, rationalOf } from './_exact.js'
import {
  type Issues,
  measurementIssue,
  objectIssue,
  type Path,
  unknownItemIssue,
} from './_input.js'
import type {
  GroundwaterClass,
  GroundwaterClassification,
  GroundwaterItemResult,
  GroundwaterSourceAssessment,
  GroundwaterValue,
} from './results/sources.js'
import { GBT14848_2017, type GroundwaterItemKey } from './tables/gbt14848-2017.js'
import { WATER_CLASS_LABELS } from './water-class.js'

const KEYS: readonly GroundwaterItemKey[] = Object.keys(GBT14848_2017) as GroundwaterItemKey[]

const PH = {
  low4: exactLimit(5.5),
  low: exactLimit(6.5),
  high: exactLimit(8.5),
  high4: exactLimit(9),
}

function classifyPh(v: Rational): GroundwaterClass {
  // GB/T 14848-2017 表1 第5项: Ⅰ–Ⅲ 6.5≤pH≤8.5; Ⅳ 5.5≤pH<6.5 or 8.5<pH≤9.0; Ⅴ otherwise.
  if (compare(v, PH.low) >= 0 && compare(v, PH.high) <= 0) return 1
  if (compare(v, PH.low4) >= 0 && compare(v, PH.high4) <= 0) return 4
  return 5
}

/** A checked groundwater value with its exact decimal (numbers only). */
export interface CheckedGroundwaterValue {
  readonly value: Exclude<GroundwaterValue, null>
  readonly exact: Rational | null
}

/** The class of a checked value (exact for numbers). */
export function classifyGroundwaterExact(
  item: GroundwaterItemKey,
  { value, exact }: CheckedGroundwaterValue,
): GroundwaterClass {
  const def = GBT14848_2017[item]
  if (def.kind === 'text') return value === 'none' ? 1 : 5
  if (value === 'notDetected') return 1
  const v = exact as Rational
  if (def.kind === 'pH') return classifyPh(v)
  const limits = def.limits as NonNullable<typeof def.limits>
  // §6 单指标评价 “指标限值相同时，从优不从劣”: scan from class Ⅰ, equal limits go to the better class.
  for (let k = 0; k < 4; k++) {
    const limit = limits[k]
    if (limit === 'notDetected') continue // “不得检出”: only a value not detected is class Ⅰ
    if (limit === null) return 4 // Ⅳ and Ⅴ are both “> Ⅲ limit”: the better class
    if (compare(v, exactLimit(limit as number)) <= 0) return (k + 1) as GroundwaterClass
  }
  return 5
}

/** Checks one groundwater value of `item`; adds its problem and returns `undefined` when bad. */
export function readGroundwaterValue(
  item: GroundwaterItemKey,
  value: unknown,
  path: Path,
  issues: Issues,
): CheckedGroundwaterValue | undefined {
  const def = GBT14848_2017[item]
  if (def.kind === 'text') {
    if (value === 'none' || value === 'present') return { value, exact: null }
    issues.add(
      issue({ code: 'invalid_value', path, expected: expect.describedValue(), received: value }),
    )
    return undefined
  }
  if (value === 'notDetected') {
    if (def.kind !== 'pH') return { value, exact: null }
    issues.add(issue({ code: 'invalid_value', path, expected: expect.pH(), received: value }))
    return undefined
  }
  if (def.kind !== 'pH' && typeof value !== 'number') {
    issues.add(
      issue({ code: 'invalid_type', path, expected: expect.groundwaterValue(), received: value }),
    )
    return undefined
  }
  const found = measurementIssue(
    path,
    value,
    def.kind === 'pH' ? 'pH' : 'nonNegative',
    def.unit ?? undefined,
  )
  if (found) {
    issues.add(found)
    return undefined
  }
  return { value: value as number, exact: rationalOf(exactValue(value as number)) }
}

/** Reads groundwater values by key; every unknown key and bad value is added to `issues`. */
export function readGroundwaterValues(
  values: unknown,
  path: Path,
  issues: Issues,
): Map<GroundwaterItemKey, CheckedGroundwaterValue> {
  const out = new Map<GroundwaterItemKey, CheckedGroundwaterValue>()
  const bad = objectIssue(path, values)
  if (bad) {
    issues.add(bad)
    return out
  }
  for (const [key, raw] of Object.entries(values as object)) {
    if (!(key in GBT14848_2017)) {
      issues.add(unknownItemIssue(path, key, KEYS, 'GB/T 14848-2017'))
      continue
    }
    if (raw === null || raw === undefined) continue
    const v = readGroundwaterValue(key as GroundwaterItemKey, raw, [...path, key], issues)
    if (v) out.set(key as GroundwaterItemKey, v)
  }
  return out
}

/** Every item with a value, classified, in the standard's order. */
export function classifyGroundwaterItems(
  values: ReadonlyMap<GroundwaterItemKey, CheckedGroundwaterValue>,
): GroundwaterItemResult[] {
  const items: GroundwaterItemResult[] = []
  for (const item of KEYS) {
    const v = values.get(item)
    if (v === undefined) continue
    const waterClass = classifyGroundwaterExact(item, v)
    items.push({ item, value: v.value, waterClass, label: WATER_CLASS_LABELS[waterClass] })
  }
  return items
}

/**
 * Period values of groundwater items: numbers are averaged exactly over the samplings that
 * detected them; `'notDetected'` samplings are left out of a mean (so the mean never improves on
 * the detected values) and the item is `'notDetected'` only when no sampling detected it; a
 * described item is `'present'` when any sampling found it.
 */
export function meanGroundwaterValues(
  samplings: readonly ReadonlyMap<GroundwaterItemKey, CheckedGroundwaterValue>[],
): Map<GroundwaterItemKey, CheckedGroundwaterValue> {
  const out = new Map<GroundwaterItemKey, CheckedGroundwaterValue>()
  for (const item of KEYS) {
    const numbers: Rational[] = []
    let notDetected = false
    let text: 'none' | 'present' | null = null
    for (const s of samplings) {
      const v = s.get(item)
      if (v === undefined) continue
      if (v.value === 'none' || v.value === 'present')
        text = text === 'present' ? 'present' : v.value
      else if (v.value === 'notDetected') notDetected = true
      else numbers.push(v.exact as Rational)
    }
    if (numbers.length > 0) {
      const mean = exactMean(numbers)
      out.set(item, { value: mean.value, exact: rationalOf(mean) })
    } else if (notDetected) out.set(item, { value: 'notDetected', exact: null })
    else if (text !== null) out.set(item, { value: text, exact: null })
  }
  return out
}

/** The worst class of classified items, naming the items of that class (§6). */
export function worstGroundwaterClass(
  items: readonly GroundwaterItemResult[],
): GroundwaterClassification {
  let worst: GroundwaterClass | null = null
  for (const r of items) if (worst === null || r.waterClass > worst) worst = r.waterClass
  return {
    waterClass: worst,
    label: worst === null ? null : WATER_CLASS_LABELS[worst],
    deciding: items.filter((r) => r.waterClass === worst).map((r) => r.item),
    items: [...items],
  }
}

/** The class Ⅲ verdict on checked groundwater values. */
export function assessGroundwaterExact(
  values: ReadonlyMap<GroundwaterItemKey, CheckedGroundwaterValue>,
): GroundwaterSourceAssessment {
  const classification = worstGroundwaterClass(classifyGroundwaterItems(values))
  return {
    meets: classification.waterClass === null ? null : classification.waterClass <= 3,
    classification,
    failing: classification.items.filter((r) => r.waterClass > 3).map((r) => r.item),
  }
}
