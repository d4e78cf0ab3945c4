import { SECTION_INDICATORS, type SectionIndicatorKey } from './indicators.js'

const SECTION: ReadonlySet<string> = new Set(SECTION_INDICATORS)

/** True when `key` is one of the 21 indicators of a section's class. */
export function isSectionIndicator(key: string): key is SectionIndicatorKey {
  return SECTION.has(key)
}
