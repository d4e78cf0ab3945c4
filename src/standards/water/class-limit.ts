import type { SectionClassification } from './results/section.js'
import { GB3838_TABLE1 } from './tables/gb3838-table1.js'

/** A deciding value that sits exactly on the limit of its class. @category Water */
export interface ValueOnClassLimit {
  readonly indicator: string
  readonly value: number
  /** The GB 3838-2002 表1 limit of the section's class for the indicator. */
  readonly limit: number
}

/**
 * The deciding values of a classified section that sit exactly on the limit of its class (TP
 * against the 湖、库 limits on a lake or reservoir). A published class one worse than such a
 * section's class was most likely judged on the unrounded measurement, which a display rounds
 * to the limit.
 *
 * @param classification - a result of `classifySection`
 * @returns the values on the limit, in the order of the classification's indicators; empty for
 *   a section without a class or worse than class Ⅴ
 * @category Water
 * @see GB 3838-2002 表1
 * @example
 * ```ts
 * import { classifySection, valuesOnClassLimit } from 'eco-targets/water'
 * valuesOnClassLimit(classifySection({ CODMn: 6 }, { waterBody: 'river' }))
 * //=> [{ indicator: 'CODMn', value: 6, limit: 6 }]
 * valuesOnClassLimit(classifySection({ CODMn: 5.9 }, { waterBody: 'river' })) //=> []
 * ```
 */
export function valuesOnClassLimit(classification: SectionClassification): ValueOnClassLimit[] {
  const c = classification.waterClass
  if (c === null || c > 5) return []
  return classification.indicators.flatMap((i) => {
    if (!classification.deciding.includes(i.indicator)) return []
    const item = GB3838_TABLE1[i.indicator]
    const limits =
      i.indicator === 'TP' && classification.waterBody !== 'river' ? item.lakeLimits : item.limits
    const limit = limits?.[c - 1]
    return limit !== undefined && limit === i.value
      ? [{ indicator: i.indicator, value: i.value, limit }]
      : []
  })
}
