import type { Rational } from '../_lib/rational.js'
import { decimal, roundHalfEven, toNumber } from '../_lib/rational.js'
import type { LocalizedText } from '../schemas/common.js'
import type { Coverage, Reachability, TargetResult, TargetStatus } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import type { Unit } from '../schemas/vocabulary.js'
import { actualOf } from './_actual.js'
import { type PeriodProgress, progressOf } from './_period.js'
import { marginOf } from './compare.js'

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

/** The progress of the target's period as of a date, with `asOf` checked. */
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

/** Builds a {@link TargetResult} with the actual value, margin and period filled in the same way everywhere. */
export function buildResult(parts: ResultParts): TargetResult {
  const { target, progress } = parts
  const precision = parts.precision ?? target.precision
  const actual = parts.actual === null ? null : actualOf(parts.actual, precision)
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
    options: {
      ...parts.options,
      // Project decision 6: the published figure is what is compared with the target.
      comparison: `GB/T 8170 rounding to ${precision} decimal${precision === 1 ? '' : 's'} before comparing`,
    },
    explanation: parts.explanation,
  }
}

/** Words for a status, for explanations. */
export const STATUS_WORDS: Readonly<Record<TargetStatus, LocalizedText>> = {
  met: { zh: '达标', en: 'met' },
  notMet: { zh: '未达标', en: 'not met' },
  onTrack: { zh: '进度正常', en: 'on track' },
  atRisk: { zh: '存在风险', en: 'at risk' },
  unreachable: { zh: '年内已无法达标', en: 'no longer reachable this year' },
  insufficientData: { zh: '数据不足', en: 'insufficient data' },
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
