import type { ActualValue } from '../../figures.js'
import type { Gb3095Edition } from '../limits.js'
import type { AirPeriodSummary } from '../period/types.js'
import type { AirDayInput } from '../schemas.js'
import type { CompositeIndexResult } from './composite-index-types.js'
import type { CompositeIndexPollutant } from './limits.js'
import type { PeriodChange } from './period-change-types.js'

/**
 * One city for {@link rankCities}: its daily values (and the dates flagged as dust days), or
 * its period summary; optionally the same for the same period of the previous year, for the
 * change ranking (变化程度排名).
 *
 * @category Air
 */
export type RankCityInput =
  | {
      readonly city: string
      /** Daily values of the city (city days: the mean of its evaluation stations). */
      readonly days: readonly AirDayInput[]
      /** Dates flagged by the monitoring authority as affected by sand and dust. */
      readonly dustDates?: readonly string[]
      readonly previous?: {
        readonly days: readonly AirDayInput[]
        readonly dustDates?: readonly string[]
      }
    }
  | {
      readonly city: string
      /** The city's period summary from {@link summarizeAirPeriod}. */
      readonly summary: AirPeriodSummary
      readonly previous?: AirPeriodSummary
    }

/**
 * What a city ranking orders by: the composite index, one pollutant's concentration, the
 * good-days ratio, or the change of the composite index on the previous year.
 *
 * @category Air
 */
export type CityRankingKey =
  | 'compositeIndex'
  | CompositeIndexPollutant
  | 'goodDaysRatio'
  | 'compositeIndexChange'

/** Why a city is listed apart from a ranking. @category Air */
export type CityRankingGap =
  /** A pollutant has no data in the period, so the composite index is insufficient. */
  | 'missingPollutants'
  /** The pollutant of this ranking has no data. */
  | 'noData'
  /** No valid day for the good-days ratio. */
  | 'noValidDays'
  /** No data for the same period of the previous year was given. */
  | 'noPreviousPeriod'
  /** The composite index of the previous period is insufficient. */
  | 'previousInsufficient'
  /** The composite index of the previous period is zero: no change in percent. */
  | 'previousZero'

/** One ranking: the ranked cities and those listed apart. @category Air */
export interface CityRankingOrder {
  readonly key: CityRankingKey
  /** `ascending`: smaller is better (index, concentrations, change); `descending`: the ratio. */
  readonly order: 'ascending' | 'descending'
  /** Ranked cities, best first; equal values share a rank and the next rank is skipped. */
  readonly ranked: readonly {
    readonly city: string
    readonly rank: number
    /** The figure ranked on, as published. */
    readonly value: number
    /** The rank is shared (并列). */
    readonly tied: boolean
  }[]
  /** Cities without the figure (insufficient data), in the order given. */
  readonly insufficient: readonly {
    readonly city: string
    readonly gap: CityRankingGap
    /** The pollutants without data, for `missingPollutants`. */
    readonly missing?: readonly CompositeIndexPollutant[]
  }[]
}

/** One city of a {@link CityRanking}. @category Air */
export interface CityRankingEntry {
  readonly city: string
  /** The composite index of the period (on the concentration basis of the ranking). */
  readonly compositeIndex: CompositeIndexResult
  /** The good-days ratio (on the ratio basis), `null` without valid days. */
  readonly goodDaysRatio: ActualValue | null
  /** Which figures the ratio came from: raw, or dust-deducted (only with dust dates). */
  readonly goodDaysRatioBasis: 'raw' | 'deducted'
  /** Dust dates of the city in the period. */
  readonly dustDays: number
  /** The same period of the previous year, when given (same edition, same bases). */
  readonly previous: {
    readonly compositeIndex: CompositeIndexResult
    readonly goodDaysRatio: ActualValue | null
  } | null
  /** Changes on the previous year (同比), when it was given. */
  readonly change: {
    /** 综合指数变化率 in percent. */
    readonly compositeIndex: PeriodChange
    /** In percentage points. */
    readonly goodDaysRatio: PeriodChange
  } | null
  /** The city's rank in each ranking (`null`: listed apart). */
  readonly ranks: Readonly<Record<CityRankingKey, number | null>>
}

/** The result of {@link rankCities}. @category Air */
export interface CityRanking {
  readonly period: { readonly start: string; readonly end: string }
  /** The same period of the previous year; `null` when no city gave one. */
  readonly previousPeriod: { readonly start: string; readonly end: string } | null
  readonly edition: Gb3095Edition
  /** The standard values Sᵢ used. */
  readonly limits: Readonly<Record<CompositeIndexPollutant, number>>
  /** Which figures each part rests on: concentrations and index, and the good-days ratio. */
  readonly dust: {
    readonly concentrations: 'raw' | 'deducted'
    readonly goodDaysRatio: 'raw' | 'deducted'
    /** Cities that gave dust dates in the period (only their figures differ). */
    readonly citiesWithDustDays: readonly string[]
  }
  /** Every city: ranked by the composite index first, then those listed apart. */
  readonly cities: readonly CityRankingEntry[]
  readonly rankings: Readonly<Record<CityRankingKey, CityRankingOrder>>
  /**
   * Cities that the change ranking's list of the most deteriorated leaves out: all six
   * pollutants within the limits in the period (城市环境空气质量变化程度排名方案).
   */
  readonly deteriorationExcluded: readonly string[]
  /** The options used, defaults filled in. */
  readonly options: {
    readonly period: { readonly start: string; readonly end: string }
    readonly previousPeriod: { readonly start: string; readonly end: string }
    readonly edition: Gb3095Edition
    readonly standard: 'HJ633-2012' | 'HJ633-2026'
    readonly concentrationBasis: 'raw' | 'deducted'
    readonly goodDaysRatioBasis: 'raw' | 'deducted'
    readonly compare: 'published' | 'exact'
    readonly roundConcentrations: boolean
  }
}
