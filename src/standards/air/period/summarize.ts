import { tz } from '@date-fns/tz'
import { eachDayOfInterval, format, parseISO } from 'date-fns'
import { z } from 'zod'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import { checkCoPlausible } from '../_co.js'
import { DAILY_COLUMNS, resolveDailyOptions } from '../_daily-core.js'
import { checkAirOptions } from '../_options.js'
import { parseAirInput } from '../_parse.js'
import { AirInputError, type AirInputIssue } from '../errors.js'
import { type AirPollutant, AirPollutantSchema } from '../indicators.js'
import { type AirDayInput, AirDayInputSchema } from '../schemas.js'
import { classifyDays } from './_days.js'
import { periodFigures } from './_figures.js'
import type { AirPeriodSummary, SummarizeAirPeriodOptions } from './types.js'

const DEFAULT_PERCENTILES: Readonly<Record<AirPollutant, number | null>> = {
  // HJ 663: SO2, NO2 24-hour P98; PM10, PM2.5 and CO 24-hour P95; O3 daily max 8-hour P90
  so2: 98,
  no2: 98,
  co: 95,
  pm10: 95,
  pm25: 95,
  o3_1h: null,
  o3_8h: 90,
}

const OptionsSchema = z.object({
  period: z
    .object({ start: IsoDateSchema, end: IsoDateSchema })
    .refine((p) => p.start <= p.end, { message: 'end must not be before start', path: ['end'] })
    .optional(),
  dustDates: z.array(IsoDateSchema).optional(),
  percentiles: z.partialRecord(AirPollutantSchema, z.number().gt(0).max(100).nullable()).optional(),
})

/**
 * Period statistics of daily air values (a month, a year, any span): good days (AQI ≤ 100),
 * heavy-pollution days (AQI > 200) and valid days with their ratios; each pollutant's mean
 * (sum as an exact decimal and count) and HJ 663 percentile; annual data validity per GB 3095
 * 表4 (≥ 324 days, ≥ 27 a month, ≥ 25 in February), reported and never ignored; one record per
 * day with its AQI, level, primary pollutants and why it does not count; and, when dust dates
 * are given, the same figures with those dates deducted beside the raw ones (decision 7).
 *
 * @param days - daily values `{ date, so2, no2, co, pm10, pm25, o3_1h, o3_8h }` (an
 *   `AirDailyObservation`, a {@link CityDay} and a {@link StationDay} all fit); `null` for no
 *   valid value
 * @param options - period, dust dates and method, valid-day rule, percentiles, AQI options
 * @returns the {@link AirPeriodSummary}
 * @throws {@link AirInputError} for bad values, a date given twice, bad dust dates, or no days
 *   and no period
 * @category Air
 * @see HJ 633-2012 表2 (AQI ≤ 100 优良, > 200 重度及以上); GB 3095 表4 (validity), §3.11–3.13;
 *   HJ 663-2013 (percentiles; SECONDARY); project decisions 5, 6 and 7
 * @example
 * ```ts
 * import { summarizeAirPeriod } from 'eco-targets/air'
 * const day = (date: string, pm25: number) =>
 *   ({ date, so2: 10, no2: 20, co: 0.5, pm10: 40, pm25, o3_1h: 80, o3_8h: 70 })
 * const s = summarizeAirPeriod([day('2022-01-01', 30), day('2022-01-02', 80), day('2022-01-03', 20)])
 * s.raw.goodDays                     //=> 2
 * s.raw.goodDaysRatio?.published     //=> 66.7
 * s.raw.pollutants.pm25.sum          //=> '130'
 * s.raw.pollutants.pm25.mean?.published //=> 43
 * ```
 */
export function summarizeAirPeriod(
  days: readonly AirDayInput[],
  options: SummarizeAirPeriodOptions = {},
): AirPeriodSummary {
  const context = 'summarizeAirPeriod input'
  checkAirOptions(options, 'summarizeAirPeriod')
  const parsed = parseAirInput(z.array(AirDayInputSchema), days, context)
  const opts = parseAirInput(OptionsSchema, options, 'summarizeAirPeriod options')
  checkCoPlausible(
    context,
    parsed.map((d, i) => [[i, 'co'], d.co] as const),
    options.maxPlausibleCo,
  )
  const seen = new Map<string, number>()
  const issues: AirInputIssue[] = []
  parsed.forEach((d, i) => {
    const first = seen.get(d.date)
    if (first !== undefined)
      issues.push({ path: [i, 'date'], message: `${d.date} is also given at [${first}]` })
    else seen.set(d.date, i)
  })
  const sortedDates = [...seen.keys()].sort()
  const start = opts.period?.start ?? sortedDates[0]
  const end = opts.period?.end ?? sortedDates[sortedDates.length - 1]
  if (start === undefined || end === undefined) {
    issues.push({ path: [], message: 'no days given and no period to summarise' })
  }
  if (issues.length > 0 || start === undefined || end === undefined) {
    throw new AirInputError(context, issues)
  }

  const daily = resolveDailyOptions(options)
  const indicators = new Set(DAILY_COLUMNS[daily.standard].map(([k]) => k))
  const validDay = options.validDay ?? 'allIndicators'
  const dustRatioMethod = options.dustRatioMethod ?? 'excludeDays'
  const percentiles = { ...DEFAULT_PERCENTILES, ...(opts.percentiles ?? {}) } as Record<
    AirPollutant,
    number | null
  >
  const dust = opts.dustDates === undefined ? null : new Set(opts.dustDates)
  const period = { start, end }

  // calendar dates, counted in UTC so the machine's time zone and its DST never shift them
  const utc = { in: tz('UTC') }
  const calendar = eachDayOfInterval(
    { start: parseISO(start, utc), end: parseISO(end, utc) },
    utc,
  ).map((d) => format(d, 'yyyy-MM-dd'))
  const byDate = new Map(parsed.map((d) => [d.date, d]))
  const noData = calendar.filter((d) => !byDate.has(d))
  const inPeriod = calendar
    .filter((d) => byDate.has(d))
    .map((d) => byDate.get(d) as (typeof parsed)[number])

  const { records, raw, deducted, rawValues, deductedValues } = classifyDays(inPeriod, {
    daily,
    indicators,
    validDay,
    dustRatioMethod,
    dust,
  })
  const outsidePeriod = sortedDates.filter((d) => d < start || d > end)
  return {
    ruleSet: daily.standard === 'HJ633-2026' ? 'cn-air-2026' : 'cn-air-2012',
    standard: daily.standard,
    period: { start, end, days: calendar.length },
    days: records,
    outsidePeriod,
    raw: periodFigures(raw, noData, rawValues, percentiles, period),
    deducted:
      dust === null ? null : periodFigures(deducted, noData, deductedValues, percentiles, period),
    verdictBasis: options.verdictBasis ?? (dust === null ? 'raw' : 'deducted'),
    options: {
      roundConcentrations: daily.roundConcentrations,
      missingIndicators: daily.missingIndicators,
      validDay,
      dustRatioMethod,
      percentiles,
    },
  }
}
