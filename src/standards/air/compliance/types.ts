import type { z } from 'zod'
import type {
  AirComplianceItemSchema,
  AirComplianceResultSchema,
  AirPollutantComplianceSchema,
} from '../result-schemas.js'

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
export type AirComplianceItem = z.output<typeof AirComplianceItemSchema>

/** A pollutant's verdict: every statistic must be within its limit. @category Air */
export type AirPollutantCompliance = z.output<typeof AirPollutantComplianceSchema>

/** The result of {@link assessAirCompliance}. @category Air */
export type AirComplianceResult = z.output<typeof AirComplianceResultSchema>
