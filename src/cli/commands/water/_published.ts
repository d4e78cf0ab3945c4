import {
  classifySection,
  type SectionIndicatorKey,
  valuesOnClassLimit,
  type WaterClass,
} from '../../../standards/water/index.js'
import { originOf } from './_read.js'
import type { SectionResult } from './_section-result.js'

/** A row whose published class differs from the class of its own values. */
export interface ClassDifference {
  readonly origin: { readonly file: string; readonly line?: number }
  readonly section: string
  readonly name: string
  readonly ours: WaterClass | null
  readonly official: WaterClass | null
  readonly deciding: readonly string[]
  /**
   * The deciding values that sit exactly on the limit of our class: a published class one worse
   * was then most likely judged on the unrounded measurement, which the display rounds.
   */
  readonly onLimit: readonly { indicator: string; value: number; limit: number }[]
}

/** The comparison with the published classes (`水质类别`). */
export interface OfficialComparison {
  /** Rows with a published class. */
  readonly compared: number
  readonly agree: number
  readonly differences: readonly ClassDifference[]
}

/**
 * Compares each row's published class (`水质类别`) with the class of the row's own values.
 *
 * @param results - the sections assessed
 * @param indicators - the 5+X indicators, when given
 * @returns the rows compared, the agreements and the differences
 */
export function compareWithPublished(
  results: readonly SectionResult[],
  indicators: { readonly indicators?: readonly SectionIndicatorKey[] },
): OfficialComparison {
  let compared = 0
  let agree = 0
  const differences: ClassDifference[] = []
  for (const { section } of results) {
    for (const row of section.samplings) {
      if (row.officialClass === undefined || row.officialClass === null) continue
      compared++
      const ours = classifySection(row.values, { waterBody: section.waterBody, ...indicators })
      if (ours.waterClass === row.officialClass) {
        agree++
        continue
      }
      differences.push({
        origin: originOf(row),
        section: section.id,
        name: section.name,
        ours: ours.waterClass,
        official: row.officialClass,
        deciding: ours.deciding,
        onLimit: row.officialClass === (ours.waterClass ?? 0) + 1 ? valuesOnClassLimit(ours) : [],
      })
    }
  }
  return { compared, agree, differences }
}
