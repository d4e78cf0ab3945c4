/**
 * The worked reachability example of the site, computed by the library on the bundled sample
 * as of mid-year when the site is built, with the arithmetic re-done here as a check.
 */
import { compareWithTarget, TARGET_STATUS_LABELS, type TargetResult } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'
import { escapeMarkdown, generatedNote, markdownTable } from './_markdown.js'
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

function excludedText(result: TargetResult): string {
  const parts = result.coverage.excluded.map((e) => `${e.count} ${e.reason}`)
  return parts.length ? parts.join(', ') : 'none'
}

/** The generated part of the reachability page (headings from level 2). */
export function renderReachabilityExample(asOf = '2022-06-30'): string {
  const f = goodDaysFigures(asOf)
  const evaluation = evaluateSample(asOf)
  const year = f.valid + f.remaining
  const pct = (n: number) => `${((n / year) * 100).toFixed(2)} %`
  const rows = evaluation.targets.map((r) => {
    const t = plan2022.targets.find((x) => x.id === r.target)
    return [
      escapeMarkdown(t ? `${t.title.zh} · ${t.title.en}` : r.target),
      r.actual ? String(r.actual.published) : '—',
      `${TARGET_STATUS_LABELS[r.status].zh} · ${TARGET_STATUS_LABELS[r.status].en}`,
      escapeMarkdown(r.reachability?.explanation.en ?? '—'),
    ]
  })
  const out = [
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
    `1. So far: ${f.good} good days of ${f.valid} valid days (days left out: ${excludedText(f.result)}),`,
    `   ${f.result.actual?.published} % as published.`,
    `2. To come: ${f.remaining} days; at best every one of them is valid, so the year has`,
    `   ${f.valid} + ${f.remaining} = ${year} valid days.`,
    `3. Needed: ${f.needed} good days publish as ${pct(f.needed)} → at least ${f.target} %, while`,
    `   ${f.needed - 1} publish as ${pct(f.needed - 1)}; so B = ${f.needed}, and the year may hold`,
    `   ${year} − ${f.needed} = ${year - f.needed} non-good days.`,
    `4. Used: ${f.valid - f.good}. Left: (${f.good} + ${f.remaining}) − ${f.needed} = **${f.slack}**.`,
    '',
    `The library says: “${escapeMarkdown(f.result.reachability?.explanation.en ?? '')}”`,
    `（${escapeMarkdown(f.result.reachability?.explanation.zh ?? '')}）`,
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
