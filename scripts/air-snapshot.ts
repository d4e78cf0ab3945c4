/**
 * The reviewable snapshot of the air standards (`src/standards/air/snapshot.md`): the HJ 633-2012
 * and HJ 633-2026 breakpoint tables as printed in the library's literal tables, and a behaviour
 * grid — the IAQI the library gives at every breakpoint and one step of the printed precision
 * below and above it, for both editions. Written by `npm run generate`; a test fails when it
 * drifts from the code.
 */
import {
  AQI_TABLE_SOURCES,
  type AqiBreakpointRow,
  type AqiColumn,
  type AqiStandard,
  HJ633_2012_CATEGORIES,
  HJ633_2012_ROWS,
  HJ633_2026_CATEGORIES,
  HJ633_2026_ROWS,
  iaqi,
} from '../src/standards/air/index.js'

type Lang = 'zh' | 'en'

const cell = (s: string) => s.replace(/\|/g, '\\|')
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
const head = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))]

const ROWS: Readonly<Record<AqiStandard, readonly AqiBreakpointRow[]>> = {
  'HJ633-2012': HJ633_2012_ROWS,
  'HJ633-2026': HJ633_2026_ROWS,
}

const NAMES: Readonly<Record<AqiColumn, string>> = {
  so2_24h: 'SO2 24小时平均',
  so2_1h: 'SO2 1小时平均',
  no2_24h: 'NO2 24小时平均',
  no2_1h: 'NO2 1小时平均',
  co_24h: 'CO 24小时平均',
  co_1h: 'CO 1小时平均',
  o3_1h: 'O3 1小时平均',
  o3_8h: 'O3 8小时滑动平均',
  pm10_24h: 'PM10 24小时平均',
  pm25_24h: 'PM2.5 24小时平均',
}

// the mark the table prints instead of a value, per edition and column
const MARKS: Readonly<Record<AqiStandard, Partial<Record<AqiColumn, string>>>> = {
  'HJ633-2012': { so2_1h: '(2)', o3_8h: '(3)' },
  'HJ633-2026': { so2_1h: 'b', o3_8h: 'c' },
}

function printed(standard: AqiStandard, lang: Lang): string[] {
  const source = AQI_TABLE_SOURCES[standard]
  const name = (c: AqiColumn) => (lang === 'zh' ? `${NAMES[c]}（\`${c}\`）` : `${NAMES[c]} (${c})`)
  const lines = head(['IAQI', ...source.columns.map(name)])
  for (const r of ROWS[standard]) {
    lines.push(
      row([
        String(r.iaqi),
        ...source.columns.map((c) => {
          const v = r[c]
          return v === null ? (MARKS[standard][c] ?? '') : String(v)
        }),
      ]),
    )
  }
  return lines
}

function notes(standard: AqiStandard): string[] {
  return Object.entries(AQI_TABLE_SOURCES[standard].notes).map(
    ([mark, text]) => `- ${mark} ${text}`,
  )
}

// One step of the printed precision: CO is printed in mg/m³ to one decimal, the rest in µg/m³.
const step = (column: AqiColumn) => (column.startsWith('co_') ? 1 : 10)
const text = (tenths: number) =>
  tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)

function value(standard: AqiStandard, column: AqiColumn, tenths: number, lang: Lang): string {
  const r = iaqi(column, text(tenths), { standard, maxPlausibleCo: 1e6 })
  return r === null ? (lang === 'zh' ? '不计算分指数' : 'not indexed') : String(r)
}

function grid(standard: AqiStandard, lang: Lang): string[] {
  const source = AQI_TABLE_SOURCES[standard]
  const rows = ROWS[standard]
  const lines = head([lang === 'zh' ? '指标列' : 'column', ...rows.map((r) => `IAQI ${r.iaqi}`)])
  for (const column of source.columns) {
    const cells = rows.map((r) => {
      const bp = r[column]
      if (bp === null) return MARKS[standard][column] ?? ''
      const at = bp * 10
      const s = step(column)
      const shown = [...(at > 0 ? [at - s] : []), at, at + s]
      return shown.map((t) => `${text(t)} → ${value(standard, column, t, lang)}`).join(' · ')
    })
    lines.push(row([lang === 'zh' ? `\`${column}\`` : column, ...cells]))
  }
  return lines
}

