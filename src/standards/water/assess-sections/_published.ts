import { valuesOnClassLimit } from '../class-limit.js'
import { classifySection } from '../classify-section.js'
import type { SectionIndicatorKey } from '../indicators.js'
import type { SectionRecords } from '../readers/sections.js'
import type {
  PublishedClassComparison,
  PublishedClassDifference,
} from '../results/assess-sections.js'

/**
 * Compares each sampling's published class (`水质类别`) with the class of the sampling's own
 * values; `null` when no sampling has an `officialClass` (the input has no such column).
 */
export function compareWithPublished(
  sections: readonly SectionRecords[],
  indicators: { readonly indicators?: readonly SectionIndicatorKey[] },
): PublishedClassComparison | null {
  if (!sections.some((s) => s.samplings.some((r) => r.officialClass !== undefined))) return null
  let compared = 0
  let agree = 0
  const differences: PublishedClassDifference[] = []
  for (const section of sections) {
    section.samplings.forEach((row, sampling) => {
      if (row.officialClass === undefined || row.officialClass === null) return
      compared++
      const ours = classifySection(row.values, { waterBody: section.waterBody, ...indicators })
      if (ours.waterClass === row.officialClass) {
        agree++
        return
      }
      differences.push({
        section: section.id,
        name: section.name,
        sampling,
        ...(row.location ? { location: row.location } : {}),
        ours: ours.waterClass,
        official: row.officialClass,
        deciding: ours.deciding,
        // A published class one worse than ours, with a deciding value on our limit, was most
        // likely judged on the unrounded measurement.
        onLimit: row.officialClass === (ours.waterClass ?? 0) + 1 ? valuesOnClassLimit(ours) : [],
      })
    })
  }
  return { compared, agree, differences }
}
