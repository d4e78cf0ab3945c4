import type { ObservationInput } from '../../src/index.js'
import { between, monthDate, mulberry32, type Random, round } from './prng.js'

type WaterSample = Extract<ObservationInput, { kind: 'waterSample' }>

/** [low, high) of an indicator over the year, and the decimals it is published with. */
type Range = readonly [low: number, high: number, digits: number]

interface SectionDesign {
  readonly section: string
  readonly name: string
  readonly waterBody: 'river' | 'lake'
  /** The GB 3838 class the annual means are designed to reach. */
  readonly designClass: 'II' | 'III' | 'IV' | '劣V'
  readonly values: Readonly<Record<string, Range>>
  /** Months (1–12) without a sampling, and why. */
  readonly gaps?: Readonly<Record<number, 'driedUp' | 'frozen'>>
}

/**
 * The six national sections of the synthetic sample and the ranges their monthly values are
 * drawn from. Ranges sit inside one GB 3838-2002 class for the annual mean (lake TP limits for
 * the lakes); single months may stray into the next class. Four sections are class I–III and
 * one is worse than V, exactly the 66.7 % and 16.7 % of the plan.
 */
export const SECTIONS: readonly SectionDesign[] = [
  {
    section: 'daihai-lake-centre',
    name: '岱海湖心',
    waterBody: 'lake',
    designClass: '劣V', // pH above 9, CODMn above 15 and fluoride above 1.5: a saline closed lake
    values: {
      waterTemp: [2, 24, 1],
      pH: [9.12, 9.38, 2],
      DO: [7.0, 9.2, 2],
      CODMn: [16.0, 19.5, 1],
      BOD5: [3.4, 4.6, 1],
      COD: [38, 49, 0],
      NH3N: [0.32, 0.62, 3],
      TP: [0.07, 0.11, 3],
      TN: [1.8, 2.5, 2],
      F: [2.6, 3.3, 2],
    },
  },
  {
    section: 'huangqihai-lake',
    name: '黄旗海',
    waterBody: 'lake',
    designClass: 'IV', // CODMn, COD, lake TP and fluoride in class IV
    values: {
      waterTemp: [2, 23, 1],
      pH: [8.45, 8.85, 2],
      DO: [6.5, 8.6, 2],
      CODMn: [7.4, 9.4, 1],
      BOD5: [3.1, 3.9, 1],
      COD: [23, 29, 0],
      NH3N: [0.48, 0.82, 3],
      TP: [0.058, 0.088, 3],
      TN: [1.2, 1.7, 2],
      F: [1.06, 1.34, 2],
    },
    gaps: { 1: 'frozen' },
  },
  {
    section: 'dongyang-river',
    name: '东洋河',
    waterBody: 'river',
    designClass: 'II',
    values: {
      waterTemp: [1, 22, 1],
      pH: [7.9, 8.3, 2],
      DO: [7.6, 10.2, 2],
      CODMn: [2.6, 3.6, 1],
      BOD5: [1.6, 2.6, 1],
      COD: [9, 14, 0],
      NH3N: [0.18, 0.42, 3],
      TP: [0.05, 0.09, 3],
      F: [0.35, 0.6, 2],
    },
  },
  {
    section: 'yuhe-river',
    name: '御河',
    waterBody: 'river',
    designClass: 'III',
    values: {
      waterTemp: [1, 23, 1],
      pH: [7.8, 8.2, 2],
      DO: [6.0, 8.5, 2],
      CODMn: [4.4, 5.4, 1],
      BOD5: [3.1, 3.8, 1],
      COD: [16, 19, 0],
      NH3N: [0.42, 0.76, 3],
      TP: [0.1, 0.15, 3],
      F: [0.6, 0.85, 2],
    },
  },
  {
    section: 'hun-river',
    name: '浑河',
    waterBody: 'river',
    designClass: 'III', // NH3-N averages just under 1.0: some months are class IV
    values: {
      waterTemp: [1, 23, 1],
      pH: [7.7, 8.1, 2],
      DO: [5.6, 7.5, 2],
      CODMn: [5.0, 5.8, 1],
      BOD5: [3.3, 3.9, 1],
      COD: [17, 19.5, 0],
      NH3N: [0.74, 1.1, 3],
      TP: [0.13, 0.18, 3],
      F: [0.7, 0.9, 2],
    },
  },
  {
    section: 'bawang-river',
    name: '霸王河',
    waterBody: 'river',
    designClass: 'III',
    values: {
      waterTemp: [1, 24, 1],
      pH: [7.8, 8.3, 2],
      DO: [6.0, 8.0, 2],
      CODMn: [4.6, 5.6, 1],
      BOD5: [3.2, 3.8, 1],
      COD: [16.5, 19, 0],
      NH3N: [0.55, 0.85, 3],
      TP: [0.11, 0.17, 3],
      F: [0.7, 0.95, 2],
    },
    gaps: { 6: 'driedUp' }, // an intermittent river, dry in June
  },
]

/** Water temperature follows the season: cold in January, warmest in July. */
function seasonal(month: number, [low, high]: Range): number {
  const warmth = 1 - Math.abs(month - 7) / 6
  return low + (high - low) * warmth
}

function sample(random: Random, design: SectionDesign, month: number): WaterSample {
  const base = {
    kind: 'waterSample' as const,
    section: design.section,
    name: design.name,
    network: 'national' as const,
    waterBody: design.waterBody,
    date: monthDate(month, 8 + SECTIONS.indexOf(design)),
  }
  const gap = design.gaps?.[month]
  if (gap) return { ...base, status: gap, values: {} }
  const values: Record<string, number> = {}
  for (const [key, range] of Object.entries(design.values)) {
    const value = key === 'waterTemp' ? seasonal(month, range) : between(random, range[0], range[1])
    values[key] = round(value, range[2])
  }
  return { ...base, status: 'sampled', values }
}

/**
 * Monthly samplings of the six sections for 2022 (72 records; two months without values).
 *
 * @param seed - the generator seed
 * @returns the samplings, by month then section
 */
export function generateWaterSections(seed: number): WaterSample[] {
  const random = mulberry32(seed)
  const samples: WaterSample[] = []
  for (let month = 1; month <= 12; month++) {
    for (const design of SECTIONS) samples.push(sample(random, design, month))
  }
  return samples
}
