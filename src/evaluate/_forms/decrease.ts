import { actualValueOf } from '../../_lib/actual-value.js'
import { displayText as show } from '../../_lib/decimal-text.js'
import { text } from '../../_lib/errors/catalogue.js'
import {
  ceil,
  compare,
  decimal,
  div,
  floor,
  mul,
  type Rational,
  rational,
  roundHalfEven,
  sub,
  toNumber,
} from '../../_lib/rational.js'
import type { LocalizedText } from '../../schemas/common.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { ActualValue, TargetResult } from '../../schemas/result.js'
import type { Target } from '../../schemas/target.js'
import { METRICS } from '../../schemas/vocabulary.js'
import { lowerEdge } from '../_bounds.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { insufficientResult, periodFor } from '../_result.js'
import { unitWords } from './_units.js'
import { type BaseValue, baseValueOf } from './base-value.js'

const ZERO = rational(0n)
const HUNDRED = rational(100n)

/** (base − level) / base × 100. */
export function changeOf(base: Rational, level: Rational): Rational {
  return mul(div(sub(base, level), base), HUNDRED)
}

/**
 * The highest published level whose change from the base publishes as a decrease of at least
 * `required` percent (GB/T 8170 at `changePrecision` decimals), on the grid of the level's
 * published precision; with `required` null, the highest level below the base. `null` when no
 * level can (a decrease of more than 100 %).
 *
 * For a 2020 PM2.5 of 28 µg/m³ and 7.1 %: a change publishes as ≥ 7.1 from 7.05 on (7.05 rounds
 * half to even to 7.0, so strictly above it), so the level must stay below 28 × (1 − 0.0705) =
 * 26.026: at most 26 µg/m³ (26 is 7.14 % below 28, 27 only 3.57 %).
 */
export function levelLimit(
  base: Rational,
  required: Rational | null,
  changePrecision: number,
  levelPrecision: number,
): Rational | null {
  const step = rational(1n, 10n ** BigInt(levelPrecision))
  let k: bigint
  if (required === null) {
    k = ceil(div(base, step)) - 1n
  } else {
    const edge = lowerEdge(required, changePrecision)
    const bound = mul(base, sub(rational(1n), div(edge.value, HUNDRED)))
    k = floor(div(bound, step))
    if (!edge.inclusive && compare(mul(rational(k), step), bound) === 0) k -= 1n
  }
  return k < 0n ? null : mul(rational(k), step)
}

/** A level's actual value as the change from the base it publishes. */
function asChange(
  base: Rational,
  level: ActualValue | null,
  precision: number,
): ActualValue | null {
  return level === null ? null : actualValueOf(changeOf(base, decimal(level.published)), precision)
}

/**
 * A decrease relative to a base year (`比2020年下降7.1%`) on a level metric (the PM2.5 mean, a
 * days ratio): judged on the published annual figure, as the region publishes its changes (2021:
 * PM2.5 23 µg/m³, "同比下降17.9%" from 28, (28 − 23) / 28 = 17.86 %; 2025: 22 µg/m³, 21.4 % below
 * 2020). The target becomes the limit on the level that publishes the required change (see
 * {@link levelLimit}), which the metric's own evaluator judges with its reachability; the result
 * reports the change in percent.
 */
export function evaluateDecrease(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
  next: (levelTarget: Target) => KernelOutput,
): KernelOutput {
  const metric = METRICS[target.metric]
  const base = baseValueOf(target, observations)
  const progress = periodFor(target, context.asOf)
  if (!base || compare(base.value, ZERO) === 0) {
    const why = base
      ? text(
          `${base.year}年基准值为0，下降比例无定义`,
          `the ${base.year} base value is 0, so a decrease is undefined`,
        )
      : text(
          `未给出${target.baseYear}年基准值（计划的 baseValue 或 annualValue 观测）`,
          `no ${target.baseYear} base value was given (the plan's baseValue or an annualValue observation)`,
        )
    return {
      result: insufficientResult({
        target,
        progress,
        coverage: { unit: 'years', used: 0, expected: 1, excluded: [] },
        options: { baseYear: target.baseYear ?? null },
        explanation: {
          zh: `数据不足：${why.zh}。`,
          en: `Insufficient data: ${why.en}.`,
        },
      }),
      figure: null,
      best: null,
    }
  }
  const required = target.value === null ? null : decimal(target.value)
  const limit = levelLimit(base.value, required, target.precision, metric.precision)
  const unitText = unitWords(metric.unit)
  const limitNumber = limit === null ? -1 : toNumber(limit)
  const levelTarget: Target = {
    ...target,
    comparator: 'atMost',
    value: Math.max(0, limitNumber),
    unit: metric.unit,
    precision: metric.precision,
  }
  const level = next(levelTarget)
  return {
    result: fromLevel(target, base, level.result, limit, unitText),
    figure: null,
    best: null,
  }
}

function fromLevel(
  target: Target,
  base: BaseValue,
  level: TargetResult,
  limit: Rational | null,
  unitText: LocalizedText,
): TargetResult {
  const actual = asChange(base.value, level.actual, target.precision)
  const published = actual === null ? null : roundHalfEven(decimal(actual.exact), target.precision)
  const required = target.value
  const margin =
    published === null || required === null ? null : toNumber(sub(published, decimal(required)))
  const baseText = (l: 'zh' | 'en') => `${show(base.value, 2)}${unitText[l]}`
  const limitText = (l: 'zh' | 'en') => (limit === null ? '—' : `${show(limit, 2)}${unitText[l]}`)
  const goal =
    required === null
      ? text(`低于${base.year}年`, `below ${base.year}`)
      : text(`下降${required}%以上`, `at least ${required} % below`)
  const head =
    level.actual === null
      ? text(
          `无${target.period.start.slice(0, 4)}年数值，无法与${base.year}年的${baseText('zh')}比较（目标${goal.zh}，即不高于${limitText('zh')}）。`,
          `No figure for ${target.period.start.slice(0, 4)} to compare with the ${base.year} value of ${baseText('en')} (target ${goal.en}, that is at most ${limitText('en')}).`,
        )
      : text(
          `发布值${show(level.actual.published, 2)}${unitText.zh}，较${base.year}年的${baseText('zh')}下降${show(published ?? ZERO, target.precision)}%（目标${goal.zh}，即不高于${limitText('zh')}）。`,
          `The published ${show(level.actual.published, 2)}${unitText.en} is ${show(published ?? ZERO, target.precision)} % below the ${base.year} value of ${baseText('en')} (target ${goal.en}, that is at most ${limitText('en')}).`,
        )
  return {
    ...level,
    actual,
    expected: { comparator: 'decrease', value: required },
    unit: '%',
    margin,
    ...(level.variants
      ? {
          variants: level.variants.map((v) => ({
            ...v,
            actual: asChange(base.value, v.actual, target.precision),
          })),
        }
      : {}),
    options: {
      ...level.options,
      baseYear: base.year,
      baseValue: toNumber(base.value),
      baseSource: base.source,
      levelLimit: limit === null ? null : toNumber(limit),
      change: 'from the published annual figure',
      comparison: `GB/T 8170 rounding to ${target.precision} decimal${target.precision === 1 ? '' : 's'} before comparing`,
    },
    explanation: {
      zh: `${head.zh}${level.explanation.zh}`,
      en: `${head.en} ${level.explanation.en}`,
    },
  }
}
