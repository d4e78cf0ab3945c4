import { add, mul, type Rational, rational } from '../../../_lib/rational.js'
import type { Exclusion } from '../../figures.js'
import { actualValue, exactDecimalString } from '../_decimal.js'
import { percentileOfSorted, sortExact } from '../_percentile.js'
import { AIR_POLLUTANTS, type AirPollutant } from '../indicators.js'
import { annualValidity } from './_validity.js'
import type { AirDayExclusionReason, AirPeriodFigures, AirPollutantStats } from './types.js'

/** A day as the figures see it: whether it counts, and its AQI if it does. */
export interface CountedDay {
  readonly date: string
  readonly aqi: number | null
  readonly counts: boolean
  readonly reason: AirDayExclusionReason | null
}

const EXCLUSION_TEXT: Readonly<Record<AirDayExclusionReason, { zh: string; en: string }>> = {
  noData: { zh: '无监测数据', en: 'No data for the day' },
  missingIndicator: {
    zh: '缺少日评价指标，无法计算完整的日空气质量指数',
    en: 'A daily indicator is missing, so the full daily AQI cannot be computed',
  },
  aqiWithheld: {
    zh: '缺项且AQI不大于100，不发布AQI（HJ 633-2026 5.3.1）',
    en: 'An indicator is missing and AQI ≤ 100: no AQI is published (HJ 633-2026 §5.3.1)',
  },
  dustDay: { zh: '受沙尘天气过程影响，予以扣除', en: 'Affected by sand and dust, deducted' },
}

/** Exclusions of a day list, grouped by reason in a fixed order. */
export function exclusions(days: readonly CountedDay[], noData: readonly string[]): Exclusion[] {
  const byReason = new Map<AirDayExclusionReason, string[]>([['noData', [...noData]]])
  for (const d of days) {
    if (d.counts || d.reason === null) continue
    const list = byReason.get(d.reason) ?? []
    list.push(d.date)
    byReason.set(d.reason, list)
  }
  const order: AirDayExclusionReason[] = ['noData', 'missingIndicator', 'aqiWithheld', 'dustDay']
  return order
    .filter((r) => (byReason.get(r)?.length ?? 0) > 0)
    .map((reason) => {
      const items = byReason.get(reason) ?? []
      return { reason, count: items.length, items, description: EXCLUSION_TEXT[reason] }
    })
}

/** Statistics of one pollutant over dated exact values. */
export function pollutantStats(
  key: AirPollutant,
  entries: readonly { readonly date: string; readonly value: Rational }[],
  p: number | null,
  period: { readonly start: string; readonly end: string },
): AirPollutantStats {
  const precision = key === 'co' ? 1 : 0
  let sum = rational(0n)
  for (const e of entries) sum = add(sum, e.value)
  const count = entries.length
  const mean = count > 0 ? actualValue(rational(sum.num, sum.den * BigInt(count)), precision) : null
  const m = p === null ? null : percentileOfSorted(sortExact(entries.map((e) => e.value)), p)
  return {
    count,
    sum: exactDecimalString(sum),
    mean,
    percentile: m === null || p === null ? null : { p, value: actualValue(m, precision) },
    validity: annualValidity(
      key,
      entries.map((e) => e.date),
      period.start,
      period.end,
    ),
  }
}

const HUNDRED = rational(100n)

function ratio(part: number, whole: number) {
  return whole === 0 ? null : actualValue(mul(rational(BigInt(part), BigInt(whole)), HUNDRED), 1)
}

/** The figures of a period from its counted days and per-pollutant values. */
export function periodFigures(
  days: readonly CountedDay[],
  noData: readonly string[],
  values: Readonly<
    Record<AirPollutant, readonly { readonly date: string; readonly value: Rational }[]>
  >,
  percentiles: Readonly<Record<AirPollutant, number | null>>,
  period: { readonly start: string; readonly end: string },
): AirPeriodFigures {
  let validDays = 0
  let goodDays = 0
  let heavyDays = 0
  for (const d of days) {
    if (!d.counts || d.aqi === null) continue
    validDays++
    if (d.aqi <= 100) goodDays++ // 优 and 良: AQI ≤ 100 (HJ 633 表2)
    if (d.aqi > 200) heavyDays++ // 重度及以上: AQI > 200
  }
  const pollutants = {} as Record<AirPollutant, AirPollutantStats>
  for (const key of AIR_POLLUTANTS) {
    pollutants[key] = pollutantStats(key, values[key], percentiles[key], period)
  }
  return {
    validDays,
    goodDays,
    heavyDays,
    goodDaysRatio: ratio(goodDays, validDays),
    heavyDaysRatio: ratio(heavyDays, validDays),
    pollutants,
    excluded: exclusions(days, noData),
  }
}
