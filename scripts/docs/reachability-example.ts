/**
 * The worked reachability example of the site, computed by the library on the bundled sample
 * as of mid-year when the site is built, with the arithmetic re-done here as a check.
 */

import type { Lang } from '../../src/index.js'
import { compareWithTarget, TARGET_STATUS_LABELS, type TargetResult } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { escapeMarkdown, formatReportDate, generatedNote, markdownTable } from './_markdown.js'
import { evaluateSample } from './_sample.js'

/** The figures of the good-air-days example. */
export interface GoodDaysFigures {
  readonly asOf: string
  readonly target: number
  readonly good: number
  readonly valid: number
  readonly remaining: number
  /** The fewest good days of the whole year that still publish at or above the target. */
  readonly needed: number
  /** More non-good days the year can absorb: (good + remaining) − needed. */
  readonly slack: number
  readonly result: TargetResult
}

/**
 * The good-air-days figures as of a date: taken from the library's result and re-derived with
 * the published comparison, so the page shows arithmetic that agrees with the verdict.
 *
 * @throws Error when the result lacks a figure or the re-derived slack differs from the library's
 */
export function goodDaysFigures(asOf: string): GoodDaysFigures {
  const result = evaluateSample(asOf).targets.find((r) => r.metric === 'goodDaysRatio')
  const target = plan2022.targets.find((t) => t.metric === 'goodDaysRatio')
  if (!result?.actual || !result.reachability || !target || target.value === null) {
    throw new Error(`the good-air-days result as of ${asOf} has no figure or no reachability`)
  }
  const valid = result.coverage.used
  const goodExact = (result.actual.value * valid) / 100
  const good = Math.round(goodExact)
  if (Math.abs(good - goodExact) > 1e-6)
    throw new Error(`good days ${goodExact} is not a whole number`)
  const remaining = result.reachability.remaining
  const year = valid + remaining
  let needed = 0
  while (
    needed <= year &&
    !compareWithTarget('atLeast', (needed / year) * 100, target.value, target.precision)
  )
    needed++
  const slack = good + remaining - needed
  if (slack !== result.reachability.requirement.value) {
    throw new Error(
      `re-derived slack ${slack} differs from the library's ${result.reachability.requirement.value}`,
    )
  }
  return { asOf, target: target.value, good, valid, remaining, needed, slack, result }
}

const REASONS_ZH: Readonly<Record<string, string>> = {
  dustDay: '沙尘天',
  noData: '无数据',
  missingIndicator: '缺少指标',
  aqiWithheld: '未发布 AQI',
}

function excludedText(result: TargetResult, lang: Lang): string {
  const parts = result.coverage.excluded.map((e) =>
    lang === 'zh' ? `${REASONS_ZH[e.reason] ?? e.reason}${e.count}天` : `${e.count} ${e.reason}`,
  )
  if (!parts.length) return lang === 'zh' ? '无' : 'none'
  return parts.join(lang === 'zh' ? '、' : ', ')
}

/** The generated part of the reachability page (headings from level 2), in a language. */
export function renderReachabilityExample(asOf = '2022-06-30', lang: Lang = 'en'): string {
  const f = goodDaysFigures(asOf)
  const evaluation = evaluateSample(asOf)
  const year = f.valid + f.remaining
  const pct = (n: number) => `${((n / year) * 100).toFixed(2)}${lang === 'zh' ? '%' : ' %'}`
  const rows = evaluation.targets.map((r) => {
    const t = plan2022.targets.find((x) => x.id === r.target)
    const title = t ? (lang === 'zh' ? t.title.zh : `${t.title.zh} · ${t.title.en}`) : r.target
    const status = TARGET_STATUS_LABELS[r.status]
    return [
      escapeMarkdown(title),
      r.actual ? String(r.actual.published) : '—',
      lang === 'zh' ? status.zh : `${status.zh} · ${status.en}`,
      escapeMarkdown(r.reachability?.explanation[lang] ?? '—'),
    ]
  })
  const explanation = f.result.reachability?.explanation
  const published = f.result.actual?.published
  const out =
    lang === 'zh'
      ? [
          generatedNote('scripts/docs/reachability-example.ts from the sample'),
          '',
          `## 按样例数据计算：截至${formatReportDate(asOf, 'zh')}`,
          '',
          '> 以下数值来自软件包附带的合成样例数据（见[样例数据](../guides/sample-data.md)），由程序库在构建本站时',
          '> 计算，不代表任何真实城市。',
          '',
          `**截至${formatReportDate(asOf, 'zh')}，全年还可以再容纳${f.slack}个非优良天**，优良天数比例仍可达到${f.target}%以上。`,
          '',
          `1. 已有：${f.valid}个有效天中优良天${f.good}个（未计入的天：${excludedText(f.result, lang)}），按发布口径为${published}%。`,
          `2. 剩余：${f.remaining}天；最好的情况是每天都有效，全年共有 ${f.valid} + ${f.remaining} = ${year} 个有效天。`,
          `3. 需要：${f.needed}个优良天的比例为${pct(f.needed)}，修约后不低于${f.target}%；${f.needed - 1}个为${pct(f.needed - 1)}。`,
          `   因此 B = ${f.needed}，全年最多可有 ${year} − ${f.needed} = ${year - f.needed} 个非优良天。`,
          `4. 已用：${f.valid - f.good}个。剩余可容纳：(${f.good} + ${f.remaining}) − ${f.needed} = **${f.slack}**。`,
          '',
          `程序库的结论：“${escapeMarkdown(explanation?.zh ?? '')}”`,
          '',
          `### 截至${formatReportDate(asOf, 'zh')}的全部指标`,
          '',
          markdownTable(['指标', '截至当日', '状态', '全年剩余时间需要做到'], rows),
          '',
        ]
      : [
          generatedNote('scripts/docs/reachability-example.ts from the sample'),
          '',
          `## As of ${asOf}, computed from the sample`,
          '',
          '> The figures below come from the synthetic sample data shipped with the package (see',
          '> [Sample data](../guides/sample-data.md)); they were computed by the library when this site',
          '> was built. They describe no real city.',
          '',
          `**As of ${asOf} the year can absorb ${f.slack} more non-good days** and still publish a`,
          `good-air-days ratio of at least ${f.target} %.`,
          '',
          `1. So far: ${f.good} good days of ${f.valid} valid days (days left out: ${excludedText(f.result, lang)}),`,
          `   ${published} % as published.`,
          `2. To come: ${f.remaining} days; at best every one of them is valid, so the year has`,
          `   ${f.valid} + ${f.remaining} = ${year} valid days.`,
          `3. Needed: ${f.needed} good days publish as ${pct(f.needed)} → at least ${f.target} %, while`,
          `   ${f.needed - 1} publish as ${pct(f.needed - 1)}; so B = ${f.needed}, and the year may hold`,
          `   ${year} − ${f.needed} = ${year - f.needed} non-good days.`,
          `4. Used: ${f.valid - f.good}. Left: (${f.good} + ${f.remaining}) − ${f.needed} = **${f.slack}**.`,
          '',
          `The library says: “${escapeMarkdown(explanation?.en ?? '')}”`,
          `（${escapeMarkdown(explanation?.zh ?? '')}）`,
          '',
          `### Every target as of ${asOf}`,
          '',
          markdownTable(
            ['目标 · Target', 'so far', '状态 · Status', 'what the rest of the year must deliver'],
            rows,
          ),
          '',
        ]
  return `${out.join('\n').trimEnd()}\n`
}
