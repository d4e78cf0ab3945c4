import { type Observation, ObservationsSchema } from '../schemas/observation/index.js'
import { parseInput } from '../schemas/validate.js'
import { summarizeAirPeriod } from '../standards/air/index.js'
import { remapToObservations } from './_observation-errors.js'

// Lists that have been through every check, frozen so they cannot change afterwards: the
// evaluators take them as they are instead of checking them again.
const VALIDATED = new WeakSet<readonly Observation[]>()

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/**
 * Every check of observations, in one place for `validate` and `evaluate`: each record against
 * its schema (CO plausibility included), the checks across records (duplicates, contradictions),
 * and the air module's own checks of each scope's days, with every issue at
 * `['observations', index, field]` of the caller's list.
 */
export function checkObservations(observations: unknown): readonly Observation[] {
  if (Array.isArray(observations) && VALIDATED.has(observations)) return observations
  const parsed = parseInput(ObservationsSchema, observations, 'observations')
  const byScope = new Map<string, { days: Observation[]; at: number[] }>()
  parsed.forEach((o, i) => {
    if (o.kind !== 'airDaily') return
    const entry = byScope.get(o.scope) ?? { days: [], at: [] }
    entry.days.push(o)
    entry.at.push(i)
    byScope.set(o.scope, entry)
  })
  for (const { days, at } of byScope.values()) {
    try {
      summarizeAirPeriod(days as Extract<Observation, { kind: 'airDaily' }>[])
    } catch (error) {
      throw remapToObservations(error, at)
    }
  }
  const frozen = deepFreeze(parsed) as readonly Observation[]
  VALIDATED.add(frozen)
  return frozen
}
