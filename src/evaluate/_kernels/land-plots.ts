import type { Observation } from '../../schemas/observation/index.js'
import type { Target } from '../../schemas/target.js'
import { inScope, ofKind } from '../_context.js'
import { evaluateCountTarget } from '../_count-target.js'
import type { EvaluationContext, KernelOutput } from '../_kernel.js'
import { periodFor } from '../_result.js'

/** The safe-use rate of contaminated land plots, counted by plot (the last record of a plot wins). */
export function landPlotsKernel(
  target: Target,
  observations: readonly Observation[],
  context: EvaluationContext,
): KernelOutput {
  const year = Number(target.period.start.slice(0, 4))
  const latest = new Map<string, boolean | null>()
  for (const p of ofKind(observations, 'landPlot'))
    if (p.year === year && inScope(p, target.scope.id)) latest.set(p.plot, p.safeUse)
  const plots = [...latest]
  const undetermined = plots.filter(([, s]) => s === null).map(([id]) => id)
  const safe = plots.filter(([, s]) => s === true).length
  const total = plots.length - undetermined.length
  const { result, assessment } = evaluateCountTarget({
    target,
    progress: periodFor(target, context.asOf),
    counted: safe,
    total,
    remaining: undetermined.length,
    itemsFinal: true,
    coverage: {
      unit: 'plots',
      used: total,
      excluded: undetermined.length
        ? [{ reason: 'undetermined', count: undetermined.length, items: undetermined }]
        : [],
    },
    options: { countBy: 'plot' },
    words: {
      item: { zh: '个地块', en: 'plots' },
      counted: { zh: '安全利用地块', en: 'safely used plots' },
      remaining: { zh: '待认定地块', en: 'plots not yet determined' },
    },
  })
  return { result, figure: assessment.ratio, best: null }
}
