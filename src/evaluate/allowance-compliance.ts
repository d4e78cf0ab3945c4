import { add, compare, decimal, mul, type Rational, rational } from '../_lib/rational.js'
import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { type EvaluateTargetOptions, ofKind } from './_context.js'
import { evaluateCountTarget } from './_count-target.js'
import { periodFor } from './_result.js'

/** Options of {@link evaluateAllowanceCompliance}. @category Emissions */
export interface EvaluateAllowanceComplianceOptions extends EvaluateTargetOptions {
  /** Emission year whose allowances are surrendered; default the year before the target's year. */
  readonly emissionYear?: number
  /** Units expected to report (13 in the 2022 plan); missing units count as not yet determined. */
  readonly expectedUnits?: number
  /** Share of the obligation that offsets (CCER) may cover; default 5 % (生态环境部令第19号 第二十九条). */
  readonly offsetCap?: number
}

const FIVE_PERCENT = rational(5n, 100n)

/** Whether one unit complied: on time, and allowances + offsets (capped) ≥ obligation. */
export function unitComplies(
  record: Extract<Observation, { kind: 'carbonAllowance' }>,
  offsetCap: Rational = FIVE_PERCENT,
): boolean | null {
  if (record.onTime === null || record.allowancesSurrendered === null) return null
  const obligation = decimal(record.obligation ?? record.verifiedEmissions)
  const cap = mul(obligation, offsetCap)
  const offsets = decimal(record.offsetsSurrendered)
  const credited = compare(offsets, cap) > 0 ? cap : offsets
  return (
    record.onTime && compare(add(decimal(record.allowancesSurrendered), credited), obligation) >= 0
  )
}

/**
 * Evaluates carbon-allowance surrender compliance (碳排放配额清缴履约) of the key emitting units: a
 * unit complies when it surrendered on time allowances plus offsets (capped at 5 % of its
 * obligation) at least equal to its obligation, which defaults to its verified emissions. The
 * ratio is compliant units / units × 100 %.
 *
 * @param target - an `allowanceComplianceRatio` target ({@link objectiveTarget} builds it from
 *   the plan's counted task)
 * @param observations - observations; `carbonAllowance` records of the emission year are read
 * @param options - `asOf`, the emission year, expected unit count and offset cap
 * @returns the verdict
 * @category Emissions
 * @see 碳排放权交易管理办法（试行）（生态环境部令第19号）
 * @example
 * ```ts
 * import { evaluateAllowanceCompliance, objectiveTarget } from 'eco-targets'
 * import { plan2022 } from 'eco-targets/plan-2022'
 * const task = plan2022.tasks.find((t) => t.objective?.kind === 'count' && t.objective.value === 13)!
 * const r = evaluateAllowanceCompliance(objectiveTarget(plan2022, task)!, [
 *   { kind: 'carbonAllowance', unit: 'plant-a', year: 2021, verifiedEmissions: 1000,
 *     allowancesSurrendered: 960, offsetsSurrendered: 60, onTime: true },
 * ], { asOf: '2022-12-31', expectedUnits: 1 })
 * r.status //=> 'met'  (960 + min(60, 50) = 1010 ≥ 1000)
 * ```
 */
export function evaluateAllowanceCompliance(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateAllowanceComplianceOptions,
): TargetResult {
  const year = Number(target.period.start.slice(0, 4))
  const emissionYear = options.emissionYear ?? year - 1
  const cap = options.offsetCap === undefined ? FIVE_PERCENT : decimal(options.offsetCap)
  const latest = new Map<string, Extract<Observation, { kind: 'carbonAllowance' }>>()
  for (const r of ofKind(observations, 'carbonAllowance'))
    if (r.year === emissionYear) latest.set(r.unit, r)
  const outcomes = [...latest].map(([id, r]) => [id, unitComplies(r, cap)] as const)
  const undetermined = outcomes.filter(([, c]) => c === null).map(([id]) => id)
  const failing = outcomes.filter(([, c]) => c === false).map(([id]) => id)
  const compliant = outcomes.filter(([, c]) => c === true).length
  const missingUnits = Math.max(0, (options.expectedUnits ?? outcomes.length) - outcomes.length)
  const excluded = [
    ...(undetermined.length
      ? [{ reason: 'undetermined', count: undetermined.length, items: undetermined }]
      : []),
    ...(missingUnits ? [{ reason: 'noRecord', count: missingUnits, items: [] }] : []),
  ]
  return evaluateCountTarget({
    target,
    progress: periodFor(target, options.asOf),
    counted: compliant,
    total: compliant + failing.length,
    remaining: undetermined.length + missingUnits,
    itemsFinal: true,
    coverage: {
      unit: 'units',
      used: compliant + failing.length,
      ...(options.expectedUnits === undefined ? {} : { expected: options.expectedUnits }),
      excluded,
    },
    options: {
      emissionYear,
      offsetCap: Number(cap.num) / Number(cap.den),
      expectedUnits: options.expectedUnits ?? null,
    },
    words: {
      item: { zh: '家重点排放单位', en: 'key emitting units' },
      counted: { zh: '按时足额清缴', en: 'compliant units' },
      remaining: { zh: '尚无结果的单位', en: 'units without a result' },
    },
    note: failing.length
      ? { zh: `未履约：${failing.join('、')}。`, en: `Not compliant: ${failing.join(', ')}.` }
      : undefined,
  }).result
}
