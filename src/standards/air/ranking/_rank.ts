import { compare, type Rational } from '../../../_lib/rational.js'

/** One item of a ranking: its rank and whether it shares the rank. */
export interface Ranked<T> {
  readonly item: T
  readonly rank: number
  readonly tied: boolean
}

/**
 * Standard competition ranking ("1224"): equal values share a rank and the next rank is
 * skipped, as the releases print ties ("黟县、歙县 … 并列第1位；旌德县、绩溪县 … 并列第3位").
 * Items with equal values keep their given order.
 */
export function competitionRanks<T>(
  items: readonly T[],
  value: (item: T) => Rational,
  order: 'ascending' | 'descending',
): Ranked<T>[] {
  const sign = order === 'ascending' ? 1 : -1
  const sorted = items
    .map((item, index) => ({ item, index, v: value(item) }))
    .sort((a, b) => sign * compare(a.v, b.v) || a.index - b.index)
  const out: Ranked<T>[] = []
  sorted.forEach((x, i) => {
    const prev = sorted[i - 1]
    const next = sorted[i + 1]
    const samePrev = prev !== undefined && compare(prev.v, x.v) === 0
    const sameNext = next !== undefined && compare(next.v, x.v) === 0
    const rank = samePrev ? (out[i - 1] as Ranked<T>).rank : i + 1
    out.push({ item: x.item, rank, tied: samePrev || sameNext })
  })
  return out
}
