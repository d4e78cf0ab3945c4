import { HJ633_2012_CATEGORIES } from './categories/hj633-2012.js'
import { HJ633_2026_CATEGORIES } from './categories/hj633-2026.js'
import type { AqiCategory } from './categories/types.js'
import { AIR_POLLUTANTS, type AirPollutant } from './indicators.js'
import type { AqiResult, AqiWithheldReason } from './result.js'
import type { AqiStandard } from './tables.js'

/** The IAQIs of a report and the rule flags gathered while computing them. */
export interface AqiParts {
  readonly iaqi: Partial<Record<AirPollutant, number | null>>
  readonly capped: AirPollutant[]
  readonly missing: AirPollutant[]
  /** Indicators the station does not measure (under `notMeasured: 'text'` also in `missing`). */
  readonly notMeasured: AirPollutant[]
  /**
   * A missing indicator that does not withhold the AQI (PM10 under `missingPm10: 'platform'`),
   * or `null`.
   */
  readonly exempt?: AirPollutant | null
  readonly o3_8hAbove800: boolean
  readonly so2_1hAbove800: boolean
  /**
   * A value above 800 µg/m³ that a note of HJ 633-2012 sends to another index which has no
   * value: the AQI cannot be known and is withheld.
   */
  readonly unresolved?: 'o3_8hAbove800' | 'so2_1hAbove800' | null
}

/** The category of a computed AQI, as `aqiCategory(aqi, { standard })` (HJ 633 表2), without options parsing. */
export function categoryOf(aqi: number, standard: AqiStandard): AqiCategory {
  const table = standard === 'HJ633-2026' ? HJ633_2026_CATEGORIES : HJ633_2012_CATEGORIES
  const index =
    aqi <= 50 ? 0 : aqi <= 100 ? 1 : aqi <= 150 ? 2 : aqi <= 200 ? 3 : aqi <= 300 ? 4 : 5
  return table[index] as AqiCategory
}

/** Whether a missing indicator of `parts` withholds the AQI (every one but the exempt one). */
function withholds(parts: AqiParts): boolean {
  for (const key of parts.missing) if (key !== parts.exempt) return true
  return false
}

/** HJ 633 §4.4: AQI as the max IAQI, primary and exceeding pollutants, category. */
export function assembleAqiResult(
  report: AqiResult['report'],
  standard: AqiStandard,
  parts: AqiParts,
  options: AqiResult['options'],
): AqiResult {
  let aqi: number | null = null
  for (const key of AIR_POLLUTANTS) {
    const v = parts.iaqi[key]
    // HJ 633-2012 §4.4.1 式(2): AQI = max{IAQI1, …, IAQIn}
    if (v !== null && v !== undefined && (aqi === null || v > aqi)) aqi = v
  }
  let withheldReason: AqiWithheldReason | null = parts.unresolved ?? null
  if (
    withheldReason === null &&
    options.missingIndicators === 'withholdUnlessAbove100' &&
    withholds(parts) &&
    (aqi === null || aqi <= 100)
  ) {
    // HJ 633-2026 §5.3.1: with a missing indicator, the AQI is published only above 100
    withheldReason = 'missingIndicator'
  }
  const withheld = withheldReason !== null
  if (withheld) aqi = null
  const primary: AirPollutant[] = []
  const exceeding: AirPollutant[] = []
  if (aqi !== null) {
    for (const key of AIR_POLLUTANTS) {
      const v = parts.iaqi[key]
      if (v === null || v === undefined) continue
      // §4.4.2: AQI 大于 50 时，IAQI 最大的污染物为首要污染物；并列时均为首要污染物
      if (aqi > 50 && v === aqi) primary.push(key)
      // §4.4.2: IAQI 大于 100 的污染物为超标污染物 (2012 only)
      if (v > 100) exceeding.push(key)
    }
  }
  return {
    report,
    standard,
    aqi,
    iaqi: parts.iaqi,
    primaryPollutants: primary,
    exceedingPollutants: standard === 'HJ633-2012' ? exceeding : null,
    category: aqi === null ? null : categoryOf(aqi, standard),
    flags: {
      capped: parts.capped,
      o3_8hAbove800: parts.o3_8hAbove800,
      so2_1hAbove800: parts.so2_1hAbove800,
      missing: parts.missing,
      notMeasured: parts.notMeasured,
      withheld,
      withheldReason,
    },
    options,
  }
}
