import type { Observation } from '../../schemas/observation/index.js'
import type { TargetResult } from '../../schemas/result.js'
import type { Target } from '../../schemas/target.js'
import type { EvaluationContext, KernelOutput, KernelSpec } from '../_kernel.js'
import { evaluateDecrease } from './decrease.js'
import { evaluateRegion } from './region.js'
import { applySchedule, scheduleOf } from './schedule.js'

/**
 * Judges a target in any of its forms with the metric's kernel: a period over several years is
 * judged on the year evaluated against its milestone (时序进度), a decrease relative to a base
 * year becomes a limit on the published level, and a region's figure is the mean of its
 * members'. The steps nest in that order, so a region's decrease by 2025 works as well.
 */
export function evaluateTarget(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
  spec: KernelSpec,
): TargetResult {
  const step = scheduleOf(target, observations, context)
  const yearTarget = step ? step.target : target
  const scoped = (t: Target): KernelOutput =>
    t.scope.members
      ? evaluateRegion(t, observations, context, spec.kernel)
      : spec.kernel(t, observations, context)
  const out =
    yearTarget.comparator === 'decrease' && spec.decreaseOfLevel
      ? evaluateDecrease(yearTarget, observations, context, scoped)
      : scoped(yearTarget)
  return step ? applySchedule(out.result, step, target) : out.result
}
