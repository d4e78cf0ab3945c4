import { displayText as show } from '../../_lib/decimal-text.js'
import {
  add,
  compare,
  decimal,
  div,
  toFixed as fixedText,
  mul,
  type Rational,
  rational,
  sub,
} from '../../_lib/rational.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import { EMISSION_POLLUTANTS } from '../../schemas/vocabulary.js'
import { satisfies } from '../_compare.js'
import { inScope, ofKind } from '../_context.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { buildResult, insufficientResult, periodFor, statusOf } from '../_result.js'

const ZERO = rational(0n)
const HUNDRED = rational(100n)

/** (base − current) / base × 100, 0 for a zero base. */
const reductionOf = (base: Rational, current: Rational) =>
  compare(base, ZERO) === 0 ? ZERO : mul(div(sub(base, current), base), HUNDRED)

/**
 * An emission total of one pollutant: a decrease of at least a percentage below the base year
 * (`decrease`), or a falling total that reaches the reduction a higher authority assigned
 * (`reachReduction`), as a percentage of the base year or as key-project tonnes.
 */
export function emissionsKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const pollutant = target.pollutant
  if (!pollutant) throw new TypeError('an emissionTotal target names its pollutant')
  const name = EMISSION_POLLUTANTS[pollutant]
  const progress = periodFor(target, context.asOf)
  const year = Number(target.period.start.slice(0, 4))
  const baseYear = target.baseYear ?? year - 1
  const scope = target.scope.id
  const totals = new Map<number, Rational>()
  for (const o of ofKind(observations, 'emissionTotal')) {
    if (o.pollutant === pollutant && inScope(o, scope)) totals.set(o.year, decimal(o.tonnes))
  }
  const current = totals.get(year)
  // figures are written with the decimals the plan publishes the target with
  const digits = target.precision
  const provisional = progress.isOver
    ? { zh: '', en: '' }
    : {
        zh: '（年度总量尚未最终核定）',
        en: ' (the annual total is provisional until the year ends)',
      }

  if (target.comparator === 'decrease') {
    const base = target.baseValue === undefined ? totals.get(baseYear) : decimal(target.baseValue)
    const baseSource = target.baseValue === undefined ? 'observation' : 'plan'
    const missing = [...(current ? [] : [String(year)]), ...(base ? [] : [String(baseYear)])]
    const coverage = {
      unit: 'years' as const,
      used: (current ? 1 : 0) + (base ? 1 : 0),
      expected: 2,
      excluded: missing.length
        ? [{ reason: 'noTotal', count: missing.length, items: missing }]
        : [],
    }
    const opts = { baseYear, baseSource }
    if (!current || !base || compare(base, ZERO) === 0) {
      const what =
        base && compare(base, ZERO) === 0
          ? {
              zh: `${baseYear}年排放总量为0，下降比例无定义`,
              en: `the ${baseYear} total is 0, so a decrease is undefined`,
            }
          : {
              zh: `缺少${missing.join('、')}年${name.zh}排放总量`,
              en: `${/\(([^)]+)\)$/.exec(name.en)?.[1] ?? name.en} totals for ${missing.join(', ')} are missing`,
            }
      return {
        result: insufficientResult({
          target,
          progress,
          coverage,
          options: opts,
          explanation: {
            zh: `数据不足：${what.zh}，无法判断是否达标。`,
            en: `Insufficient data: ${what.en}, so the target cannot be judged.`,
          },
        }),
        figure: null,
        best: null,
      }
    }
    const achieved = reductionOf(base, current)
    const required = target.value === null ? null : decimal(target.value)
    const meetsNow =
      required === null
        ? compare(current, base) < 0
        : satisfies('decrease', achieved, required, target.precision)
    const status = statusOf({ hasData: true, isOver: progress.isOver, meetsNow, reachable: true })
    const goal =
      required === null
        ? { zh: '低于基准年', en: 'below the base year' }
        : {
            zh: `下降${fixedText(required, digits)}%以上`,
            en: `at least ${fixedText(required, digits)} % below`,
          }
    return {
      result: buildResult({
        target,
        progress,
        status,
        actual: achieved,
        expected: required,
        coverage,
        options: opts,
        explanation: {
          zh: `${name.zh}：${year}年排放总量${show(current, 1)}吨，较${baseYear}年的${show(base, 1)}吨下降${fixedText(achieved, digits)}%（目标${goal.zh}）${provisional.zh}。`,
          en: `${name.en}: the ${year} total of ${show(current, 1)} t is ${fixedText(achieved, digits)} % below the ${baseYear} total of ${show(base, 1)} t (target ${goal.en})${provisional.en}.`,
        },
      }),
      figure: achieved,
      best: null,
    }
  }

  const decreaseAgainst = context.emissions.decreaseAgainst
  const assignment = ofKind(observations, 'emissionAssignment').find(
    (a) => a.pollutant === pollutant && a.year === year && inScope(a, scope),
  )
  const base = totals.get(baseYear)
  const referenceYear = decreaseAgainst === 'previousYear' ? year - 1 : baseYear
  const reference = totals.get(referenceYear)
  const opts = { decreaseAgainst, baseYear }
  const yearsUsed = [...totals.keys()].filter(
    (y) => y === year || y === baseYear || y === referenceYear,
  )
  const missing: string[] = []
  if (!current) missing.push(String(year))
  if (!reference) missing.push(String(referenceYear))
  if (assignment?.reductionPercent !== undefined && !base) missing.push(String(baseYear))
  const coverage = {
    unit: 'years' as const,
    used: yearsUsed.length,
    expected: new Set([year, baseYear, referenceYear]).size,
    excluded: missing.length ? [{ reason: 'noTotal', count: missing.length, items: missing }] : [],
  }
  if (
    !current ||
    !reference ||
    !assignment ||
    (assignment.reductionPercent !== undefined && !base)
  ) {
    // the pollutant as running text writes it: its formula (NOx), not the capitalised name
    const short = /\(([^)]+)\)$/.exec(name.en)?.[1] ?? name.en
    const what = !assignment
      ? {
          zh: `未提供${year}年自治区下达的${name.zh}减排目标`,
          en: `the ${year} ${short} reduction assigned by the region was not supplied`,
        }
      : {
          zh: `缺少${missing.join('、')}年${name.zh}排放总量`,
          en: `${short} totals for ${missing.join(', ')} are missing`,
        }
    return {
      result: insufficientResult({
        target,
        progress,
        coverage,
        options: opts,
        explanation: {
          zh: `数据不足：${what.zh}，无法判断是否达标。`,
          en: `Insufficient data: ${what.en}, so the target cannot be judged.`,
        },
      }),
      figure: null,
      best: null,
    }
  }
  const decreasing = compare(current, reference) < 0
  let achieved: Rational
  let required: Rational
  let unit: '%' | 't'
  let achievedText: { zh: string; en: string }
  if (assignment.reductionPercent !== undefined && base) {
    achieved = reductionOf(base, current)
    required = decimal(assignment.reductionPercent)
    unit = '%'
    achievedText = {
      zh: `较${baseYear}年下降${fixedText(achieved, digits)}%（下达目标${fixedText(required, digits)}%）`,
      en: `${fixedText(achieved, digits)} % below ${baseYear} (assigned ${fixedText(required, digits)} %)`,
    }
  } else {
    achieved = ofKind(observations, 'emissionProjectReduction')
      .filter((p) => p.pollutant === pollutant && p.year === year && inScope(p, scope))
      .reduce((sum, p) => add(sum, decimal(p.tonnes)), ZERO)
    required = decimal(assignment.projectTonnes ?? 0)
    unit = 't'
    achievedText = {
      zh: `重点工程减排量${fixedText(achieved, digits)}吨（下达目标${fixedText(required, digits)}吨）`,
      en: `key-project reductions of ${fixedText(achieved, digits)} t (assigned ${fixedText(required, digits)} t)`,
    }
  }
  // compared as published: the reduction rounded to the target's decimals (decision 6)
  const reached = satisfies('reachReduction', achieved, required, digits)
  const meetsNow = decreasing && reached
  const status = statusOf({ hasData: true, isOver: progress.isOver, meetsNow, reachable: true })
  const trend = {
    zh: `${year}年排放总量${show(current, 1)}吨，${decreasing ? '低于' : '不低于'}${referenceYear}年的${show(reference, 1)}吨`,
    en: `the ${year} total of ${show(current, 1)} t is ${decreasing ? 'below' : 'not below'} the ${referenceYear} total of ${show(reference, 1)} t`,
  }
  return {
    result: buildResult({
      target,
      progress,
      status,
      actual: achieved,
      expected: required,
      unit,
      coverage,
      options: { ...opts, assignment: unit === '%' ? 'percentOfBase' : 'projectTonnes' },
      explanation: {
        zh: `${name.zh}：${trend.zh}；${achievedText.zh}${provisional.zh}。`,
        en: `${name.en}: ${trend.en}; ${achievedText.en}${provisional.en}.`,
      },
    }),
    figure: achieved,
    best: null,
  }
}
