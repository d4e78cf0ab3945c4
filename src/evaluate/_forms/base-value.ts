import { decimal, type Rational } from '../../_lib/rational.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'

/** A target's base-year figure and where it comes from. */
export interface BaseValue {
  readonly year: number
  readonly value: Rational
  readonly source: 'plan' | 'observation'
}

/**
 * The base-year figure of a target's metric and scope: the plan's `baseValue` when it states
 * one, else an `annualValue` observation of the base year; `null` without either.
 */
export function baseValueOf(
  target: Target,
  observations: readonly Observation[],
): BaseValue | null {
  const year = target.baseYear
  if (year === undefined) return null
  if (target.baseValue !== undefined) {
    return { year, value: decimal(target.baseValue), source: 'plan' }
  }
  const found = observations.find(
    (o) =>
      o.kind === 'annualValue' &&
      o.metric === target.metric &&
      o.scope === target.scope.id &&
      o.year === year,
  )
  return found?.kind === 'annualValue'
    ? { year, value: decimal(found.value), source: 'observation' }
    : null
}
