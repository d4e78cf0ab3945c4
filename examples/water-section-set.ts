/**
 * A city's sections for a year: each section's annual class from the mean of its samplings, then
 * the set's class shares, Ⅰ–Ⅲ and 劣Ⅴ ratios (over sections with data) and quality status.
 *
 * Run: npx tsx examples/water-section-set.ts
 */
import { formatGbt8170 } from '../src/standards/gbt8170.js'
import {
  assessSectionSet,
  classifySectionPeriod,
  type WaterBody,
  type WaterSampling,
} from '../src/standards/water/index.js'

const quarters = ['2022-02-10', '2022-05-10', '2022-08-10', '2022-11-10']
const series = (key: string, list: readonly number[]): WaterSampling[] =>
  list.map((v, i) => ({ date: quarters[i] as string, values: { [key]: v } }))
const merge = (...parts: WaterSampling[][]): WaterSampling[] =>
  quarters.map((date, i) => ({
    date,
    values: Object.assign({}, ...parts.map((p) => p[i]?.values)),
  }))

const sections: { id: string; waterBody: WaterBody; samplings: WaterSampling[] }[] = [
  {
    id: 'A',
    waterBody: 'river',
    samplings: merge(series('TP', [0.1, 0.2, 0.2, 0.1]), series('NH3N', [0.3, 0.3, 0.5, 0.5])),
  },
  { id: 'B', waterBody: 'river', samplings: series('TP', [0.3, 0.3, 0.2, 0.2]) },
  { id: 'C', waterBody: 'lake', samplings: series('TP', [0.04, 0.06, 0.05, 0.05]) },
  { id: 'D', waterBody: 'river', samplings: series('NH3N', [2.5, 2.1, 1.9, 1.9]) },
  {
    id: 'E',
    waterBody: 'river',
    samplings: quarters.map((date) => ({ date, status: 'driedUp' as const })),
  },
  { id: 'F', waterBody: 'river', samplings: series('CODMn', [3, 3.5, 4.5, 5]) },
  {
    id: 'G',
    waterBody: 'river',
    samplings: merge(series('DO', [8, 8, 8, 8]), series('TP', [0.02, 0.02, 0.01, 0.03])),
  },
]

const annual = sections.map((s) => {
  const r = classifySectionPeriod(s.samplings, { waterBody: s.waterBody, period: '2022' })
  console.log(`${s.id}: ${r.label ?? r.condition} (${r.samplings.used} samplings)`)
  return { id: s.id, waterBody: s.waterBody, values: r.means, condition: r.condition }
})

const set = assessSectionSet(annual)
const pct = (p: number | null) => (p === null ? '-' : `${formatGbt8170(p, 1)} %`)
console.log(
  `sections with data: ${set.evaluated}; excluded: ${set.excluded.map((e) => `${e.id} (${e.reason})`).join(', ')}`,
)
console.log(
  `Ⅰ–Ⅲ: ${set.classIToIII.numerator}/${set.classIToIII.denominator} = ${pct(set.classIToIII.percent)}`,
)
console.log(
  `劣Ⅴ: ${set.worseThanV.numerator}/${set.worseThanV.denominator} = ${pct(set.worseThanV.percent)}`,
)
console.log(`status (${set.status?.method}): ${set.status?.text.zh}`)
