import { AirInputError, type AirInputIssue } from './errors.js'
import { MAX_PLAUSIBLE_CO } from './schemas.js'

/**
 * Rejects CO values above the plausibility bound (µg/m³ given where mg/m³ is expected).
 * `items` are `[path, value]` pairs.
 */
export function checkCoPlausible(
  context: string,
  items: Iterable<readonly [readonly (string | number)[], number | null | undefined]>,
  bound: number = MAX_PLAUSIBLE_CO,
): void {
  const issues: AirInputIssue[] = []
  for (const [path, value] of items) {
    if (value !== null && value !== undefined && value > bound) {
      issues.push({
        path,
        message: `CO ${value} mg/m³ is implausible (more than ${bound} mg/m³); CO is given in mg/m³ — was it µg/m³? (${value} µg/m³ = ${value / 1000} mg/m³)`,
      })
    }
  }
  if (issues.length > 0) throw new AirInputError(context, issues)
}
