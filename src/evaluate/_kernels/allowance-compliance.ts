import { add, compare, decimal, mul, type Rational, rational } from '../../_lib/rational.js'
import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import { inScope, type ObservationOf, ofKind } from '../_context.js'
import { evaluateCountTarget } from '../_count-target.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { periodFor } from '../_result.js'

/** Whether one unit complied: on time, and allowances + offsets (capped) ≥ obligation. */
export function unitComplies(
  record: ObservationOf<'carbonAllowance'>,
  offsetCap: Rational = rational(5n, 100n),
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

/** Compliant key emitting units / units × 100 %, for the emission year surrendered for. */
export function allowanceKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const year = Number(target.period.start.slice(0, 4))
  const { expectedUnits } = context.allowances
  const emissionYear = context.allowances.emissionYear ?? year - 1
  const cap = decimal(context.allowances.offsetCap)
  const latest = new Map<string, ObservationOf<'carbonAllowance'>>()
  for (const r of ofKind(observations, 'carbonAllowance'))
    if (r.year === emissionYear && inScope(r, target.scope.id)) latest.set(r.unit, r)
  const outcomes = [...latest].map(([id, r]) => [id, unitComplies(r, cap)] as const)
  const undetermined = outcomes.filter(([, c]) => c === null).map(([id]) => id)
  const failing = outcomes.filter(([, c]) => c === false).map(([id]) => id)
  const failingZh = failing.map((id) => latest.get(id)?.name ?? id)
  const compliant = outcomes.filter(([, c]) => c === true).length
  const missingUnits = Math.max(0, (expectedUnits ?? outcomes.length) - outcomes.length)
  const excluded = [
    ...(undetermined.length
      ? [{ reason: 'undetermined', count: undetermined.length, items: undetermined }]
      : []),
    ...(missingUnits ? [{ reason: 'noRecord', count: missingUnits, items: [] }] : []),
  ]
  const { result, assessment } = evaluateCountTarget({
    target,
    progress: periodFor(target, context.asOf),
    counted: compliant,
    total: compliant + failing.length,
    remaining: undetermined.length + missingUnits,
    itemsFinal: true,
    coverage: {
      unit: 'units',
      used: compliant + failing.length,
      ...(expectedUnits === null ? {} : { expected: expectedUnits }),
      excluded,
    },
    options: { emissionYear, offsetCap: context.allowances.offsetCap, expectedUnits },
    words: {
      item: { zh: '家重点排放单位', en: 'key emitting units' },
      counted: { zh: '按时足额清缴', en: 'compliant units' },
      remaining: { zh: '尚无结果的单位', en: 'units without a result' },
    },
    note: failing.length
      ? { zh: `未履约：${failingZh.join('、')}。`, en: `Not compliant: ${failing.join(', ')}.` }
      : undefined,
  })
  return { result, figure: assessment.ratio, best: null }
}
