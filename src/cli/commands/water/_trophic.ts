import {
  isInputError,
  type SectionPeriodClassification,
  type TrophicState,
  trophicLevelIndex,
} from '../../../standards/water/index.js'
import type { SectionInput } from './_read.js'
import type { SectionResult } from './_section-result.js'

/**
 * TLI(Σ) of a lake or reservoir section with chlorophyll a or transparency columns, by the
 * library's default rule (a missing parameter: the weights are renormalised over those given).
 * The library has no period mean of chlorophyll a and transparency, so a section with more than
 * one sampling gets no index here.
 */
export function trophicOf(
  section: SectionInput,
  period: SectionPeriodClassification,
): { trophic: TrophicState | null; trophicNote: SectionResult['trophicNote'] } {
  if (section.waterBody === 'river') return { trophic: null, trophicNote: null }
  const rows = section.samplings.filter((r) => r.trophic !== undefined)
  if (rows.length === 0) return { trophic: null, trophicNote: null }
  const row = section.samplings[0]
  if (section.samplings.length > 1 || period.samplings.used !== 1 || row === undefined) {
    return {
      trophic: null,
      trophicNote: {
        zh: `${section.samplings.length} 次监测：TLI(Σ) 只对有一次监测的断面给出`,
        en: `${section.samplings.length} samplings: TLI(Σ) is given for a section with one sampling`,
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
