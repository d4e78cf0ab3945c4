import { printedValue } from './_printed.js'
import type { Gb3838SingleLimitItem, Gb3838SingleLimitRow } from './single-limit.js'

/** The keyed view of a single-limit table (Table 2 or 3). */
export function keyedSingleLimits<K extends string>(
  table: 2 | 3,
  rows: readonly (Gb3838SingleLimitRow & { readonly key: K })[],
): Readonly<Record<K, Gb3838SingleLimitItem<K>>> {
  return Object.freeze(
    Object.fromEntries(
      rows.map((r) => [
        r.key,
        Object.freeze({
          key: r.key,
          no: r.no,
          name: Object.freeze({ zh: r.zh, en: r.en }),
          unit: 'mg/L' as const,
          limit: printedValue(r.limit),
          ...(r.note === undefined ? {} : { note: r.note }),
          source: `GB 3838-2002 Table ${table} item ${r.no}`,
        }),
      ]),
    ) as Record<K, Gb3838SingleLimitItem<K>>,
  )
}
