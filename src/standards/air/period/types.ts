import type { z } from 'zod'
import type {
  AirDayExclusionReasonSchema,
  AirDayRecordSchema,
  AirPeriodFiguresSchema,
  AirPeriodSummarySchema,
  AirPollutantStatsSchema,
  AnnualValiditySchema,
  DustRatioMethodSchema,
  ValidDayRuleSchema,
} from '../result-schemas.js'

/**
 * How dust-affected dates change the ratios (decision 7; the national arithmetic was not read,
 * so this is an UNVERIFIED choice): `'excludeDays'` (default) leaves them out of numerator and
 * denominator; `'excludeExceedingDays'` leaves out only those whose AQI is above 100 (沙尘异常
 * 超标天); `'recomputeWithoutPm'` keeps them and recomputes their AQI without PM10 and PM2.5.
 * In every method the PM10 and PM2.5 values of those dates leave the concentration statistics.
 *
 * @category Air
 */
export type DustRatioMethod = z.output<typeof DustRatioMethodSchema>

/**
 * When a day counts for the ratios: `'allIndicators'` (default, project decision 5) when its
 * daily AQI could be computed from every daily indicator of the edition; `'publishedAqi'` when
 * an AQI is published for it (with HJ 633-2026 §5.3.1, also a day with a missing indicator
 * whose AQI is above 100).
 *
 * @category Air
 */
export type ValidDayRule = z.output<typeof ValidDayRuleSchema>

/** Why a day is left out of the ratios. @category Air */
export type AirDayExclusionReason = z.output<typeof AirDayExclusionReasonSchema>

/** One day of the period with its AQI and whether it counts. @category Air */
export type AirDayRecord = z.output<typeof AirDayRecordSchema>

/** Annual data validity of one pollutant (GB 3095 表4). @category Air */
export type AnnualValidity = z.output<typeof AnnualValiditySchema>

/** Period statistics of one pollutant's daily values. @category Air */
export type AirPollutantStats = z.output<typeof AirPollutantStatsSchema>

/** The period's figures, raw or with dust days deducted. @category Air */
export type AirPeriodFigures = z.output<typeof AirPeriodFiguresSchema>

/** The result of {@link summarizeAirPeriod}. @category Air */
export type AirPeriodSummary = z.output<typeof AirPeriodSummarySchema>
