import { displayText as show } from '../../_lib/decimal-text.js'
import { decimal, div, mul, rational } from '../../_lib/rational.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import { satisfies } from '../_compare.js'
import { inScope, ofKind } from '../_context.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { buildResult, insufficientResult, periodFor, statusOf } from '../_result.js'

/** Tonnes collected by licensed collectors / tonnes generated × 100 %, from the year's record. */
export function batteryKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const progress = periodFor(target, context.asOf)
  const year = Number(target.period.start.slice(0, 4))
  const record = ofKind(observations, 'batteryCollection')
    .filter((b) => b.year === year && inScope(b, target.scope.id))
    .at(-1)
  const coverage = { unit: 'records' as const, used: record ? 1 : 0, expected: 1, excluded: [] }
  if (!record) {
    return {
      result: insufficientResult({
        target,
        progress,
        coverage,
        explanation: {
          zh: `未提供${year}年废铅蓄电池收集量与产生量。`,
          en: `No waste lead-acid battery figures for ${year} were supplied.`,
        },
      }),
      figure: null,
      best: null,
    }
  }
  const rate = mul(
    div(decimal(record.collectedTonnes), decimal(record.generatedTonnes)),
    rational(100n),
  )
  const meetsNow = satisfies('atLeast', rate, decimal(target.value ?? 0), target.precision)
  const result = buildResult({
    target,
    progress,
    status: statusOf({ hasData: true, isOver: progress.isOver, meetsNow, reachable: true }),
    actual: rate,
    expected: null,
    coverage,
    options: {},
    explanation: {
      zh: `规范收集${record.collectedTonnes}吨 / 产生${record.generatedTonnes}吨 = ${show(rate, 2)}%（目标${target.value}%）。`,
      en: `${record.collectedTonnes} t collected / ${record.generatedTonnes} t generated = ${show(rate, 2)} % (target ${target.value} %).`,
    },
  })
  return { result, figure: rate, best: null }
}
