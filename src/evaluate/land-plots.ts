import type { Observation } from '../schemas/observation.js'
import type { TargetResult } from '../schemas/result.js'
import type { Target } from '../schemas/target.js'
import { type EvaluateTargetOptions, ofKind } from './_context.js'
import { evaluateCountTarget } from './_count-target.js'
import { periodFor } from './_result.js'

/**
 * Evaluates the safe-use rate of contaminated land plots: plots whose use met the soil
 * requirements of their planned use / plots assessed × 100 %, counted by plot, not area. Plots
 * whose outcome is not yet known (`safeUse: null`) are listed; at the end of the year the verdict
 * stands only if they could not change it, otherwise it is `insufficientData`.
 *
 * The national accounting method (环办土壤函〔2023〕7号) was not available; this count-based form
 * follows the 土十条 target wording and is documented as such.
 *
 * @param target - a `contaminatedLandSafeUseRatio` target
 * @param observations - observations; `landPlot` records of the target's year are read (the last
 *   record of a plot wins)
 * @param options - `asOf`
 * @returns the verdict
 * @category Soil
 * @see 土壤污染防治行动计划（国发〔2016〕31号）
 * @example
 * ```ts
 * import { evaluateContaminatedLandSafeUse } from 'eco-targets'
 * import { TARGETS_2022 } from 'eco-targets/plan-2022'
 * const t = TARGETS_2022.find((t) => t.id === 'soil.contaminated-land-safe-use')!
 * const plots = Array.from({ length: 10 }, (_, i) => ({
 *   kind: 'landPlot' as const, plot: `p${i}`, year: 2022, safeUse: i < 9,
 * }))
 * evaluateContaminatedLandSafeUse(t, plots, { asOf: '2022-12-31' }).status //=> 'met'  (9 of 10 = 90 %)
 * ```
 */
export function evaluateContaminatedLandSafeUse(
  target: Target,
  observations: readonly Observation[],
  options: EvaluateTargetOptions,
): TargetResult {
  const year = Number(target.period.start.slice(0, 4))
  const latest = new Map<string, boolean | null>()
  for (const p of ofKind(observations, 'landPlot'))
    if (p.year === year) latest.set(p.plot, p.safeUse)
  const plots = [...latest]
  const undetermined = plots.filter(([, s]) => s === null).map(([id]) => id)
  const safe = plots.filter(([, s]) => s === true).length
  const total = plots.length - undetermined.length
  return evaluateCountTarget({
    target,
    progress: periodFor(target, options.asOf),
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
  }).result
}
