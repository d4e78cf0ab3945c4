import type { LocalizedText } from '../schemas/common.js'
import type { Observation } from '../schemas/observation.js'
import type { Coverage, TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import type { AirPeriodFigures, AirPeriodSummary } from '../standards/air/index.js'
import {
  type AirTargetOptions,
  airOptionsOf,
  airSummaryFor,
  verdictFigures,
} from './_air-summary.js'
import type { EvaluateTargetOptions } from './_context.js'
import { evaluateCountTarget } from './_count-target.js'
import { periodFor } from './_result.js'

/**
 * Options of {@link evaluateGoodDaysRatio} and {@link evaluateHeavyPollutionDaysRatio}.
 *
 * @category Air
 */
export interface EvaluateAirDaysOptions extends EvaluateTargetOptions, AirTargetOptions {}

type Kind = 'good' | 'heavy'

const WORDS: Record<Kind, { counted: LocalizedText; metric: string }> = {
  good: { counted: { zh: '优良天', en: 'good days' }, metric: 'goodDaysRatio' },
  heavy: {
    counted: { zh: '重污染天', en: 'heavy-pollution days' },
    metric: 'heavyPollutionDaysRatio',
  },
}

function coverageOf(figures: AirPeriodFigures | null, days: number): Coverage {
  return {
    unit: 'days',
    used: figures?.validDays ?? 0,
    expected: days,
    excluded: figures ? [...figures.excluded] : [],
  }
}

/**
 * The GB 3095 表4 annual data rule (≥ 324 days, ≥ 27 in each month, ≥ 25 in February), applied to
 * the days with a valid AQI (before any dust deduction: deduction is not missing data).
 */
function annualShortfall(summary: AirPeriodSummary): LocalizedText | null {
  const perMonth = new Map<string, number>()
  for (const d of summary.days)
    if (d.valid) perMonth.set(d.date.slice(5, 7), (perMonth.get(d.date.slice(5, 7)) ?? 0) + 1)
  const valid = [...perMonth.values()].reduce((a, b) => a + b, 0)
  const short = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
    (m) => (perMonth.get(m) ?? 0) < (m === '02' ? 25 : 27),
  )
  if (valid >= 324 && short.length === 0) return null
  return {
    zh: `有效天数${valid}天${short.length ? `，${short.map(Number).join('、')}月有效天数不足` : ''}，不满足全年至少324天、每月至少27天（2月25天）的要求。`,
    en: `${valid} valid days${short.length ? `, too few in month ${short.map(Number).join(', ')}` : ''}: a year needs at least 324, and 27 in each month (25 in February).`,
  }
}

function evaluateAirDays(
  kind: Kind,
  target: Target,
  observations: readonly Observation[],
  options: EvaluateAirDaysOptions,
): TargetResult {
  if (target.metric !== WORDS[kind].metric) {
    throw new TypeError(`expected a ${WORDS[kind].metric} target, got ${target.metric}`)
  }
  const progress = periodFor(target, options.asOf)
  const summary = airSummaryFor(target, observations, options.asOf, options)
  const figures = verdictFigures(summary)
  const count = (f: AirPeriodFigures) => (kind === 'good' ? f.goodDays : f.heavyDays)
  const words = {
    item: { zh: '个有效天', en: 'valid days' },
    counted: WORDS[kind].counted,
    remaining: { zh: '剩余天', en: 'remaining days' },
  }
  const common = {
    target,
    progress,
    remaining: progress.remainingDays,
    itemsFinal: true,
    words,
    zeroTolerance: kind === 'heavy',
  }
  const variantOf = (label: 'raw' | 'dustDeducted', f: AirPeriodFigures) => {
    const r = evaluateCountTarget({
      ...common,
      counted: count(f),
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
      ? [variantOf('raw', summary.raw), variantOf('dustDeducted', summary.deducted)]
      : undefined
  const shortfall =
    summary && figures && progress.isOver && (options.requireAnnualValidity ?? true)
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
  const { result } = evaluateCountTarget({
    ...common,
    counted: figures ? count(figures) : 0,
    total: figures?.validDays ?? 0,
    coverage: coverageOf(figures, progress.elapsedDays),
    options: airOptionsOf(summary, options),
    variants,
    note: shortfall ?? basisNote,
  })
  return shortfall ? { ...result, status: 'insufficientData' } : result
}

/**
 * Evaluates the good-air-days ratio (优良天数比例): days with daily AQI ≤ 100 / valid days ×
 * 100 %, from daily city values (HJ 633-2012 daily AQI; a day is valid when its AQI can be
 * computed from every daily indicator, project decision 5). Dust-affected days (`dustDay`
 * observations) are deducted by default and both figures are returned (decision 7). At the end
 * of the year the GB 3095 annual validity (324 days) is required before a verdict.
 *
 * Within the year the reachability gives the non-good days the rest of the year can absorb,
 * with every remaining day counted as valid; `unreachable` once even all-good remaining days
 * fall short.
 *
 * @param target - a `goodDaysRatio` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 * @param options - `asOf` and the air options
 * @returns the verdict
 * @category Air
 * @see HJ 633-2012 表2; GB 3095-2012 表4; 环办监测〔2016〕120号
 * @example
 * ```ts
 * import { evaluateGoodDaysRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.good-days-ratio')!
 * const day = (date: string, pm25: number) => ({ kind: 'airDaily' as const, scope: 'central-city',
 *   date, so2: 10, no2: 20, co: 0.5, pm10: 40, pm25, o3_1h: 80, o3_8h: 70 })
 * // 9 good days (PM2.5 30) and 1 lightly polluted day (PM2.5 90) up to 10 January
 * const days = Array.from({ length: 10 }, (_, i) => day(`2022-01-${String(i + 1).padStart(2, '0')}`, i === 4 ? 90 : 30))
 * const r = evaluateGoodDaysRatio(t, days, { asOf: '2022-01-10' })
 * r.status                            //=> 'atRisk'  (90 % so far, below 91.6 %)
 * r.actual?.published                 //=> 90
 * r.reachability?.requirement.value   //=> 29  (365 days need 335 good: 30 non-good, 1 used)
 * ```
 */
export function evaluateGoodDaysRatio(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateAirDaysOptions,
): TargetResult {
  return evaluateAirDays('good', target, observations, options)
}

/**
 * Evaluates the heavy-pollution days ratio (重污染天数比率): days with daily AQI > 200 / valid
 * days × 100 %. Against a 0 % target the first heavy day decides `notMet`, since even one day in
 * a year publishes as at least 0.3 %.
 *
 * @param target - a `heavyPollutionDaysRatio` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 * @param options - `asOf` and the air options
 * @returns the verdict
 * @category Air
 * @see HJ 633-2012 表2 (重度污染 201–300, 严重污染 > 300)
 * @example
 * ```ts
 * import { evaluateHeavyPollutionDaysRatio } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.heavy-pollution-days-ratio')!
 * const r = evaluateHeavyPollutionDaysRatio(t, [{ kind: 'airDaily', scope: 'central-city', date: '2022-01-05',
 *   so2: 10, no2: 40, co: 1.5, pm10: 260, pm25: 180, o3_1h: 40, o3_8h: 30 }], { asOf: '2022-01-31' })
 * r.status //=> 'notMet'  (PM2.5 180 → IAQI 230 > 200)
 * ```
 */
export function evaluateHeavyPollutionDaysRatio(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateAirDaysOptions,
): TargetResult {
  return evaluateAirDays('heavy', target, observations, options)
}
