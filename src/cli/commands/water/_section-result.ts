import type {
  MainPollutants,
  SectionPeriodClassification,
  TrophicState,
} from '../../../standards/water/index.js'
import type { SectionInput } from './_read.js'

/** A section's class for the input's period, with its published class when it has one row. */
export interface SectionResult {
  readonly section: SectionInput
  readonly period: SectionPeriodClassification
  /** Main pollutants (22号) of a classed section; `applies` is false at class Ⅲ or better. */
  readonly pollutants: MainPollutants | null
  /** TLI(Σ) of a lake or reservoir section whose input has chlorophyll a or transparency. */
  readonly trophic: TrophicState | null
  /** Why a lake or reservoir with trophic columns has no TLI(Σ). */
  readonly trophicNote: { readonly zh: string; readonly en: string } | null
}
