import { z } from 'zod'
import { issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { defineOptions } from '../../../_lib/options.js'
import { decimal, type Rational, roundHalfEven, toNumber } from '../../../_lib/rational.js'
import { Gb3095LimitOptionsSchema, type Gb3095Pollutant, gb3095Limit } from '../limits.js'
import type {
  AirComplianceItem,
  AirComplianceResult,
  AirPollutantCompliance,
  AnnualAirStatistics,
} from './types.js'

/**
 * Options of {@link assessAirCompliance}: the GB 3095 `edition` (default `'GB3095-2012'`) and
 * the `grade` (default 2, the grade cities are assessed against).
 *
 * @category Air
 * @example
 * ```ts
 * import { AssessAirComplianceOptionsSchema } from 'eco-targets/air'
 * Object.keys(AssessAirComplianceOptionsSchema.shape) //=> ['edition', 'grade']
 * ```
 */
export const AssessAirComplianceOptionsSchema = z.strictObject(Gb3095LimitOptionsSchema.shape)

/** Options of {@link assessAirCompliance}. @category Air */
export type AssessAirComplianceOptions = z.input<typeof AssessAirComplianceOptionsSchema>

const OPTIONS = defineOptions('assessAirCompliance', AssessAirComplianceOptionsSchema, (o) => ({
  edition: o.edition ?? ('GB3095-2012' as const),
  grade: o.grade ?? (2 as const),
}))

const ITEMS: readonly (readonly [
  keyof AnnualAirStatistics,
  Gb3095Pollutant,
  number,
  '24h' | '8h',
])[] = [
  // [key, limit pollutant, percentile, averaging of the percentile's limit]
  ['so2', 'so2', 98, '24h'],
  ['no2', 'no2', 98, '24h'],
  ['pm10', 'pm10', 95, '24h'],
  ['pm25', 'pm25', 95, '24h'],
  ['co', 'co', 95, '24h'],
  ['o3_8h', 'o3', 90, '8h'],
]

function readValue(v: unknown, path: readonly string[]): Rational | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'object' && 'value' in v && !('exact' in v)) return readValue(v.value, path)
  const raw = typeof v === 'object' && 'exact' in v ? v.exact : v
  if ((typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) || typeof raw === 'string') {
    try {
      const r = decimal(raw as number | string)
      if (r.num >= 0n) return r
    } catch {}
  }
  throw new InputError('assessAirCompliance input', [
    issue({
      code: typeof raw === 'number' && !Number.isFinite(raw) ? 'not_finite' : 'invalid_type',
      path,
      expected: text(
        '非负数值、十进制文本或 ActualValue',
        'a non-negative number, a decimal text or an ActualValue',
      ),
      received: raw,
    }),
  ])
}

/**
 * Judges annual statistics against GB 3095 limits, pollutant by pollutant: SO2, NO2, PM10 and
 * PM2.5 need both the annual mean (against the annual limit) and the percentile of daily means
 * (against the 24-hour limit) within limits; CO its P95 and O3 its daily maximum 8-hour P90.
 * Each value is first rounded by GB/T 8170 to the reporting precision (integers; CO one
 * decimal) and compliant when ≤ the limit. The items and the "both must hold" rule follow
 * HJ 663 as quoted by secondary sources (the text was not read).
 *
 * @param statistics - per pollutant `{ mean, percentile }` (numbers, decimal strings, or the
 *   `ActualValue`s of {@link summarizeAirPeriod})
 * @param options - edition (default GB 3095-2012) and grade (default 2)
 * @returns each statistic's verdict, each pollutant's, and the overall one
 * @throws {@link InputError} for a negative or non-numeric statistic, or an unknown or
 *   misspelt option
 * @category Air
 * @see GB 3095-2012 表1; GB 3095-2026 表1; HJ 633-2012 §6.4; HJ 663-2013 (SECONDARY)
 * @example
 * ```ts
 * import { assessAirCompliance } from 'eco-targets/air'
 * const r = assessAirCompliance({
 *   so2: { mean: 9, percentile: 21 }, no2: { mean: 39, percentile: 75 },
 *   pm10: { mean: 70.4, percentile: 140 }, pm25: { mean: 35.5, percentile: 70 },
 *   co: { percentile: 1.25 }, o3_8h: { percentile: 160 },
 * })
 * r.pollutants.pm10.compliant //=> true   (70.4 → 70 ≤ 70)
 * r.pollutants.pm25.compliant //=> false  (35.5 → 36 > 35)
 * r.nonCompliant              //=> ['pm25']
 * ```
 */
export function assessAirCompliance(
  statistics: AnnualAirStatistics,
  options?: AssessAirComplianceOptions,
): AirComplianceResult {
  const { edition, grade } = OPTIONS.resolve(options)
  const pollutants = {} as Record<keyof AnnualAirStatistics, AirPollutantCompliance>
  for (const [key, limitKey, p, averaging] of ITEMS) {
    const given = statistics[key] ?? {}
    const precision = key === 'co' ? 1 : 0
    const item = (
      statistic: AirComplianceItem['statistic'],
      raw: unknown,
      limit: number,
      pct: number | null,
    ): AirComplianceItem => {
      const v = readValue(raw, [key, statistic === 'annualMean' ? 'mean' : 'percentile'])
      const published = v === null ? null : toNumber(roundHalfEven(v, precision))
      return {
        statistic,
        p: pct,
        value: v === null ? null : toNumber(v),
        published,
        limit,
        compliant: published === null ? null : published <= limit,
      }
    }
    const items: AirComplianceItem[] = []
    if (key !== 'co' && key !== 'o3_8h') {
      items.push(
        item('annualMean', given.mean, gb3095Limit(limitKey, 'annual', { edition, grade }), null),
      )
    }
    items.push(
      item('percentile', given.percentile, gb3095Limit(limitKey, averaging, { edition, grade }), p),
    )
    pollutants[key] = { items, compliant: combine(items.map((i) => i.compliant)) }
  }
  const verdicts = Object.values(pollutants).map((c) => c.compliant)
  return {
    edition,
    grade,
    pollutants,
    compliant: combine(verdicts),
    nonCompliant: ITEMS.map(([k]) => k).filter((k) => pollutants[k].compliant === false),
  }
}

function combine(verdicts: readonly (boolean | null)[]): boolean | null {
  if (verdicts.includes(false)) return false
  return verdicts.includes(null) ? null : true
}
