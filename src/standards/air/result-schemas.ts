/**
 * The zod schemas of every object result of the air functions. Each result type of the module
 * (`AqiResult`, `CityDay`, `AirPeriodSummary`, …) is inferred from its schema here, so the
 * schema and the type cannot drift apart, and a result can be checked at run time (a JSON file
 * written by another program, say) with `Schema.parse`.
 *
 * The functions themselves do not import this file: they build their results directly and the
 * schemas stay out of a bundle that does not use them.
 *
 * Objects are strict (an unknown key fails) except the `options` echo of an AQI report, which
 * carries the resolved options of the function that made it. Arrays and objects are `readonly`
 * in the inferred types; parsing returns frozen copies.
 */
import { z } from 'zod'
import { IsoDateSchema } from '../../_lib/iso-date.js'
import { LocalizedTextSchema } from '../../_lib/localized-text.js'
import { ActualValueSchema, ExclusionSchema } from '../figures.js'
import { AirPollutantSchema } from './indicators.js'
import { Gb3095EditionSchema } from './limits.js'
import { COMPOSITE_INDEX_POLLUTANTS } from './ranking/limits.js'
import { AqiStandardSchema } from './tables.js'

// Each schema is built in an immediately called function marked pure, so that a bundler drops
// the schemas a program does not use even from the package's single-file entry.
const shape = <S extends z.ZodRawShape>(s: S) => z.strictObject(s).readonly()
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly()
const count = /* @__PURE__ */ (() => z.number().int().nonnegative())()
const BasisSchema = /* @__PURE__ */ (() => z.enum(['raw', 'deducted']))()
const LevelSchema = /* @__PURE__ */ (() =>
  z.literal([1, 2, 3, 4, 5, 6]).describe('AQI level 1–6 (一级 … 六级)'))()
const periodShape = /* @__PURE__ */ (() => ({ start: IsoDateSchema, end: IsoDateSchema }))()

// ---------------------------------------------------------------------------------------------
// AQI reports (dailyAqi, realtimeAqi)

/** @category Air */
export const MissingIndicatorPolicySchema = /* @__PURE__ */ (() =>
  z
    .enum(['computeFromOthers', 'withholdUnlessAbove100'])
    .describe('What an AQI does when an indicator has no value'))()

/** @category Air */
export const AqiWithheldReasonSchema = /* @__PURE__ */ (() =>
  z
    .enum(['missingIndicator', 'o3_8hAbove800', 'so2_1hAbove800'])
    .describe('Why an AQI is withheld (NA)'))()

/** @category Air */
export const So2Above800RuleSchema = /* @__PURE__ */ (() =>
  z
    .enum(['platform', 'text'])
    .describe('How a real-time report indexes SO2 1-hour above 800 µg/m³ under HJ 633-2012'))()

/** @category Air */
export const NotMeasuredRuleSchema = /* @__PURE__ */ (() =>
  z
    .enum(['platform', 'text'])
    .describe('What an indicator the station does not measure does to the AQI'))()

/** @category Air */
export const MissingPm10RuleSchema = /* @__PURE__ */ (() =>
  z
    .enum(['platform', 'text'])
    .describe('What a missing PM10 1-hour value does to a real-time AQI under HJ 633-2026'))()

