/**
 * The sample reports of the site: the plan evaluated on the synthetic sample at mid-year and at
 * year end, rendered by `renderReportHtml` as standalone pages, and the page that shows them.
 */

import type { Lang } from '../../src/index.js'
import { renderReportHtml, TARGET_STATUS_LABELS, type TargetStatus } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import {
  bilingualMarkdown,
  formatReportDate,
  frontMatter,
  generatedNote,
  markdownTable,
} from './_markdown.js'
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

const PAGE = {
  zh: {
    title: '示例报告',
    synthetic: [
      '> **合成数据**。这些报告根据软件包附带的合成样例数据（见[样例数据](../guides/sample-data.md)）计算：数据由程序',
      '> 生成，模拟2022年工作要点执行一年的情况，并非监测数据。报告只用于展示报告的样式，不代表任何城市。',
    ],
    intro: (title: string) => [
      `《${title}》，用 {@link eco-targets!evaluatePlan | evaluatePlan} 按全部样例数据评估，`,
      '再用 {@link eco-targets!renderReportHtml | renderReportHtml} 生成报告。每份报告都是一个独立的 HTML 页面',
      '（样式和图形都内嵌在页面中，不加载任何外部资源）：各项指标的状态和差距、每项指标的仪表条、按空气质量',
      '指数类别着色的全年空气质量日历、量化任务目标，以及按大任务统计的重点工作清单。',
    ],
    head: ['评估日期', '各状态指标数', '报告'],
    code: '用程序库可以从任何数据生成同样的报告：',
    report: (date: string) => `截至${date}的报告`,
    frame: (date: string) => `截至${date}的示例报告`,
    open: '在新页面中打开',
    midYear: (date: string) => [
      `年中报告（${date}）给出的是年内判定：进度正常、存在风险，以及全年剩余时间需要做到什么程度`,
      '（见[年内可达性](../guides/reachability.md)）。',
    ],
  },
  en: {
    title: 'Sample report',
    synthetic: [
      '> **Synthetic data.** These reports are computed from the synthetic sample that ships with the',
      '> package ([Sample data](../guides/sample-data.md)): made up by a generator to look like a year',
      '> of the 2022 plan, never measured. They show what the report looks like; they describe no city.',
    ],
    intro: (title: string) => [
      `${title}, evaluated with {@link eco-targets!evaluatePlan | evaluatePlan} on`,
      'the whole sample and rendered with {@link eco-targets!renderReportHtml | renderReportHtml}.',
      'Each report is one self-contained HTML page (inline CSS and SVG, nothing loaded from elsewhere):',
      'the targets with their status and margin, a gauge per target, the AQI calendar of the year',
      'coloured by category, the counted task objectives and the task checklist by pillar.',
    ],
    head: ['as of', 'targets by status', 'report'],
    code: 'The same reports can be made from any data with the library:',
    report: (date: string) => `The report as of ${date}`,
    frame: (date: string) => `Sample report as of ${date}`,
    open: 'open it on a page of its own',
    midYear: (date: string) => [
      `The mid-year report (${date}) shows the within-year verdicts instead: on track, at risk, and`,
      'what the rest of the year must deliver ([Reachability](../guides/reachability.md)).',
    ],
  },
} as const

/**
 * The "Sample report" page: what the reports are, a summary table, and the year-end report of
 * the page's language embedded in a frame that takes the report's height (set by the page once
 * the report has loaded), so the report scrolls with the page and is never cut off.
 */
export function renderSampleReportPage(lang: Lang = 'en'): string {
  const t = PAGE[lang]
  const [first = '', last = ''] = [SAMPLE_DATES[0], SAMPLE_DATES[SAMPLE_DATES.length - 1]]
  const date = (iso: string) => (lang === 'zh' ? formatReportDate(iso, 'zh') : iso)
  const rows = SAMPLE_DATES.map((asOf) => {
    const s = evaluateSample(asOf).summary.targets
    const counts = Object.entries(s)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${TARGET_STATUS_LABELS[status as TargetStatus][lang]} ${n}`)
      .join(lang === 'zh' ? '，' : ', ')
    const links = (['zh', 'en'] as const).map(
      (l) => `[${l === 'zh' ? '中文' : 'English'}](./reports/${sampleReportFile(asOf, l)})`,
    )
    return [date(asOf), counts, (lang === 'zh' ? links : links.reverse()).join(' · ')]
  })
  const frame = sampleReportFile(last, lang)
  const page = [
    frontMatter({ title: t.title }),
    generatedNote('scripts/docs/sample-report.ts from the sample data'),
    '',
    `# ${t.title}`,
    '',
    ...t.synthetic,
    '',
    ...t.intro(lang === 'zh' ? plan2022.title.zh : bilingualMarkdown(plan2022.title)),
    '',
    markdownTable([...t.head], rows),
    '',
    t.code,
    '',
    '```typescript',
    "import { evaluatePlan, renderReportHtml } from 'eco-targets'",
    "import { plan2022 } from 'eco-targets/plan-2022'",
    '',
    `const evaluation = evaluatePlan(plan2022, observations, { asOf: '${last}', taskUpdates })`,
    `const html = renderReportHtml(evaluation, { plan: plan2022, lang: '${lang}' })`,
    '```',
    '',
    `## ${t.report(date(last))}`,
    '',
    `<iframe class="sample-report" title="${t.frame(date(last))}" src="../media/${frame}" width="100%" height="1400" loading="lazy" onload="try{this.style.height=this.contentDocument.documentElement.scrollHeight+'px'}catch(e){}"></iframe>`,
    '',
    `[${t.open}](./reports/${frame})`,
    '',
    ...t.midYear(date(first)),
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}
