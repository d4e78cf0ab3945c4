/**
 * The sample reports of the site: the plan evaluated on the synthetic sample at mid-year and at
 * year end, rendered by `renderReportHtml` as standalone pages, and the page that shows them.
 */
import { renderReportHtml } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import type { Lang } from '../../src/report/index.js'
import { bilingual, frontMatter, generatedNote, markdownTable } from './_markdown.js'
import { evaluateSample, SAMPLE_DATES } from './_sample.js'
import type { GeneratedAsset } from './data-formats.js'

/** The note every sample report carries at its top. */
export const SYNTHETIC_NOTE: Readonly<Record<Lang, string>> = {
  zh: '示例报告：数据为程序生成的合成样例数据，并非监测数据，不代表任何真实城市。',
  en: 'Sample report: the data are synthetic, made by a generator, not measured; they describe no real city.',
}

/** The file name of a sample report, e.g. `sample-report-2022-12-31.en.html`. */
export function sampleReportFile(asOf: string, lang: Lang): string {
  return `sample-report-${asOf}.${lang}.html`
}

/** The report files (`reports/<file>`), one per sample date and language. */
export function renderSampleReports(): GeneratedAsset[] {
  return SAMPLE_DATES.flatMap((asOf) =>
    (['en', 'zh'] as const).map((lang) => ({
      path: `reports/${sampleReportFile(asOf, lang)}`,
      content: renderReportHtml(evaluateSample(asOf), {
        plan: plan2022,
        lang,
        note: SYNTHETIC_NOTE[lang],
      }),
    })),
  )
}

/** The "Sample report" page: what the reports are, a summary table, and the year-end report embedded. */
export function renderSampleReportPage(): string {
  const [first = '', last = ''] = [SAMPLE_DATES[0], SAMPLE_DATES[SAMPLE_DATES.length - 1]]
  const rows = SAMPLE_DATES.map((asOf) => {
    const s = evaluateSample(asOf).summary.targets
    const counts = Object.entries(s)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')
    return [
      asOf,
      counts,
      `[English](./reports/${sampleReportFile(asOf, 'en')}) · [中文](./reports/${sampleReportFile(asOf, 'zh')})`,
    ]
  })
  const page = [
    frontMatter({ title: 'Sample report' }),
    generatedNote('scripts/docs/sample-report.ts from the sample data'),
    '',
    '# Sample report',
    '',
    '> **Synthetic data.** These reports are computed from the synthetic sample that ships with the',
    '> package ([Sample data](../guides/sample-data.md)): made up by a generator to look like a year',
    '> of the 2022 plan, never measured. They show what the report looks like; they describe no city.',
    '',
    `${bilingual(plan2022.title)}, evaluated with {@link eco-targets!evaluatePlan | evaluatePlan} on`,
    'the whole sample and rendered with {@link eco-targets!renderReportHtml | renderReportHtml}.',
    'Each report is one self-contained HTML page (inline CSS and SVG, nothing loaded from elsewhere):',
    'the targets with their status and margin, a gauge per target, the AQI calendar of the year',
    'coloured by category, the counted task objectives and the task checklist by pillar.',
    '',
    markdownTable(['as of', 'targets by status', 'report'], rows),
    '',
    'The same reports can be made from any data with the library:',
    '',
    '```typescript',
    "import { evaluatePlan, renderReportHtml } from 'eco-targets'",
    "import { plan2022 } from 'eco-targets/plan-2022'",
    '',
    `const evaluation = evaluatePlan(plan2022, observations, { asOf: '${last}', taskUpdates })`,
    "const html = renderReportHtml(evaluation, { plan: plan2022, lang: 'en' })",
    '```',
    '',
    `## The report as of ${last}`,
    '',
    `<iframe class="sample-report" title="Sample report as of ${last}" src="../media/${sampleReportFile(last, 'en')}" width="100%" height="1400"></iframe>`,
    '',
    `The mid-year report (${first}) shows the within-year verdicts instead: on track, at risk, and`,
    'what the rest of the year must deliver ([Reachability](../guides/reachability.md)).',
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}
