import type { ObservationInput } from '../schemas/observation/index.js'
import type { TargetResult } from '../schemas/result.js'
import { type Target, TargetSchema } from '../schemas/target.js'
import { parseInput } from '../schemas/validate.js'
import { evaluateTarget } from './_forms/index.js'
import type { EvaluationContext, KernelSpec } from './_kernel.js'
import { checkObservations } from './_observations.js'

/**
 * What every public evaluator does after reading its options: a target of another metric is a
 * programming error (`TypeError`); a malformed target or observation is an input error.
 */
export function judgeWith(
  spec: KernelSpec,
  target: Target,
  observations: readonly ObservationInput[],
  context: EvaluationContext,
): TargetResult {
  const metric = (target as { metric?: unknown } | null)?.metric
  if (typeof metric === 'string' && !(spec.metrics as readonly string[]).includes(metric)) {
    throw new TypeError(`${spec.name} needs ${spec.targetKind} target, got ${metric}`)
  }
  const checked = parseInput(TargetSchema, target, 'target')
  return evaluateTarget(checked, checkObservations(observations), context, spec)
}
