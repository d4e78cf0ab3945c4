import type { ActualValue } from '../../figures.js'
import type { Gb3095Edition } from '../limits.js'
import type { CompositeIndexPollutant, CompositeIndexStatistic } from './limits.js'

/** One single-item index Iᵢ = Cᵢ / Sᵢ. @category Air */
export interface CompositeSubIndex {
  readonly pollutant: CompositeIndexPollutant
  /** The period statistic: the mean, or the 95th (CO) / 90th (O3 8-hour) percentile. */
  readonly statistic: CompositeIndexStatistic
  /** The statistic as the summary gives it, exact and as published. */
  readonly concentration: ActualValue
  /** Cᵢ as divided: the published statistic, or the exact one without rounding (decimal text). */
  readonly value: string
  /** Sᵢ, the standard value of the edition. */
  readonly limit: number
  /** Iᵢ, exact and published to two decimals. */
  readonly index: ActualValue
}

/** The result of {@link compositeIndex}. @category Air */
export interface CompositeIndexResult {
  /** `'insufficientData'` when a pollutant has no data in the period: no index, never zero. */
  readonly status: 'ok' | 'insufficientData'
  readonly period: { readonly start: string; readonly end: string }
  readonly edition: Gb3095Edition
  /** The figures the concentrations came from: dust-deducted, or raw (no dust dates, or asked). */
  readonly concentrationBasis: 'raw' | 'deducted'
  /** Iᵢ of each pollutant with data (`null`: no data). */
  readonly subIndices: Readonly<Record<CompositeIndexPollutant, CompositeSubIndex | null>>
  /** Pollutants without data in the period. */
  readonly missing: readonly CompositeIndexPollutant[]
  /** Iₛᵤₘ = ΣIᵢ of the six, exact and published to two decimals; `null` when one is missing. */
  readonly index: ActualValue | null
  /** The largest Iᵢ; `null` when one is missing. */
  readonly maxIndex: ActualValue | null
  /** The pollutants with the largest published Iᵢ (首要污染物; all of them on a tie). */
  readonly primaryPollutants: readonly CompositeIndexPollutant[]
  /** Every Cᵢ ≤ Sᵢ (all six within the edition's limits); `null` when one is missing. */
  readonly meetsLimits: boolean | null
  /** The options used, defaults filled in. */
  readonly options: {
    readonly edition: Gb3095Edition
    readonly concentrationBasis: 'raw' | 'deducted'
    readonly roundConcentrations: boolean
  }
}
