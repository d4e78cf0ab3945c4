import type { Rational } from '../../_lib/rational.js'
import { type ExactValue, exactMean, rationalOf } from './_exact.js'

/** The exact mean of each key over value sets, with the count each mean rests on. */
export function meanExact<K>(valueSets: readonly ReadonlyMap<K, ExactValue>[]): {
  means: Map<K, ExactValue>
  counts: Map<K, number>
} {
  const lists = new Map<K, Rational[]>()
  for (const set of valueSets) {
    for (const [k, v] of set) {
      const list = lists.get(k)
      if (list) list.push(rationalOf(v))
      else lists.set(k, [rationalOf(v)])
    }
  }
  const means = new Map<K, ExactValue>()
  const counts = new Map<K, number>()
  for (const [k, list] of lists) {
    means.set(k, exactMean(list))
    counts.set(k, list.length)
  }
  return { means, counts }
}
