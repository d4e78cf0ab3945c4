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

function table1(): string[] {
  const lines = head(['序号', '项目', 'key', '单位', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'])
  for (const r of GB3838_TABLE1_ROWS) {
    const cells = CLASSES.map((c) => {
      const v = (r as Record<string, unknown>)[c] as string | undefined
      const lake = 'lake' in r ? ` (湖、库 ${r.lake[c]})` : ''
      return v === undefined ? '' : `${v}${lake}`
    })
    if (r.key === 'DO') cells[0] = `${r.printed}`
    if (r.direction === 'range' || r.direction === 'relative') {
      lines.push(row([String(r.no), r.zh, r.key, r.unit, r.printed ?? '', '', '', '', '']))
    } else lines.push(row([String(r.no), r.zh, r.key, r.unit, ...cells]))
  }
  return lines
}

function single(
  rows: readonly {
    no: number
    key: string
    zh: string
    limit: string
    printed?: string
    note?: string
  }[],
): string[] {
  const lines = head(['序号', '项目', 'key', '标准值 (mg/L)'])
  for (const r of rows) {
    lines.push(
      row([String(r.no), r.note ? `${r.zh}（${r.note}）` : r.zh, r.key, r.printed ?? r.limit]),
    )
  }
  return lines
}

function gbt14848(table: 1 | 2): string[] {
  const lines = head(['序号', '指标', 'key', '单位', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'])
  for (const r of GBT14848_2017_ROWS.filter((x) => x.table === table)) {
    const v = 'kind' in r ? (r.kind === 'pH' ? 'pH<5.5 或 pH>9.0' : '有') : `>${r.IV}`
    lines.push(row([String(r.no), r.zh, r.key, r.unit ?? '', r.I, r.II, r.III, r.IV, v]))
  }
  return lines
}

const label = (c: number) => WATER_CLASS_LABELS[c as 1]

function gridGb3838(): string[] {
  const lines = head(['项目', 'key', '水体', 'at each limit → class; one step beyond → class'])
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
  lines.push(row(['pH值', 'pH', '', ph.join(' · ')]))
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
        item.key,
        item.key === 'TP' || item.key === 'TN' ? item.body : '',
        shown.join(' · '),
      ]),
    )
  }
  return lines
}

function gridGbt14848(): string[] {
  const lines = head(['指标', 'key', 'at each limit → class; one step beyond → class'])
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
    lines.push(row([r.zh, r.key, shown.join(' · ')]))
  }
  return lines
}

/** The snapshot page. */
export function renderWaterSnapshot(): string {
  return `${[
    '---',
    'title: Water standards snapshot',
    '---',
    '',
    '# Water standards snapshot',
    '',
    '<!-- Generated by `npm run generate` from src/standards/water; do not edit. -->',
    '',
    'The tables of `eco-targets/water` as printed (GB 3838-2002 Tables 1–3 checked against the scan of',
    'the standard; GB/T 14848-2017 from two transcriptions that agree), and what the library does at',
    'each limit: the class at the limit and one step beyond it (above a maximum, below a minimum) at',
    'the finest printed precision of the row (0.01 for TP on rivers, 0.001 on lakes, 0.1 for pH).',
    'Limits are inclusive; a limit shared by several classes gives the',
    'better class (GB/T 14848-2017 §6 “从优不从劣”).',
    '',
    '## GB 3838-2002 表1 地表水环境质量标准基本项目标准限值 (mg/L unless stated)',
    '',
    ...table1(),
    '',
    '## GB 3838-2002 表2 集中式生活饮用水地表水源地补充项目标准限值',
    '',
    ...single(GB3838_TABLE2_ROWS),
    '',
    '## GB 3838-2002 表3 集中式生活饮用水地表水源地特定项目标准限值',
    '',
    ...single(GB3838_TABLE3_ROWS),
    '',
    '## GB/T 14848-2017 表1 地下水质量常规指标及限值',
    '',
    ...gbt14848(1),
    '',
    '## GB/T 14848-2017 表2 地下水质量非常规指标及限值',
    '',
    ...gbt14848(2),
    '',
    '## Behaviour grid: GB 3838-2002 表1',
    '',
    'TP on rivers and on lakes and reservoirs (湖、库); TN on lakes and reservoirs (it has no river limit).',
    '',
    ...gridGb3838(),
    '',
    '## Behaviour grid: GB/T 14848-2017',
    '',
    ...gridGbt14848(),
  ].join('\n')}\n`
}
