/**
 * One section, classified as a river and as a lake: the worst item over the 21 indicators of
 * 22号, the TP column by water body, reference indicators reported but not counted, and 5+X.
 *
 * Run: npx tsx examples/water-section.ts
 */
import {
  classifySection,
  FIVE_BASIC_INDICATORS,
  WATER_CLASS_LABELS,
} from '../src/standards/water/index.js'

const values = {
  pH: 7.9,
  DO: 6.4,
  CODMn: 5.2,
  COD: 18,
  BOD5: 3.5,
  NH3N: 0.62,
  TP: 0.08,
  TN: 1.9,
  fecalColiform: 2400,
}

for (const waterBody of ['river', 'lake'] as const) {
  const r = classifySection(values, { waterBody })
  console.log(`${waterBody}: ${r.label} ${r.status?.zh} (deciding: ${r.deciding.join(', ')})`)
  for (const e of r.exceeding) {
    console.log(
      `  exceeds class Ⅲ: ${e.indicator} ${e.value} > ${e.limit}, multiple ${e.exceedanceMultiple}`,
    )
  }
  const reference = r.reference
    .map(
      (x) =>
        `${x.indicator} ${x.waterClass === null ? 'no class' : WATER_CLASS_LABELS[x.waterClass]}`,
    )
    .join(', ')
  console.log(`  reference, not counted: ${reference}`)
}

const fivePlusX = classifySection(values, {
  waterBody: 'river',
  indicators: [...FIVE_BASIC_INDICATORS, 'COD'],
})
console.log(
  `5+X (X = COD): ${fivePlusX.label}, deciding ${fivePlusX.deciding.join(', ')}; not in the list: ${fivePlusX.notInIndicatorSet.join(', ')}`,
)
