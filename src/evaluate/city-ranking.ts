import * as zm from 'zod/mini'
import { expect, issue } from '../_lib/errors/catalogue.js'
import { zodMessage } from '../_lib/errors/from-zod.js'
import { InputError } from '../_lib/errors/input-error.js'
import type { LocalizedText } from '../_lib/localized-text.js'
import { defineOptions } from '../_lib/options.js'
import type { CityStandingSchema } from '../schemas/city-standing.js'
import {
  COMPOSITE_INDEX_POLLUTANT_LABELS,
  type CompositeIndexResult,
  type PeriodChange,
  type RankCityInput,
  rankCities,
} from '../standards/air/index.js'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * Options of {@link evaluateCityRanking}: the `city` whose standing is wanted, the `month`
 * (`YYYY-MM`) or `period` ranked (default: the span of the data), and the dust bases and the
 * comparison of {@link air!rankCities}.
 *
 * @category Air
 * @example
 * ```ts
 * import { EvaluateCityRankingOptionsSchema } from 'eco-targets'
 * Object.keys(EvaluateCityRankingOptionsSchema.def.shape)
 * //=> ['city', 'month', 'period', 'concentrationBasis', 'goodDaysRatioBasis', 'compare']
 * ```
 */
export const EvaluateCityRankingOptionsSchema = zm.strictObject({
  city: zm.string().check(zm.trim(), zm.minLength(1)),
  month: zm.optional(zm.string().check(zm.regex(MONTH, { error: zodMessage(expect.month()) }))),
  period: zm.optional(zm.strictObject({ start: zm.iso.date(), end: zm.iso.date() })),
  concentrationBasis: zm.optional(zm.enum(['raw', 'deducted'])),
  goodDaysRatioBasis: zm.optional(zm.enum(['raw', 'deducted'])),
  compare: zm.optional(zm.enum(['published', 'exact'])),
})

/** @category Air */
export type EvaluateCityRankingOptions = zm.input<typeof EvaluateCityRankingOptionsSchema>

const OPTIONS = defineOptions('evaluateCityRanking', EvaluateCityRankingOptionsSchema, (o) => o)

