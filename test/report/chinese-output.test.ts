import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateSample, SAMPLE_DATES } from '../../scripts/docs/_sample.js'
import { SAMPLE_2022 } from '../../src/cli/sample.js'
import {
  evaluatePlan,
  type PlanEvaluation,
  renderPlanMarkdown,
  renderReportHtml,
  renderReportMarkdown,
} from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { MINI_PLAN } from '../_helpers/plan-fixtures.js'
import {
  COMMAND_LINE_IDENTIFIERS,
  COMMAND_LINES,
  runZh,
  SAMPLE,
  SAMPLE_FILES,
  withoutOptionsAndFiles,
} from './_command-lines.js'
import { latinLines, latinWords } from './_latin-words.js'

describe('latinWords', () => {
  it('finds English words and the ids outside code spans', () => {
    expect(latinWords('13/13 key emitting entities（已完成）', 'text')).toEqual([
      'key',
      'emitting',
      'entities',
    ])
    expect(latinWords('各断面类别：daihai-lake-centre 劣Ⅴ', 'markdown')).toEqual([
      'daihai-lake-centre',
    ])
    expect(latinWords('- 冬奥会 `air.winter-games`', 'markdown')).toEqual([])
    expect(latinWords('<td>650 t</td><code>emissions.cod</code>', 'html')).toEqual(['t'])
  })

  it('lets through units, standard numbers, formulas, indices and class numerals', () => {
    const allowed =
      'PM2.5 23 µg/m³，CO 1.4 mg/m³，氨氮 0.5 mg/L；HJ 633-2012、GB 3095、GB/T 8170；' +
      'SO2 NO2 O3 CODMn NH3-N TP TN AQI IAQI；III类；(B+C+D)/E；eco-targets；' +
      '叶绿素a、TLI(Σ)、5+X'
    expect(latinWords(allowed, 'text')).toEqual([])
  })
})

// Every evaluation a Chinese reader may get: the sample at each of its dates (with the task
// checklist), the plan with no data at all (every target without data), and a small plan.
const EVALUATIONS: readonly (readonly [string, PlanEvaluation, typeof plan2022])[] = [
  ...SAMPLE_DATES.map(
    (asOf) => [`the sample as of ${asOf}`, evaluateSample(asOf), plan2022] as const,
  ),
  ['the 2022 plan without data', evaluatePlan(plan2022, [], { asOf: '2022-06-30' }), plan2022],
  [
    'a plan with counted tasks',
    evaluatePlan(MINI_PLAN, [], {
      asOf: '2022-12-31',
      taskUpdates: [
        { task: 'rural.villages', date: '2022-06-30', status: 'inProgress', progress: 30 },
      ],
    }),
    MINI_PLAN,
  ],
]

describe('reports in Chinese', () => {
  it.each(EVALUATIONS)('renderReportMarkdown has no English word for %s', (_, evaluation, plan) => {
    const md = renderReportMarkdown(evaluation, { plan, lang: 'zh', note: '示例报告' })
    expect(latinLines(md, 'markdown')).toEqual([])
  })

  it.each(EVALUATIONS)('renderReportHtml has no English word for %s', (_, evaluation, plan) => {
    const html = renderReportHtml(evaluation, { plan, lang: 'zh', note: '示例报告' })
    expect(latinLines(html, 'html')).toEqual([])
  })

  it('renderPlanMarkdown in Chinese has no English word', () => {
    expect(latinLines(renderPlanMarkdown(plan2022, { lang: 'zh' }), 'markdown')).toEqual([])
  })

  it('the check would catch the English of the English report', () => {
    const [, evaluation, plan] = EVALUATIONS[1] ?? EVALUATIONS[0]!
    const md = renderReportMarkdown(evaluation, { plan, lang: 'en' })
    expect(latinWords(md, 'markdown')).toEqual(expect.arrayContaining(['Targets', 'Met']))
  })
})

describe('reports the command line prints in Chinese', () => {
  it.each([['md'], ['html']] as const)(
    'evaluate --format %s has no English word',
    async (format) => {
      const tasks = join(SAMPLE, SAMPLE_2022.taskStatus[0]?.file ?? '')
      const r = await runZh([
        'evaluate',
        ...SAMPLE_FILES,
        '--tasks',
        tasks,
        '--as-of',
        '2022-06-30',
        '--format',
        format,
      ])
      expect(r.code).toBe(0)
      expect(r.stderr).toBe('')
      expect(latinLines(r.stdout, format === 'md' ? 'markdown' : 'html')).toEqual([])
    },
  )
})

/**
 * The command line's own words in Chinese: the main help and each command's help, usage errors,
 * input messages and the text output of every command.
 */
async function englishLines(args: readonly string[]) {
  const r = await runZh(args)
  const format = args.includes('html') ? 'html' : 'markdown'
  const text = withoutOptionsAndFiles(`${r.stdout}\n${r.stderr}`)
  return latinLines(text, format, COMMAND_LINE_IDENTIFIERS)
}

const lines = COMMAND_LINES.map((args) => [args.join(' '), args] as const)

describe('the command line’s own text in Chinese', () => {
  it.each(lines)('eco-targets %s has no English word', async (_, args) => {
    expect(await englishLines(args)).toEqual([])
  })
})
