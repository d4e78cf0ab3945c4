import { tz } from '@date-fns/tz'
import { eachDayOfInterval, format, parseISO } from 'date-fns'
import { z } from 'zod'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { ecoParams } from '../../../_lib/errors/from-zod.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import { defineOptions } from '../../../_lib/options.js'
import { checkCoPlausible } from '../_co.js'
import { DAILY_COLUMNS, isCleanConcentration, resolveDailyOptions } from '../_daily-core.js'
import { parseAirInput, throwIfAny } from '../_input.js'
import { AGGREGATE_AQI_OPTIONS } from '../_options.js'
import { type AirPollutant, AirPollutantSchema } from '../indicators.js'
import { type AirDayInput, AirDayInputSchema } from '../schemas.js'
import { classifyDays } from './_days.js'
import { periodFigures } from './_figures.js'
import type { AirPeriodSummary } from './types.js'

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

/**
 * Options of {@link summarizeAirPeriod}: those of {@link DailyAqiOptionsSchema} for the daily
 * AQI, and
 *
 * - `period`: both ends inclusive (default: the first to the last date given);
 * - `dustDates`: dates flagged by the monitoring authority as affected by sand and dust;
 * - `dustRatioMethod`: how dust dates change the ratios (default `'excludeDays'`);
 * - `verdictBasis`: which figures the verdict uses (default `'deducted'` when `dustDates` is
 *   given, else `'raw'`);
 * - `validDay`: when a day is valid (default `'allIndicators'`);
 * - `percentiles`: percentile of each pollutant's daily values (defaults: SO2 and NO2 98,
 *   PM10, PM2.5 and CO 95, O3 8-hour 90; `o3_1h` none); `null` turns one off.
 *
 * @category Air
 * @example
 * ```ts
 * import { SummarizeAirPeriodOptionsSchema } from 'eco-targets/air'
 * Object.keys(SummarizeAirPeriodOptionsSchema.shape).includes('dustDates') //=> true
 * ```
 */
export const SummarizeAirPeriodOptionsSchema = z.strictObject({
  ...AGGREGATE_AQI_OPTIONS,
  period: z
    .object({ start: IsoDateSchema, end: IsoDateSchema })
    .superRefine((p, ctx) => {
      if (p.end < p.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'end must not be before start',
          params: ecoParams(expect.endNotBeforeStart(p.start), {
            hint: text('结束日期早于开始日期', 'end must not be before start'),
          }),
        })
      }
    })
    .optional(),
  dustDates: z.array(IsoDateSchema).readonly().optional(),
  dustRatioMethod: z.enum(['excludeDays', 'excludeExceedingDays', 'recomputeWithoutPm']).optional(),
  verdictBasis: z.enum(['raw', 'deducted']).optional(),
  validDay: z.enum(['allIndicators', 'publishedAqi']).optional(),
  percentiles: z
    .partialRecord(AirPollutantSchema, z.number().gt(0).max(100).nullable())
    .readonly()
    .optional(),
})

/** Options of {@link summarizeAirPeriod}. @category Air */
export type SummarizeAirPeriodOptions = z.input<typeof SummarizeAirPeriodOptionsSchema>

const OPTIONS = defineOptions('summarizeAirPeriod', SummarizeAirPeriodOptionsSchema, (o) => ({
  ...o,
  daily: resolveDailyOptions(o),
  validDay: o.validDay ?? ('allIndicators' as const),
  dustRatioMethod: o.dustRatioMethod ?? ('excludeDays' as const),
}))

// A calendar date as the input schema reads it (`IsoDateSchema`, `z.iso.date()`)
const ISO_DATE = z.regexes.date

const REQUIRED_VALUES = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_8h'] as const

/**
 * Whether `z.array(AirDayInputSchema)` accepts `days` with every value as it is: an array of
 * objects with a calendar date, the required indicators `null` or a finite number ≥ 0 and
 * `o3_1h` absent, `null` or such a number (other keys are ignored, as the schema strips them).
 */
function isCleanDays(days: unknown): days is readonly AirDayInput[] {
  if (!Array.isArray(days)) return false
  for (const d of days as readonly unknown[]) {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return false
    const day = d as Readonly<Record<string, unknown>>
    const date = day.date
    if (typeof date !== 'string' || !ISO_DATE.test(date)) return false
    for (const key of REQUIRED_VALUES) {
      const v = day[key]
      if (v === undefined || !isCleanConcentration(v)) return false
    }
    if (!isCleanConcentration(day.o3_1h)) return false
  }
  return true
}

// The calendars of the last periods asked for: every city of a run shares its period
const calendars = new Map<string, readonly string[]>()

/**
 * Every date from `start` to `end`, both calendar dates with `start ≤ end`, counted in UTC so
 * the machine's time zone and its DST never shift them.
 */
function calendarOf(start: string, end: string): readonly string[] {
  const key = `${start}/${end}`
  let dates = calendars.get(key)
  if (dates !== undefined) return dates
  const utc = { in: tz('UTC') }
  dates = Object.freeze(
    eachDayOfInterval({ start: parseISO(start, utc), end: parseISO(end, utc) }, utc).map((d) =>
      format(d, 'yyyy-MM-dd'),
    ),
  )
  if (calendars.size >= 16) calendars.clear()
  calendars.set(key, dates)
  return dates
}

