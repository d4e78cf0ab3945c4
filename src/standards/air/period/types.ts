import type { ActualValue, Exclusion } from '../../figures.js'
import type { AirPollutant } from '../indicators.js'
import type { MissingIndicatorPolicy } from '../result.js'
import type { AqiStandard } from '../tables.js'

/**
 * How dust-affected dates change the ratios (decision 7; the national arithmetic was not read,
 * so this is an UNVERIFIED choice): `'excludeDays'` (default) leaves them out of numerator and
 * denominator; `'excludeExceedingDays'` leaves out only those whose AQI is above 100 (沙尘异常
 * 超标天); `'recomputeWithoutPm'` keeps them and recomputes their AQI without PM10 and PM2.5.
 * In every method the PM10 and PM2.5 values of those dates leave the concentration statistics.
 *
 * @category Air
 */
export type DustRatioMethod = 'excludeDays' | 'excludeExceedingDays' | 'recomputeWithoutPm'

/**
 * When a day counts for the ratios: `'allIndicators'` (default, project decision 5) when its
 * daily AQI could be computed from every daily indicator of the edition; `'publishedAqi'` when
 * an AQI is published for it (with HJ 633-2026 §5.3.1, also a day with a missing indicator
 * whose AQI is above 100).
 *
 * @category Air
 */
export type ValidDayRule = 'allIndicators' | 'publishedAqi'

/** Why a day is left out of the ratios. @category Air */
export type AirDayExclusionReason = 'noData' | 'missingIndicator' | 'aqiWithheld' | 'dustDay'

/** One day of the period with its AQI and whether it counts. @category Air */
export interface AirDayRecord {
  readonly date: string
  /** The daily AQI (over the indicators present); `null` when none or withheld. */
  readonly aqi: number | null
  readonly level: 1 | 2 | 3 | 4 | 5 | 6 | null
  readonly primaryPollutants: readonly AirPollutant[]
  /** Counts for the ratios (raw figures). */
  readonly valid: boolean
  /** Why not, when `valid` is false. */
  readonly reason: AirDayExclusionReason | null
  /** Daily indicators without a value. */
  readonly missing: readonly AirPollutant[]
  /** Listed in `dustDates`. */
  readonly dust: boolean
  /** For a dust day under `'recomputeWithoutPm'`: the AQI without PM10 and PM2.5. */
  readonly aqiWithoutPm?: number | null
}

/** Annual data validity of one pollutant (GB 3095 表4). @category Air */
export interface AnnualValidity {
  /** Whether GB 3095 表4 sets an annual rule for the pollutant (not for CO and O3). */
  readonly applies: boolean
  /** Valid daily values in the period. */
  readonly days: number
  /** 324 when the period is a whole calendar year, else `null`. */
  readonly requiredDays: number | null
  /** Months wholly inside the period, with their valid days and the minimum (27; February 25). */
  readonly months: readonly {
    readonly month: string
    readonly days: number
    readonly required: number
  }[]
  /** Months below their minimum. */
  readonly shortMonths: readonly string[]
  /** All applicable checks pass; `null` when no rule applies or nothing could be checked. */
  readonly met: boolean | null
}

/** Period statistics of one pollutant's daily values. @category Air */
export interface AirPollutantStats {
  /** Valid daily values used. */
  readonly count: number
  /** Their sum as an exact decimal string (no rounding). */
  readonly sum: string
  /** The mean (CO to 1 decimal, others integers when published); `null` without data. */
  readonly mean: ActualValue | null
  /** The percentile of HJ 663 (`p`, e.g. 95) and its value; `null` without data or when off. */
  readonly percentile: { readonly p: number; readonly value: ActualValue } | null
  readonly validity: AnnualValidity
}

/** The period's figures, raw or with dust days deducted. @category Air */
export interface AirPeriodFigures {
  /** Days that count for the ratios (the denominator). */
  readonly validDays: number
  /** Valid days with AQI ≤ 100 (优 and 良). */
  readonly goodDays: number
  /** Valid days with AQI > 200 (重度 and 严重污染). */
  readonly heavyDays: number
  /** goodDays / validDays × 100, published to one decimal; `null` without valid days. */
  readonly goodDaysRatio: ActualValue | null
  /** heavyDays / validDays × 100, published to one decimal; `null` without valid days. */
  readonly heavyDaysRatio: ActualValue | null
  readonly pollutants: Readonly<Record<AirPollutant, AirPollutantStats>>
  /** Days of the period left out of the ratios, by reason. */
  readonly excluded: readonly Exclusion[]
}

/** The result of {@link summarizeAirPeriod}. @category Air */
export interface AirPeriodSummary {
  readonly ruleSet: 'cn-air-2012' | 'cn-air-2026'
  readonly standard: AqiStandard
  readonly period: { readonly start: string; readonly end: string; readonly days: number }
  /** One record per supplied day inside the period, by date. */
  readonly days: readonly AirDayRecord[]
  /** Supplied dates outside the period (ignored). */
  readonly outsidePeriod: readonly string[]
  readonly raw: AirPeriodFigures
  /** The figures with the dust dates deducted; `null` when no dust dates are given. */
  readonly deducted: AirPeriodFigures | null
  /** Which figures a verdict should use. */
  readonly verdictBasis: 'raw' | 'deducted'
  /** The options used, defaults filled in. */
  readonly options: {
    readonly roundConcentrations: boolean
    readonly missingIndicators: MissingIndicatorPolicy
    readonly validDay: ValidDayRule
    readonly dustRatioMethod: DustRatioMethod
    readonly percentiles: Readonly<Record<AirPollutant, number | null>>
  }
}
