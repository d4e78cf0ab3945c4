import type { Observation } from '../schemas/observation.js'

/** Options every target evaluator takes. @category Report */
export interface EvaluateTargetOptions {
  /** The date the evaluation is made as of (YYYY-MM-DD); how much of the period has passed. */
  readonly asOf: string
}

/** Observations of one kind. */
export type ObservationOf<K extends Observation['kind']> = Extract<Observation, { kind: K }>

/** Keeps the observations of one kind, in their order. */
export function ofKind<K extends Observation['kind']>(
  observations: readonly Observation[],
  kind: K,
): ObservationOf<K>[] {
  return observations.filter((o): o is ObservationOf<K> => o.kind === kind)
}
