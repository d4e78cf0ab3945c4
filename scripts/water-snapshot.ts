/**
 * The reviewable snapshot of the water standards (`src/standards/water/snapshot.md`): GB 3838-2002
 * Tables 1–3 and GB/T 14848-2017 as printed in the library's literal tables, and a behaviour grid
 * — the class the library gives at every limit and one step of the printed precision beyond it.
 * Written by `npm run generate`; a test fails when it drifts from the code.
 */
import {
  classifyGroundwaterItem,
  classifyIndicator,
  GB3838_TABLE1_ROWS,
  GB3838_TABLE2_ROWS,
  GB3838_TABLE3_ROWS,
  GBT14848_2017_ROWS,
  type GroundwaterItemKey,
  WATER_CLASS_LABELS,
  type WaterBody,
  type WaterIndicatorKey,
} from '../src/standards/water/index.js'

type Lang = 'zh' | 'en'

const GRID_HEAD: Readonly<Record<Lang, string>> = {
  en: 'at each limit → class; one step beyond → class',
  zh: '限值 → 类别；超出一个精度步长 → 类别',
}
const BODY_ZH: Readonly<Record<string, string>> = { river: '河流', lake: '湖、库' }
// the column of the library's keys
const KEY: Readonly<Record<Lang, string>> = { en: 'key', zh: '程序键名' }

const cell = (s: string) => s.replace(/\|/g, '\\|')
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
const head = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))]

function decimals(printed: string): number {
  const dot = printed.indexOf('.')
  return dot === -1 ? 0 : printed.length - dot - 1
}

/**
 * One step beyond a limit at `d` decimals (the finest printed precision of its row), as an exact
 * decimal text.
 */
function beyond(printed: string, direction: 1 | -1, d = decimals(printed)): string {
  const [int, frac = ''] = printed.split('.')
  const scaled = BigInt(`${int}${frac.padEnd(d, '0')}`) + BigInt(direction)
  const digits = scaled.toString().padStart(d + 1, '0')
  return d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
}

const CLASSES = ['I', 'II', 'III', 'IV', 'V'] as const

// ids sit in code on the Chinese page, as Chinese technical writing sets them
const keyCell = (lang: Lang, k: string) => (lang === 'zh' ? `\`${k}\`` : k)

