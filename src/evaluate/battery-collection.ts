import { decimal, div, mul, rational } from '../_lib/rational.js'
import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { show } from './_actual.js'
import { type EvaluateTargetOptions, ofKind } from './_context.js'
import { buildResult, insufficientResult, periodFor, statusOf } from './_result.js'
import { satisfies } from './compare.js'

/**
 * Evaluates the standardised collection rate of waste lead-acid batteries: tonnes collected by
 * licensed collectors / tonnes generated × 100 % (the municipal definition was not found; the
 * docs say so). The record of the target's year is used.
 *
 * @param target - a `batteryCollectionRate` target (the plan states it as a task objective;
 *   {@link objectiveTarget} turns it into a target)
 * @param observations - observations; `batteryCollection` records are read
 * @param options - `asOf`
 * @returns the verdict
 * @category Soil
 * @see 废铅蓄电池污染防治行动方案（环办固体〔2019〕3号）
 * @example
 * ```ts
 * import { evaluateBatteryCollectionRate, objectiveTarget } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks.find((t) => t.objective?.kind === 'rate')!
 * const r = evaluateBatteryCollectionRate(objectiveTarget(plan2022, task)!, [
 *   { kind: 'batteryCollection', year: 2022, collectedTonnes: 2100, generatedTonnes: 4000 },
 * ], { asOf: '2022-12-31' })
 * r.actual?.published //=> 52.5
 * r.status            //=> 'met'
 * ```
 */
export function evaluateBatteryCollectionRate(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateTargetOptions,
): TargetResult {
  const progress = periodFor(target, options.asOf)
  const year = Number(target.period.start.slice(0, 4))
  const record = ofKind(observations, 'batteryCollection')
    .filter((b) => b.year === year)
    .at(-1)
  const coverage = { unit: 'records' as const, used: record ? 1 : 0, expected: 1, excluded: [] }
  if (!record) {
    return insufficientResult({
      target,
      progress,
      coverage,
      explanation: {
        zh: `未提供${year}年废铅蓄电池收集量与产生量。`,
        en: `No waste lead-acid battery figures for ${year} were supplied.`,
      },
    })
  }
  const rate = mul(
    div(decimal(record.collectedTonnes), decimal(record.generatedTonnes)),
    rational(100n),
  )
  const meetsNow = satisfies('atLeast', rate, decimal(target.value ?? 0), target.precision)
  return buildResult({
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
}
