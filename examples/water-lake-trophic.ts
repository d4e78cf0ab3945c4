/**
 * A lake's trophic state and the main pollutants of a lake section.
 *
 * Run: npx tsx examples/water-lake-trophic.ts
 */
import { classifySection, mainPollutants, trophicLevelIndex } from '../src/standards/water/index.js'

// A lake sampling (chlorophyll a in mg/m³; transparency in m; the rest mg/L).
const lake = { chla: 10, TP: 0.1, TN: 1, SD: 1, CODMn: 4 }

const full = trophicLevelIndex(lake)
console.log(`TLI(Σ) ${full.published}: ${full.gradeText?.zh} (${full.gradeText?.en})`)
const { SD: _, ...underIce } = lake
const partial = trophicLevelIndex(underIce)
console.log(
  `without SD: ${partial.published} ${partial.gradeText?.zh}, weights over ${partial.parameters.length} parameters`,
)
console.log(
  `withheld without SD: ${trophicLevelIndex(underIce, { missingParameters: 'withhold' }).withheld}`,
)

const section = { pH: 8.9, DO: 7.1, CODMn: 9.8, NH3N: 0.42, TP: 0.08, COD: 32 }
const c = classifySection(section, { waterBody: 'lake' })
const main = mainPollutants(section, { waterBody: 'lake' })
console.log(`section: ${c.label} ${c.status?.zh}; main pollutants: ${main.text?.zh}`)
