import * as zm from 'zod/mini'
import { expect, issue } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { defineOptions } from '../../../_lib/options.js'
import { decimal, type Rational } from '../../../_lib/rational.js'
import type { ActualValue } from '../../figures.js'
import { changeOf } from './_change.js'
import {
  type CityRead,
  checkPeriod,
  dayRange,
  type Period,
  readCities,
  summaryOf,
  yearBefore,
} from './_cities.js'
import { type CompositeExact, compositeOf } from './_composite.js'
import { competitionRanks } from './_rank.js'
import { readSummary, type SummaryRead } from './_summary.js'
import type { CompositeIndexResult } from './composite-index-types.js'
import { gb3095EditionOn } from './edition-on.js'
import { COMPOSITE_INDEX_LIMITS, COMPOSITE_INDEX_POLLUTANTS } from './limits.js'
import type { PeriodChange } from './period-change-types.js'
import type {
  CityRanking,
  CityRankingEntry,
  CityRankingKey,
  CityRankingOrder,
  RankCityInput,
} from './rank-cities-types.js'

const PeriodSchema = zm.strictObject({ start: zm.iso.date(), end: zm.iso.date() })

/**
 * Options of {@link rankCities}: the `period` (default: the first to the last date of the
 * cities' days, or the period of their summaries) and the `previousPeriod` of the change
 * ranking (default: the same period one year earlier); the `edition` of GB 3095 (default: in
 * force on the first day) and the HJ 633 `standard` of the daily AQI (default by date);
 * `concentrationBasis` (`'deducted'`, the default: dust days leave the concentrations and the
 * index, as in the national monthly reports) and `goodDaysRatioBasis` (`'raw'`, the default:
 * the ratio keeps dust days, as in those reports); `compare` (`'published'`, the default:
 * cities are ordered and tied on the figures as published; `'exact'`); `roundConcentrations`
 * (default `true`, see {@link compositeIndex}).
 *
 * @category Air
 * @example
 * ```ts
 * import { RankCitiesOptionsSchema } from 'eco-targets/air'
 * Object.keys(RankCitiesOptionsSchema.def.shape).length //=> 8
 * ```
 */
export const RankCitiesOptionsSchema = zm.strictObject({
  period: zm.optional(PeriodSchema),
  previousPeriod: zm.optional(PeriodSchema),
  edition: zm.optional(zm.enum(['GB3095-2012', 'GB3095-2026-transitional', 'GB3095-2026'])),
  standard: zm.optional(zm.enum(['HJ633-2012', 'HJ633-2026'])),
  concentrationBasis: zm.optional(zm.enum(['raw', 'deducted'])),
  goodDaysRatioBasis: zm.optional(zm.enum(['raw', 'deducted'])),
  compare: zm.optional(zm.enum(['published', 'exact'])),
  roundConcentrations: zm.optional(zm.boolean()),
})

/** @category Air */
export type RankCitiesOptions = zm.input<typeof RankCitiesOptionsSchema>

const OPTIONS = defineOptions('rankCities', RankCitiesOptionsSchema, (o) => ({
  period: o.period ?? null,
  previousPeriod: o.previousPeriod ?? null,
  edition: o.edition ?? null,
  standard: o.standard ?? null,
  concentrationBasis: o.concentrationBasis ?? ('deducted' as const),
  goodDaysRatioBasis: o.goodDaysRatioBasis ?? ('raw' as const),
  compare: o.compare ?? ('published' as const),
  roundConcentrations: o.roundConcentrations ?? true,
}))

const CONTEXT = 'rankCities input'

function checkOrder(period: Period | null, name: string): void {
  if (period && period.end < period.start) {
    throw new InputError('rankCities options', [
      issue({
        code: 'invalid_value',
        path: ['options', name, 'end'],
        expected: expect.notBefore(period.start),
        received: period.end,
      }),
    ])
  }
}