/**
 * Period statistics of daily air values (a month, a year, any span): good days (AQI ≤ 100),
 * heavy-pollution days (AQI > 200) and valid days with their ratios; each pollutant's mean
 * (sum as an exact decimal and count) and HJ 663 percentile; annual data validity per GB 3095
 * 表4 (≥ 324 days, ≥ 27 a month, ≥ 25 in February), reported and never ignored; one record per
 * day with its AQI, level, primary pollutants and why it does not count; and, when dust dates
 * are given, the same figures with those dates deducted beside the raw ones (decision 7).
 *
 * The one implementation of the period figures: {@link aggregateAir} and
 * {@link aggregateAirStream} compute each city's summary with this function. Partition
 * contract: a summary depends only on the days given (one city's), so cities can be summarised
 * apart, in any order or in parallel.
 *
 * @param days - daily values `{ date, so2, no2, co, pm10, pm25, o3_1h, o3_8h }` (an
 *   `AirDailyObservation`, a {@link CityDay} and a {@link StationDay} all fit); `null` for no
 *   valid value
 * @param options - period, dust dates and method, valid-day rule, percentiles, AQI options
 * @returns the {@link AirPeriodSummary}
 * @throws {@link InputError} for bad values, a date given twice, bad dust dates, no days and
 *   no period, or an unknown or misspelt option
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
  options?: SummarizeAirPeriodOptions,
): AirPeriodSummary {
  const context = 'summarizeAirPeriod input'
  const opts = OPTIONS.resolve(options)
  // the cheap check accepts only what the schema accepts as it is; zod reads anything else and
  // builds the error
  const parsed = isCleanDays(days) ? days : parseAirInput(z.array(AirDayInputSchema), days, context)
  checkCo(parsed, opts, context)
  // days in date order, as the air engine and most callers give them: no date twice
  if (inDateOrder(parsed)) {
    return summarize(
      parsed,
      parsed.map((d) => d.date),
      opts,
      context,
      [],
      true,
    )
  }
  const seen = new Map<string, number>()
  const issues: InputIssue[] = []
  parsed.forEach((d, i) => {
    const first = seen.get(d.date)
    if (first !== undefined)
      issues.push(
        issue({
          code: 'duplicate',
          path: [i, 'date'],
          expected: expect.unique(text('日期', 'date')),
          received: d.date,
          hint: text(`${d.date} 已在 [${first}] 给出`, `${d.date} is also given at [${first}]`),
        }),
      )
    else seen.set(d.date, i)
  })
  const sortedDates = [...seen.keys()].sort()
  return summarize(parsed, sortedDates, opts, context, issues, false)
}

/** Whether the dates of checked days strictly increase (calendar dates compare as strings). */
function inDateOrder(days: readonly AirDayInput[]): boolean {
  for (let i = 1; i < days.length; i++) {
    if (!((days[i - 1] as AirDayInput).date < (days[i] as AirDayInput).date)) return false
  }
  return true
}

type Resolved = ReturnType<typeof OPTIONS.resolve>

/** The calendar's dates without a day, and the days in the calendar, in its order. */
function matchCalendar(calendar: readonly string[], days: readonly AirDayInput[]) {
  const byDate = new Map(days.map((d) => [d.date, d]))
  const noData = calendar.filter((d) => !byDate.has(d))
  const inPeriod = calendar.filter((d) => byDate.has(d)).map((d) => byDate.get(d) as AirDayInput)
  return { noData, inPeriod }
}

/** {@link matchCalendar} of days in date order, each date once: one walk through both. */
function walkCalendar(calendar: readonly string[], days: readonly AirDayInput[]) {
  const noData: string[] = []
  const inPeriod: AirDayInput[] = []
  let j = 0
  for (const date of calendar) {
    while (j < days.length && (days[j] as AirDayInput).date < date) j++
    const d = days[j]
    if (d !== undefined && d.date === date) {
      inPeriod.push(d)
      j++
    } else noData.push(date)
  }
  return { noData, inPeriod }
}

function checkCo(days: readonly AirDayInput[], opts: Resolved, context: string): void {
  const bound = opts.daily.maxPlausibleCo
  if (days.some((d) => d.co !== null && d.co > bound)) {
    checkCoPlausible(
      context,
      days.map((d, i) => [[i, 'co'], d.co] as const),
      bound,
      '24h',
    )
  }
}

/** The summary of checked days, `sortedDates` their dates in order, once each. */
function summarize(
  parsed: readonly AirDayInput[],
  sortedDates: readonly string[],
  opts: Resolved,
  context: string,
  issues: InputIssue[],
  ordered: boolean,
): AirPeriodSummary {
  const start = opts.period?.start ?? sortedDates[0]
  const end = opts.period?.end ?? sortedDates[sortedDates.length - 1]
  if (start === undefined || end === undefined) {
    issues.push(
      issue({
        code: 'empty_input',
        path: [],
        expected: text('至少一天的数据，或评价时段', 'at least one day, or a period'),
        received: [],
        hint: text('未给出任何日期，也未给出评价时段', 'no days given and no period to summarise'),
      }),
    )
  }
  throwIfAny(context, issues)
  if (start === undefined || end === undefined) throw new TypeError('unreachable')

  const { daily, validDay, dustRatioMethod } = opts
  const indicators = new Set(DAILY_COLUMNS[daily.standard].map(([k]) => k))
  const percentiles = { ...DEFAULT_PERCENTILES, ...(opts.percentiles ?? {}) } as Record<
    AirPollutant,
    number | null
  >
  const dust = opts.dustDates === undefined ? null : new Set(opts.dustDates)
  const period = { start, end }

  const calendar = calendarOf(start, end)
  const { noData, inPeriod } = ordered
    ? walkCalendar(calendar, parsed)
    : matchCalendar(calendar, parsed)

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
    verdictBasis: opts.verdictBasis ?? (dust === null ? 'raw' : 'deducted'),
    options: {
      roundConcentrations: daily.roundConcentrations,
      missingIndicators: daily.missingIndicators,
      validDay,
      dustRatioMethod,
      percentiles,
    },
  }
}
