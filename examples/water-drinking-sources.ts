/**
 * Drinking-water sources for a year: a reservoir source (GB 3838 Tables 1–3) and groundwater
 * sources (GB/T 14848-2017), judged on annual means and on every sampling, by count and volume.
 *
 * Run: npx tsx examples/water-drinking-sources.ts
 */
import { formatGbt8170 } from '../src/standards/gbt8170.js'
import {
  assessDrinkingWaterSources,
  type DrinkingWaterSource,
} from '../src/standards/water/index.js'

const sources: DrinkingWaterSource[] = [
  {
    id: 'S1',
    type: 'surface',
    waterBody: 'reservoir',
    volume: 800,
    samplings: [
      {
        date: '2022-04-01',
        values: {
          pH: 7.5,
          DO: 8.2,
          CODMn: 2.4,
          NH3N: 0.2,
          TP: 0.02,
          Fe: 0.12,
          Mn: 0.05,
          chloroform: 0.004,
        },
      },
      {
        date: '2022-10-01',
        values: { pH: 7.8, DO: 7.6, CODMn: 3.0, NH3N: 0.3, TP: 0.04, Fe: 0.18, Mn: 0.08 },
      },
    ],
  },
  {
    id: 'S2',
    type: 'groundwater',
    volume: 150,
    samplings: [
      { date: '2022-04-01', values: { nitrate: 12, F: 0.8, totalHardness: 380, NH3N: 0.1 } },
      { date: '2022-10-01', values: { nitrate: 26, F: 0.9, totalHardness: 420, NH3N: 0.2 } },
    ],
  },
  {
    id: 'S3',
    type: 'groundwater',
    volume: 50,
    samplings: [{ date: '2022-04-01', values: { F: 1.3, nitrate: 5 } }],
  },
  { id: 'S4', type: 'surface', waterBody: 'river', volume: 20, samplings: [] },
]

for (const rule of ['annualMean', 'everySampling'] as const) {
  const r = assessDrinkingWaterSources(sources, { rule, volumeWeighted: true })
  console.log(`${rule}:`)
  for (const s of r.sources) {
    console.log(`  ${s.id}: ${s.meets ? 'meets Ⅲ' : `fails (${s.failing.join(', ')})`}`)
  }
  console.log(`  excluded: ${r.excluded.map((e) => `${e.id} (${e.reason})`).join(', ')}`)
  console.log(
    `  by count: ${r.ratio.numerator}/${r.ratio.denominator} = ${formatGbt8170(r.ratio.percent ?? 0, 1)} %`,
  )
  console.log(
    `  by volume: ${r.volumeRatio?.numerator}/${r.volumeRatio?.denominator} = ${formatGbt8170(r.volumeRatio?.percent ?? 0, 1)} %`,
  )
}
