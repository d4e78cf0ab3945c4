import { add, compare, decimal, div, type Rational, rational } from '../../../_lib/rational.js'
import type { Gb3095Edition } from '../limits.js'
import { actual } from './_actual.js'
import { STATISTIC, type SummaryRead, statisticOf } from './_summary.js'
import type { CompositeIndexResult, CompositeSubIndex } from './composite-index-types.js'
import {
  COMPOSITE_INDEX_LIMITS,
  COMPOSITE_INDEX_POLLUTANTS,
  type CompositeIndexPollutant,
} from './limits.js'

/** The resolved options of a composite index. */
export interface CompositeSettings {
  readonly edition: Gb3095Edition
  readonly concentrationBasis: 'raw' | 'deducted'
  readonly roundConcentrations: boolean
}

/** The exact values behind a composite index, for rankings that compare them exactly. */
export interface CompositeExact {
  readonly index: Rational | null
  readonly concentrations: ReadonlyMap<
    CompositeIndexPollutant,
    { readonly exact: Rational; readonly published: Rational }
  >
}

const TWO_DECIMALS = 2

/**
 * The composite index of a read summary with its exact values. Iᵢ = Cᵢ / Sᵢ; Iₛᵤₘ is summed
 * from the exact Iᵢ and rounded once (the national example 21/35+…+0.7/4 prints 3.06, where
 * summing Iᵢ rounded to two decimals would give 3.07).
 */
export function compositeOf(
  read: SummaryRead,
  settings: CompositeSettings,
  context: string,
  path: readonly (string | number)[],
): { readonly result: CompositeIndexResult; readonly exact: CompositeExact } {
  const { edition } = settings
  const table = COMPOSITE_INDEX_LIMITS[edition]
  const useDeducted = settings.concentrationBasis === 'deducted' && read.deducted !== null
  const figures = useDeducted && read.deducted ? read.deducted : read.raw
  const figuresPath = [...path, useDeducted ? 'deducted' : 'raw']

  const subIndices = {} as Record<CompositeIndexPollutant, CompositeSubIndex | null>
  const indices: Rational[] = []
  const used = new Map<CompositeIndexPollutant, Rational>()
  const concentrations = new Map<
    CompositeIndexPollutant,
    { readonly exact: Rational; readonly published: Rational }
  >()
  const missing: CompositeIndexPollutant[] = []
  for (const pollutant of COMPOSITE_INDEX_POLLUTANTS) {
    const stat = statisticOf(figures, pollutant, context, figuresPath)
    if (stat === null) {
      subIndices[pollutant] = null
      missing.push(pollutant)
      continue
    }
    concentrations.set(pollutant, { exact: stat.exact, published: stat.published })
    // 环办〔2014〕64号 with GB/T 8170: the published concentration (integers; CO one decimal)
    const c = settings.roundConcentrations ? stat.published : stat.exact
    const limit = table.limits[pollutant]
    const ii = div(c, rational(BigInt(limit)))
    indices.push(ii)
    used.set(pollutant, c)
    subIndices[pollutant] = {
      pollutant,
      statistic: STATISTIC[pollutant],
      concentration: stat.actual,
      value: actual(c, 10).exact,
      limit,
      index: actual(ii, TWO_DECIMALS),
    }
  }

  const base = {
    period: { start: read.period.start, end: read.period.end },
    edition,
    concentrationBasis: useDeducted ? ('deducted' as const) : ('raw' as const),
    subIndices,
    missing,
    options: settings,
  }
  if (missing.length > 0) {
    return {
      result: {
        ...base,
        status: 'insufficientData',
        index: null,
        maxIndex: null,
        primaryPollutants: [],
        meetsLimits: null,
      },
      exact: { index: null, concentrations },
    }
  }
  let sum = rational(0n)
  let max = rational(0n)
  for (const ii of indices) {
    sum = add(sum, ii)
    if (compare(ii, max) > 0) max = ii
  }
  // 首要污染物: the largest Iᵢ as published, every pollutant that shares it
  const published = COMPOSITE_INDEX_POLLUTANTS.map((p) => ({
    p,
    value: decimal((subIndices[p] as CompositeSubIndex).index.published),
  }))
  const top = published.reduce((m, x) => (compare(x.value, m) > 0 ? x.value : m), rational(0n))
  const meetsLimits = COMPOSITE_INDEX_POLLUTANTS.every(
    (p) => compare(used.get(p) as Rational, rational(BigInt(table.limits[p]))) <= 0,
  )
  return {
    result: {
      ...base,
      status: 'ok',
      index: actual(sum, TWO_DECIMALS),
      maxIndex: actual(max, TWO_DECIMALS),
      primaryPollutants: published.filter((x) => compare(x.value, top) === 0).map((x) => x.p),
      meetsLimits,
    },
    exact: { index: sum, concentrations },
  }
}
