import type { ObservationInput } from '../../src/index.js'
import { between, mulberry32, round } from './prng.js'

type Of<K extends ObservationInput['kind']> = Extract<ObservationInput, { kind: K }>

/**
 * Emission totals (t) for 2020–2022, falling every year, with the reductions assigned by the
 * region: NOx and VOCs as a percentage of 2020 (NOx reaches its 4.0 %: 5.4 %; VOCs misses its
 * 4.5 %: 4.1 %), COD and NH3-N as tonnes of key-project reductions (686.4 t ≥ 650 t and
 * 47.5 t ≥ 46 t).
 *
 * @returns the 12 totals, 4 assignments and 6 project reductions
 */
export function generateEmissions(): Of<
  'emissionTotal' | 'emissionAssignment' | 'emissionProjectReduction'
>[] {
  const totals = {
    NOx: [62480.0, 60915.3, 59102.6],
    VOCs: [21530.0, 21190.4, 20640.8],
    COD: [31260.5, 30842.1, 30377.9],
    NH3N: [1418.6, 1396.2, 1371.5],
  } as const
  const authority = '自治区生态环境厅'
  const projects: [pollutant: 'COD' | 'NH3N', project: string, tonnes: number][] = [
    ['COD', 'central-wwtp-upgrade', 312.4],
    ['COD', 'county-wwtp-expansion', 205.7],
    ['COD', 'industrial-park-water-reuse', 168.3],
    ['NH3N', 'central-wwtp-upgrade', 24.8],
    ['NH3N', 'county-wwtp-expansion', 14.1],
    ['NH3N', 'rural-sewage-45-villages', 8.6],
  ]
  return [
    ...Object.entries(totals).flatMap(([pollutant, tonnes]) =>
      tonnes.map(
        (t, i): Of<'emissionTotal'> => ({
          kind: 'emissionTotal',
          pollutant: pollutant as keyof typeof totals,
          year: 2020 + i,
          tonnes: t,
        }),
      ),
    ),
    {
      kind: 'emissionAssignment',
      pollutant: 'NOx',
      year: 2022,
      baseYear: 2020,
      reductionPercent: 4.0,
      authority,
    },
    {
      kind: 'emissionAssignment',
      pollutant: 'VOCs',
      year: 2022,
      baseYear: 2020,
      reductionPercent: 4.5,
      authority,
    },
    {
      kind: 'emissionAssignment',
      pollutant: 'COD',
      year: 2022,
      baseYear: 2020,
      projectTonnes: 650,
      authority,
    },
    {
      kind: 'emissionAssignment',
      pollutant: 'NH3N',
      year: 2022,
      baseYear: 2020,
      projectTonnes: 46,
      authority,
    },
    ...projects.map(
      ([pollutant, project, tonnes]): Of<'emissionProjectReduction'> => ({
        kind: 'emissionProjectReduction',
        pollutant,
        year: 2022,
        project,
        tonnes,
      }),
    ),
  ]
}

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

/** Waste lead-acid batteries: 2,146.5 t collected of 4,030 t generated (53.3 %, target 50 %). */
export function generateBatteries(): Of<'batteryCollection'>[] {
  return [{ kind: 'batteryCollection', year: 2022, collectedTonnes: 2146.5, generatedTonnes: 4030 }]
}

/**
 * The 13 key emitting units' surrenders for 2021 emissions: offsets of 0–4 % of the verified
 * emissions, the rest in allowances, on time. Exceptions: `emitter-04` uses offsets of exactly
 * 5 % (the cap, still compliant), `emitter-07` surrenders 99 % (short), `emitter-11` pays in
 * full but late.
 *
 * @param seed - the generator seed
 * @returns the 13 records
 */
export function generateCarbon(seed: number): Of<'carbonAllowance'>[] {
  const random = mulberry32(seed)
  return Array.from({ length: 13 }, (_, i): Of<'carbonAllowance'> => {
    const n = String(i + 1).padStart(2, '0')
    // A multiple of 20 t, so that 5 % of it is a whole number of tonnes.
    const verified = round(between(random, 30_000, 425_000)) * 20
    let offsets = round(verified * round(between(random, 0, 0.04), 3))
    let allowances = verified - offsets
    if (n === '04') {
      offsets = verified / 20
      allowances = verified - offsets
    }
    if (n === '07') {
      offsets = round(verified * 0.03)
      allowances = round(verified * 0.96)
    }
    return {
      kind: 'carbonAllowance',
      unit: `emitter-${n}`,
      name: `重点排放单位${n}`,
      year: 2021,
      verifiedEmissions: verified,
      allowancesSurrendered: allowances,
      offsetsSurrendered: offsets,
      onTime: n !== '11',
    }
  })
}
