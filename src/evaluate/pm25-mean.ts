import { decimal, rational, toFixed } from '../_lib/rational.js'
import type { LocalizedText } from '../schemas/common.js'
import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { show } from './_actual.js'
import {
  type AirTargetOptions,
  airOptionsOf,
  airSummaryFor,
  verdictFigures,
} from './_air-summary.js'
import type { EvaluateTargetOptions } from './_context.js'
import { buildResult, periodFor, statusOf } from './_result.js'
import { assessMeanLimit } from './mean-limit.js'

/** Options of {@link evaluatePm25Mean}. @category Air */
export interface EvaluatePm25MeanOptions extends EvaluateTargetOptions, AirTargetOptions {}

/**
 * Evaluates the PM2.5 annual mean (细颗粒物年均浓度): the arithmetic mean of the valid daily means
 * of the period (GB 3095-2012 §3), published as an integer µg/m³ by GB/T 8170 and compared with
 * the limit. PM2.5 values of dust-affected days leave the mean by default (decision 7; the raw
 * mean is returned too). At the end of the year the GB 3095 表4 annual validity (≥ 324 daily
 * values, ≥ 27 a month, 25 in February) is required before a verdict.
 *
 * Within the year the reachability gives the mean the remaining days must stay below:
 * (S + X·R) / (n + R) must publish within the limit, so X < (E·(n + R) − S) / R with E the
 * rounding edge (23.5 for 23).
 *
 * @param target - a `pm25Mean` target
 * @param observations - observations; `airDaily` and `dustDay` records of the target's scope
 * @param options - `asOf` and the air options
 * @returns the verdict
 * @category Air
 * @see GB 3095-2012 表1, 表4; HJ 663-2013; GB/T 8170-2008
 * @example
 * ```ts
 * import { evaluatePm25Mean } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'air.pm25-annual-mean')!
 * const days = ['2022-01-01', '2022-01-02'].map((date, i) => ({ kind: 'airDaily' as const, scope: 'central-city',
 *   date, so2: 10, no2: 20, co: 0.5, pm10: 40, pm25: i === 0 ? 30 : 20, o3_1h: 80, o3_8h: 70 }))
 * const r = evaluatePm25Mean(t, days, { asOf: '2022-01-02' })
 * r.actual?.published //=> 25
 * r.status            //=> 'atRisk'
 * // the other 363 days must average below (23.5 × 365 − 50) / 363 = 23.49…
 * r.reachability?.requirement.value //=> 23.49
 * ```
 */
