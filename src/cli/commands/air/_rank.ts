import { formatGbt8170 } from '../../../index.js'
import {
  type CityRanking,
  COMPOSITE_INDEX_POLLUTANT_LABELS,
  COMPOSITE_INDEX_POLLUTANTS,
} from '../../../standards/air/index.js'
import { renderTable } from '../../output/table.js'

const BASIS = { raw: 'dust kept', deducted: 'dust deducted' } as const

/**
 * The cities ranked by the composite air-quality index, as text: one row per city with its
 * rank (shared ranks marked =), index, primary pollutant, the six statistics (CO the 95th, O3
 * the 90th percentile), good-days ratio and its rank; the cities without an index last.
 *
 * @param ranking - the result of rankCities
 * @returns the text
 */
export function renderRankingText(ranking: CityRanking): string {
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
      ci.primaryPollutants.map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p]).join(', '),
      ...COMPOSITE_INDEX_POLLUTANTS.map((p) => {
        const sub = ci.subIndices[p]
        return sub ? formatGbt8170(sub.value, sub.concentration.precision) : '—'
      }),
      c.goodDaysRatio === null ? '—' : `${formatGbt8170(c.goodDaysRatio.exact, 1)} %`,
      c.ranks.goodDaysRatio === null
        ? '—'
        : `${c.ranks.goodDaysRatio}${tied('goodDaysRatio', c.city)}`,
    ]
  })
  const dust =
    ranking.dust.citiesWithDustDays.length === 0
      ? 'no dust days given'
      : `concentrations and index: ${BASIS[ranking.dust.concentrations]}, good-days ratio: ${BASIS[ranking.dust.goodDaysRatio]}`
  const lines = [
    `Composite air-quality index, ${start} – ${end} (${ranking.edition}; ${dust})`,
    '',
    renderTable(
      [
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
      rows,
      { right: [2, 4, 5, 6, 7, 8, 9, 10] },
    ).trimEnd(),
  ]
  const apart = ranking.rankings.compositeIndex.insufficient
  if (apart.length > 0) {
    lines.push(
      '',
      `  not ranked (a pollutant without data): ${apart
        .map(
          (a) =>
            `${a.city} (${(a.missing ?? []).map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p]).join(', ')})`,
        )
        .join(', ')}`,
    )
  }
  lines.push(
    '',
    '  Iᵢ = Cᵢ / Sᵢ, index = ΣIᵢ (环办〔2014〕64号); smaller is better; equal figures share a rank (=).',
  )
  return `${lines.join('\n')}\n`
}
