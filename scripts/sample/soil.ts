import type { ObservationInput } from '../../src/index.js'
import { mulberry32 } from './prng.js'

type Of<K extends ObservationInput['kind']> = Extract<ObservationInput, { kind: K }>

/** How the 46 plots stand: surveyed or not, and safely used, not, or not yet determined. */
export const PLOT_DESIGN = { plots: 46, surveyed: 41, safe: 36, unsafe: 2 } as const

/**
 * Contaminated-farmland areas (B + C + D = 5,380 of E = 5,480 mu: 98.2 %) and the 46
 * priority-control and suspected plots: 41 surveyed, 36 safely used, 2 not, and 8 not yet
 * determined (the 5 unsurveyed among them).
 *
 * @param seed - the generator seed (which plots are unsafe or undetermined)
 * @returns the farmland record and the 46 plots
 */
export function generateSoil(seed: number): Of<'farmlandSafeUse' | 'landPlot'>[] {
  const random = mulberry32(seed)
  const surveyedIndexes = Array.from({ length: PLOT_DESIGN.surveyed }, (_, i) => i)
  // Of the surveyed plots, 2 are not safely used and 3 are still undetermined, picked at random.
  const shuffled = surveyedIndexes
    .map((i) => ({ i, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.i)
  const unsafe = new Set(shuffled.slice(0, PLOT_DESIGN.unsafe))
  const undetermined = new Set(
    shuffled.slice(PLOT_DESIGN.unsafe, PLOT_DESIGN.surveyed - PLOT_DESIGN.safe),
  )
  const plots = Array.from({ length: PLOT_DESIGN.plots }, (_, i): Of<'landPlot'> => {
    const n = String(i + 1).padStart(2, '0')
    const surveyDone = i < PLOT_DESIGN.surveyed
    return {
      kind: 'landPlot',
      plot: `plot-${n}`,
      name: i < 20 ? `优先管控地块${n}` : `疑似污染地块${n}`,
      year: 2022,
      safeUse: !surveyDone || undetermined.has(i) ? null : !unsafe.has(i),
      surveyDone,
    }
  })
  return [
    {
      kind: 'farmlandSafeUse',
      year: 2022,
      areaUnit: 'mu',
      lightProtected: 1850,
      safeUseAchieved: 3120,
      strictControlled: 410,
      totalContaminated: 5480,
    },
    ...plots,
  ]
}
