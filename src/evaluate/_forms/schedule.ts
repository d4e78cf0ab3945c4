import { yearOf } from '../../_lib/calendar.js'
import { text } from '../../_lib/errors/catalogue.js'
import {
  add,
  decimal,
  mul,
  type Rational,
  rational,
  roundHalfEven,
  sub,
  toNumber,
} from '../../_lib/rational.js'
import type { LocalizedText } from '../../schemas/common.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Schedule, TargetResult, TargetStatus } from '../../schemas/result.js'
import type { Target } from '../../schemas/target.js'
import type { EvaluationContext } from '../_kernel.js'
import { baseValueOf } from './base-value.js'

/** The year a multi-year target is judged in, its target for that year, and how it was set. */
export interface ScheduleStep {
  readonly target: Target
  readonly schedule: Schedule
}

/**
 * For a target over several calendar years, the year evaluated (that of `asOf`, within the
 * period) and its requirement (时序进度): in the target year the target itself; before it, with
 * the `linear` rule, the point of the straight line from the base year's value to the target
 * (a decrease of 7.1 % by 2025 from 2020 asks 7.1 × 4/5 = 5.68 → 5.7 % by 2024), rounded by
 * GB/T 8170 to the target's precision; with the `final` rule, or without a base year or base
 * value to draw the line from, the target itself every year. `null` for a target of one year.
 */
export function scheduleOf(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): ScheduleStep | null {
  const first = yearOf(target.period.start)
  const last = yearOf(target.period.end)
  if (first === last) return null
  const year = Math.min(last, Math.max(first, yearOf(context.asOf)))
  const baseYear = target.baseYear ?? null
  const finalValue = target.value
  let basis: Schedule['basis'] = year === last ? 'finalYear' : 'finalTarget'
  let fraction: Rational | null = null
  let requirement: number | null = finalValue
  if (
    year < last &&
    context.schedule === 'linear' &&
    baseYear !== null &&
    finalValue !== null &&
    target.comparator !== 'reachReduction'
  ) {
    const f = rational(
      BigInt(Math.max(0, Math.min(year, last) - baseYear)),
      BigInt(last - baseYear),
    )
    const goal = decimal(finalValue)
    let point: Rational | null = null
    if (target.comparator === 'decrease') point = mul(goal, f)
    else {
      const base = baseValueOf(target, observations)
      if (base) point = add(base.value, mul(sub(goal, base.value), f))
    }
    if (point) {
      basis = 'linear'
      fraction = f
      requirement = toNumber(roundHalfEven(point, target.precision))
    }
  }
  return {
    target: {
      ...target,
      period: { start: `${year}-01-01`, end: `${year}-12-31` },
      value: requirement,
    },
    schedule: {
      rule: context.schedule,
      basis,
      period: { start: target.period.start, end: target.period.end },
      year,
      targetYear: last,
      baseYear,
      fraction: fraction === null ? null : toNumber(fraction),
      requirement,
      final: finalValue,
    },
  }
}

// Before the target year nothing is final: a year that meets its milestone is on track, one that
// misses it is at risk, and the target itself can still be reached in the years to come.
const BEFORE_TARGET_YEAR: Readonly<Partial<Record<TargetStatus, TargetStatus>>> = {
  met: 'onTrack',
  notMet: 'atRisk',
  unreachable: 'atRisk',
}

function requirementText(target: Target, value: number | null): LocalizedText {
  const unit = target.unit === '%' ? '%' : ` ${target.unit}`
  switch (target.comparator) {
    case 'decrease':
      return value === null
        ? text(`较${target.baseYear}年下降`, `below ${target.baseYear}`)
        : text(`较${target.baseYear}年下降${value}%`, `${value} % below ${target.baseYear}`)
    case 'atLeast':
      return text(`不低于${value}${unit}`, `at least ${value}${unit}`)
    case 'atMost':
      return text(`不高于${value}${unit}`, `at most ${value}${unit}`)
    default:
      return text(`${value}${unit}`, `${value}${unit}`)
  }
}

/** The year's result as a result of the whole multi-year target. */
export function applySchedule(
  result: TargetResult,
  step: ScheduleStep,
  target: Target,
): TargetResult {
  const s = step.schedule
  const status =
    s.year < s.targetYear ? (BEFORE_TARGET_YEAR[result.status] ?? result.status) : result.status
  const finalText = requirementText(target, s.final)
  const yearText = requirementText(target, s.requirement)
  const nth = s.year - yearOf(s.period.start) + 1
  const note: LocalizedText =
    s.basis === 'finalYear'
      ? text(
          `${s.year}年为目标年（目标期${s.period.start.slice(0, 4)}—${s.targetYear}年），按${finalText.zh}判定。`,
          `${s.year} is the target year of ${s.period.start.slice(0, 4)}–${s.targetYear}: judged against ${finalText.en}.`,
        )
      : s.basis === 'linear'
        ? text(
            `${s.year}年为目标期第${nth}年，按时序进度（${s.baseYear}年至${s.targetYear}年线性推进，进度${Math.round((s.fraction ?? 0) * 100)}%）应${yearText.zh}；${s.targetYear}年目标为${finalText.zh}。`,
            `${s.year} is year ${nth} of the period: on the time line from ${s.baseYear} to ${s.targetYear} (${Math.round((s.fraction ?? 0) * 100)} % of the way) it should be ${yearText.en}; the ${s.targetYear} target is ${finalText.en}.`,
          )
        : text(
            `${s.year}年为目标期第${nth}年，按${s.targetYear}年目标（${finalText.zh}）衡量进度。`,
            `${s.year} is year ${nth} of the period, measured against the ${s.targetYear} target (${finalText.en}).`,
          )
  return {
    ...result,
    status,
    schedule: s,
    explanation: {
      zh: `${result.explanation.zh}${note.zh}`,
      en: `${result.explanation.en} ${note.en}`,
    },
  }
}