/** One city after summarising: its figures and the exact values behind them. */
interface Scored {
  readonly city: string
  readonly entry: Omit<CityRankingEntry, 'ranks'>
  readonly exact: CompositeExact
  readonly ratio: ActualValue | null
  readonly change: (PeriodChange & { readonly exact: Rational | null }) | null
  readonly previousIndex: CompositeIndexResult | null
}

const LIMIT_ORDER: Readonly<Record<CityRankingKey, 'ascending' | 'descending'>> = {
  compositeIndex: 'ascending',
  so2: 'ascending',
  no2: 'ascending',
  pm10: 'ascending',
  pm25: 'ascending',
  co: 'ascending',
  o3_8h: 'ascending',
  goodDaysRatio: 'descending',
  compositeIndexChange: 'ascending',
}

/**
 * Ranks cities on one period as the national monthly reports do: by the composite index
 * (ascending: the smaller, the better), by each pollutant's concentration (ascending), by the
 * good-days ratio (descending) and by the change of the composite index on the same period of
 * the previous year (变化程度排名, ascending: the largest fall first). Equal figures share a
 * rank and the next rank is skipped (并列); figures are compared as published (the index to two
 * decimals, concentrations as integers, CO one decimal, the ratio and the change to one
 * decimal). A city without a figure (a pollutant without data, no valid day, no previous
 * year) is listed apart in that ranking, never ranked as zero. Dust days leave the
 * concentrations and the index but not the good-days ratio (the reports' rule); both bases are
 * options, and the result says which was used. Both periods use the same edition, so the
 * change measures the air, not a change of limits.
 *
 * @param cities - each city with its daily values (and dust dates) or its period summary, and
 *   optionally the same for the previous year
 * @param options - periods, edition, dust bases, comparison, rounding
 * @returns the {@link CityRanking}
 * @throws {@link InputError} for no city, a city given twice or without days or summary, bad
 *   daily values (at their path under the city), summaries of different periods, bad options
 * @category Air
 * @see 《城市环境空气质量排名技术规定》(环办〔2014〕64号) (SECONDARY); 《城市环境空气质量变化程度
 *   排名方案》(环办监测函〔2017〕197号) (SECONDARY); CNEMC monthly report of July 2021 (dust
 *   basis; SECONDARY)
 * @example
 * ```ts
 * import { rankCities } from 'eco-targets/air'
 * const days = (pm25: number) =>
 *   [1, 2].map((d) => ({
 *     date: `2022-01-0${d}`, so2: 10, no2: 30, co: 1, pm10: 70, pm25, o3_1h: 90, o3_8h: 80,
 *   }))
 * const r = rankCities([
 *   { city: 'A', days: days(40) },
 *   { city: 'B', days: days(35) },
 *   { city: 'C', days: days(35) },
 * ])
 * r.rankings.compositeIndex.ranked.map((x) => `${x.rank} ${x.city} ${x.value}`)
 * //=> ['1 B 3.67', '1 C 3.67', '3 A 3.81']
 * ```
 */
