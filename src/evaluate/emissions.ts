import { add, compare, decimal, div, mul, type Rational, rational, sub } from '../_lib/rational.js'
import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { EMISSION_POLLUTANTS } from '../schemas/vocabulary.js'
import { show } from './_actual.js'
import { type EvaluateTargetOptions, ofKind } from './_context.js'
import { buildResult, insufficientResult, periodFor, statusOf } from './_result.js'

/** Options of {@link evaluateEmissionTotal}. @category Emissions */
export interface EvaluateEmissionTotalOptions extends EvaluateTargetOptions {
  /**
   * What "持续减少" (keep falling) is measured against: the previous year's total (default) or the
   * target's base year.
   */
  readonly decreaseAgainst?: 'previousYear' | 'baseYear'
}

const ZERO = rational(0n)

/**
 * Evaluates an emission-total target (NOx, VOCs, COD, NH3-N): the year's total must fall
 * (持续减少) and reach the reduction the region assigned (达到自治区下达减排目标), given either as a
 * percentage below the base-year total, (E_base − E_year) / E_base × 100 ≥ assigned %, or as
 * tonnes of key-project reductions, Σ project tonnes ≥ assigned tonnes.
 *
 * Annual totals are compiled after the year ends; before then a total for the year is treated as
 * provisional (`onTrack` / `atRisk`). Without the year's total or the assignment the status is
 * `insufficientData`, never a pass.
 *
 * @param target - an `emissionTotal` target
 * @param observations - observations; `emissionTotal`, `emissionAssignment` and
 *   `emissionProjectReduction` records of the target's pollutant are read
 * @param options - `asOf` and what the decrease is measured against
 * @returns the verdict with the reduction achieved as the actual value
 * @category Emissions
 * @see 国发〔2021〕33号 "十四五"节能减排综合工作方案
 * @example
 * ```ts
 * import { evaluateEmissionTotal } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const nox = TARGETS_2022.find((t) => t.id === 'emissions.nox')!
 * const r = evaluateEmissionTotal(nox, [
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2020, tonnes: 50000 },
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2021, tonnes: 49000 },
 *   { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: 48000 },
 *   { kind: 'emissionAssignment', pollutant: 'NOx', year: 2022, baseYear: 2020, reductionPercent: 3 },
 * ], { asOf: '2023-03-31' })
 * r.status          //=> 'met'
 * r.actual?.value   //=> 4   (% below 2020)
 * r.margin          //=> 1
 * ```
 */
export function evaluateEmissionTotal(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateEmissionTotalOptions,
): TargetResult {
  const pollutant = target.pollutant
  if (target.metric !== 'emissionTotal' || !pollutant) {
    throw new TypeError(`evaluateEmissionTotal needs an emissionTotal target, got ${target.metric}`)
  }
  const name = EMISSION_POLLUTANTS[pollutant]
  const progress = periodFor(target, options.asOf)
  const year = Number(target.period.start.slice(0, 4))
  const baseYear = target.baseYear ?? year - 1
  const decreaseAgainst = options.decreaseAgainst ?? 'previousYear'
  const totals = new Map<number, Rational>()
  for (const o of ofKind(observations, 'emissionTotal')) {
    if (o.pollutant === pollutant) totals.set(o.year, decimal(o.tonnes))
  }
  const assignment = ofKind(observations, 'emissionAssignment').find(
    (a) => a.pollutant === pollutant && a.year === year,
  )
  const current = totals.get(year)
  const base = totals.get(baseYear)
  const reference = totals.get(decreaseAgainst === 'previousYear' ? year - 1 : baseYear)
  const referenceYear = decreaseAgainst === 'previousYear' ? year - 1 : baseYear
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
    const what = !assignment
      ? {
          zh: `未提供${year}年自治区下达的${name.zh}减排目标`,
          en: `the ${year} ${name.en} reduction assigned by the region was not supplied`,
        }
      : {
          zh: `缺少${missing.join('、')}年${name.zh}排放总量`,
          en: `${name.en} totals for ${missing.join(', ')} are missing`,
        }
    return insufficientResult({
      target,
      progress,
      coverage,
      options: opts,
      explanation: {
        zh: `数据不足：${what.zh}，无法判断是否达标。`,
        en: `Insufficient data: ${what.en}, so the target cannot be judged.`,
      },
    })
  }
  const decreasing = compare(current, reference) < 0
  let achieved: Rational
  let required: Rational
  let unit: '%' | 't'
  let achievedText: { zh: string; en: string }
  if (assignment.reductionPercent !== undefined && base) {
    achieved = compare(base, ZERO) === 0 ? ZERO : mul(div(sub(base, current), base), rational(100n))
    required = decimal(assignment.reductionPercent)
    unit = '%'
    achievedText = {
      zh: `较${baseYear}年下降${show(achieved, 2)}%（下达目标${show(required, 2)}%）`,
      en: `${show(achieved, 2)} % below ${baseYear} (assigned ${show(required, 2)} %)`,
    }
  } else {
    achieved = ofKind(observations, 'emissionProjectReduction')
      .filter((p) => p.pollutant === pollutant && p.year === year)
      .reduce((sum, p) => add(sum, decimal(p.tonnes)), ZERO)
    required = decimal(assignment.projectTonnes ?? 0)
    unit = 't'
    achievedText = {
      zh: `重点工程减排量${show(achieved, 1)}吨（下达目标${show(required, 1)}吨）`,
      en: `key-project reductions of ${show(achieved, 1)} t (assigned ${show(required, 1)} t)`,
    }
  }
  const reached = compare(achieved, required) >= 0
  const meetsNow = decreasing && reached
  const status = statusOf({ hasData: true, isOver: progress.isOver, meetsNow, reachable: true })
  const trend = {
    zh: `${year}年排放总量${show(current, 1)}吨，${decreasing ? '低于' : '不低于'}${referenceYear}年的${show(reference, 1)}吨`,
    en: `the ${year} total of ${show(current, 1)} t is ${decreasing ? 'below' : 'not below'} the ${referenceYear} total of ${show(reference, 1)} t`,
  }
  const provisional = progress.isOver
    ? { zh: '', en: '' }
    : {
        zh: '（年度总量尚未最终核定）',
        en: ' (the annual total is provisional until the year ends)',
      }
  return buildResult({
    target,
    progress,
    status,
    actual: achieved,
    expected: required,
    unit,
    precision: 2,
    coverage,
    options: { ...opts, assignment: unit === '%' ? 'percentOfBase' : 'projectTonnes' },
    explanation: {
      zh: `${name.zh}：${trend.zh}；${achievedText.zh}${provisional.zh}。`,
      en: `${name.en}: ${trend.en}; ${achievedText.en}${provisional.en}.`,
    },
  })
}
