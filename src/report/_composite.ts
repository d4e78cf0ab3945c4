import type { LocalizedText } from '../_lib/localized-text.js'
import type { CityStanding } from '../evaluate/city-ranking.js'
import { COMPOSITE_INDEX_POLLUTANT_LABELS } from '../standards/air/index.js'
import { cell, escapeHtml, fixed } from './_format.js'
import type { Lang } from './labels.js'

// The section of a month's report that places the city among the cities given: the composite
// index, its rank (并列 shared), the good-days ratio and, with the previous year, the change.

const WORDS = {
  title: { zh: '环境空气质量综合指数与排名', en: 'Composite air-quality index and rank' },
  rank: { zh: '排名', en: 'Rank' },
  city: { zh: '城市', en: 'City' },
  index: { zh: '综合指数', en: 'Composite index' },
  primary: { zh: '首要污染物', en: 'Primary pollutant' },
  ratio: { zh: '优良天数比例', en: 'Good-days ratio' },
  change: { zh: '综合指数同比', en: 'Index, year on year' },
  insufficient: { zh: '数据不足', en: 'Insufficient data' },
} satisfies Record<string, LocalizedText>

const COLUMNS: readonly LocalizedText[] = [
  WORDS.rank,
  WORDS.city,
  WORDS.index,
  WORDS.primary,
  WORDS.ratio,
]

interface Row {
  readonly rank: string
  readonly city: string
  readonly index: string
  readonly primary: string
  readonly ratio: string
  readonly change: string
  readonly own: boolean
}

// signs as the report writes margins: + above zero, − (minus sign) below, ± at zero
const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±')

function rows(s: CityStanding, lang: Lang): Row[] {
  return s.ranking.cities.map((c) => {
    const ci = c.compositeIndex
    const change = c.change?.compositeIndex.change
    return {
      rank: c.ranks.compositeIndex === null ? '—' : String(c.ranks.compositeIndex),
      city: c.city,
      index: ci.index === null ? WORDS.insufficient[lang] : fixed(ci.index.published, 2),
      primary:
        ci.primaryPollutants.map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p]).join(', ') || '—',
      ratio: c.goodDaysRatio === null ? '—' : `${fixed(c.goodDaysRatio.published, 1)}%`,
      change: change ? `${sign(change.published)}${fixed(Math.abs(change.published), 1)}%` : '—',
      own: c.city === s.city,
    }
  })
}

function dustNote(s: CityStanding, lang: Lang): string {
  const { concentrations, goodDaysRatio, citiesWithDustDays } = s.ranking.dust
  const none = citiesWithDustDays.length === 0
  if (lang === 'zh') {
    return `PM10、PM2.5 浓度与综合指数${concentrations === 'deducted' ? '扣除' : '未扣除'}沙尘天气影响，优良天数比例${goodDaysRatio === 'deducted' ? '扣除' : '保留'}沙尘${none ? '（未给出沙尘日期）' : ''}；标准限值 ${s.ranking.edition}；并列者名次相同，其后名次空缺。`
  }
  return `PM10, PM2.5 and the index ${concentrations === 'deducted' ? 'leave out' : 'keep'} dust-affected days, the good-days ratio ${goodDaysRatio === 'deducted' ? 'leaves them out' : 'keeps them'}${none ? ' (no dust dates were given)' : ''}; limits of ${s.ranking.edition}; equal figures share a rank and the next rank is skipped.`
}

/** The section in Markdown. */
export function compositeSectionMarkdown(s: CityStanding, lang: Lang): string[] {
  const withChange = s.ranking.previousPeriod !== null
  const head = COLUMNS.concat(withChange ? [WORDS.change] : []).map((w) => w[lang])
  const body = rows(s, lang).map((r) => {
    const cells = [r.rank, r.city, r.index, r.primary, r.ratio]
      .concat(withChange ? [r.change] : [])
      .map((x) => (r.own ? `**${cell(x)}**` : cell(x)))
    return `| ${cells.join(' | ')} |`
  })
  return [
    `## ${WORDS.title[lang]}`,
    '',
    s.explanation[lang],
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---|').join('')}`,
    ...body,
    '',
    `> ${dustNote(s, lang)}`,
    '',
  ]
}

/** The section in HTML. */
export function compositeSectionHtml(s: CityStanding, lang: Lang): string {
  const withChange = s.ranking.previousPeriod !== null
  const head = COLUMNS.concat(withChange ? [WORDS.change] : [])
    .map((w) => `<th>${escapeHtml(w[lang])}</th>`)
    .join('')
  const body = rows(s, lang)
    .map((r) => {
      const cells = [
        `<td class="num">${escapeHtml(r.rank)}</td>`,
        `<td>${escapeHtml(r.city)}</td>`,
        `<td class="num">${escapeHtml(r.index)}</td>`,
        `<td>${escapeHtml(r.primary)}</td>`,
        `<td class="num">${escapeHtml(r.ratio)}</td>`,
        ...(withChange ? [`<td class="num">${escapeHtml(r.change)}</td>`] : []),
      ]
      return `<tr${r.own ? ' style="font-weight:600;background:#fff8c5"' : ''}>${cells.join('')}</tr>`
    })
    .join('')
  return `<section id="composite-index"><h2>${escapeHtml(WORDS.title[lang])}</h2><p>${escapeHtml(s.explanation[lang])}</p><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table><p class="why">${escapeHtml(dustNote(s, lang))}</p></section>`
}