export function rankCities(
  cities: readonly RankCityInput[],
  options?: RankCitiesOptions,
): CityRanking {
  const opts = OPTIONS.resolve(options)
  checkOrder(opts.period, 'period')
  checkOrder(opts.previousPeriod, 'previousPeriod')
  const inputs = readCities(cities, CONTEXT)

  const summaries = new Map<number, SummaryRead>()
  inputs.forEach((c, i) => {
    if (c.kind === 'summary')
      summaries.set(i, readSummary(c.summary, CONTEXT, ['cities', i, 'summary']))
  })
  const own = (p: Period | undefined): Period | null => (p ? { start: p.start, end: p.end } : null)
  const period: Period | null =
    opts.period ?? own([...summaries.values()][0]?.period) ?? dayRange(inputs)
  if (period === null) {
    throw new InputError(CONTEXT, [
      issue({ code: 'empty_input', path: ['cities'], expected: expect.records(), received: [] }),
    ])
  }
  const previousSummaries = new Map<number, SummaryRead>()
  inputs.forEach((c, i) => {
    if (c.kind === 'summary' && c.previous !== null) {
      previousSummaries.set(i, readSummary(c.previous, CONTEXT, ['cities', i, 'previous']))
    }
  })
  const previousPeriod: Period =
    opts.previousPeriod ?? own([...previousSummaries.values()][0]?.period) ?? yearBefore(period)
  const edition = opts.edition ?? gb3095EditionOn(period.start)
  const standard = opts.standard ?? (period.start < '2026-03-01' ? 'HJ633-2012' : 'HJ633-2026')
  const settings = {
    edition,
    concentrationBasis: opts.concentrationBasis,
    roundConcentrations: opts.roundConcentrations,
  }
  const changeSettings = { baseYear: null, compare: opts.compare, decimals: 1 }
  const figure = (a: ActualValue | null, exact: Rational | null = null): Rational | null =>
    a === null
      ? null
      : opts.compare === 'exact'
        ? (exact ?? decimal(a.exact))
        : decimal(a.published)

  const scored: Scored[] = inputs.map((c, i) => {
    const at = ['cities', i]
    const current =
      c.kind === 'days'
        ? summaryOf(c, period, standard, CONTEXT, [...at, 'days'])
        : (summaries.get(i) as SummaryRead)
    if (c.kind === 'summary') checkPeriod(current, period, CONTEXT, [...at, 'summary'])
    const previous = previousOf(c, i, previousSummaries, previousPeriod, standard)
    const now = compositeOf(current, settings, CONTEXT, [...at, 'summary'])
    const ratioOf = (read: SummaryRead) =>
      opts.goodDaysRatioBasis === 'deducted' && read.deducted
        ? read.deducted.goodDaysRatio
        : read.raw.goodDaysRatio
    const ratio = ratioOf(current)
    const before = previous && compositeOf(previous, settings, CONTEXT, [...at, 'previous'])
    const beforeRatio = previous ? ratioOf(previous) : null
    const indexChange = before
      ? changeOf(
          figure(now.result.index, now.exact.index),
          figure(before.result.index, before.exact.index),
          { ...changeSettings, kind: 'index' },
        )
      : null
    const ratioChange = previous
      ? changeOf(figure(ratio), figure(beforeRatio), { ...changeSettings, kind: 'ratio' })
      : null
    const strip = (x: PeriodChange & { exact: unknown }): PeriodChange => {
      const { exact: _, ...rest } = x
      return rest
    }
    return {
      city: c.city,
      exact: now.exact,
      ratio,
      change: indexChange,
      previousIndex: before?.result ?? null,
      entry: {
        city: c.city,
        compositeIndex: now.result,
        goodDaysRatio: ratio,
        goodDaysRatioBasis:
          opts.goodDaysRatioBasis === 'deducted' && current.deducted ? 'deducted' : 'raw',
        dustDays: current.days?.filter((d) => d.dust).length ?? 0,
        previous: before ? { compositeIndex: before.result, goodDaysRatio: beforeRatio } : null,
        change:
          indexChange && ratioChange
            ? { compositeIndex: strip(indexChange), goodDaysRatio: strip(ratioChange) }
            : null,
      },
    }
  })

  const rankings = buildRankings(scored, opts.compare)
  const rankOf = (key: CityRankingKey, city: string) =>
    rankings[key].ranked.find((x) => x.city === city)?.rank ?? null
  const keys = Object.keys(LIMIT_ORDER) as CityRankingKey[]
  const entries = scored.map((s) => ({
    ...s.entry,
    ranks: Object.fromEntries(keys.map((k) => [k, rankOf(k, s.city)])) as Record<
      CityRankingKey,
      number | null
    >,
  }))
  const order = rankings.compositeIndex.ranked.map((x) => x.city)
  const sorted = [
    ...order.map((city) => entries.find((e) => e.city === city) as CityRankingEntry),
    ...entries.filter((e) => e.ranks.compositeIndex === null),
  ]
  const anyPrevious = scored.some((s) => s.entry.previous !== null)
  return {
    period,
    previousPeriod: anyPrevious ? previousPeriod : null,
    edition,
    limits: COMPOSITE_INDEX_LIMITS[edition].limits,
    dust: {
      concentrations: opts.concentrationBasis,
      goodDaysRatio: opts.goodDaysRatioBasis,
      citiesWithDustDays: entries.filter((e) => e.dustDays > 0).map((e) => e.city),
    },
    cities: sorted,
    rankings,
    deteriorationExcluded: entries
      .filter((e) => e.compositeIndex.meetsLimits === true)
      .map((e) => e.city),
    options: {
      period,
      previousPeriod,
      edition,
      standard,
      concentrationBasis: opts.concentrationBasis,
      goodDaysRatioBasis: opts.goodDaysRatioBasis,
      compare: opts.compare,
      roundConcentrations: opts.roundConcentrations,
    },
  }

  function previousOf(
    c: CityRead,
    i: number,
    read: ReadonlyMap<number, SummaryRead>,
    p: Period,
    aqi: 'HJ633-2012' | 'HJ633-2026',
  ): SummaryRead | null {
    if (c.kind === 'summary') {
      const s = read.get(i) ?? null
      if (s) checkPeriod(s, p, CONTEXT, ['cities', i, 'previous'])
      return s
    }
    return c.previous
      ? summaryOf(c.previous, p, aqi, CONTEXT, ['cities', i, 'previous', 'days'])
      : null
  }
}

