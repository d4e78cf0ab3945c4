import { describe, expect, it } from 'vitest'
import { renderAirSnapshot } from '../../../scripts/air-snapshot.js'
import { renderApiPage } from '../../../scripts/docs/api-page.js'
import {
  renderAqiCategoriesPageZh,
  renderAqiEditionsPageZh,
} from '../../../scripts/docs/aqi-pages-zh.js'
import { renderColumnsDocZh } from '../../../scripts/docs/cli-columns-zh.js'
import { loadCommandOutputExamples } from '../../../scripts/docs/command-output-examples.js'
import { renderDataFormats } from '../../../scripts/docs/data-formats.js'
import { renderPlanSummary, renderPlanTasks } from '../../../scripts/docs/plan-page.js'
import { renderReachabilityExample } from '../../../scripts/docs/reachability-example.js'
import { renderSampleReportPage } from '../../../scripts/docs/sample-report.js'
import { renderWaterSnapshot } from '../../../scripts/water-snapshot.js'
import { plan2022 } from '../../../src/plans/2022/index.js'
import { latinLines } from '../../report/_latin-words.js'

// the command-line JSON examples run the commands, which is asynchronous
await loadCommandOutputExamples()

// What Chinese technical writing keeps in Latin letters besides the reports' allow-list: names
// of formats and tools, colour models, the options and ids that sit in code on the page.
const TECHNICAL = new Set([
  'JSON',
  'YAML',
  'TLI',
  'Schema',
  'Lines',
  'CSV',
  'HTML',
  'Markdown',
  'RGB',
  'CMYK',
  'draft',
  'Unicode',
  'zod',
  'API',
  // “5+X”, the national water-quality evaluation
  'X',
  // the link to the English version, named in its own language as language switches are
  'English',
  // 苯并(a)芘 as GB 3838 writes it
  'a',
  'NFKC',
  'YYYY-MM-DD',
  // the farmland formula's variables, the standard's appendix A and the notes b and c of its table
  'B',
  'C',
  'D',
  'E',
  'A',
  'A.1',
  'b',
  'c',
])

// Every page generated for the Chinese site.
const PAGES: readonly (readonly [string, () => string])[] = [
  ['the plan summary', () => renderPlanSummary(plan2022, 'zh')],
  ['every task of the plan', () => renderPlanTasks(plan2022, 'zh')],
  ['the reachability example', () => renderReachabilityExample('2022-06-30', 'zh')],
  ['the AQI editions', renderAqiEditionsPageZh],
  ['the AQI categories', renderAqiCategoriesPageZh],
  ['the command-line columns', renderColumnsDocZh],
  ['the data formats', () => renderDataFormats('zh').page],
  ['the sample report', () => renderSampleReportPage('zh')],
  ['the API reference', () => renderApiPage('zh')],
  // the body rows of the standards' tables are the standards' own text, as printed (chemical
  // formulas such as SO₄²⁻ and PCB-1016, units such as 个/L): their headers and prose are checked
  ['the air standards snapshot', () => withoutTableBodies(renderAirSnapshot('zh'))],
  ['the water standards snapshot', () => withoutTableBodies(renderWaterSnapshot('zh'))],
]

/** A page without the rows of its tables below each header row and rule. */
function withoutTableBodies(markdown: string): string {
  let body = false
  return markdown
    .split('\n')
    .filter((line) => {
      if (!line.startsWith('|')) body = false
      else if (line.startsWith('| ---')) body = true
      else if (body) return false
      return true
    })
    .join('\n')
}

describe('the Chinese generated pages', () => {
  it.each(PAGES)('%s has no English prose', (_, render) => {
    // JSON listings and schemas sit in fenced blocks, which the check leaves out
    expect(latinLines(render(), 'markdown', TECHNICAL)).toEqual([])
  })

  it('the check finds the English of the English pages', () => {
    expect(latinLines(renderApiPage('en'), 'markdown', TECHNICAL).length).toBeGreaterThan(0)
  })
})
