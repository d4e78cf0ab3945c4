import type { Gb3095Edition } from '../limits.js'

/** A statistic as a number, a decimal string, or an object with its exact value (`ActualValue`). @category Air */
export type AirStatisticValue = number | string | { readonly exact: string } | null | undefined

/**
 * Annual statistics per pollutant: the annual mean and the percentile of daily values (SO2 and
 * NO2 P98, PM10 and PM2.5 P95), CO P95 and O3 daily maximum 8-hour P90. An
 * {@link AirPollutantStats} fits (its `percentile` holds `{ p, value }`).
 *
 * @category Air
 */
export type AnnualAirStatistics = Readonly<
  Partial<
    Record<
      'so2' | 'no2' | 'pm10' | 'pm25' | 'co' | 'o3_8h',
      {
        readonly mean?: AirStatisticValue
        readonly percentile?: AirStatisticValue | { readonly value: AirStatisticValue }
      }
    >
  >
>

/** One statistic against its limit. @category Air */
export interface AirComplianceItem {
  readonly statistic: 'annualMean' | 'percentile'
  /** The percentile (98, 95 or 90) for a percentile item. */
  readonly p: number | null
  /** The value as given (exact), `null` when not given. */
  readonly value: number | null
  /** The value rounded by GB/T 8170 to the reporting precision (integers; CO one decimal). */
  readonly published: number | null
  readonly limit: number
  /** published ≤ limit; `null` when the value is missing. */
  readonly compliant: boolean | null
}

/** A pollutant's verdict: every statistic must be within its limit. @category Air */
export interface AirPollutantCompliance {
  readonly items: readonly AirComplianceItem[]
  /** `false` when any statistic exceeds, `null` when one is missing and none exceeds. */
  readonly compliant: boolean | null
}

/** The result of {@link assessAirCompliance}. @category Air */
export interface AirComplianceResult {
  readonly edition: Gb3095Edition
  readonly grade: 1 | 2
  readonly pollutants: Readonly<
    Record<'so2' | 'no2' | 'pm10' | 'pm25' | 'co' | 'o3_8h', AirPollutantCompliance>
  >
  /** All six compliant (达标); `false` if one is not; `null` if undecided for lack of data. */
  readonly compliant: boolean | null
  readonly nonCompliant: readonly string[]
}