function buildRankings(
  scored: readonly Scored[],
  how: 'published' | 'exact',
): Record<CityRankingKey, CityRankingOrder> {
  const pick = (a: ActualValue, exact: Rational) => (how === 'exact' ? exact : decimal(a.published))
  const rank = (
    key: CityRankingKey,
    value: (s: Scored) => { v: Rational; shown: number } | null,
    gap: (s: Scored) => CityRankingOrder['insufficient'][number],
  ): CityRankingOrder => {
    const have = scored.flatMap((s) => {
      const x = value(s)
      return x ? [{ s, ...x }] : []
    })
    return {
      key,
      order: LIMIT_ORDER[key],
      ranked: competitionRanks(have, (x) => x.v, LIMIT_ORDER[key]).map((r) => ({
        city: r.item.s.city,
        rank: r.rank,
        value: r.item.shown,
        tied: r.tied,
      })),
      insufficient: scored.filter((s) => value(s) === null).map(gap),
    }
  }
  const out = {} as Record<CityRankingKey, CityRankingOrder>
  out.compositeIndex = rank(
    'compositeIndex',
    (s) => {
      const index = s.entry.compositeIndex.index
      return index && s.exact.index
        ? { v: pick(index, s.exact.index), shown: index.published }
        : null
    },
    (s) => ({ city: s.city, gap: 'missingPollutants', missing: s.entry.compositeIndex.missing }),
  )
  for (const p of COMPOSITE_INDEX_POLLUTANTS) {
    out[p] = rank(
      p,
      (s) => {
        const c = s.exact.concentrations.get(p)
        const sub = s.entry.compositeIndex.subIndices[p]
        return c && sub
          ? { v: how === 'exact' ? c.exact : c.published, shown: sub.concentration.published }
          : null
      },
      (s) => ({ city: s.city, gap: 'noData' }),
    )
  }
  out.goodDaysRatio = rank(
    'goodDaysRatio',
    (s) =>
      s.ratio ? { v: pick(s.ratio, decimal(s.ratio.exact)), shown: s.ratio.published } : null,
    (s) => ({ city: s.city, gap: 'noValidDays' }),
  )
  out.compositeIndexChange = rank(
    'compositeIndexChange',
    (s) =>
      s.change?.change && s.change.exact
        ? { v: pick(s.change.change, s.change.exact), shown: s.change.change.published }
        : null,
    (s) => {
      if (s.entry.compositeIndex.index === null) {
        return { city: s.city, gap: 'missingPollutants', missing: s.entry.compositeIndex.missing }
      }
      if (s.previousIndex === null) return { city: s.city, gap: 'noPreviousPeriod' }
      if (s.previousIndex.index === null) return { city: s.city, gap: 'previousInsufficient' }
      return { city: s.city, gap: 'previousZero' }
    },
  )
  return out
}
