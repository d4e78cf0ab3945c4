import { floorText, displayText as show } from '../../_lib/decimal-text.js'
import { decimal, div, type Rational, rational } from '../../_lib/rational.js'
import type { LocalizedText } from '../../schemas/common.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Reachability } from '../../schemas/result.js'
import type { Target } from '../../schemas/target.js'
import { airOptionsOf, airSummaryFor, verdictFigures } from '../_air-summary.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { assessMeanLimit } from '../_mean-limit.js'
import { buildResult, periodFor, statusOf } from '../_result.js'

const ZERO = rational(0n)

/**
 * The PM2.5 mean of the valid daily means of the target's scope and period, published as an
 * integer µg/m³ and compared with an upper limit; the mean the remaining days must stay below.
 */
export function pm25MeanKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const options = context.air
  const progress = periodFor(target, context.asOf)
  const summary = airSummaryFor(target, observations, context.asOf, options)
  const figures = verdictFigures(summary)
  const stats = figures?.pollutants.pm25 ?? null
  const count = stats?.count ?? 0
  const sum = stats ? decimal(stats.sum) : ZERO
  const limit = decimal(target.value ?? 0)
  const a = assessMeanLimit({
    sum,
    count,
    remaining: progress.remainingDays,
    target: limit,
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
  const invalidYear = progress.isOver && options.requireAnnualValidity && validity?.met === false
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
  const requiredText = required === null ? null : floorText(required, 2)
  const reachability: Reachability | undefined =
    progress.isOver || required === null || requiredText === null
      ? undefined
      : {
          reachable: a.reachable,
          remaining: progress.remainingDays,
          remainingUnit: 'days',
          requirement: { kind: 'maxMeanOfRemaining', value: Number(requiredText), unit: 'µg/m³' },
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
            sum: s ? decimal(s.sum) : ZERO,
            count: s?.count ?? 0,
            remaining: progress.remainingDays,
            target: limit,
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
        zh: `${count}个有效日均值平均${show(mean, 2)}微克/立方米，修约后${show(mean, 0)}（目标不高于${target.value}）。`,
        en: `${count} valid daily means average ${show(mean, 2)} µg/m³, published as ${show(mean, 0)} (target at most ${target.value}).`,
      }
    : { zh: '无有效的PM2.5日均值。', en: 'No valid PM2.5 daily means.' }
  const validityNote: LocalizedText | null = invalidYear
    ? {
        zh: `有效日均值${validity?.days ?? 0}个${validity?.shortMonths.length ? `，${validity.shortMonths.join('、')}不足` : ''}，不满足GB 3095年均值数据有效性要求。`,
        en: `${validity?.days ?? 0} valid daily means${validity?.shortMonths.length ? `, too few in ${validity.shortMonths.join(', ')}` : ''}: GB 3095 annual validity is not met.`,
      }
    : null
  const result = buildResult({
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
  const days = count + progress.remainingDays
  const best: Rational | null = days > 0 ? div(sum, rational(BigInt(days))) : null
  return { result, figure: mean, best }
}