/** A city's place among the cities given, for one period. @category Air */
export type CityStanding = zm.output<typeof CityStandingSchema>

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function monthPeriod(month: string): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}` }
}

function periodLabel(month: string | null, period: { start: string; end: string }): LocalizedText {
  if (month === null) {
    return { zh: `${period.start}至${period.end}`, en: `${period.start} to ${period.end}` }
  }
  const [y, m] = month.split('-').map(Number) as [number, number]
  return { zh: `${y}年${m}月`, en: `${EN_MONTHS[m - 1]} ${y}` }
}

function explain(
  city: string,
  label: LocalizedText,
  ci: CompositeIndexResult,
  rank: number | null,
  tied: boolean,
  of: number,
  change: PeriodChange | null,
): LocalizedText {
  if (ci.index === null) {
    const missing = ci.missing.map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p]).join('、')
    return {
      zh: `${label.zh}，${city}缺少${missing}数据，环境空气质量综合指数数据不足，不参与排名。`,
      en: `${label.en}: ${city} has no ${ci.missing.map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p]).join(', ')} data; the composite air-quality index is insufficient and not ranked.`,
    }
  }
  const primary = ci.primaryPollutants.map((p) => COMPOSITE_INDEX_POLLUTANT_LABELS[p])
  const index = ci.index.published.toFixed(2)
  const zhChange = change?.text ? `，综合指数${change.text.zh}` : ''
  const enChange = change?.text ? `; the index is ${change.text.en}` : ''
  return {
    zh: `${label.zh}，${city}环境空气质量综合指数为${index}，首要污染物为${primary.join('、')}，在${of}个城市中排第${rank}名${tied ? '（并列）' : ''}${zhChange}。`,
    en: `${label.en}: the composite air-quality index of ${city} is ${index} (primary pollutant ${primary.join(', ')}), ranked ${rank} of ${of} cities${tied ? ' (tied)' : ''}${enChange}.`,
  }
}

/**
 * A city's standing among the cities given for a month (or any period): its composite
 * air-quality index, its rank by the index among the cities with a complete index, its
 * good-days ratio and rank, the change of its index on the same period of the previous year
 * and the rank of that change, with one sentence in Chinese and English, as the report of a
 * month shows it. The ranking itself is {@link air!rankCities}.
 *
 * @param cities - the cities compared, the city itself included (daily values or summaries,
 *   optionally of the previous year); `airDaily` observations serve as daily values
 * @param options - the city, the month or period, dust bases and comparison
 * @returns the {@link CityStanding}
 * @throws {@link InputError} when the city is not among the cities, for a bad month or option,
 *   and for what {@link air!rankCities} rejects
 * @category Air
 * @see 《城市环境空气质量排名技术规定》(环办〔2014〕64号) (SECONDARY)
 * @example
 * ```ts
 * import { evaluateCityRanking } from 'eco-targets'
 * const days = (pm25: number) =>
 *   [1, 2].map((d) => ({
 *     date: `2022-01-0${d}`, so2: 10, no2: 30, co: 1, pm10: 70, pm25, o3_1h: 90, o3_8h: 80,
 *   }))
 * const s = evaluateCityRanking(
 *   [{ city: '甲市', days: days(40) }, { city: '乙市', days: days(35) }],
 *   { city: '甲市', month: '2022-01' },
 * )
 * s.rank //=> 2
 * s.explanation.zh
 * //=> '2022年1月，甲市环境空气质量综合指数为3.81，首要污染物为PM2.5，在2个城市中排第2名。'
 * ```
 */
export function evaluateCityRanking(
  cities: readonly RankCityInput[],
  options: EvaluateCityRankingOptions,
): CityStanding {
  const opts = OPTIONS.resolve(options)
  const city = opts.city.trim()
  if (opts.month !== undefined && opts.period !== undefined) {
    throw new InputError('evaluateCityRanking options', [
      issue({
        code: 'conflict',
        path: ['options', 'period'],
        expected: expect.monthOrPeriod(),
        received: opts.period,
      }),
    ])
  }
  const month = opts.month ?? null
  const period = opts.period ?? (month ? monthPeriod(month) : undefined)
  const ranking = rankCities(cities, {
    ...(period ? { period } : {}),
    ...(opts.concentrationBasis ? { concentrationBasis: opts.concentrationBasis } : {}),
    ...(opts.goodDaysRatioBasis ? { goodDaysRatioBasis: opts.goodDaysRatioBasis } : {}),
    ...(opts.compare ? { compare: opts.compare } : {}),
  })
  const entry = ranking.cities.find((c) => c.city === city)
  if (!entry) {
    throw new InputError('evaluateCityRanking options', [
      issue({
        code: 'invalid_value',
        path: ['options', 'city'],
        expected: expect.oneOf(ranking.cities.map((c) => c.city)),
        received: opts.city,
      }),
    ])
  }
  const ranked = ranking.rankings.compositeIndex.ranked
  const own = ranked.find((x) => x.city === city)
  const change = entry.change?.compositeIndex ?? null
  return {
    city,
    month,
    period: ranking.period,
    compositeIndex: entry.compositeIndex,
    rank: own?.rank ?? null,
    tied: own?.tied ?? false,
    of: ranked.length,
    goodDaysRatio: { value: entry.goodDaysRatio, rank: entry.ranks.goodDaysRatio },
    change,
    changeRank: entry.ranks.compositeIndexChange,
    explanation: explain(
      city,
      periodLabel(month, ranking.period),
      entry.compositeIndex,
      own?.rank ?? null,
      own?.tied ?? false,
      ranked.length,
      change,
    ),
    ranking,
  }
}
