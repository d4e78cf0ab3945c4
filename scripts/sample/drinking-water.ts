import type { ObservationInput } from '../../src/index.js'
import { GBT14848_2017 } from '../../src/standards/water/index.js'
import { between, monthDate, mulberry32, type Random, round } from './prng.js'

/** Keys of the GB/T 14848-2017 items with a numeric value. */
const GROUNDWATER_KEYS: readonly string[] = Object.values(GBT14848_2017)
  .filter((entry) => entry.kind !== 'text')
  .map((entry) => entry.key)

type DrinkingWaterSample = Extract<ObservationInput, { kind: 'drinkingWaterSample' }>
type Range = readonly [low: number, high: number, digits: number]

interface SourceDesign {
  readonly source: string
  readonly name: string
  readonly level: 'prefecture' | 'county'
  readonly sourceType: 'surface' | 'groundwater'
  readonly waterBody?: 'river' | 'reservoir'
  /** Months (1–12) of the samplings. */
  readonly months: readonly number[]
  /** Whether the annual means are designed to meet class III (GB 3838 or GB/T 14848). */
  readonly meetsClassIII: boolean
  readonly values: Readonly<Record<string, Range>>
}

const MONTHLY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
const QUARTERLY = [3, 6, 9, 12]

/** Groundwater within GB/T 14848-2017 class III (limits in comments). */
const GROUNDWATER_CLASS_III: Readonly<Record<string, Range>> = {
  pH: [7.5, 8.1, 2], // 6.5–8.5
  totalHardness: [260, 360, 0], // ≤ 450
  TDS: [420, 620, 0], // ≤ 1000
  sulfate: [55, 110, 1], // ≤ 250
  chloride: [35, 80, 1], // ≤ 250
  Fe: [0.04, 0.16, 2], // ≤ 0.3
  Mn: [0.01, 0.04, 3], // ≤ 0.10
  nitrate: [3.5, 8.5, 2], // ≤ 20 (as N)
  nitrite: [0.002, 0.015, 3], // ≤ 1.00 (as N)
  NH3N: [0.04, 0.18, 3], // ≤ 0.50
  F: [0.45, 0.8, 2], // ≤ 1.0
  As: [0.0008, 0.003, 4], // ≤ 0.01
  Hg: [0.00004, 0.00009, 5], // ≤ 0.001
  Cr6: [0.004, 0.009, 3], // ≤ 0.05
  Pb: [0.001, 0.004, 3], // ≤ 0.01
  Cd: [0.0001, 0.0005, 4], // ≤ 0.005
}

/** Surface source within GB 3838-2002 class III (Table 1) and the Table 2 limits. */
const SURFACE_CLASS_III: Readonly<Record<string, Range>> = {
  pH: [7.9, 8.4, 2],
  DO: [7.0, 9.5, 2], // ≥ 5
  CODMn: [2.8, 3.9, 1], // ≤ 6
  BOD5: [1.8, 2.8, 1], // ≤ 4
  NH3N: [0.12, 0.35, 3], // ≤ 1.0
  TP: [0.018, 0.04, 3], // ≤ 0.05 for a reservoir
  TN: [0.6, 0.95, 2], // reference only
  F: [0.4, 0.7, 2], // ≤ 1.0
  As: [0.001, 0.003, 4], // ≤ 0.05
  Hg: [0.00002, 0.00004, 5], // ≤ 0.0001
  Cd: [0.0002, 0.0008, 4], // ≤ 0.005
  Cr6: [0.004, 0.008, 3], // ≤ 0.05
  Pb: [0.001, 0.004, 3], // ≤ 0.05
  phenol: [0.0005, 0.0015, 4], // ≤ 0.005
  oil: [0.01, 0.03, 2], // ≤ 0.05
  sulfate: [40, 90, 1], // Table 2: ≤ 250
  chloride: [20, 60, 1], // ≤ 250
  nitrate: [0.8, 2.2, 2], // ≤ 10 (as N)
  Fe: [0.05, 0.18, 2], // ≤ 0.3
  Mn: [0.01, 0.05, 3], // ≤ 0.1
}

/**
 * The four drinking-water sources of the synthetic sample: two prefecture-level (central city)
 * sources that meet class III, and two county-level sources of which the groundwater one has
 * fluoride of 1.08–1.26 mg/L (GB/T 14848 class IV), so the county ratio is 50 %.
 */
export const SOURCES: readonly SourceDesign[] = [
  {
    source: 'central-wellfield',
    name: '中心城区地下水水源地',
    level: 'prefecture',
    sourceType: 'groundwater',
    months: MONTHLY,
    meetsClassIII: true,
    values: GROUNDWATER_CLASS_III,
  },
  {
    source: 'central-reservoir',
    name: '中心城区水库水源地',
    level: 'prefecture',
    sourceType: 'surface',
    waterBody: 'reservoir',
    months: MONTHLY,
    meetsClassIII: true,
    values: SURFACE_CLASS_III,
  },
  {
    source: 'county-wellfield',
    name: '县级市地下水水源地',
    level: 'county',
    sourceType: 'groundwater',
    months: QUARTERLY,
    meetsClassIII: false,
    values: {
      ...GROUNDWATER_CLASS_III,
      totalHardness: [380, 440, 0],
      TDS: [700, 880, 0],
      F: [1.08, 1.26, 2], // > 1.0: class IV
      As: [0.003, 0.006, 4],
    },
  },
  {
    source: 'county-river-intake',
    name: '县级市河流取水口',
    level: 'county',
    sourceType: 'surface',
    waterBody: 'river',
    months: QUARTERLY,
    meetsClassIII: true,
    values: {
      ...SURFACE_CLASS_III,
      CODMn: [3.5, 4.8, 1],
      NH3N: [0.25, 0.55, 3],
      TP: [0.05, 0.12, 3], // ≤ 0.2 for a river
    },
  },
]

function sample(random: Random, design: SourceDesign, month: number): DrinkingWaterSample {
  const values: Record<string, number> = {}
  for (const [key, [low, high, digits]] of Object.entries(design.values)) {
    values[key] = round(between(random, low, high), digits)
  }
  return {
    kind: 'drinkingWaterSample',
    source: design.source,
    name: design.name,
    level: design.level,
    sourceType: design.sourceType,
    ...(design.waterBody ? { waterBody: design.waterBody } : {}),
    date: monthDate(month, design.months.length === 12 ? 5 : 15),
    values,
  }
}

/**
 * Samplings of the four drinking-water sources: monthly for the prefecture-level ones,
 * quarterly for the county-level ones (32 records). Groundwater samplings carry GB/T 14848
 * keys of {@link GROUNDWATER_KEYS}.
 *
 * @param seed - the generator seed
 * @returns the samplings, by source then month
 */
export function generateDrinkingWater(seed: number): DrinkingWaterSample[] {
  const random = mulberry32(seed)
  for (const design of SOURCES) {
    if (design.sourceType === 'groundwater') {
      const unknown = Object.keys(design.values).filter((k) => !GROUNDWATER_KEYS.includes(k))
      if (unknown.length) {
        throw new Error(`${design.source}: not GB/T 14848 keys: ${unknown.join(', ')}`)
      }
    }
  }
  return SOURCES.flatMap((design) => design.months.map((month) => sample(random, design, month)))
}