function table1(lang: Lang): string[] {
  const lines = head(['序号', '项目', KEY[lang], '单位', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'])
  for (const r of GB3838_TABLE1_ROWS) {
    const cells = CLASSES.map((c) => {
      const v = (r as Record<string, unknown>)[c] as string | undefined
      const lake = 'lake' in r ? ` (湖、库 ${r.lake[c]})` : ''
      return v === undefined ? '' : `${v}${lake}`
    })
    if (r.key === 'DO') cells[0] = `${r.printed}`
    if (r.direction === 'range' || r.direction === 'relative') {
      lines.push(
        row([String(r.no), r.zh, keyCell(lang, r.key), r.unit, r.printed ?? '', '', '', '', '']),
      )
    } else lines.push(row([String(r.no), r.zh, keyCell(lang, r.key), r.unit, ...cells]))
  }
  return lines
}

function single(
  lang: Lang,
  rows: readonly {
    no: number
    key: string
    zh: string
    limit: string
    printed?: string
    note?: string
  }[],
): string[] {
  const lines = head([
    '序号',
    '项目',
    KEY[lang],
    lang === 'zh' ? '标准值（mg/L）' : '标准值 (mg/L)',
  ])
  for (const r of rows) {
    lines.push(
      row([
        String(r.no),
        r.note ? `${r.zh}（${r.note}）` : r.zh,
        keyCell(lang, r.key),
        r.printed ?? r.limit,
      ]),
    )
  }
  return lines
}

function gbt14848(table: 1 | 2, lang: Lang): string[] {
  const lines = head(['序号', '指标', KEY[lang], '单位', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'])
  for (const r of GBT14848_2017_ROWS.filter((x) => x.table === table)) {
    const v = 'kind' in r ? (r.kind === 'pH' ? 'pH<5.5 或 pH>9.0' : '有') : `>${r.IV}`
    lines.push(
      row([String(r.no), r.zh, keyCell(lang, r.key), r.unit ?? '', r.I, r.II, r.III, r.IV, v]),
    )
  }
  return lines
}

const label = (c: number) => WATER_CLASS_LABELS[c as 1]

function gridGb3838(lang: Lang): string[] {
  const lines = head(['项目', KEY[lang], '水体', GRID_HEAD[lang]])
  const items: {
    key: WaterIndicatorKey
    body: WaterBody
    limits: readonly string[]
    min: boolean
    name: string
  }[] = []
  for (const r of GB3838_TABLE1_ROWS) {
    if (!('I' in r)) continue
    const limits = CLASSES.map((c) => (r as unknown as Record<string, string>)[c] as string)
    const min = r.direction === 'min'
    if (r.key === 'TP') {
      items.push({ key: 'TP', body: 'river', limits, min, name: r.zh })
      items.push({
        key: 'TP',
        body: 'lake',
        limits: CLASSES.map((c) => r.lake[c]),
        min,
        name: r.zh,
      })
    } else
      items.push({ key: r.key, body: r.key === 'TN' ? 'lake' : 'river', limits, min, name: r.zh })
  }
  const ph = ['6', '9'].map((l) => {
    const out = beyond(l, l === '6' ? -1 : 1, 1)
    return `${l} → ${label(classifyIndicator('pH', Number(l)))}; ${out} → ${label(classifyIndicator('pH', Number(out)))}`
  })
  lines.push(row(['pH值', keyCell(lang, 'pH'), '', ph.join(' · ')]))
  for (const item of items) {
    const d = Math.max(...item.limits.map(decimals))
    const shown = [...new Set(item.limits)].map((l) => {
      const out = beyond(l, item.min ? -1 : 1, d)
      const at = classifyIndicator(item.key, Number(l), { waterBody: item.body })
      const next = classifyIndicator(item.key, Number(out), { waterBody: item.body })
      return `${l} → ${label(at)}; ${out} → ${label(next)}`
    })
    lines.push(
      row([
        item.name,
        keyCell(lang, item.key),
        item.key === 'TP' || item.key === 'TN'
          ? lang === 'zh'
            ? (BODY_ZH[item.body] ?? item.body)
            : item.body
          : '',
        shown.join(' · '),
      ]),
    )
  }
  return lines
}

function gridGbt14848(lang: Lang): string[] {
  const lines = head(['指标', KEY[lang], GRID_HEAD[lang]])
  for (const r of GBT14848_2017_ROWS) {
    const key = r.key as GroundwaterItemKey
    let shown: string[]
    if ('kind' in r && r.kind === 'text') {
      shown = [
        `无 → ${label(classifyGroundwaterItem(key, 'none'))}`,
        `有 → ${label(classifyGroundwaterItem(key, 'present'))}`,
      ]
    } else if ('kind' in r && r.kind === 'pH') {
      shown = ['5.5', '6.5', '8.5', '9.0'].map((l) => {
        const out = beyond(l, l === '5.5' || l === '6.5' ? -1 : 1, 1)
        return `${l} → ${label(classifyGroundwaterItem(key, Number(l)))}; ${out} → ${label(classifyGroundwaterItem(key, Number(out)))}`
      })
    } else {
      const limits = [r.I, r.II, r.III, r.IV].filter((l) => !l.startsWith('>'))
      const d = Math.max(...limits.filter((l) => l !== '不得检出').map(decimals))
      shown = [...new Set(limits)].map((l) => {
        if (l === '不得检出')
          return `未检出 → ${label(classifyGroundwaterItem(key, 'notDetected'))}`
        const out = beyond(l, 1, d)
        return `${l} → ${label(classifyGroundwaterItem(key, Number(l)))}; ${out} → ${label(classifyGroundwaterItem(key, Number(out)))}`
      })
    }
    lines.push(row([r.zh, keyCell(lang, r.key), shown.join(' · ')]))
  }
  return lines
}

const WORDS = {
  title: { zh: '水质标准快照', en: 'Water standards snapshot' },
  intro: {
    en: [
      'The tables of `eco-targets/water` as printed (GB 3838-2002 Tables 1–3 checked against the scan of',
      'the standard; GB/T 14848-2017 from two transcriptions that agree), and what the library does at',
      'each limit: the class at the limit and one step beyond it (above a maximum, below a minimum) at',
      'the finest printed precision of the row (0.01 for TP on rivers, 0.001 on lakes, 0.1 for pH).',
      'Limits are inclusive; a limit shared by several classes gives the',
      'better class (GB/T 14848-2017 §6 “从优不从劣”).',
    ],
    // one paragraph a line: a line break inside Chinese text would show as a space
    zh: [
      '`eco-targets/water` 的标准限值表按原文排印（GB 3838-2002 表1至表3已与标准扫描件核对；GB/T 14848-2017 取自两份一致的转录），以及库在每个限值处的判定：限值处的类别，和按该行最细的印刷精度超出限值一步（高于上限、低于下限）时的类别（河流总磷 0.01，湖库总磷 0.001，pH 0.1）。限值包含在内；几个类别共用一个限值时取较好的类别（GB/T 14848-2017 第6条“从优不从劣”）。',
    ],
  },
  table1: {
    en: '## GB 3838-2002 表1 地表水环境质量标准基本项目标准限值 (mg/L unless stated)',
    zh: '## GB 3838-2002 表1 地表水环境质量标准基本项目标准限值（除注明外单位为 mg/L）',
  },
  grid3838: { en: '## Behaviour grid: GB 3838-2002 表1', zh: '## 行为对照表：GB 3838-2002 表1' },
  bodies: {
    en: 'TP on rivers and on lakes and reservoirs (湖、库); TN on lakes and reservoirs (it has no river limit).',
    zh: '总磷分河流和湖、库；总氮只用于湖、库（河流没有总氮限值）。',
  },
  grid14848: { en: '## Behaviour grid: GB/T 14848-2017', zh: '## 行为对照表：GB/T 14848-2017' },
} as const

/**
 * The snapshot page, in English (`snapshot.md`) or Chinese (`snapshot.zh.md`, the Chinese site's
 * page): the same tables, the words around them in the page's language.
 */
export function renderWaterSnapshot(lang: Lang = 'en'): string {
  return `${[
    '---',
    `title: ${WORDS.title[lang]}`,
    '---',
    '',
    `# ${WORDS.title[lang]}`,
    '',
    '<!-- Generated by `npm run generate` from src/standards/water; do not edit. -->',
    '',
    ...WORDS.intro[lang],
    '',
    WORDS.table1[lang],
    '',
    ...table1(lang),
    '',
    '## GB 3838-2002 表2 集中式生活饮用水地表水源地补充项目标准限值',
    '',
    ...single(lang, GB3838_TABLE2_ROWS),
    '',
    '## GB 3838-2002 表3 集中式生活饮用水地表水源地特定项目标准限值',
    '',
    ...single(lang, GB3838_TABLE3_ROWS),
    '',
    '## GB/T 14848-2017 表1 地下水质量常规指标及限值',
    '',
    ...gbt14848(1, lang),
    '',
    '## GB/T 14848-2017 表2 地下水质量非常规指标及限值',
    '',
    ...gbt14848(2, lang),
    '',
    WORDS.grid3838[lang],
    '',
    WORDS.bodies[lang],
    '',
    ...gridGb3838(lang),
    '',
    WORDS.grid14848[lang],
    '',
    ...gridGbt14848(lang),
  ].join('\n')}\n`
}
