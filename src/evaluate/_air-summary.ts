import { earlierDate } from '../_lib/calendar.js'
import { text } from '../_lib/errors/catalogue.js'
import type { LocalizedText } from '../schemas/common.js'
import type { Observation } from '../schemas/observation/index.js'
import type { Target } from '../schemas/target.js'
import {
  type AirPeriodFigures,
  type AirPeriodSummary,
  summarizeAirPeriod,
} from '../standards/air/index.js'
import { remapToObservations } from './_observation-errors.js'
import type { ResolvedAirOptions } from './_options.js'

// Summaries of one scope and window, per validated (frozen) list of observations: the targets,
// the members of a region and the calendar read the same days without recomputing them.
const CACHE = new WeakMap<readonly Observation[], Map<string, AirPeriodSummary | null>>()

/**
 * The period summary of a target's scope as of a date, from `airDaily` and `dustDay`
 * observations. An input error of the air module names the record of `observations` it comes
 * from (`observations[3].co`), never an index into the days of one scope.
 */
export function airSummaryFor(
  target: Target,
  observations: readonly Observation[],
  asOf: string,
  options: ResolvedAirOptions,
): AirPeriodSummary | null {
  const { start, end } = target.period
  const last = earlierDate(asOf, end)
  if (last < start) return null
  const scope = target.scope.id
  const key = JSON.stringify([scope, start, last, target.ruleSet, options])
  let cache = CACHE.get(observations)
  if (!cache && Object.isFrozen(observations)) {
    cache = new Map()
    CACHE.set(observations, cache)
  }
  if (cache?.has(key)) return cache.get(key) ?? null
  const days: Extract<Observation, { kind: 'airDaily' }>[] = []
  const indices: number[] = []
  const dustDates = new Set<string>()
  observations.forEach((o, i) => {
    if (o.kind === 'airDaily' && o.scope === scope && o.date >= start && o.date <= last) {
      days.push(o)
      indices.push(i)
    } else if (o.kind === 'dustDay' && o.scope === scope && o.date >= start && o.date <= last) {
      dustDates.add(o.date)
    }
  })
  let summary: AirPeriodSummary
  try {
    summary = summarizeAirPeriod(days, {
      period: { start, end: last },
      standard: target.ruleSet === 'cn-air-2026' ? 'HJ633-2026' : 'HJ633-2012',
      ...(dustDates.size ? { dustDates: [...dustDates].sort() } : {}),
      dustRatioMethod: options.dustRatioMethod,
      ...(options.verdictBasis ? { verdictBasis: options.verdictBasis } : {}),
      validDay: options.validDay,
      ...(options.missingIndicators ? { missingIndicators: options.missingIndicators } : {}),
    })
  } catch (error) {
    throw remapToObservations(error, indices)
  }
  cache?.set(key, summary)
  return summary
}

/** The options an air result reports. */
export function airOptionsOf(summary: AirPeriodSummary | null, options: ResolvedAirOptions) {
  return {
    standard: summary?.standard ?? null,
    verdictBasis: summary?.verdictBasis ?? options.verdictBasis ?? 'raw',
    dustRatioMethod: options.dustRatioMethod,
    validDay: options.validDay,
    missingIndicators: summary?.options.missingIndicators ?? options.missingIndicators,
    requireAnnualValidity: options.requireAnnualValidity,
  }
}

/** The figures the verdict rests on: dust-deducted when deduction applies, else raw. */
export function verdictFigures(summary: AirPeriodSummary | null): AirPeriodFigures | null {
  if (!summary) return null
  return summary.verdictBasis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
}

/**
 * The GB 3095 表4 annual data rule (≥ 324 days, ≥ 27 in each month, ≥ 25 in February), applied to
 * the days with a valid AQI (before any dust deduction: deduction is not missing data).
 */
export function annualShortfall(summary: AirPeriodSummary): LocalizedText | null {
  const perMonth = new Map<string, number>()
  for (const d of summary.days)
    if (d.valid) perMonth.set(d.date.slice(5, 7), (perMonth.get(d.date.slice(5, 7)) ?? 0) + 1)
  const valid = [...perMonth.values()].reduce((a, b) => a + b, 0)
  const short = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
    (m) => (perMonth.get(m) ?? 0) < (m === '02' ? 25 : 27),
  )
  if (valid >= 324 && short.length === 0) return null
  return text(
    `有效天数${valid}天${short.length ? `，${short.map(Number).join('、')}月有效天数不足` : ''}，不满足全年至少324天、每月至少27天（2月25天）的要求。`,
    `${valid} valid days${short.length ? `, too few in month ${short.map(Number).join(', ')}` : ''}: a year needs at least 324, and 27 in each month (25 in February).`,
  )
}
