import type { Rational } from '../../_lib/rational.js'
import { type ExactValue, exactMean, rationalOf } from './_exact.js'
import {
  type ClassifySectionOptions,
  classifySectionExact,
  readSurfaceValues,
  type SectionClassification,
  type SurfaceWaterValues,
} from './classify-section.js'
import type { WaterIndicatorKey } from './indicators.js'

/**
 * Why a sampling carries no values: 断流 (`driedUp`), 冰封 (`frozen`) or not sampled.
 *
 * @category Water
 */
export type SamplingStatus = 'sampled' | 'driedUp' | 'frozen' | 'notSampled'

/** One sampling of a section (shape-compatible with `WaterSampleObservation`). @category Water */
export interface WaterSampling {
  /** Sampling date, `YYYY-MM-DD`. */
  readonly date: string
  /** Default `sampled`. */
  readonly status?: SamplingStatus
  /** The measured values. */
  readonly values?: SurfaceWaterValues
}

/** A calendar period: a year, a quarter or a month. @category Water */
export interface WaterPeriod {
  /** As given: `2022`, `2022-Q3` or `2022-07`. */
  readonly label: string
  /** First day, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string
}

/** Options of {@link classifySectionPeriod}. @category Water */
export interface ClassifySectionPeriodOptions extends ClassifySectionOptions {
  /**
   * The period, `YYYY`, `YYYY-Qn` or `YYYY-MM`; samplings outside it are ignored. Without it
   * every sampling given is used.
   */
  readonly period?: string
  /**
   * The fewest samplings with values for a class (default 1). 22号's minimum counts for a
   * quarter or a year (and for ice-bound sections) were not read in the official text, so no
   * minimum is applied unless you set one.
   */
  readonly minSamplings?: number
}

/**
 * Why a section has no class for a period, or `assessed` when it has one.
 *
 * @category Water
 */
export type SectionCondition =
  | 'assessed'
  | 'noData'
  | 'driedUp'
  | 'frozen'
  | 'notSampled'
  | 'tooFewSamplings'

/** A section's class for a period, with the means and sampling counts behind it. @category Water */
export interface SectionPeriodClassification extends SectionClassification {
  /** The period, or `null` when every sampling given was used. */
  readonly period: WaterPeriod | null
  /** `assessed`, or why there is no class. */
  readonly condition: SectionCondition
  /** Samplings in the period: with values (`used`), and without by status. */
  readonly samplings: {
    readonly total: number
    readonly used: number
    readonly driedUp: number
    readonly frozen: number
    readonly notSampled: number
    readonly empty: number
  }
  /** Mean of each indicator over the samplings that measured it. */
  readonly means: SurfaceWaterValues
  /** How many samplings each mean rests on. */
  readonly counts: Readonly<Partial<Record<WaterIndicatorKey, number>>>
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) =>
  m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : (DAYS[m - 1] as number)

/**
 * Reads a period label (`2022`, `2022-Q3`, `2022-07`) as its first and last day.
 *
 * @param label - a year, quarter or month
 * @returns the period
 * @throws RangeError when the label is none of those forms
 * @category Water
 * @see 环办〔2011〕22号 一(二) 数据统计 (月、季度、年度评价)
 * @example
 * ```ts
 * import { parseWaterPeriod } from 'eco-targets/water'
 * parseWaterPeriod('2022-Q1') //=> { label: '2022-Q1', start: '2022-01-01', end: '2022-03-31' }
 * parseWaterPeriod('2024-02').end //=> '2024-02-29'
 * ```
 */
export function parseWaterPeriod(label: string): WaterPeriod {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(label)
  if (!m) {
    throw new RangeError(`period: expected YYYY, YYYY-Qn or YYYY-MM, got "${label}"`)
  }
  const year = Number(m[1])
  let first = 1
  let last = 12
  if (m[2] !== undefined) {
    first = (Number(m[2]) - 1) * 3 + 1
    last = first + 2
  } else if (m[3] !== undefined) {
    first = Number(m[3])
    last = first
  }
  return {
    label,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  }
}

/**
 * The mean of each indicator over samplings, exactly, with the count each mean rests on.
 * @internal
 */
export function meanExact(valueSets: readonly ReadonlyMap<WaterIndicatorKey, ExactValue>[]): {
  means: Map<WaterIndicatorKey, ExactValue>
  counts: Map<WaterIndicatorKey, number>
} {
  const lists = new Map<WaterIndicatorKey, Rational[]>()
  for (const set of valueSets) {
    for (const [k, v] of set) {
      const list = lists.get(k)
      if (list) list.push(rationalOf(v))
      else lists.set(k, [rationalOf(v)])
    }
  }
  const means = new Map<WaterIndicatorKey, ExactValue>()
  const counts = new Map<WaterIndicatorKey, number>()
  for (const [k, list] of lists) {
    means.set(k, exactMean(list))
    counts.set(k, list.length)
  }
  return { means, counts }
}

/**
 * A section's class for a month, quarter or year: the arithmetic mean of each indicator over the
 * period's samplings (each mean over the samplings that measured it), classified by the
 * single-factor rule of {@link classifySection}, exactly. Samplings marked dried up (断流), frozen
 * or not sampled are counted and carry no values; a period without any value has no class.
 *
 * @param samplings - the section's samplings (any order; those outside `period` are ignored)
 * @param options - the section options plus the period and an optional minimum sampling count
 * @returns the classification with the period, means, counts and sampling counts
 * @throws RangeError for a bad period, a bad date or bad values (naming the sampling)
 * @category Water
 * @see 环办〔2011〕22号 一(二) 数据统计 (评价时段内各指标的算术平均值)
 * @example
 * ```ts
 * import { classifySectionPeriod } from 'eco-targets/water'
 * const r = classifySectionPeriod(
 *   [
 *     { date: '2022-01-10', values: { pH: 7.9, DO: 9.1, CODMn: 3.2, NH3N: 0.41, TP: 0.18 } },
 *     { date: '2022-02-11', values: { pH: 8.0, DO: 8.7, CODMn: 3.6, NH3N: 0.55, TP: 0.24 } },
 *     { date: '2022-03-09', status: 'frozen' },
 *   ],
 *   { waterBody: 'river', period: '2022-Q1' },
 * )
 * r.means.TP  //=> 0.21
 * r.label     //=> 'Ⅳ'
 * r.samplings //=> { total: 3, used: 2, driedUp: 0, frozen: 1, notSampled: 0, empty: 0 }
 * ```
 */
export function classifySectionPeriod(
  samplings: readonly WaterSampling[],
  options: ClassifySectionPeriodOptions,
): SectionPeriodClassification {
  const period = options.period === undefined ? null : parseWaterPeriod(options.period)
  const minSamplings = options.minSamplings ?? 1
  if (!Number.isInteger(minSamplings) || minSamplings < 1) {
    throw new RangeError(`options.minSamplings: expected an integer ≥ 1, got ${minSamplings}`)
  }
  const counts = { total: 0, used: 0, driedUp: 0, frozen: 0, notSampled: 0, empty: 0 }
  const valueSets: Map<WaterIndicatorKey, ExactValue>[] = []
  samplings.forEach((s, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(s.date))) {
      throw new RangeError(`samplings[${i}].date: expected YYYY-MM-DD, got "${String(s.date)}"`)
    }
    if (period && (s.date < period.start || s.date > period.end)) return
    counts.total++
    const status = s.status ?? 'sampled'
    const values = readSurfaceValues(s.values ?? {}, `samplings[${i}].values`)
    if (status !== 'sampled') {
      if (values.size > 0) {
        throw new RangeError(`samplings[${i}]: a ${status} sampling carries no values`)
      }
      counts[status]++
      return
    }
    if (values.size === 0) {
      counts.empty++
      return
    }
    counts.used++
    valueSets.push(values)
  })
  const { means, counts: perIndicator } = meanExact(valueSets)
  let condition: SectionCondition = 'assessed'
  if (counts.used === 0) {
    if (counts.driedUp > 0 && counts.driedUp === counts.total) condition = 'driedUp'
    else if (counts.frozen > 0 && counts.frozen + counts.driedUp === counts.total)
      condition = 'frozen'
    else if (counts.notSampled > 0 && counts.notSampled === counts.total) condition = 'notSampled'
    else condition = 'noData'
  } else if (counts.used < minSamplings) {
    condition = 'tooFewSamplings'
  }
  const classification = classifySectionExact(condition === 'assessed' ? means : new Map(), options)
  if (condition === 'assessed' && classification.waterClass === null) condition = 'noData'
  return {
    ...classification,
    period,
    condition,
    samplings: counts,
    means: Object.fromEntries([...means].map(([k, v]) => [k, v.value])),
    counts: Object.fromEntries(perIndicator),
  }
}
