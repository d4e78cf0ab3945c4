import { add, decimal, mul, rational } from '../../../_lib/rational.js'
import type { Exclusion } from '../../figures.js'
import { actualValue, actualValueOfSteps, exactDecimalString } from '../_decimal.js'
import { quotientText, stepsOf, toSteps } from '../_grid.js'
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

/** The dated daily values of one pollutant, in date order. */
export interface DatedValues {
  readonly dates: string[]
  /** Validated numbers, each read as the decimal it prints as. */
  readonly values: number[]
}

// A period sums at most this many values on the grid: below 2^52 (_grid.ts)
const MAX_GRID_COUNT = 2 ** 21
const SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * The HJ 663 percentile of sorted grid steps, as {@link percentileOfSorted} forms it: with p =
 * a/b and D = 100·b, k = (D + (n − 1)·a) / D, s = ⌊k⌋ and r = k·D − s·D, the value is
 * (X(s)·D + (X(s+1) − X(s))·r) / D steps. `undefined` when a term would leave the exact range of
 * doubles (a p with many decimals); the caller then takes the rational path.
 */
function percentileOfSteps(
  sorted: Float64Array,
  p: number,
): { readonly num: number; readonly den: number } | undefined {
  const n = sorted.length
  const { num: a, den: b } = decimal(p)
  const d = 100n * b
  const k = d + BigInt(n - 1) * a
  const s = k / d
  const xs = sorted[Number(s) - 1] as number
  if (Number(s) >= n) return { num: xs, den: 1 }
  const next = sorted[Number(s)] as number
  const num = BigInt(xs) * d + BigInt(next - xs) * (k - s * d)
  // 10·d: the CO denominator counts tenths
  if (num > SAFE || 10n * d > SAFE) return undefined
  return { num: Number(num), den: Number(d) }
}

/**
 * Statistics of one pollutant over its dated values. On the integer grid of published
 * concentrations (integers, CO one decimal) the sum, mean and percentile are ratios of
 * integers below 2^53 and are computed in doubles, exactly (_grid.ts); a value off the
 * grid sends the pollutant through exact rationals. Both give the same figures.
 */
export function pollutantStats(
  key: AirPollutant,
  entries: DatedValues,
  p: number | null,
  period: { readonly start: string; readonly end: string },
): AirPollutantStats {
  const precision = key === 'co' ? 1 : 0
  const q = stepsOf(key === 'co' ? 'co_24h' : 'so2_24h')
  const { dates, values } = entries
  const count = values.length
  const validity = annualValidity(key, dates, period.start, period.end)
  const steps = count <= MAX_GRID_COUNT ? new Float64Array(count) : null
  let total = 0
  for (let i = 0; steps !== null && i < count; i++) {
    const s = toSteps(values[i] as number, q)
    if (s < 0) return exactStats(values, precision, p, validity)
    // `+ 0`: a -0 input is 0
    steps[i] = s + 0
    total += s
  }
  if (steps === null) return exactStats(values, precision, p, validity)
  let percentile: AirPollutantStats['percentile'] = null
  if (p !== null && count > 0) {
    steps.sort()
    const m = percentileOfSteps(steps, p)
    if (m === undefined) return exactStats(values, precision, p, validity)
    percentile = { p, value: actualValueOfSteps(m.num, m.den, q, precision) }
  }
  return {
    count,
    sum: q === 1 ? String(total + 0) : quotientText(total, 10),
    mean: count > 0 ? actualValueOfSteps(total, count, q, precision) : null,
    percentile,
    validity,
  }
}

/** {@link pollutantStats} through exact rationals: any decimal input. */
function exactStats(
  numbers: readonly number[],
  precision: number,
  p: number | null,
  validity: AirPollutantStats['validity'],
): AirPollutantStats {
  const values = numbers.map((v) => decimal(v))
  let sum = rational(0n)
  for (const v of values) sum = add(sum, v)
  const count = values.length
  const mean = count > 0 ? actualValue(rational(sum.num, sum.den * BigInt(count)), precision) : null
  const m = p === null ? null : percentileOfSorted(sortExact(values), p)
  return {
    count,
    sum: exactDecimalString(sum),
    mean,
    percentile: m === null || p === null ? null : { p, value: actualValue(m, precision) },
    validity,
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
  values: Readonly<Record<AirPollutant, DatedValues>>,
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