function categories(standard: AqiStandard): string[] {
  const table = standard === 'HJ633-2026' ? HJ633_2026_CATEGORIES : HJ633_2012_CATEGORIES
  const lines = head(['级别', 'AQI', '类别', '颜色', 'RGB', 'CMYK'])
  for (const c of table) {
    const [lo, hi] = c.range
    lines.push(
      row([
        `${c.level} ${c.levelName.zh}`,
        hi === null ? `> ${lo - 1}` : `${lo}–${hi}`,
        c.name.zh,
        c.color.name.zh,
        c.color.rgb.join(','),
        c.color.cmyk.join(','),
      ]),
    )
  }
  return lines
}

function edition(standard: AqiStandard, categoryClause: string, lang: Lang): string[] {
  const source = AQI_TABLE_SOURCES[standard]
  return [
    `## ${source.clause} ${source.title}`,
    '',
    lang === 'zh' ? '单位：µg/m³；CO 为 mg/m³。' : 'µg/m³; CO mg/m³.',
    '',
    ...printed(standard, lang),
    '',
    ...notes(standard),
    '',
    `## ${categoryClause}`,
    '',
    ...categories(standard),
    '',
    lang === 'zh' ? `## 行为对照表：${standard}` : `## Behaviour grid: ${standard}`,
    '',
    ...grid(standard, lang),
  ]
}

const INTRO: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'The breakpoint tables of `eco-targets/air` as printed (HJ 633-2012 表1, HJ 633-2026 表3; one',
    'line per printed row), the categories, and what `iaqi` gives at every breakpoint and one step',
    'of the printed precision below and above it (1 µg/m³; 0.1 mg/m³ for CO), with the defaults',
    'of each edition (2026 rounds the concentration by GB/T 8170 first, which leaves these values',
    'unchanged). Above the top breakpoint the IAQI is 500 (capped, flagged in reports) unless a',
    'note says otherwise: under 2012 SO2 1-hour and O3 8-hour above 800 are not indexed (notes 2',
    'and 3), under 2026 they count 200 and 300 (notes b and c). CO above its plausibility bound',
    '(60 mg/m³ daily, 150 hourly) is rejected by the functions; the grid lifts the bound to show',
    'the table. IAQIs are rounded up (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6).',
  ],
  // one paragraph a line: a line break inside Chinese text would show as a space
  zh: [
    '`eco-targets/air` 的浓度限值表按原文排印（HJ 633-2012 表1、HJ 633-2026 表3，每个印刷行一行）、空气质量指数类别，以及 `iaqi` 在每个浓度限值处和按印刷精度上下各一步（1 µg/m³；CO 为 0.1 mg/m³）给出的分指数，采用各版本的默认设置（2026 版先按 GB/T 8170 修约浓度，不改变这些数值）。浓度高于最高限值时 IAQI 按 500 计（封顶，报告中注明），注释另有规定的除外：按 2012 版，SO2 1小时平均和 O3 8小时平均高于 800 时不计算分指数（注（2）、注（3）），按 2026 版分别按 200 和 300 计（注 b、注 c）。CO 超过合理上限（日均 60 mg/m³，小时 150 mg/m³）时函数拒收；本表为展示限值表而放宽了该上限。IAQI 向上取整（HJ 633-2012 第6.2条，HJ 633-2026 第4.2.6条）。',
  ],
}

const CATEGORY_CLAUSES: Readonly<Record<Lang, readonly [string, string]>> = {
  en: [
    'HJ 633-2012 §4.3 表2 空气质量指数及相关信息 (colours: 附录A 表A.1)',
    'HJ 633-2026 §4.1.1 表1 空气质量指数及相关信息 (colours: 附录A 表A.1)',
  ],
  zh: [
    'HJ 633-2012 第4.3条表2 空气质量指数及相关信息（颜色：附录A 表A.1）',
    'HJ 633-2026 第4.1.1条表1 空气质量指数及相关信息（颜色：附录A 表A.1）',
  ],
}

/**
 * The snapshot page, in English (`snapshot.md`) or Chinese (`snapshot.zh.md`, the Chinese site's
 * page): the same tables, the words around them in the page's language.
 */
export function renderAirSnapshot(lang: Lang = 'en'): string {
  const title = lang === 'zh' ? '空气质量标准快照' : 'Air standards snapshot'
  const [clause2012, clause2026] = CATEGORY_CLAUSES[lang]
  return `${[
    '---',
    `title: ${title}`,
    '---',
    '',
    `# ${title}`,
    '',
    '<!-- Generated by `npm run generate` from src/standards/air; do not edit. -->',
    '',
    ...INTRO[lang],
    '',
    ...edition('HJ633-2012', clause2012, lang),
    '',
    ...edition('HJ633-2026', clause2026, lang),
  ].join('\n')}\n`
}