/** A display colour of HJ 633 附录A 表A.1. @category Air */
export const AqiColorSchema = /* @__PURE__ */ (() =>
  shape({
    name: LocalizedTextSchema,
    rgb: z.tuple([z.number(), z.number(), z.number()]).readonly(),
    hex: z.string().regex(/^#[0-9A-F]{6}$/),
    cmyk: z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly(),
  }).describe('An AQI display colour'))()

/**
 * An AQI category (级别 and 类别) with its colour and health information, as
 * {@link aqiCategory} returns it.
 *
 * @category Air
 * @example
 * ```ts
 * import { AqiCategorySchema, aqiCategory } from 'eco-targets/air'
 * AqiCategorySchema.safeParse(aqiCategory(120)).success //=> true
 * ```
 */
export const AqiCategorySchema = /* @__PURE__ */ (() =>
  shape({
    level: LevelSchema,
    levelName: LocalizedTextSchema,
    name: LocalizedTextSchema,
    range: z
      .tuple([z.number().int(), z.number().int().nullable()])
      .readonly()
      .describe('Lowest and highest AQI of the category; null for no upper end'),
    color: AqiColorSchema,
    healthEffects: LocalizedTextSchema,
    advice: LocalizedTextSchema,
  }).describe('An AQI category with its colour and health advice'))()

/** Which rules an AQI report applied. @category Air */
export const AqiFlagsSchema = /* @__PURE__ */ (() =>
  shape({
    capped: list(AirPollutantSchema).describe('IAQI capped at 500 above the top breakpoint'),
    o3_8hAbove800: z.boolean(),
    so2_1hAbove800: z.boolean(),
    missing: list(AirPollutantSchema).describe('Indicators of the report without a value'),
    notMeasured: list(AirPollutantSchema).describe('Indicators the station does not measure'),
    withheld: z.boolean(),
    withheldReason: AqiWithheldReasonSchema.nullable(),
  }).describe('Rules applied and unusual inputs of an AQI report'))()

/**
 * An AQI report of {@link dailyAqi} or {@link realtimeAqi} (and the `aqi` of every city day).
 *
 * @category Air
 * @example
 * ```ts
 * import { AqiResultSchema, dailyAqi } from 'eco-targets/air'
 * AqiResultSchema.parse(dailyAqi({ pm25: 80 })).aqi //=> 107
 * ```
 */
export const AqiResultSchema = /* @__PURE__ */ (() =>
  shape({
    report: z.enum(['daily', 'realtime']),
    standard: AqiStandardSchema,
    aqi: z.number().int().nonnegative().nullable().describe('null: no indicator, or withheld'),
    iaqi: z
      .partialRecord(AirPollutantSchema, z.number().int().nonnegative().nullable())
      .readonly()
      .describe('The IAQI of every indicator of the report; null when missing or not indexed'),
    primaryPollutants: list(AirPollutantSchema).describe('首要污染物 (AQI > 50)'),
    exceedingPollutants: list(AirPollutantSchema)
      .nullable()
      .describe('超标污染物 (IAQI > 100; HJ 633-2012 only, null under 2026)'),
    category: AqiCategorySchema.nullable(),
    flags: AqiFlagsSchema,
    options: z
      .looseObject({
        roundConcentrations: z.boolean(),
        missingIndicators: MissingIndicatorPolicySchema,
        notMeasured: NotMeasuredRuleSchema,
      })
      .readonly()
      .describe('The options the report was computed with, defaults filled in'),
  }).describe('An HJ 633 AQI report for one station or city and one day or hour'))()

// ---------------------------------------------------------------------------------------------
// Station and city days (aggregateStationDays, aggregateCityDays)

const dailyValuesShape = /* @__PURE__ */ (() => ({
  so2: z.number().nullable(),
  no2: z.number().nullable(),
  co: z.number().nullable(),
  pm10: z.number().nullable(),
  pm25: z.number().nullable(),
  o3_1h: z.number().nullable(),
  o3_8h: z.number().nullable(),
}))()

const DecimalTextSchema = /* @__PURE__ */ (() => z.string().regex(/^-?\d+(\.\d+)?$/))()

/** @category Air */
export const TimestampConventionSchema = /* @__PURE__ */ (() =>
  z
    .enum(['hour-ending', 'hour-beginning'])
    .describe('How a record’s timestamp relates to the hour it covers'))()

/** @category Air */
export const StationDayGapSchema = /* @__PURE__ */ (() =>
  z
    .enum(['tooFewHours', 'tooFewWindows', 'notMeasured'])
    .describe('Why a daily value is missing'))()

/**
 * A station's daily values for one day, as {@link aggregateStationDays} returns them.
 *
 * @category Air
 * @example
 * ```ts
 * import { aggregateStationDays, StationDaySchema } from 'eco-targets/air'
 * const hours = Array.from({ length: 24 }, (_, h) => ({
 *   station: '2197A', time: `2022-01-01T${String(h).padStart(2, '0')}:00:00`, pm25: 40,
 * }))
 * aggregateStationDays(hours).every((d) => StationDaySchema.safeParse(d).success) //=> true
 * ```
 */
export const StationDaySchema = /* @__PURE__ */ (() =>
  shape({
    ...dailyValuesShape,
    station: z.string().min(1),
    date: IsoDateSchema,
    exact: z
      .record(AirPollutantSchema, DecimalTextSchema.nullable())
      .readonly()
      .describe('Unrounded values as exact decimals'),
    validHours: z
      .record(z.enum(['so2', 'no2', 'co', 'pm10', 'pm25', 'o3']), count)
      .readonly()
      .describe('Valid hourly values of the day per pollutant'),
    o3_8hWindows: count.describe('Valid 8-hour O3 means among the 17 windows'),
    o3_8hByExceedance: z.boolean().describe('Kept under the exceedance exception of HJ 663 §6.1.2'),
    gaps: z.partialRecord(AirPollutantSchema, StationDayGapSchema).readonly(),
  }).describe('A station’s daily values for one natural day'))()

/**
 * A city's daily values and daily AQI, as {@link aggregateCityDays} returns them.
 *
 * @category Air
 * @example
 * ```ts
 * import { aggregateCityDays, CityDaySchema } from 'eco-targets/air'
 * const day = { date: '2022-01-21', so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 }
 * CityDaySchema.parse(aggregateCityDays([{ ...day, station: 'A' }])[0]).aqi.aqi //=> 102
 * ```
 */
export const CityDaySchema = /* @__PURE__ */ (() =>
  shape({
    ...dailyValuesShape,
    date: IsoDateSchema,
    exact: z.record(AirPollutantSchema, DecimalTextSchema.nullable()).readonly(),
    stations: z
      .record(AirPollutantSchema, count)
      .readonly()
      .describe('Valid station values behind each city value'),
    aqi: AqiResultSchema,
  }).describe('A city’s daily values, station counts and daily AQI'))()

// ---------------------------------------------------------------------------------------------
// Period statistics (summarizeAirPeriod)

/** @category Air */
export const DustRatioMethodSchema = /* @__PURE__ */ (() =>
  z.enum(['excludeDays', 'excludeExceedingDays', 'recomputeWithoutPm']))()

/** @category Air */
export const ValidDayRuleSchema = /* @__PURE__ */ (() =>
  z.enum(['allIndicators', 'publishedAqi']))()

/** @category Air */
export const AirDayExclusionReasonSchema = /* @__PURE__ */ (() =>
  z.enum(['noData', 'missingIndicator', 'aqiWithheld', 'dustDay']))()

/** One day of a period with its AQI and whether it counts. @category Air */
export const AirDayRecordSchema = /* @__PURE__ */ (() =>
  shape({
    date: IsoDateSchema,
    aqi: z.number().int().nonnegative().nullable(),
    level: LevelSchema.nullable(),
    primaryPollutants: list(AirPollutantSchema),
    valid: z.boolean(),
    reason: AirDayExclusionReasonSchema.nullable(),
    missing: list(AirPollutantSchema),
    dust: z.boolean(),
    aqiWithoutPm: z.number().int().nonnegative().nullable().exactOptional(),
  }).describe('A day of the period, its AQI and whether it counts for the ratios'))()

/** Annual data validity of one pollutant (GB 3095 表4). @category Air */
export const AnnualValiditySchema = /* @__PURE__ */ (() =>
  shape({
    applies: z.boolean(),
    days: count,
    requiredDays: count.nullable(),
    months: list(
      shape({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        days: count,
        required: count,
      }),
    ),
    shortMonths: list(z.string()),
    met: z.boolean().nullable(),
  }).describe('GB 3095 表4 annual data validity of one pollutant'))()

/** Period statistics of one pollutant's daily values. @category Air */
export const AirPollutantStatsSchema = /* @__PURE__ */ (() =>
  shape({
    count,
    sum: DecimalTextSchema.describe('Exact sum of the values used'),
    mean: ActualValueSchema.nullable(),
    percentile: shape({ p: z.number(), value: ActualValueSchema }).nullable(),
    validity: AnnualValiditySchema,
  }).describe('Period statistics of one pollutant'))()

/** The figures of a period, raw or with dust days deducted. @category Air */
export const AirPeriodFiguresSchema = /* @__PURE__ */ (() =>
  shape({
    validDays: count,
    goodDays: count,
    heavyDays: count,
    goodDaysRatio: ActualValueSchema.nullable(),
    heavyDaysRatio: ActualValueSchema.nullable(),
    pollutants: z.record(AirPollutantSchema, AirPollutantStatsSchema).readonly(),
    excluded: list(ExclusionSchema),
  }).describe('The figures of a period'))()

/**
 * The result of {@link summarizeAirPeriod}.
 *
 * @category Air
 * @example
 * ```ts
 * import { AirPeriodSummarySchema, summarizeAirPeriod } from 'eco-targets/air'
 * const day = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }
 * const summary = summarizeAirPeriod([{ date: '2022-06-01', ...day }], {
 *   period: { start: '2022-06-01', end: '2022-06-01' },
 * })
 * AirPeriodSummarySchema.safeParse(summary).success //=> true
 * ```
 */
export const AirPeriodSummarySchema = /* @__PURE__ */ (() =>
  shape({
    ruleSet: z.enum(['cn-air-2012', 'cn-air-2026']),
    standard: AqiStandardSchema,
    period: shape({ ...periodShape, days: count }),
    days: list(AirDayRecordSchema),
    outsidePeriod: list(IsoDateSchema),
    raw: AirPeriodFiguresSchema,
    deducted: AirPeriodFiguresSchema.nullable(),
    verdictBasis: BasisSchema,
    options: shape({
      roundConcentrations: z.boolean(),
      missingIndicators: MissingIndicatorPolicySchema,
      validDay: ValidDayRuleSchema,
      dustRatioMethod: DustRatioMethodSchema,
      percentiles: z.record(AirPollutantSchema, z.number().nullable()).readonly(),
    }),
  }).describe('Period statistics of daily air values (HJ 663, GB 3095)'))()

// ---------------------------------------------------------------------------------------------
// GB 3095 compliance (assessAirCompliance)

const CompliancePollutantSchema = /* @__PURE__ */ (() =>
  z.enum(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3_8h']))()

/** One statistic against its limit. @category Air */
export const AirComplianceItemSchema = /* @__PURE__ */ (() =>
  shape({
    statistic: z.enum(['annualMean', 'percentile']),
    p: z.number().nullable(),
    value: z.number().nullable(),
    published: z.number().nullable(),
    limit: z.number(),
    compliant: z.boolean().nullable(),
  }).describe('A statistic against its GB 3095 limit'))()

/** A pollutant's verdict. @category Air */
export const AirPollutantComplianceSchema = /* @__PURE__ */ (() =>
  shape({
    items: list(AirComplianceItemSchema),
    compliant: z.boolean().nullable(),
  }).describe('A pollutant’s GB 3095 verdict'))()

/**
 * The result of {@link assessAirCompliance}.
 *
 * @category Air
 * @example
 * ```ts
 * import { AirComplianceResultSchema, assessAirCompliance } from 'eco-targets/air'
 * AirComplianceResultSchema.parse(assessAirCompliance({ pm25: { mean: 36 } })).compliant //=> false
 * ```
 */
export const AirComplianceResultSchema = /* @__PURE__ */ (() =>
  shape({
    edition: Gb3095EditionSchema,
    grade: z.literal([1, 2]),
    pollutants: z.record(CompliancePollutantSchema, AirPollutantComplianceSchema).readonly(),
    compliant: z.boolean().nullable(),
    nonCompliant: list(z.string()),
  }).describe('GB 3095 compliance of period statistics'))()

// ---------------------------------------------------------------------------------------------
// Composite index, changes and rankings

const CompositePollutantSchema = /* @__PURE__ */ (() => z.enum(COMPOSITE_INDEX_POLLUTANTS))()

/** One single-item index Iᵢ = Cᵢ / Sᵢ. @category Air */
export const CompositeSubIndexSchema = /* @__PURE__ */ (() =>
  shape({
    pollutant: CompositePollutantSchema,
    statistic: z.enum(['mean', 'p95', 'p90']),
    concentration: ActualValueSchema,
    value: DecimalTextSchema,
    limit: z.number(),
    index: ActualValueSchema,
  }).describe('A single-item index Iᵢ = Cᵢ / Sᵢ'))()

/**
 * The result of {@link compositeIndex}.
 *
 * @category Air
 * @example
 * ```ts
 * import { CompositeIndexResultSchema, compositeIndex, summarizeAirPeriod } from 'eco-targets/air'
 * const day = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }
 * const summary = summarizeAirPeriod([{ date: '2022-06-01', ...day }], {
 *   period: { start: '2022-06-01', end: '2022-06-01' },
 * })
 * CompositeIndexResultSchema.parse(compositeIndex(summary)).status //=> 'ok'
 * ```
 */
export const CompositeIndexResultSchema = /* @__PURE__ */ (() =>
  shape({
    status: z.enum(['ok', 'insufficientData']),
    period: shape(periodShape),
    edition: Gb3095EditionSchema,
    concentrationBasis: BasisSchema,
    subIndices: z.record(CompositePollutantSchema, CompositeSubIndexSchema.nullable()).readonly(),
    missing: list(CompositePollutantSchema),
    index: ActualValueSchema.nullable(),
    maxIndex: ActualValueSchema.nullable(),
    primaryPollutants: list(CompositePollutantSchema),
    meetsLimits: z.boolean().nullable(),
    options: shape({
      edition: Gb3095EditionSchema,
      concentrationBasis: BasisSchema,
      roundConcentrations: z.boolean(),
    }),
  }).describe('The ambient air quality composite index of a period'))()

/** @category Air */
export const PeriodChangeGapSchema = /* @__PURE__ */ (() =>
  z.enum(['noCurrent', 'noEarlier', 'earlierZero']))()

/**
 * The result of {@link periodChange}.
 *
 * @category Air
 * @example
 * ```ts
 * import { PeriodChangeSchema, periodChange } from 'eco-targets/air'
 * PeriodChangeSchema.parse(periodChange(85.2, 84.4, { kind: 'ratio' })).direction //=> 'up'
 * ```
 */
export const PeriodChangeSchema = /* @__PURE__ */ (() =>
  shape({
    unit: z.enum(['percentagePoints', 'percent']),
    current: z.number().nullable(),
    earlier: z.number().nullable(),
    change: ActualValueSchema.nullable(),
    direction: z.enum(['up', 'down', 'flat']).nullable(),
    word: LocalizedTextSchema.nullable(),
    text: LocalizedTextSchema.nullable(),
    gap: PeriodChangeGapSchema.nullable(),
    options: shape({
      kind: z.enum(['ratio', 'concentration', 'index']),
      baseYear: z.number().int().nullable(),
      compare: z.enum(['published', 'exact']),
      decimals: z.number().int().nonnegative(),
    }),
  }).describe('The change of a figure on an earlier period (同比, 比基准年)'))()

/**
 * The result of {@link compareAirPeriods}.
 *
 * @category Air
 * @example
 * ```ts
 * import { AirPeriodComparisonSchema, compareAirPeriods, summarizeAirPeriod } from 'eco-targets/air'
 * const day = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }
 * const on = (date: string) =>
 *   summarizeAirPeriod([{ date, ...day }], { period: { start: date, end: date } })
 * const r = compareAirPeriods(on('2022-06-01'), on('2021-06-01'))
 * AirPeriodComparisonSchema.parse(r).compositeIndex.direction //=> 'flat'
 * ```
 */
export const AirPeriodComparisonSchema = /* @__PURE__ */ (() =>
  shape({
    period: shape(periodShape),
    earlierPeriod: shape(periodShape),
    goodDaysRatio: PeriodChangeSchema,
    heavyDaysRatio: PeriodChangeSchema,
    concentrations: z.record(CompositePollutantSchema, PeriodChangeSchema).readonly(),
    compositeIndex: PeriodChangeSchema,
    options: shape({
      baseYear: z.number().int().nullable(),
      compare: z.enum(['published', 'exact']),
      edition: Gb3095EditionSchema,
      concentrationBasis: BasisSchema,
      ratioBasis: BasisSchema,
    }),
  }).describe('Every figure of a period beside the same figure of an earlier period'))()

/** @category Air */
export const CityRankingKeySchema = /* @__PURE__ */ (() =>
  z.enum([
    'compositeIndex',
    ...COMPOSITE_INDEX_POLLUTANTS,
    'goodDaysRatio',
    'compositeIndexChange',
  ]))()

/** @category Air */
export const CityRankingGapSchema = /* @__PURE__ */ (() =>
  z.enum([
    'missingPollutants',
    'noData',
    'noValidDays',
    'noPreviousPeriod',
    'previousInsufficient',
    'previousZero',
  ]))()

/** One ranking: the ranked cities and those listed apart. @category Air */
export const CityRankingOrderSchema = /* @__PURE__ */ (() =>
  shape({
    key: CityRankingKeySchema,
    order: z.enum(['ascending', 'descending']),
    ranked: list(
      shape({
        city: z.string(),
        rank: z.number().int().positive(),
        value: z.number(),
        tied: z.boolean(),
      }),
    ),
    insufficient: list(
      shape({
        city: z.string(),
        gap: CityRankingGapSchema,
        missing: list(CompositePollutantSchema).exactOptional(),
      }),
    ),
  }).describe('One city ranking'))()

/** One city of a city ranking. @category Air */
export const CityRankingEntrySchema = /* @__PURE__ */ (() =>
  shape({
    city: z.string(),
    compositeIndex: CompositeIndexResultSchema,
    goodDaysRatio: ActualValueSchema.nullable(),
    goodDaysRatioBasis: BasisSchema,
    dustDays: count,
    previous: shape({
      compositeIndex: CompositeIndexResultSchema,
      goodDaysRatio: ActualValueSchema.nullable(),
    }).nullable(),
    change: shape({
      compositeIndex: PeriodChangeSchema,
      goodDaysRatio: PeriodChangeSchema,
    }).nullable(),
    ranks: z.record(CityRankingKeySchema, z.number().int().positive().nullable()).readonly(),
  }).describe('One city of a ranking'))()

/**
 * The result of {@link rankCities}.
 *
 * @category Air
 * @example
 * ```ts
 * import { CityRankingSchema, rankCities } from 'eco-targets/air'
 * const day = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }
 * const ranking = rankCities([
 *   { city: 'A', days: [{ date: '2022-06-01', ...day }] },
 *   { city: 'B', days: [{ date: '2022-06-01', ...day, pm25: 30 }] },
 * ])
 * CityRankingSchema.parse(ranking).rankings.compositeIndex.ranked[0].city //=> 'A'
 * ```
 */
export const CityRankingSchema = /* @__PURE__ */ (() =>
  shape({
    period: shape(periodShape),
    previousPeriod: shape(periodShape).nullable(),
    edition: Gb3095EditionSchema,
    limits: z.record(CompositePollutantSchema, z.number()).readonly(),
    dust: shape({
      concentrations: BasisSchema,
      goodDaysRatio: BasisSchema,
      citiesWithDustDays: list(z.string()),
    }),
    cities: list(CityRankingEntrySchema),
    rankings: z.record(CityRankingKeySchema, CityRankingOrderSchema).readonly(),
    deteriorationExcluded: list(z.string()),
    options: shape({
      period: shape(periodShape),
      previousPeriod: shape(periodShape),
      edition: Gb3095EditionSchema,
      standard: AqiStandardSchema,
      concentrationBasis: BasisSchema,
      goodDaysRatioBasis: BasisSchema,
      compare: z.enum(['published', 'exact']),
      roundConcentrations: z.boolean(),
    }),
  }).describe('Cities ranked by the composite index, each pollutant and the good-days ratio'))()

// ---------------------------------------------------------------------------------------------
// The engine (aggregateAir, aggregateAirStream)

/** One city's result of {@link aggregateAir}. @category Air */
export const AirCityResultSchema = /* @__PURE__ */ (() =>
  shape({
    city: z.string(),
    days: list(CityDaySchema),
    summary: AirPeriodSummarySchema.nullable(),
  }).describe('One city’s days and period summary'))()

/**
 * What {@link aggregateAir} and {@link aggregateAirStream} return.
 *
 * @category Air
 * @example
 * ```ts
 * import { AggregateAirResultSchema, aggregateAir } from 'eco-targets/air'
 * const records = Array.from({ length: 24 }, (_, h) => ({
 *   station: 'A', time: new Date(Date.UTC(2021, 11, 31, 17 + h)), pm25: 30,
 * }))
 * const r = aggregateAir(records, { cityOf: { A: 'Ulanqab' } })
 * AggregateAirResultSchema.parse(r).records //=> 24
 * ```
 */
export const AggregateAirResultSchema = /* @__PURE__ */ (() =>
  shape({
    records: count,
    stationDays: count,
    cities: list(AirCityResultSchema),
  }).describe('Station days to city days and period summaries, by city'))()

// ---------------------------------------------------------------------------------------------
// What the readers say about a file

/** @category Air */
export const StationInfoSchema = /* @__PURE__ */ (() =>
  shape({
    city: z.string().nullable(),
    name: z.string().nullable(),
  }).describe('What a file says about a station besides its code'))()

/** @category Air */
export const ReadNoteSchema = /* @__PURE__ */ (() =>
  shape({
    code: z.enum([
      'cnemc-archive',
      'cnemc-2026',
      'cnemc-export',
      'ozone-undetermined',
      'missing-columns',
    ]),
    message: LocalizedTextSchema,
  }).describe('A remark on how a file was read'))()

// ---------------------------------------------------------------------------------------------
// Reports in columns (dailyAqiColumns, realtimeAqiColumns)

const Float64ColumnSchema = /* @__PURE__ */ (() =>
  z.custom<Float64Array>((v) => v instanceof Float64Array, { error: 'expected a Float64Array' }))()
const Uint8ColumnSchema = /* @__PURE__ */ (() =>
  z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'expected a Uint8Array' }))()

/**
 * The AQI reports of many rows, as {@link dailyAqiColumns} and {@link realtimeAqiColumns}
 * return them: typed arrays, one value per row (no JSON Schema: typed arrays are not JSON).
 *
 * @category Air
 * @example
 * ```ts
 * import { AqiColumnsResultSchema, dailyAqiColumns } from 'eco-targets/air'
 * AqiColumnsResultSchema.parse(dailyAqiColumns({ pm25: [80, 20] })).length //=> 2
 * ```
 */
export const AqiColumnsResultSchema = /* @__PURE__ */ (() =>
  shape({
    report: z.enum(['daily', 'realtime']),
    standard: AqiStandardSchema,
    length: count,
    aqi: Float64ColumnSchema.describe('The AQI; NaN where there is none'),
    level: Uint8ColumnSchema.describe('The category level 1–6; 0 where there is no AQI'),
    primary: Uint8ColumnSchema.describe('首要污染物 as a bit mask'),
    exceeding: Uint8ColumnSchema.describe('超标污染物 as a bit mask (HJ 633-2012)'),
    iaqi: z.partialRecord(AirPollutantSchema, Float64ColumnSchema).readonly(),
    capped: Uint8ColumnSchema,
    missing: Uint8ColumnSchema,
    notMeasured: Uint8ColumnSchema.describe(
      'Indicators the station does not measure, as a bit mask',
    ),
    withheld: Uint8ColumnSchema,
    withheldReason: Uint8ColumnSchema.describe('Index into AQI_WITHHELD_REASONS; 0: not withheld'),
    o3_8hAbove800: Uint8ColumnSchema,
    so2_1hAbove800: Uint8ColumnSchema,
    options: z
      .looseObject({
        roundConcentrations: z.boolean(),
        missingIndicators: MissingIndicatorPolicySchema,
        notMeasured: NotMeasuredRuleSchema,
        so2Above800: So2Above800RuleSchema.exactOptional(),
        missingPm10: MissingPm10RuleSchema.exactOptional(),
      })
      .readonly(),
  }).describe('AQI reports of many rows, in typed arrays'))()

// ---------------------------------------------------------------------------------------------
// Hourly records in columns (the readers: readHourlyCsv, readHourlyRows, streamHourlyCsv)

const Int32ColumnSchema = /* @__PURE__ */ (() =>
  z.custom<Int32Array>((v) => v instanceof Int32Array, { error: 'expected an Int32Array' }))()

/** @category Air */
export const HourlyLayoutSchema = /* @__PURE__ */ (() =>
  z
    .enum(['plain', 'cnemc', 'cnemc-archive', 'cnemc-2026', 'wide'])
    .describe('A layout of hourly monitoring exports'))()

/** @category Air */
export const PublishedSeriesSchema = /* @__PURE__ */ (() =>
  z.enum([
    'aqi',
    'so2_24h',
    'no2_24h',
    'co_24h',
    'pm10_24h',
    'pm25_24h',
    'o3_1hMax24h',
    'o3_8hMoving',
    'o3_8hDayMax',
  ]))()

/** A text column coded as indices into its distinct texts. @category Air */
export const CodedTextColumnSchema = /* @__PURE__ */ (() =>
  shape({ texts: list(z.string()), index: Int32ColumnSchema }))()

/** The published figures of a batch, one Float64Array per figure the layout has. @category Air */
export const PublishedColumnsSchema = /* @__PURE__ */ (() =>
  shape({
    ...(Object.fromEntries(
      PublishedSeriesSchema.options.map((k) => [k, Float64ColumnSchema.exactOptional()]),
    ) as Record<
      z.output<typeof PublishedSeriesSchema>,
      z.ZodExactOptional<typeof Float64ColumnSchema>
    >),
    primaryPollutant: CodedTextColumnSchema.exactOptional(),
  }))()

const hourlyColumnsShape = /* @__PURE__ */ (() => ({
  length: count,
  stations: list(z.string()),
  station: Int32ColumnSchema,
  time: Float64ColumnSchema,
  so2: Float64ColumnSchema,
  no2: Float64ColumnSchema,
  co: Float64ColumnSchema,
  o3: Float64ColumnSchema,
  pm10: Float64ColumnSchema,
  pm25: Float64ColumnSchema,
}))()

const SourceLinesSchema = /* @__PURE__ */ (() =>
  shape({ file: z.string(), lines: Int32ColumnSchema }))()

/**
 * Hourly station records in columns, as the readers produce them and the engine reads them.
 *
 * @category Air
 * @example
 * ```ts
 * import { HourlyColumnsSchema } from 'eco-targets/air'
 * const empty = () => new Float64Array(0)
 * HourlyColumnsSchema.safeParse({
 *   length: 0, stations: [], station: new Int32Array(0), time: empty(),
 *   so2: empty(), no2: empty(), co: empty(), o3: empty(), pm10: empty(), pm25: empty(),
 * }).success //=> true
 * ```
 */
export const HourlyColumnsSchema = /* @__PURE__ */ (() =>
  shape({ ...hourlyColumnsShape, source: SourceLinesSchema.exactOptional() }))()

const hourlyBatchShape = /* @__PURE__ */ (() => ({
  ...hourlyColumnsShape,
  source: SourceLinesSchema,
  published: PublishedColumnsSchema,
  stationInfo: list(StationInfoSchema),
  layout: HourlyLayoutSchema,
  notes: list(ReadNoteSchema),
}))()

/** One batch of hourly records of {@link streamHourlyCsv}. @category Air */
export const HourlyBatchSchema = /* @__PURE__ */ (() => shape(hourlyBatchShape))()

/** The options of a reading with every default filled in. @category Air */
export const ReadHourlyOptionsResolvedSchema = /* @__PURE__ */ (() =>
  shape({
    file: z.string(),
    layout: z.union([z.literal('auto'), HourlyLayoutSchema]),
    encoding: z.enum(['auto', 'utf-8', 'gbk']),
    timeZone: z.string(),
    allowEmpty: z.boolean(),
    maxIssues: z.number(),
    batchSize: z.number(),
    maxPlausibleCo: z.number(),
  }))()

/**
 * A whole export read into columns, as {@link readHourlyCsv} and {@link readHourlyRows}
 * return it (typed arrays: no JSON Schema).
 *
 * @category Air
 * @example
 * ```ts
 * import { HourlyTableSchema, readHourlyRows } from 'eco-targets/air'
 * const table = readHourlyRows([['station', 'time', 'pm25'], ['A', '2022-01-01T01:00', '30']])
 * HourlyTableSchema.parse(table).rows //=> 1
 * ```
 */
export const HourlyTableSchema = /* @__PURE__ */ (() =>
  shape({
    ...hourlyBatchShape,
    rows: count,
    encoding: z.enum(['utf-8', 'gbk']),
    compressed: z.boolean(),
    options: ReadHourlyOptionsResolvedSchema,
  }))()

// ---------------------------------------------------------------------------------------------
// The platform's moving values (realtimeSeries, streamRealtimeSeries)

/** A moving value the platform publishes every hour (the published series but the AQI). @category Air */
export const MovingSeriesSchema = /* @__PURE__ */ (() => PublishedSeriesSchema.exclude(['aqi']))()

/**
 * The moving values of each record, as {@link realtimeSeries} returns them and
 * {@link streamRealtimeSeries} yields them: one Float64Array per moving series (typed arrays: no
 * JSON Schema).
 *
 * @category Air
 * @example
 * ```ts
 * import { RealtimeSeriesColumnsSchema, readHourlyRows, realtimeSeries } from 'eco-targets/air'
 * const table = readHourlyRows([['station', 'time', 'pm25'], ['A', '2022-01-01T01:00', '30']])
 * RealtimeSeriesColumnsSchema.parse(realtimeSeries(table)).length //=> 1
 * ```
 */
export const RealtimeSeriesColumnsSchema = /* @__PURE__ */ (() =>
  shape({
    length: count,
    ...(Object.fromEntries(
      MovingSeriesSchema.options.map((k) => [k, Float64ColumnSchema]),
    ) as Record<z.output<typeof MovingSeriesSchema>, typeof Float64ColumnSchema>),
  }))()

/** Options of {@link realtimeSeries} with their defaults filled in. @category Air */
export const RealtimeSeriesOptionsResolvedSchema = /* @__PURE__ */ (() =>
  shape({
    timestamp: TimestampConventionSchema,
    timeZone: z.string(),
    round: z.boolean(),
    o3_8hBeforeEight: z.enum(['none', 'dayHours']),
  }))()
