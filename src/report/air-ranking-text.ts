import { renderTextTable } from '../_lib/text-table.js'
import {
  type CityRanking,
  COMPOSITE_INDEX_POLLUTANT_LABELS,
  COMPOSITE_INDEX_POLLUTANTS,
} from '../standards/air/index.js'
import { formatGbt8170 } from '../standards/gbt8170.js'
import { periodText } from './_format.js'
import type { Lang } from './labels.js'

/** Options of {@link renderAirRankingText}. @category Report */
export interface RenderAirRankingTextOptions {
  /** Language of the words (default `zh`). */
  readonly lang?: Lang
}

const WORDS = {
  raw: { zh: '不扣除沙尘', en: 'dust kept' },
  deducted: { zh: '扣除沙尘', en: 'dust deducted' },
  header: {
    zh: [
      '排名',
      '城市',
      '综合指数',
      '首要污染物',
      'SO2',
      'NO2',
      'PM10',
      'PM2.5',
      'CO 第95百分位',
      'O3 第90百分位',
      '优良天数比例',
      '排名',
    ],
    en: [
      'rank',
      'city',
      'index',
      'primary',
      'SO2',
      'NO2',
      'PM10',
      'PM2.5',
      'CO-P95',
      'O3-P90',
      'good days',
      'rank',
    ],
  },
} as const

/**
 * The cities ranked by the composite air-quality index, as text: one row per city with its
 * rank (shared ranks marked =), index, primary pollutant, the six statistics (CO the 95th, O3
 * the 90th percentile), good-days ratio and its rank; the cities without an index last. Chinese
 * or English; what `eco-targets air --rank` prints.
 *
 * @param ranking - the result of `rankCities`
 * @param options - the language
 * @returns the text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * import { renderAirRankingText } from 'eco-targets'
 * import { rankCities } from 'eco-targets/air'
 * const days = [1, 2].map((d) => ({
 *   date: `2022-01-0${d}`, so2: 10, no2: 30, co: 1, pm10: 70, pm25: 35, o3_1h: 90, o3_8h: 80,
 * }))
 * const text = renderAirRankingText(rankCities([{ city: '甲市', days }]), { lang: 'zh' })
 * text.split('\n')[0]
 * //=> '环境空气质量综合指数，2022年1月1日至2022年1月2日（GB3095-2012；未给出沙尘天）'
 * ```
 */
export function renderAirRankingText(
  ranking: CityRanking,
  options: RenderAirRankingTextOptions = {},
): string {
  const lang = options.lang ?? 'zh'
  const zh = lang === 'zh'
  const names = (keys: readonly (keyof typeof COMPOSITE_INDEX_POLLUTANT_LABELS)[]) =>
    keys.map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p]).join(zh ? '、' : ', ')
  const { start, end } = ranking.period
  const tied = (key: 'compositeIndex' | 'goodDaysRatio', city: string) =>
    ranking.rankings[key].ranked.find((x) => x.city === city)?.tied ? '=' : ''
  const rows = ranking.cities.map((c) => {
    const ci = c.compositeIndex
    return [
      c.ranks.compositeIndex === null
        ? '—'
        : `${c.ranks.compositeIndex}${tied('compositeIndex', c.city)}`,
      c.city,
      ci.index === null ? '—' : formatGbt8170(ci.index.exact, 2),
      names(ci.primaryPollutants),
      ...COMPOSITE_INDEX_POLLUTANTS.map((p) => {
        const sub = ci.subIndices[p]
        return sub ? formatGbt8170(sub.value, sub.concentration.precision) : '—'
      }),
      c.goodDaysRatio === null
        ? '—'
        : `${formatGbt8170(c.goodDaysRatio.exact, 1)}${zh ? '%' : ' %'}`,
      c.ranks.goodDaysRatio === null
        ? '—'
        : `${c.ranks.goodDaysRatio}${tied('goodDaysRatio', c.city)}`,
    ]
  })
  const { dust } = ranking
  const basis = (b: 'raw' | 'deducted') => WORDS[b][lang]
  const dustText =
    dust.citiesWithDustDays.length === 0
      ? zh
        ? '未给出沙尘天'
        : 'no dust days given'
      : zh
        ? `浓度和指数：${basis(dust.concentrations)}，优良天数比例：${basis(dust.goodDaysRatio)}`
        : `concentrations and index: ${basis(dust.concentrations)}, good-days ratio: ${basis(dust.goodDaysRatio)}`
  const edition = ranking.edition
  const lines = [
    zh
      ? `环境空气质量综合指数，${periodText(start, end, lang)}（${edition}；${dustText}）`
      : `Composite air-quality index, ${start} – ${end} (${edition}; ${dustText})`,
    '',
    renderTextTable([...WORDS.header[lang]], rows, {
      right: [2, 4, 5, 6, 7, 8, 9, 10],
    }).trimEnd(),
  ]
  const apart = ranking.rankings.compositeIndex.insufficient
  if (apart.length > 0) {
    const list = apart.map((a) =>
      zh ? `${a.city}（${names(a.missing ?? [])}）` : `${a.city} (${names(a.missing ?? [])})`,
    )
    lines.push(
      '',
      zh
        ? `  未参与排名（有污染物无数据）：${list.join('、')}`
        : `  not ranked (a pollutant without data): ${list.join(', ')}`,
    )
  }
  lines.push(
    '',
    zh
      ? '  单项指数为污染物浓度与 GB 3095-2012 二级浓度限值之比，综合指数为各单项指数之和（环办〔2014〕64号）；数值越小越好，数值相同者并列（=）。'
      : '  Iᵢ = Cᵢ / Sᵢ, index = ΣIᵢ (环办〔2014〕64号); smaller is better; equal figures share a rank (=).',
  )
  return `${lines.join('\n')}\n`
}
