import { displayText as show } from '../../_lib/decimal-text.js'
import { add, compare, decimal, div, mul, rational, sub } from '../../_lib/rational.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import { lowerEdge } from '../_bounds.js'
import { satisfies } from '../_compare.js'
import { inScope, ofKind } from '../_context.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { buildResult, insufficientResult, periodFor, statusOf } from '../_result.js'

const AREA = { mu: { zh: '亩', en: 'mu' }, ha: { zh: '公顷', en: 'ha' } } as const

/** The safe-use rate of contaminated farmland, A = (B + C + D) / E, from the year's record. */
export function farmlandKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const progress = periodFor(target, context.asOf)
  const year = Number(target.period.start.slice(0, 4))
  const records = ofKind(observations, 'farmlandSafeUse').filter(
    (f) => f.year === year && inScope(f, target.scope.id),
  )
  const record = records.at(-1)
  const coverage = {
    unit: 'records' as const,
    used: record ? 1 : 0,
    expected: 1,
    excluded:
      records.length > 1
        ? [
            {
              reason: 'superseded',
              count: records.length - 1,
              items: records.slice(0, -1).map((_, i) => `#${i + 1}`),
            },
          ]
        : [],
  }
  if (!record || record.totalContaminated === 0) {
    return {
      result: insufficientResult({
        target,
        progress,
        coverage,
        explanation: record
          ? {
              zh: '受污染耕地总面积为0，安全利用率无定义。',
              en: 'The contaminated farmland area is 0, so the rate is undefined.',
            }
          : {
              zh: `未提供${year}年受污染耕地面积数据。`,
              en: `No contaminated-farmland areas for ${year} were supplied.`,
            },
      }),
      figure: null,
      best: null,
    }
  }
  const unit = AREA[record.areaUnit]
  const safe = add(
    add(decimal(record.lightProtected), decimal(record.safeUseAchieved)),
    decimal(record.strictControlled),
  )
  const total = decimal(record.totalContaminated)
  const rate = mul(div(safe, total), rational(100n))
  const targetValue = decimal(target.value ?? 0)
  const meetsNow = satisfies('atLeast', rate, targetValue, target.precision)
  const edge = lowerEdge(targetValue, target.precision)
  const neededArea = sub(mul(div(edge.value, rational(100n)), total), safe)
  const more = compare(neededArea, rational(0n)) > 0 ? neededArea : rational(0n)
  const status = statusOf({ hasData: true, isOver: progress.isOver, meetsNow, reachable: true })
  const base = {
    zh: `(B+C+D)/E = (${record.lightProtected}+${record.safeUseAchieved}+${record.strictControlled})/${record.totalContaminated} = ${show(rate, 2)}%`,
    en: `(B+C+D)/E = (${record.lightProtected}+${record.safeUseAchieved}+${record.strictControlled})/${record.totalContaminated} = ${show(rate, 2)} %`,
  }
  const result = buildResult({
    target,
    progress,
    status,
    actual: rate,
    expected: null,
    coverage,
    reachability: progress.isOver
      ? undefined
      : {
          reachable: true,
          remaining: progress.remainingDays,
          remainingUnit: 'days',
          requirement: {
            kind: 'minMorePassing',
            value: Number(show(more, 1)),
            unit: record.areaUnit,
          },
          explanation: meetsNow
            ? {
                zh: `当前已达到${target.value}%，需保持至年底。`,
                en: `The rate already reaches ${target.value} %; it must hold to the end of the year.`,
              }
            : {
                zh: `还需将约${show(more, 1)}${unit.zh}受污染耕地纳入安全利用或严格管控，方可达到${target.value}%。`,
                en: `About ${show(more, 1)} ${unit.en} more contaminated farmland must come under safe use or strict control to reach ${target.value} %.`,
              },
        },
    options: { areaUnit: record.areaUnit },
    explanation: {
      zh: `${base.zh}，目标${target.value}%以上。`,
      en: `${base.en}; the target is ${target.value} % or more.`,
    },
  })
  return { result, figure: rate, best: null }
}
