import type { Observation } from '../schemas/observation/index.js'
import { checkObservations } from './_observations.js'

/**
 * Checks observations of any kind and returns them parsed (defaults filled in, deeply frozen):
 * the one set of checks that the `validate` command and {@link evaluatePlan} share, so that what
 * passes here is what the evaluators accept. Each record is checked against its schema
 * ({@link ObservationSchema}: values, dates, CO that can only be µg/m³), the list across
 * records ({@link ObservationsSchema}: a day given twice for a scope, a yearly figure given twice,
 * one drinking-water source given as surface and as groundwater or at two levels, one section
 * with two water bodies), and each scope's daily air values by the air module's own rules.
 *
 * This is the entry for data of unknown shape (parsed JSON, rows of a file): the result can be
 * passed to {@link evaluatePlan} and to every evaluator, which then do not check it again.
 *
 * @param observations - anything; an array of observations is expected
 * @returns the observations, parsed and frozen, in the same order
 * @throws {@link InputError} naming every problem at `observations[i].field` (codes
 *   `implausible`, `duplicate` and `conflict` among others); the input is never changed
 * @category Report
 * @example
 * ```ts
 * import { formatIssuePath, InputError, validateObservations } from 'eco-targets'
 * const day = { kind: 'airDaily', date: '2022-01-01', so2: 10, no2: 20, co: 0.5,
 *   pm10: 40, pm25: 30, o3_1h: 80, o3_8h: 70 }
 * validateObservations([day])[0].scope //=> 'central-city'
 * try {
 *   validateObservations([day, { ...day, date: '2022-01-02', co: 800 }])
 * } catch (e) {
 *   const issue = (e as InputError).issues[0]
 *   formatIssuePath(issue.path) //=> 'observations[1].co'
 *   issue.code                  //=> 'implausible'
 * }
 * ```
 */
export function validateObservations(observations: unknown): readonly Observation[] {
  return checkObservations(observations)
}
