/**
 * The two AQI pages: the editions side by side (methods) and the categories in their official
 * colours (pictures), both rendered from the library's frozen tables.
 */
import { HJ633_2012_TABLE, HJ633_2026_TABLE } from '../../src/standards/air/index.js'
import { frontMatter, generatedNote } from './_markdown.js'
import { listBreakpointDifferences, renderBreakpointComparison } from './aqi-breakpoints.js'
import { renderAqiCategoryTables } from './aqi-categories.js'

/** The "AQI: HJ 633-2012 and 2026" page. */
export function renderAqiEditionsPage(): string {
  const footnote = (c: 'so2_1h' | 'o3_8h') => {
    const show = (v: number | null | undefined) =>
      v === null ? 'not indexed' : v === undefined ? 'capped at 500' : `counted as IAQI ${v}`
    return `${show(HJ633_2012_TABLE.beyond[c])} (2012) → ${show(HJ633_2026_TABLE.beyond[c])} (2026)`
  }
  const page = [
    frontMatter({ title: 'AQI: HJ 633-2012 and 2026' }),
    generatedNote('scripts/docs/aqi-pages.ts from the breakpoint tables of eco-targets/air'),
    '',
    '# AQI: HJ 633-2012 and HJ 633-2026 side by side',
    '',
    'The air quality index (空气质量指数, AQI) of a day is the largest of the individual indices',
    '(空气质量分指数, IAQI) of its pollutants; each IAQI is interpolated linearly between the two',
    'breakpoints around the concentration (HJ 633-2012 §4.2 式(1); HJ 633-2026 §4.2.4) and rounded',
    'up to an integer (2012 §6.2, 2026 §4.2.6). The [air-quality guide](../guides/air-quality.md)',
    'explains every step; this page compares the two editions’ breakpoint tables.',
    '',
    'HJ 633-2012 applies to data dated 2016-01-01 to 2026-02-28, and so to the 2022 plan; HJ 633-2026',
    "applies from 2026-03-01 (project decision 1: `standard: 'HJ633-2026'` selects it).",
    '',
    '## Breakpoints (表1 of 2012, 表3 of 2026)',
    '',
    'Concentrations in µg/m³, CO in mg/m³. A cell with an arrow is where 2026 differs from 2012:',
    '“75 → **60**” reads 75 in 2012 and 60 in 2026. The table is rendered from the library’s own frozen tables',
    '({@link air!HJ633_2012_TABLE | HJ633_2012_TABLE}, {@link air!HJ633_2026_TABLE | HJ633_2026_TABLE})',
    'when this site is built.',
    '',
    renderBreakpointComparison(),
    '',
    'Where the editions differ:',
    '',
    ...listBreakpointDifferences().map((d) => `- ${d}`),
    '',
    'Above the last breakpoint of a column:',
    '',
    `- SO₂ 1-hour above 800 µg/m³: ${footnote('so2_1h')}. In 2012 the SO₂ IAQI is then taken`,
    '  from the 24-hour mean (表1 note 2); in 2026 it counts as 200 (表3 note b).',
    `- O₃ 8-hour above 800 µg/m³: ${footnote('o3_8h')}. In 2012 the O₃ IAQI is then taken from`,
    '  the 1-hour value (表1 note 3); in 2026 it counts as 300 (表3 note c).',
    '- Every other column: HJ 633-2012 is silent; the library caps the IAQI at 500 and flags it',
    '  (project decision 3).',
    '',
    'The 1-hour SO₂, NO₂ and CO columns serve the real-time report only (2012 表1 note 1).',
    '',
    '## What else changed',
    '',
    'The [air-quality guide](../guides/air-quality.md) lists every difference with its clause: the',
    'daily report drops the O₃ daily maximum 1-hour mean (2026 §4.2.2), real-time PM indices use the',
    '1-hour value on the daily column (§4.2.4), concentrations are rounded by GB/T 8170 before',
    'indexing (§4.2.2), an AQI with a missing indicator is published only above 100 (§5.3.1), and',
    'exceeding pollutants (超标污染物) are gone. The categories and colours are the same; their',
    'health texts changed ([AQI categories and colours](./aqi-categories.md)).',
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}

/** The "AQI categories and colours" page. */
export function renderAqiCategoriesPage(): string {
  const tables = renderAqiCategoryTables()
  const page = [
    frontMatter({ title: 'AQI categories and colours' }),
    generatedNote('scripts/docs/aqi-pages.ts from the category data of eco-targets/air'),
    '',
    '# AQI categories and colours',
    '',
    'The six categories of the air quality index with the colours of HJ 633 附录A 表A.1 (RGB for',
    'screens, CMYK for print), the health effects and the advice. The Chinese texts are quoted from',
    'the standard; the English texts are this library’s translation. The tables are rendered from',
    '{@link air!HJ633_2012_CATEGORIES | HJ633_2012_CATEGORIES} and',
    '{@link air!HJ633_2026_CATEGORIES | HJ633_2026_CATEGORIES} when this site is built;',
    '{@link air!aqiCategory | aqiCategory} returns the row of an AQI.',
    '',
    'A good day (优良天) is a day of category 优 or 良 (AQI ≤ 100); a heavy-pollution day (重污染天)',
    'is 重度污染 or 严重污染 (AQI > 200).',
    '',
    '## HJ 633-2012 (表2), used for the 2022 plan',
    '',
    tables['2012'],
    '',
    '## HJ 633-2026 (表1)',
    '',
    'The colours are unchanged. The first category starts at 1, and the texts name 敏感人群',
    '(sensitive groups) and 心血管系统 (the cardiovascular system) where 2012 said 易感人群 and 心脏.',
    '',
    tables['2026'],
    '',
  ]
  return `${page.join('\n').trimEnd()}\n`
}
