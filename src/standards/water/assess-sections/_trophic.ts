import { isInputError } from '../../../_lib/errors/input-error.js'
import type { LocalizedText } from '../../../_lib/localized-text.js'
import type { SectionRecords } from '../readers/sections.js'
import type { SectionPeriodClassification } from '../results/section.js'
import type { TrophicState } from '../results/trophic-state.js'
import { trophicLevelIndex } from '../trophic-state.js'

/**
 * TLI(Σ) of a lake or reservoir section with chlorophyll a or transparency, by the default rule
 * of {@link trophicLevelIndex} (a missing parameter: the weights are renormalised over those
 * given). There is no period mean of chlorophyll a and transparency, so a section with more than
 * one sampling gets no index; nor does a section with no sampling assessed.
 */
export function trophicOf(
  section: SectionRecords,
  period: SectionPeriodClassification,
): { trophic: TrophicState | null; trophicNote: LocalizedText | null } {
  if (section.waterBody === 'river') return { trophic: null, trophicNote: null }
  if (!section.samplings.some((r) => r.trophic !== undefined)) {
    return { trophic: null, trophicNote: null }
  }
  // a section with no sampling assessed (frozen, dried up, not sampled) has no index, and its
  // condition already says why
  if (period.samplings.used === 0) return { trophic: null, trophicNote: null }
  const row = section.samplings[0]
  if (section.samplings.length > 1 || period.samplings.used !== 1 || row === undefined) {
    const n = section.samplings.length
    return {
      trophic: null,
      trophicNote: {
        zh: `${n} 次监测：TLI(Σ) 只对有一次监测的断面给出`,
        en: `${n} samplings: TLI(Σ) is given for a section with one sampling`,
      },
    }
  }
  try {
    const trophic = trophicLevelIndex({
      chla: row.trophic?.chla ?? null,
      TP: period.means.TP ?? null,
      TN: period.means.TN ?? null,
      SD: row.trophic?.SD ?? null,
      CODMn: period.means.CODMn ?? null,
    })
    return { trophic, trophicNote: null }
  } catch (error) {
    // A parameter TLI cannot take (ln 0) is a note on the section, not a failure of the set.
    if (!isInputError(error)) throw error
    return {
      trophic: null,
      trophicNote: {
        zh: error.issues.map((i) => i.message.zh).join('；'),
        en: error.issues.map((i) => i.message.en).join('; '),
      },
    }
  }
}
