import type { Observation } from '../schemas/observation.js'
import type { Target } from '../schemas/target.js'
import {
  type AirPeriodFigures,
  type AirPeriodSummary,
  type DustRatioMethod,
  type MissingIndicatorPolicy,
  summarizeAirPeriod,
  type ValidDayRule,
} from '../standards/air/index.js'
import { ofKind } from './_context.js'
import { earlierDate } from './_period.js'

/** Air options shared by the three air evaluators. @category Air */
export interface AirTargetOptions {
  /** How dust-affected days change the ratios (decision 7; default `excludeDays`). */
  readonly dustRatioMethod?: DustRatioMethod
  /** Which figures decide: `deducted` (default when dust days are given) or `raw`. */
  readonly verdictBasis?: 'raw' | 'deducted'
  /** When a day counts for the ratios (decision 5; default `allIndicators`). */
  readonly validDay?: ValidDayRule
  /** AQI with a missing indicator (default: the edition's rule). */
  readonly missingIndicators?: MissingIndicatorPolicy
  /**
   * At the end of the period, require the GB 3095 annual validity (≥ 324 valid days, ≥ 27 per
   * month, ≥ 25 in February) before giving a verdict; default `true`. Without it the verdict is
   * `insufficientData`.
   */
  readonly requireAnnualValidity?: boolean
}

/** The period summary of a target's scope as of a date, from `airDaily` and `dustDay` observations. */
export function airSummaryFor(
  target: Target,
  observations: readonly Observation[],
  asOf: string,
  options: AirTargetOptions,
): AirPeriodSummary | null {
  const { start, end } = target.period
  const last = earlierDate(asOf, end)
  if (last < start) return null
  const scope = target.scope.id
  const days = ofKind(observations, 'airDaily').filter(
    (d) => (d.scope ?? 'central-city') === scope && d.date >= start && d.date <= last,
  )
  const dustDates = ofKind(observations, 'dustDay')
    .filter((d) => (d.scope ?? 'central-city') === scope && d.date >= start && d.date <= last)
    .map((d) => d.date)
  return summarizeAirPeriod(days, {
    period: { start, end: last },
    standard: target.ruleSet === 'cn-air-2026' ? 'HJ633-2026' : 'HJ633-2012',
    ...(dustDates.length ? { dustDates: [...new Set(dustDates)] } : {}),
    ...(options.dustRatioMethod ? { dustRatioMethod: options.dustRatioMethod } : {}),
    ...(options.verdictBasis ? { verdictBasis: options.verdictBasis } : {}),
    ...(options.validDay ? { validDay: options.validDay } : {}),
    ...(options.missingIndicators ? { missingIndicators: options.missingIndicators } : {}),
  })
}

/** The options an air result reports. */
export function airOptionsOf(summary: AirPeriodSummary | null, options: AirTargetOptions) {
  return {
    standard: summary?.standard ?? null,
    verdictBasis: summary?.verdictBasis ?? 'raw',
    dustRatioMethod: summary?.options.dustRatioMethod ?? options.dustRatioMethod ?? 'excludeDays',
    validDay: summary?.options.validDay ?? options.validDay ?? 'allIndicators',
    missingIndicators: summary?.options.missingIndicators ?? options.missingIndicators ?? null,
    requireAnnualValidity: options.requireAnnualValidity ?? true,
  }
}

/** The figures the verdict rests on: dust-deducted when deduction applies, else raw. */
export function verdictFigures(summary: AirPeriodSummary | null): AirPeriodFigures | null {
  if (!summary) return null
  return summary.verdictBasis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
}
