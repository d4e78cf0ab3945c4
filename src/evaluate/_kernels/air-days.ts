import { div, mul, type Rational, rational } from '../../_lib/rational.js'
import type { LocalizedText } from '../../schemas/common.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Coverage, TargetResult } from '../../schemas/result.js'
import type { Target } from '../../schemas/target.js'
import type { AirPeriodFigures, AirPeriodSummary } from '../../standards/air/index.js'
import { airOptionsOf, airSummaryFor, annualShortfall, verdictFigures } from '../_air-summary.js'
import { evaluateCountTarget } from '../_count-target.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { periodFor } from '../_result.js'
import { severeDays } from './_severe-days.js'

/** Which days a ratio counts. */
export type AirDaysKind = 'good' | 'heavy' | 'severe'

const WORDS: Record<AirDaysKind, LocalizedText> = {
  good: { zh: '优良天', en: 'good days' },
  heavy: { zh: '重污染天', en: 'heavy-pollution days' },
  severe: { zh: '严重污染天', en: 'severe-pollution days' },
}

function coverageOf(figures: AirPeriodFigures | null, days: number): Coverage {
  return {
    unit: 'days',
    used: figures?.validDays ?? 0,
    expected: days,
    excluded: figures ? [...figures.excluded] : [],
  }
}

function countOf(kind: AirDaysKind, summary: AirPeriodSummary, f: AirPeriodFigures): number {
  if (kind === 'good') return f.goodDays
  if (kind === 'heavy') return f.heavyDays
  return severeDays(summary, f === summary.raw ? 'raw' : 'deducted')
}

const HUNDRED = rational(100n)
const share = (part: number, whole: number): Rational | null =>
  whole > 0 ? mul(div(rational(BigInt(part)), rational(BigInt(whole))), HUNDRED) : null

/**
 * A ratio of days (good: AQI ≤ 100; heavy: AQI > 200; severe: AQI > 300) over the valid days of
 * the target's scope and period, with the GB 3095 annual validity at the end of a year.
 */
export function airDaysKernel(
  kind: AirDaysKind,
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const options = context.air
  const progress = periodFor(target, context.asOf)
  const summary = airSummaryFor(target, observations, context.asOf, options)
  const figures = verdictFigures(summary)
  const words = {
    item: { zh: '个有效天', en: 'valid days' },
    counted: WORDS[kind],
    remaining: { zh: '剩余天', en: 'remaining days' },
  }
  const common = {
    target,
    progress,
    remaining: progress.remainingDays,
    itemsFinal: true,
    words,
    zeroTolerance: kind !== 'good',
  }
  const variantOf = (label: 'raw' | 'dustDeducted', s: AirPeriodSummary, f: AirPeriodFigures) => {
    const r = evaluateCountTarget({
      ...common,
      counted: countOf(kind, s, f),
      total: f.validDays,
      coverage: coverageOf(f, 0),
      options: {},
    }).result
    return {
      label,
      actual: r.actual,
      status: r.status,
      description:
        label === 'raw'
          ? { zh: '含沙尘天气影响的原始值', en: 'Raw figure, dust-affected days included' }
          : { zh: '扣除沙尘天气影响后的值', en: 'Figure with dust-affected days deducted' },
    }
  }
  const variants =
    summary?.deducted && figures
      ? [
          variantOf('raw', summary, summary.raw),
          variantOf('dustDeducted', summary, summary.deducted),
        ]
      : undefined
  const shortfall =
    summary && figures && progress.isOver && options.requireAnnualValidity
      ? annualShortfall(summary)
      : null
  const basisNote: LocalizedText | undefined = variants
    ? summary?.verdictBasis === 'deducted'
      ? {
          zh: '判定采用扣除沙尘天气影响后的值。',
          en: 'The verdict uses the figure with dust days deducted.',
        }
      : { zh: '判定采用含沙尘天气的原始值。', en: 'The verdict uses the raw figure.' }
    : undefined
  const counted = summary && figures ? countOf(kind, summary, figures) : 0
  const total = figures?.validDays ?? 0
  const { result, assessment } = evaluateCountTarget({
    ...common,
    counted,
    total,
    coverage: coverageOf(figures, progress.elapsedDays),
    options: airOptionsOf(summary, options),
    variants,
    note: shortfall ?? basisNote,
  })
  const out: TargetResult = shortfall ? { ...result, status: 'insufficientData' } : result
  const remaining = progress.remainingDays
  const best =
    kind === 'good'
      ? share(counted + remaining, total + remaining)
      : share(counted, total + remaining)
  return { result: out, figure: assessment.ratio, best: total + remaining > 0 ? best : null }
}