export function evaluatePm25Mean(
  target: Target,
  observations: readonly Observation[],
  options: EvaluatePm25MeanOptions,
): TargetResult {
  if (target.metric !== 'pm25Mean')
    throw new TypeError(`evaluatePm25Mean needs a pm25Mean target, got ${target.metric}`)
  const progress = periodFor(target, options.asOf)
  const summary = airSummaryFor(target, observations, options.asOf, options)
  const figures = verdictFigures(summary)
  const stats = figures?.pollutants.pm25 ?? null
  const count = stats?.count ?? 0
  const a = assessMeanLimit({
    sum: stats ? decimal(stats.sum) : rational(0n),
    count,
    remaining: progress.remainingDays,
    target: decimal(target.value ?? 0),
    precision: target.precision,
  })
  const noData = new Set(figures?.excluded.find((e) => e.reason === 'noData')?.items ?? [])
  const dust = summary?.deducted ? summary.days.filter((d) => d.dust).map((d) => d.date) : []
  const missing = summary
    ? summary.days.filter((d) => d.missing.includes('pm25')).map((d) => d.date)
    : []
  const excluded = [
    ...(noData.size ? [{ reason: 'noData', count: noData.size, items: [...noData] }] : []),
    ...(missing.length
      ? [{ reason: 'missingIndicator', count: missing.length, items: missing }]
      : []),
    ...(summary?.verdictBasis === 'deducted' && dust.length
      ? [{ reason: 'dustDay', count: dust.length, items: dust }]
      : []),
  ]
  const validity = stats?.validity
  const invalidYear =
    progress.isOver && (options.requireAnnualValidity ?? true) && validity?.met === false
  const status = invalidYear
    ? 'insufficientData'
    : statusOf({
        hasData: count > 0,
        isOver: progress.isOver,
        meetsNow: a.meetsNow,
        reachable: a.reachable,
      })
  const required = a.requiredOfRemaining
  // Floored to 2 decimals: the figure shown never allows more than the exact bound.
  const shown = required === null ? null : Math.floor(Number(toFixed(required, 6)) * 100) / 100
  const requiredText = shown === null ? null : shown.toFixed(2)
  const reachability =
    progress.isOver || required === null
      ? undefined
      : {
          reachable: a.reachable,
          remaining: progress.remainingDays,
          remainingUnit: 'days' as const,
          requirement: {
            kind: 'maxMeanOfRemaining' as const,
            value: shown ?? 0,
            unit: 'µg/m³',
          },
          explanation: a.reachable
            ? {
                zh: `剩余${progress.remainingDays}天的PM2.5日均值平均需${a.inclusive ? '不高于' : '低于'}${requiredText}微克/立方米，年均值方可达到${target.value}微克/立方米。`,
                en: `The remaining ${progress.remainingDays} days must average ${a.inclusive ? 'at most' : 'below'} ${requiredText} µg/m³ for the annual mean to publish at ${target.value} µg/m³ or less.`,
              }
            : {
                zh: `即使剩余${progress.remainingDays}天浓度为0，年均值也无法达到${target.value}微克/立方米。`,
                en: `Even a mean of 0 over the remaining ${progress.remainingDays} days cannot bring the annual mean to ${target.value} µg/m³.`,
              },
        }
  const variants =
    summary?.deducted && figures
      ? (['raw', 'dustDeducted'] as const).map((label) => {
          const f = label === 'raw' ? summary.raw : summary.deducted
          const s = f?.pollutants.pm25
          const v = assessMeanLimit({
            sum: s ? decimal(s.sum) : rational(0n),
            count: s?.count ?? 0,
            remaining: progress.remainingDays,
            target: decimal(target.value ?? 0),
            precision: target.precision,
          })
          return {
            label,
            actual: s?.mean ?? null,
            status: statusOf({
              hasData: (s?.count ?? 0) > 0,
              isOver: progress.isOver,
              meetsNow: v.meetsNow,
              reachable: v.reachable,
            }),
            description:
              label === 'raw'
                ? { zh: '含沙尘天气影响的原始值', en: 'Raw mean, dust-affected days included' }
                : { zh: '扣除沙尘天气影响后的值', en: 'Mean with dust-affected days deducted' },
          }
        })
      : undefined
  const mean = a.mean
  const now: LocalizedText = mean
    ? {
        zh: `${count}个有效日均值平均${show(mean, 2)}微克/立方米，修约后${show(Number(toFixed(mean, 0)), 0)}（目标不高于${target.value}）。`,
        en: `${count} valid daily means average ${show(mean, 2)} µg/m³, published as ${toFixed(mean, 0)} (target at most ${target.value}).`,
      }
    : { zh: '无有效的PM2.5日均值。', en: 'No valid PM2.5 daily means.' }
  const validityNote: LocalizedText | null = invalidYear
    ? {
        zh: `有效日均值${validity?.days ?? 0}个${validity?.shortMonths.length ? `，${validity.shortMonths.join('、')}不足` : ''}，不满足GB 3095年均值数据有效性要求。`,
        en: `${validity?.days ?? 0} valid daily means${validity?.shortMonths.length ? `, too few in ${validity.shortMonths.join(', ')}` : ''}: GB 3095 annual validity is not met.`,
      }
    : null
  return buildResult({
    target,
    progress,
    status,
    actual: mean,
    expected: null,
    coverage: { unit: 'days', used: count, expected: progress.elapsedDays, excluded },
    reachability,
    variants,
    options: airOptionsOf(summary, options),
    explanation: {
      zh: [now.zh, validityNote?.zh, reachability?.explanation.zh].filter(Boolean).join(''),
      en: [now.en, validityNote?.en, reachability?.explanation.en].filter(Boolean).join(' '),
    },
  })
}
