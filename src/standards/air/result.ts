import type { AqiCategory } from './categories/types.js'
import type { AirPollutant } from './indicators.js'
import type { AqiStandard } from './tables.js'

/**
 * What to do when an indicator has no value: `'computeFromOthers'` takes the AQI over the
 * indicators present and flags the missing ones (HJ 633-2012 is silent; this reproduces the
 * national platform's published 2022 values); `'withholdUnlessAbove100'` is HJ 633-2026
 * §5.3.1: the AQI is published only when it is above 100, otherwise it is NA (`null`).
 *
 * @category Air
 */
export type MissingIndicatorPolicy = 'computeFromOthers' | 'withholdUnlessAbove100'

/** Which rules a result applied, and anything unusual about its inputs. @category Air */
export interface AqiFlags {
  /** Indicators whose value lies above the top breakpoint, their IAQI capped at 500. */
  readonly capped: readonly AirPollutant[]
  /** O3 8-hour above 800 µg/m³: 2012 drops its IAQI (O3 counts by its 1-hour IAQI), 2026 counts 300. */
  readonly o3_8hAbove800: boolean
  /** SO2 1-hour above 800 µg/m³: 2012 uses the SO2 24-hour IAQI, 2026 counts 200. */
  readonly so2_1hAbove800: boolean
  /** Indicators of the report without a value (published as NA). */
  readonly missing: readonly AirPollutant[]
  /** The AQI was withheld (NA) under HJ 633-2026 §5.3.1: an indicator is missing and AQI ≤ 100. */
  readonly withheld: boolean
}

/**
 * An AQI report for one station or city and one day or hour.
 *
 * @category Air
 */
export interface AqiResult {
  readonly report: 'daily' | 'realtime'
  readonly standard: AqiStandard
  /** The AQI (max of the IAQIs, §4.4.1 式(2)); `null` when no indicator has a value or it is withheld. */
  readonly aqi: number | null
  /** The IAQI of every indicator of the report; `null` when missing or not indexed. */
  readonly iaqi: Readonly<Partial<Record<AirPollutant, number | null>>>
  /** 首要污染物: the indicators with the largest IAQI when AQI > 50, all of them on a tie. */
  readonly primaryPollutants: readonly AirPollutant[]
  /** 超标污染物: IAQI > 100 (HJ 633-2012 only; `null` under 2026, which removed the notion). */
  readonly exceedingPollutants: readonly AirPollutant[] | null
  /** 级别与类别 with colour and health advice; `null` when there is no AQI. */
  readonly category: AqiCategory | null
  readonly flags: AqiFlags
  /** The options the result was computed with, defaults filled in. */
  readonly options: {
    readonly roundConcentrations: boolean
    readonly missingIndicators: MissingIndicatorPolicy
  } & Readonly<Record<string, unknown>>
}
