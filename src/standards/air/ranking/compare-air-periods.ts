import type { z } from 'zod'
import * as zm from 'zod/mini'
import { defineOptions } from '../../../_lib/options.js'
import { decimal, type Rational } from '../../../_lib/rational.js'
import type { ActualValue } from '../../figures.js'
import type { AirPeriodSummary } from '../period/types.js'
import type { AirPeriodComparisonSchema } from '../result-schemas.js'
import { changeOf } from './_change.js'
import { compositeOf } from './_composite.js'
import { type FiguresRead, readSummary } from './_summary.js'
import { gb3095EditionOn } from './edition-on.js'
import { COMPOSITE_INDEX_POLLUTANTS, type CompositeIndexPollutant } from './limits.js'
import type { PeriodChange } from './period-change-types.js'

/**
 * Options of {@link compareAirPeriods}: `baseYear` (the earlier period is that year's; without
 * it the change is 同比), `compare` (`'published'`, the default, or `'exact'`), the `edition`
 * of the composite index for both periods (default: in force on the current period's first
 * day), and the dust bases (`concentrationBasis`, default `'deducted'`, and `ratioBasis`,
 * default `'raw'`, as in the national monthly reports).
 *
 * @category Air
 * @example
 * ```ts
 * import { CompareAirPeriodsOptionsSchema } from 'eco-targets/air'
 * Object.keys(CompareAirPeriodsOptionsSchema.def.shape).length //=> 5
 * ```
 */
export const CompareAirPeriodsOptionsSchema = zm.strictObject({
  baseYear: zm.optional(zm.int().check(zm.minimum(1900), zm.maximum(2999))),
  compare: zm.optional(zm.enum(['published', 'exact'])),
  edition: zm.optional(zm.enum(['GB3095-2012', 'GB3095-2026-transitional', 'GB3095-2026'])),
  concentrationBasis: zm.optional(zm.enum(['raw', 'deducted'])),
  ratioBasis: zm.optional(zm.enum(['raw', 'deducted'])),
})

/** @category Air */
export type CompareAirPeriodsOptions = zm.input<typeof CompareAirPeriodsOptionsSchema>

const OPTIONS = defineOptions('compareAirPeriods', CompareAirPeriodsOptionsSchema, (o) => ({
  baseYear: o.baseYear ?? null,
  compare: o.compare ?? ('published' as const),
  edition: o.edition ?? null,
  concentrationBasis: o.concentrationBasis ?? ('deducted' as const),
  ratioBasis: o.ratioBasis ?? ('raw' as const),
}))

/** The result of {@link compareAirPeriods}. @category Air */
export type AirPeriodComparison = z.output<typeof AirPeriodComparisonSchema>

const CONTEXT = 'compareAirPeriods input'

/**
 * Every figure of a period beside the same figure of an earlier period, as the releases print
 * them: the good-days and heavy-pollution ratios in percentage points, each pollutant's
 * statistic and the composite index in percent ({@link periodChange} for each), the composite
 * index of both periods with the same edition's standard values.
 *
 * @param current - the summary of the period
 * @param earlier - the summary of the same period of the previous year, or of the base year
 * @param options - base year, comparison, edition, dust bases
 * @returns the {@link AirPeriodComparison}
 * @throws {@link InputError} for a bad option or a value that is not a period summary
 * @category Air
 * @see GB/T 8170 §3.2; 《城市环境空气质量排名技术规定》 (SECONDARY)
 * @example
 * ```ts
 * import { compareAirPeriods, summarizeAirPeriod } from 'eco-targets/air'
 * const day = (date: string, pm25: number) =>
 *   ({ date, so2: 7, no2: 14, co: 0.7, pm10: 31, pm25, o3_1h: 150, o3_8h: 139 })
 * const c = compareAirPeriods(
 *   summarizeAirPeriod([day('2021-07-01', 16)]),
 *   summarizeAirPeriod([day('2020-07-01', 19)]),
 * )
 * c.concentrations.pm25.text?.zh //=> '同比下降 15.8%'
 * c.goodDaysRatio.text?.zh       //=> '同比持平'
 * ```
 */
export function compareAirPeriods(
  current: AirPeriodSummary,
  earlier: AirPeriodSummary,
  options?: CompareAirPeriodsOptions,
): AirPeriodComparison {
  const opts = OPTIONS.resolve(options)
  const now = readSummary(current, CONTEXT, ['current'])
  const before = readSummary(earlier, CONTEXT, ['earlier'])
  const edition = opts.edition ?? gb3095EditionOn(now.period.start)
  const settings = {
    edition,
    concentrationBasis: opts.concentrationBasis,
    roundConcentrations: true,
  }
  const a = compositeOf(now, settings, CONTEXT, ['current'])
  const b = compositeOf(before, settings, CONTEXT, ['earlier'])
  const change = (
    x: ActualValue | null,
    y: ActualValue | null,
    kind: 'ratio' | 'concentration' | 'index',
    exactX?: Rational | null,
    exactY?: Rational | null,
  ): PeriodChange => {
    const pick = (v: ActualValue | null, e: Rational | null | undefined) =>
      v === null ? null : opts.compare === 'exact' ? (e ?? decimal(v.exact)) : decimal(v.published)
    const { exact: _, ...rest } = changeOf(pick(x, exactX), pick(y, exactY), {
      kind,
      baseYear: opts.baseYear,
      compare: opts.compare,
      decimals: 1,
    })
    return rest
  }
  const ratios = (s: typeof now): FiguresRead =>
    opts.ratioBasis === 'deducted' && s.deducted ? s.deducted : s.raw
  const concentrations = {} as Record<CompositeIndexPollutant, PeriodChange>
  for (const p of COMPOSITE_INDEX_POLLUTANTS) {
    const x = a.result.subIndices[p]
    const y = b.result.subIndices[p]
    concentrations[p] = change(
      x?.concentration ?? null,
      y?.concentration ?? null,
      'concentration',
      a.exact.concentrations.get(p)?.exact,
      b.exact.concentrations.get(p)?.exact,
    )
  }
  return {
    period: { start: now.period.start, end: now.period.end },
    earlierPeriod: { start: before.period.start, end: before.period.end },
    goodDaysRatio: change(ratios(now).goodDaysRatio, ratios(before).goodDaysRatio, 'ratio'),
    heavyDaysRatio: change(ratios(now).heavyDaysRatio, ratios(before).heavyDaysRatio, 'ratio'),
    concentrations,
    compositeIndex: change(a.result.index, b.result.index, 'index', a.exact.index, b.exact.index),
    options: { ...opts, edition },
  }
}
