import { actualValueOf } from '../_lib/actual-value.js'
import type { Rational } from '../_lib/rational.js'
import { decimal, roundHalfEven, toNumber } from '../_lib/rational.js'
import type { LocalizedText } from '../schemas/common.js'
import type { Coverage, Reachability, TargetResult, TargetStatus } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import type { Unit } from '../schemas/vocabulary.js'
import { marginOf } from './_compare.js'
import { type PeriodProgress, progressOf } from './_period.js'

/** The verdict from the figure so far, whether the period is over, and whether it can still pass. */
export function statusOf(args: {
  readonly hasData: boolean
  readonly isOver: boolean
  readonly meetsNow: boolean | null
  readonly reachable: boolean
}): TargetStatus {
  if (!args.hasData || args.meetsNow === null) return 'insufficientData'
  if (args.isOver) return args.meetsNow ? 'met' : 'notMet'
  if (!args.reachable) return 'unreachable'
  return args.meetsNow ? 'onTrack' : 'atRisk'
}

/** The progress of the target's period as of a date. */
export function periodFor(target: Target, asOf: string): PeriodProgress {
  return progressOf(target.period, asOf)
}

/** Fields every evaluator fills. */
export interface ResultParts {
  readonly target: Target
  readonly progress: PeriodProgress
  readonly status: TargetStatus
  readonly actual: Rational | null
  readonly expected: Rational | null
  readonly unit?: Unit
  readonly precision?: number
  readonly coverage: Coverage
  readonly reachability?: Reachability | undefined
  readonly variants?: TargetResult['variants'] | undefined
  readonly options: Record<string, unknown>
  readonly explanation: LocalizedText
}

/** The comparison rule every result states (project decision 6). */
export function comparisonRule(precision: number): string {
  return `GB/T 8170 rounding to ${precision} decimal${precision === 1 ? '' : 's'} before comparing`
}

/** Builds a {@link TargetResult} with the actual value, margin and period filled in the same way everywhere. */
export function buildResult(parts: ResultParts): TargetResult {
  const { target, progress } = parts
  const precision = parts.precision ?? target.precision
  const actual = parts.actual === null ? null : actualValueOf(parts.actual, precision)
  const expectedValue = parts.expected ?? (target.value === null ? null : decimal(target.value))
  const margin =
    parts.actual === null || expectedValue === null
      ? null
      : toNumber(marginOf(target.comparator, roundHalfEven(parts.actual, precision), expectedValue))
  return {
    target: target.id,
    metric: target.metric,
    status: parts.status,
    actual,
    expected: {
      comparator: target.comparator,
      value: expectedValue === null ? null : toNumber(expectedValue),
    },
    unit: parts.unit ?? target.unit,
    margin,
    period: {
      start: progress.start,
      end: progress.end,
      asOf: progress.asOf,
      elapsedDays: progress.elapsedDays,
      totalDays: progress.totalDays,
    },
    coverage: parts.coverage,
    ...(parts.reachability ? { reachability: parts.reachability } : {}),
    ...(parts.variants ? { variants: parts.variants } : {}),
    ruleSet: target.ruleSet,
    options: { ...parts.options, comparison: comparisonRule(precision) },
    explanation: parts.explanation,
  }
}

/** The fields of a result without a figure. */
export interface NoFigureParts {
  readonly target: Target
  readonly progress: PeriodProgress
  readonly coverage: Coverage
  readonly options?: Record<string, unknown>
  readonly explanation: LocalizedText
}

/** A result whose data cannot support a verdict: no actual value, never a pass. */
export function insufficientResult(parts: NoFigureParts): TargetResult {
  return buildResult({
    ...parts,
    status: 'insufficientData',
    actual: null,
    expected: null,
    options: parts.options ?? {},
  })
}
