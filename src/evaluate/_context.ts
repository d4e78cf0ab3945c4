import type { Observation } from '../schemas/observation/index.js'

/** Observations of one kind. */
export type ObservationOf<K extends Observation['kind']> = Extract<Observation, { kind: K }>

/** Keeps the observations of one kind, in their order. */
export function ofKind<K extends Observation['kind']>(
  observations: readonly Observation[],
  kind: K,
): ObservationOf<K>[] {
  return observations.filter((o): o is ObservationOf<K> => o.kind === kind)
}

/**
 * Whether a yearly record counts for a target of a scope: a record without a scope counts for
 * every target, one with a scope only for the targets of that scope.
 */
export function inScope(record: { readonly scope?: string | undefined }, scope: string): boolean {
  return record.scope === undefined || record.scope === scope
}
