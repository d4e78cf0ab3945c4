import { z } from 'zod'
import { expect, issue } from '../../../_lib/errors/catalogue.js'
import { parseOrThrow } from '../../../_lib/errors/from-zod.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { IssuePathSegment } from '../../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import { decimal, div, type Rational, rational } from '../../../_lib/rational.js'
import type { ActualValue } from '../../figures.js'
import type { CompositeIndexPollutant, CompositeIndexStatistic } from './limits.js'

// The parts of an AirPeriodSummary that the composite index reads, checked at the boundary so
// that a summary of another shape is an input error rather than a wrong figure.
const Actual = z.looseObject({
  value: z.number(),
  exact: z.string().regex(/^-?\d+(\.\d+)?$/),
  published: z.number(),
  precision: z.number().int().min(0),
})
const Stats = z.looseObject({
  count: z.number().int().min(0),
  sum: z.string().regex(/^-?\d+(\.\d+)?$/),
  mean: Actual.nullable(),
  percentile: z.looseObject({ p: z.number(), value: Actual }).nullable(),
})
const Figures = z.looseObject({
  validDays: z.number().int().min(0),
  goodDaysRatio: Actual.nullable(),
  heavyDaysRatio: Actual.nullable(),
  pollutants: z.looseObject({
    so2: Stats,
    no2: Stats,
    pm10: Stats,
    pm25: Stats,
    co: Stats,
    o3_8h: Stats,
  }),
})
const SummarySchema = z.looseObject({
  period: z.looseObject({ start: IsoDateSchema, end: IsoDateSchema }),
  raw: Figures,
  deducted: Figures.nullable(),
  days: z.array(z.looseObject({ dust: z.boolean() })).optional(),
})

/** The period figures a composite index reads (raw or dust-deducted). */
export type FiguresRead = z.output<typeof Figures>
/** An AirPeriodSummary as the composite index reads it. */
export type SummaryRead = z.output<typeof SummarySchema>

/** Reads a period summary, or throws an {@link InputError} naming the missing part. */
export function readSummary(
  value: unknown,
  context: string,
  prefix: readonly IssuePathSegment[],
): SummaryRead {
  return parseOrThrow(SummarySchema, value, context, { prefix })
}

/** Which statistic of a pollutant enters the index, and the percentile it must be. */
export const STATISTIC: Readonly<Record<CompositeIndexPollutant, CompositeIndexStatistic>> = {
  so2: 'mean',
  no2: 'mean',
  pm10: 'mean',
  pm25: 'mean',
  co: 'p95',
  o3_8h: 'p90',
}

const PERCENTILE: Readonly<Partial<Record<CompositeIndexPollutant, number>>> = { co: 95, o3_8h: 90 }

// an ActualValue with only its own four fields (a loose parse keeps any others)
const plain = (a: ActualValue): ActualValue => ({
  value: a.value,
  exact: a.exact,
  published: a.published,
  precision: a.precision,
})

/** One pollutant's statistic: exact, as published, and its published precision; `null` without data. */
export interface StatisticRead {
  readonly exact: Rational
  readonly published: Rational
  readonly precision: number
  readonly actual: ActualValue
}

/**
 * The statistic of a pollutant that the ranking rule names: the mean (exactly, from the sum and
 * the count) or the 95th (CO) / 90th (O3) percentile; `null` when the pollutant has no data.
 */
export function statisticOf(
  figures: FiguresRead,
  pollutant: CompositeIndexPollutant,
  context: string,
  path: readonly IssuePathSegment[],
): StatisticRead | null {
  const stats = figures.pollutants[pollutant]
  if (stats.count === 0) return null
  const p = PERCENTILE[pollutant]
  if (p === undefined) {
    if (stats.mean === null) return null
    return {
      exact: div(decimal(stats.sum), rational(BigInt(stats.count))),
      published: decimal(stats.mean.published),
      precision: stats.mean.precision,
      actual: plain(stats.mean),
    }
  }
  if (stats.percentile === null || stats.percentile.p !== p) {
    // 环办〔2014〕64号: CO by its 95th, O3 by its 90th percentile; another one is another index
    throw new InputError(context, [
      issue({
        code: 'invalid_value',
        path: [...path, 'pollutants', pollutant, 'percentile', 'p'],
        expected: expect.percentileStatistic(p),
        received: stats.percentile?.p ?? null,
      }),
    ])
  }
  const value = stats.percentile.value
  return {
    exact: decimal(value.exact),
    published: decimal(value.published),
    precision: value.precision,
    actual: plain(value),
  }
}
