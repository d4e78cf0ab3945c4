import { z } from 'zod'
import * as zm from 'zod/mini'
import { expect, issue } from '../../_lib/errors/catalogue.js'
import { zodMessage } from '../../_lib/errors/from-zod.js'
import { IsoDateSchema } from '../../_lib/iso-date.js'
import { defineOptions } from '../../_lib/options.js'
import { isoDateIssue } from './_dates.js'
import type { ExactValue } from './_exact.js'
import { arrayIssue, choiceIssue, Issues, objectIssue, resolveInto } from './_input.js'
import { meanExact } from './_means.js'
import { fillSectionOptions, sectionOptionsShape } from './_options.js'
import { classifySectionExact } from './_section.js'
import { readSurfaceValues } from './_values.js'
import type { WaterIndicatorKey } from './indicators.js'
import { isWaterPeriod, parseWaterPeriod } from './period.js'
import {
  type ResolvedSectionPeriodOptions,
  type SamplingStatus,
  SamplingStatusSchema,
  type SectionCondition,
  type SectionPeriodClassification,
  SurfaceWaterValuesSchema,
} from './results/section.js'

/**
 * One sampling of a section (shape-compatible with `WaterSampleObservation`): its date, its
 * status (default `sampled`; 断流 `driedUp`, 冰封 `frozen` and `notSampled` carry no values) and
 * its values by Table 1 key.
 *
 * @category Water
 * @example
 * ```ts
 * import { WaterSamplingSchema } from 'eco-targets/water'
 * WaterSamplingSchema.safeParse({ date: '2022-02-30' }).success //=> false
 * ```
 */
export const WaterSamplingSchema = z
  .object({
    date: IsoDateSchema,
    status: SamplingStatusSchema.optional(),
    values: SurfaceWaterValuesSchema.optional(),
  })
  .strict()
  .describe('One sampling of a surface-water section')

/** One sampling of a section. @category Water */
export type WaterSampling = Readonly<z.input<typeof WaterSamplingSchema>>

/**
 * Options of {@link classifySectionPeriod}: those of {@link classifySection}, the period
 * (`YYYY`, `YYYY-Qn` or `YYYY-MM`; samplings outside it are ignored; without it every sampling
 * given is used) and the fewest samplings with values for a class (default 1: 22号's minimum
 * counts for a quarter or a year, and for ice-bound sections, were not read in the official text,
 * so none is applied unless you set one).
 *
 * @category Water
 * @example
 * ```ts
 * import { ClassifySectionPeriodOptionsSchema } from 'eco-targets/water'
 * Object.keys(ClassifySectionPeriodOptionsSchema.def.shape).includes('minSamplings') //=> true
 * ```
 */
export const ClassifySectionPeriodOptionsSchema = zm.strictObject({
  ...sectionOptionsShape,
  period: zm.optional(
    zm.string().check(zm.refine(isWaterPeriod, { error: zodMessage(expect.waterPeriod()) })),
  ),
  minSamplings: zm.optional(zm.int().check(zm.gte(1))),
})

/** Options of {@link classifySectionPeriod}. @category Water */
export type ClassifySectionPeriodOptions = z.input<typeof ClassifySectionPeriodOptionsSchema>

const OPTIONS = defineOptions(
  'classifySectionPeriod',
  ClassifySectionPeriodOptionsSchema,
  (o): ResolvedSectionPeriodOptions => ({
    ...fillSectionOptions(o),
    period: o.period ?? null,
    minSamplings: o.minSamplings ?? 1,
  }),
)

const STATUSES: readonly SamplingStatus[] = SamplingStatusSchema.options

/**
 * A section's class for a month, quarter or year: the arithmetic mean of each indicator over the
 * period's samplings (each mean over the samplings that measured it), classified by the
 * single-factor rule of {@link classifySection}, exactly. Samplings marked dried up (断流), frozen
 * or not sampled are counted and carry no values; a period without any value has no class.
 *
 * @param samplings - the section's samplings (any order; those outside `period` are ignored)
 * @param options - the section options plus the period and an optional minimum sampling count
 * @returns the classification with the period, means, counts, sampling counts and options used
 * @throws {@link InputError} listing every problem, each with its path (`[3, 'date']`,
 * `[0, 'values', 'pH']`, `['options', 'period']`): an impossible date, a bad status or value, a
 * not-sampled sampling with values, bad or missing options
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
  const issues = new Issues()
  const resolved = resolveInto(OPTIONS, options ?? {}, issues)
  const bad = arrayIssue([], samplings)
  if (bad) issues.add(bad)
  const period = resolved?.period ? parseWaterPeriod(resolved.period) : null
  const counts = { total: 0, used: 0, driedUp: 0, frozen: 0, notSampled: 0, empty: 0 }
  const valueSets: Map<WaterIndicatorKey, ExactValue>[] = []
  if (!bad) {
    samplings.forEach((s, i) => {
      const notObject = objectIssue([i], s)
      if (notObject) {
        issues.add(notObject)
        return
      }
      const dateIssue = isoDateIssue([i, 'date'], s.date)
      const status = s.status ?? 'sampled'
      const statusIssue = choiceIssue([i, 'status'], status, STATUSES)
      const values = readSurfaceValues(s.values ?? {}, [i, 'values'], issues)
      issues.add(dateIssue)
      issues.add(statusIssue)
      if (dateIssue || statusIssue) return
      if (period && (s.date < period.start || s.date > period.end)) return
      counts.total++
      if (status !== 'sampled') {
        if (values.size > 0) {
          issues.add(
            issue({
              code: 'custom',
              path: [i, 'values'],
              expected: expect.noValuesWhen(status),
              received: s.values,
            }),
          )
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
  }
  issues.throwIfAny('classifySectionPeriod input')
  const options_ = resolved as ResolvedSectionPeriodOptions
  const { means, counts: perIndicator } = meanExact(valueSets)
  let condition: SectionCondition = 'assessed'
  if (counts.used === 0) {
    if (counts.driedUp > 0 && counts.driedUp === counts.total) condition = 'driedUp'
    else if (counts.frozen > 0 && counts.frozen + counts.driedUp === counts.total)
      condition = 'frozen'
    else if (counts.notSampled > 0 && counts.notSampled === counts.total) condition = 'notSampled'
    else condition = 'noData'
  } else if (counts.used < options_.minSamplings) {
    condition = 'tooFewSamplings'
  }
  const classification = classifySectionExact(
    condition === 'assessed' ? means : new Map(),
    options_,
  )
  if (condition === 'assessed' && classification.waterClass === null) condition = 'noData'
  return {
    ...classification,
    options: options_,
    period,
    condition,
    samplings: counts,
    means: Object.fromEntries([...means].map(([k, v]) => [k, v.value])),
    counts: Object.fromEntries(perIndicator),
  }
}
