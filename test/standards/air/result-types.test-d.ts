/**
 * The result types of the air module are inferred from their zod schemas
 * (`src/standards/air/result-schemas.ts`). These are the hand-written shapes they replaced,
 * kept here verbatim: each inferred type must stay exactly equal to its former shape, so the
 * move to schemas changes no caller's types.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { LocalizedText } from '../../../src/_lib/localized-text.js'
import type * as air from '../../../src/standards/air/index.js'
import type { ActualValue, Exclusion } from '../../../src/standards/figures.js'

type AirPollutant = air.AirPollutant
type AirDailyValues = air.AirDailyValues
type AqiStandard = air.AqiStandard
type Gb3095Edition = air.Gb3095Edition
type CompositeIndexPollutant = air.CompositeIndexPollutant
type CompositeIndexStatistic = air.CompositeIndexStatistic

type MissingIndicatorPolicy = 'computeFromOthers' | 'withholdUnlessAbove100'

type AqiWithheldReason = 'missingIndicator' | 'o3_8hAbove800' | 'so2_1hAbove800'

type So2Above800Rule = 'platform' | 'text'

interface AqiFlags {
  readonly capped: readonly AirPollutant[]
  readonly o3_8hAbove800: boolean
  readonly so2_1hAbove800: boolean
  readonly missing: readonly AirPollutant[]
  readonly notMeasured: readonly AirPollutant[]
  readonly withheld: boolean
  readonly withheldReason: AqiWithheldReason | null
}

interface AqiResult {
  readonly report: 'daily' | 'realtime'
  readonly standard: AqiStandard
  readonly aqi: number | null
  readonly iaqi: Readonly<Partial<Record<AirPollutant, number | null>>>
  readonly primaryPollutants: readonly AirPollutant[]
  readonly exceedingPollutants: readonly AirPollutant[] | null
  readonly category: AqiCategory | null
  readonly flags: AqiFlags
  // Formerly written `{ … } & Readonly<Record<string, unknown>>`: the same values (see below).
  readonly options: {
    readonly roundConcentrations: boolean
    readonly missingIndicators: MissingIndicatorPolicy
    readonly notMeasured: 'platform' | 'text'
    readonly [key: string]: unknown
  }
}

interface AqiColor {
  readonly name: LocalizedText
  readonly rgb: readonly [number, number, number]
  readonly hex: string
  readonly cmyk: readonly [number, number, number, number]
}

interface AqiCategory {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6
  readonly levelName: LocalizedText
  readonly name: LocalizedText
  readonly range: readonly [number, number | null]
  readonly color: AqiColor
  readonly healthEffects: LocalizedText
  readonly advice: LocalizedText
}

type TimestampConvention = 'hour-ending' | 'hour-beginning'

type StationDayGap = 'tooFewHours' | 'tooFewWindows' | 'notMeasured'

interface StationDay extends AirDailyValues {
  readonly station: string
  readonly date: string
  readonly exact: Readonly<Record<AirPollutant, string | null>>
  readonly validHours: Readonly<Record<'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3', number>>
  readonly o3_8hWindows: number
  readonly o3_8hByExceedance: boolean
  readonly gaps: Readonly<Partial<Record<AirPollutant, StationDayGap>>>
}

interface CityDay extends AirDailyValues {
  readonly date: string
  readonly exact: Readonly<Record<AirPollutant, string | null>>
  readonly stations: Readonly<Record<AirPollutant, number>>
  readonly aqi: AqiResult
}

type DustRatioMethod = 'excludeDays' | 'excludeExceedingDays' | 'recomputeWithoutPm'

type ValidDayRule = 'allIndicators' | 'publishedAqi'

type AirDayExclusionReason = 'noData' | 'missingIndicator' | 'aqiWithheld' | 'dustDay'

interface AirDayRecord {
  readonly date: string
  readonly aqi: number | null
  readonly level: 1 | 2 | 3 | 4 | 5 | 6 | null
  readonly primaryPollutants: readonly AirPollutant[]
  readonly valid: boolean
  readonly reason: AirDayExclusionReason | null
  readonly missing: readonly AirPollutant[]
  readonly dust: boolean
  readonly aqiWithoutPm?: number | null
}

interface AnnualValidity {
  readonly applies: boolean
  readonly days: number
  readonly requiredDays: number | null
  readonly months: readonly {
    readonly month: string
    readonly days: number
    readonly required: number
  }[]
  readonly shortMonths: readonly string[]
  readonly met: boolean | null
}

interface AirPollutantStats {
  readonly count: number
  readonly sum: string
  readonly mean: ActualValue | null
  readonly percentile: { readonly p: number; readonly value: ActualValue } | null
  readonly validity: AnnualValidity
}

interface AirPeriodFigures {
  readonly validDays: number
  readonly goodDays: number
  readonly heavyDays: number
  readonly goodDaysRatio: ActualValue | null
  readonly heavyDaysRatio: ActualValue | null
  readonly pollutants: Readonly<Record<AirPollutant, AirPollutantStats>>
  readonly excluded: readonly Exclusion[]
}

interface AirPeriodSummary {
  readonly ruleSet: 'cn-air-2012' | 'cn-air-2026'
  readonly standard: AqiStandard
  readonly period: { readonly start: string; readonly end: string; readonly days: number }
  readonly days: readonly AirDayRecord[]
  readonly outsidePeriod: readonly string[]
  readonly raw: AirPeriodFigures
  readonly deducted: AirPeriodFigures | null
  readonly verdictBasis: 'raw' | 'deducted'
  readonly options: {
    readonly roundConcentrations: boolean
    readonly missingIndicators: MissingIndicatorPolicy
    readonly validDay: ValidDayRule
    readonly dustRatioMethod: DustRatioMethod
    readonly percentiles: Readonly<Record<AirPollutant, number | null>>
  }
}

interface AirComplianceItem {
  readonly statistic: 'annualMean' | 'percentile'
  readonly p: number | null
  readonly value: number | null
  readonly published: number | null
  readonly limit: number
  readonly compliant: boolean | null
}

interface AirPollutantCompliance {
  readonly items: readonly AirComplianceItem[]
  readonly compliant: boolean | null
}

interface AirComplianceResult {
  readonly edition: Gb3095Edition
  readonly grade: 1 | 2
  readonly pollutants: Readonly<
    Record<'so2' | 'no2' | 'pm10' | 'pm25' | 'co' | 'o3_8h', AirPollutantCompliance>
  >
  readonly compliant: boolean | null
  readonly nonCompliant: readonly string[]
}

interface CompositeSubIndex {
  readonly pollutant: CompositeIndexPollutant
  readonly statistic: CompositeIndexStatistic
  readonly concentration: ActualValue
  readonly value: string
  readonly limit: number
  readonly index: ActualValue
}

interface CompositeIndexResult {
  readonly status: 'ok' | 'insufficientData'
  readonly period: { readonly start: string; readonly end: string }
  readonly edition: Gb3095Edition
  readonly concentrationBasis: 'raw' | 'deducted'
  readonly subIndices: Readonly<Record<CompositeIndexPollutant, CompositeSubIndex | null>>
  readonly missing: readonly CompositeIndexPollutant[]
  readonly index: ActualValue | null
  readonly maxIndex: ActualValue | null
  readonly primaryPollutants: readonly CompositeIndexPollutant[]
  readonly meetsLimits: boolean | null
  readonly options: {
    readonly edition: Gb3095Edition
    readonly concentrationBasis: 'raw' | 'deducted'
    readonly roundConcentrations: boolean
  }
}

type PeriodChangeGap = 'noCurrent' | 'noEarlier' | 'earlierZero'

interface PeriodChange {
  readonly unit: 'percentagePoints' | 'percent'
  readonly current: number | null
  readonly earlier: number | null
  readonly change: ActualValue | null
  readonly direction: 'up' | 'down' | 'flat' | null
  readonly word: LocalizedText | null
  readonly text: LocalizedText | null
  readonly gap: PeriodChangeGap | null
  readonly options: {
    readonly kind: 'ratio' | 'concentration' | 'index'
    readonly baseYear: number | null
    readonly compare: 'published' | 'exact'
    readonly decimals: number
  }
}

interface AirPeriodComparison {
  readonly period: { readonly start: string; readonly end: string }
  readonly earlierPeriod: { readonly start: string; readonly end: string }
  readonly goodDaysRatio: PeriodChange
  readonly heavyDaysRatio: PeriodChange
  readonly concentrations: Readonly<Record<CompositeIndexPollutant, PeriodChange>>
  readonly compositeIndex: PeriodChange
  readonly options: {
    readonly baseYear: number | null
    readonly compare: 'published' | 'exact'
    readonly edition: Gb3095Edition
    readonly concentrationBasis: 'raw' | 'deducted'
    readonly ratioBasis: 'raw' | 'deducted'
  }
}

type CityRankingKey =
  | 'compositeIndex'
  | CompositeIndexPollutant
  | 'goodDaysRatio'
  | 'compositeIndexChange'

type CityRankingGap =
  | 'missingPollutants'
  | 'noData'
  | 'noValidDays'
  | 'noPreviousPeriod'
  | 'previousInsufficient'
  | 'previousZero'

interface CityRankingOrder {
  readonly key: CityRankingKey
  readonly order: 'ascending' | 'descending'
  readonly ranked: readonly {
    readonly city: string
    readonly rank: number
    readonly value: number
    readonly tied: boolean
  }[]
  readonly insufficient: readonly {
    readonly city: string
    readonly gap: CityRankingGap
    readonly missing?: readonly CompositeIndexPollutant[]
  }[]
}

interface CityRankingEntry {
  readonly city: string
  readonly compositeIndex: CompositeIndexResult
  readonly goodDaysRatio: ActualValue | null
  readonly goodDaysRatioBasis: 'raw' | 'deducted'
  readonly dustDays: number
  readonly previous: {
    readonly compositeIndex: CompositeIndexResult
    readonly goodDaysRatio: ActualValue | null
  } | null
  readonly change: {
    readonly compositeIndex: PeriodChange
    readonly goodDaysRatio: PeriodChange
  } | null
  readonly ranks: Readonly<Record<CityRankingKey, number | null>>
}

interface CityRanking {
  readonly period: { readonly start: string; readonly end: string }
  readonly previousPeriod: { readonly start: string; readonly end: string } | null
  readonly edition: Gb3095Edition
  readonly limits: Readonly<Record<CompositeIndexPollutant, number>>
  readonly dust: {
    readonly concentrations: 'raw' | 'deducted'
    readonly goodDaysRatio: 'raw' | 'deducted'
    readonly citiesWithDustDays: readonly string[]
  }
  readonly cities: readonly CityRankingEntry[]
  readonly rankings: Readonly<Record<CityRankingKey, CityRankingOrder>>
  readonly deteriorationExcluded: readonly string[]
  readonly options: {
    readonly period: { readonly start: string; readonly end: string }
    readonly previousPeriod: { readonly start: string; readonly end: string }
    readonly edition: Gb3095Edition
    readonly standard: 'HJ633-2012' | 'HJ633-2026'
    readonly concentrationBasis: 'raw' | 'deducted'
    readonly goodDaysRatioBasis: 'raw' | 'deducted'
    readonly compare: 'published' | 'exact'
    readonly roundConcentrations: boolean
  }
}

interface AirCityResult {
  readonly city: string
  readonly days: readonly CityDay[]
  readonly summary: AirPeriodSummary | null
}

interface AggregateAirResult {
  readonly records: number
  readonly stationDays: number
  readonly cities: readonly AirCityResult[]
}

interface StationInfo {
  readonly city: string | null
  readonly name: string | null
}

interface ReadNote {
  readonly code:
    | 'cnemc-archive'
    | 'cnemc-2026'
    | 'cnemc-export'
    | 'ozone-undetermined'
    | 'missing-columns'
  readonly message: LocalizedText
}

interface AqiColumnsResult {
  readonly report: 'daily' | 'realtime'
  readonly standard: AqiStandard
  readonly length: number
  readonly aqi: Float64Array
  readonly level: Uint8Array
  readonly primary: Uint8Array
  readonly exceeding: Uint8Array
  readonly iaqi: Readonly<Partial<Record<AirPollutant, Float64Array>>>
  readonly capped: Uint8Array
  readonly missing: Uint8Array
  readonly notMeasured: Uint8Array
  readonly withheld: Uint8Array
  readonly withheldReason: Uint8Array
  readonly o3_8hAbove800: Uint8Array
  readonly so2_1hAbove800: Uint8Array
  // Formerly `Readonly<Record<string, unknown>> & { … }`: the same values (see below).
  readonly options: {
    readonly roundConcentrations: boolean
    readonly missingIndicators: MissingIndicatorPolicy
    readonly notMeasured: 'platform' | 'text'
    readonly so2Above800?: So2Above800Rule
    readonly missingPm10?: 'platform' | 'text'
    readonly [key: string]: unknown
  }
}

type HourlyLayout = 'plain' | 'cnemc' | 'cnemc-archive' | 'cnemc-2026' | 'wide'

type PublishedSeries =
  | 'aqi'
  | 'so2_24h'
  | 'no2_24h'
  | 'co_24h'
  | 'pm10_24h'
  | 'pm25_24h'
  | 'o3_1hMax24h'
  | 'o3_8hMoving'
  | 'o3_8hDayMax'

interface CodedTextColumn {
  readonly texts: readonly string[]
  readonly index: Int32Array
}

// Formerly written as an intersection; now one object type with the same keys (see below).
type PublishedColumns = {
  readonly [K in PublishedSeries]?: Float64Array
} & {
  readonly primaryPollutant?: CodedTextColumn
}

interface HourlyColumns {
  readonly length: number
  readonly stations: readonly string[]
  readonly station: Int32Array
  readonly time: Float64Array
  readonly so2: Float64Array
  readonly no2: Float64Array
  readonly co: Float64Array
  readonly o3: Float64Array
  readonly pm10: Float64Array
  readonly pm25: Float64Array
  readonly source?: { readonly file: string; readonly lines: Int32Array }
}

interface HourlyBatch extends HourlyColumns {
  readonly source: { readonly file: string; readonly lines: Int32Array }
  readonly published: air.PublishedColumns
  readonly stationInfo: readonly StationInfo[]
  readonly layout: HourlyLayout
  readonly notes: readonly ReadNote[]
}

interface HourlyTable extends HourlyBatch {
  readonly rows: number
  readonly encoding: 'utf-8' | 'gbk'
  readonly compressed: boolean
  readonly options: ReadHourlyOptionsResolved
}

interface ReadHourlyOptionsResolved {
  readonly file: string
  readonly layout: 'auto' | HourlyLayout
  readonly encoding: 'auto' | 'utf-8' | 'gbk'
  readonly timeZone: string
  readonly allowEmpty: boolean
  readonly maxIssues: number
  readonly batchSize: number
  readonly maxPlausibleCo: number
}

describe('air result types', () => {
  it('are the former hand-written shapes, exactly', () => {
    expectTypeOf<air.MissingIndicatorPolicy>().toEqualTypeOf<MissingIndicatorPolicy>()
    expectTypeOf<air.AqiWithheldReason>().toEqualTypeOf<AqiWithheldReason>()
    expectTypeOf<air.So2Above800Rule>().toEqualTypeOf<So2Above800Rule>()
    expectTypeOf<air.AqiFlags>().toEqualTypeOf<AqiFlags>()
    expectTypeOf<air.AqiResult>().toEqualTypeOf<AqiResult>()
    expectTypeOf<air.AqiColor>().toEqualTypeOf<AqiColor>()
    expectTypeOf<air.AqiCategory>().toEqualTypeOf<AqiCategory>()
    expectTypeOf<air.TimestampConvention>().toEqualTypeOf<TimestampConvention>()
    expectTypeOf<air.StationDayGap>().toEqualTypeOf<StationDayGap>()
    expectTypeOf<air.StationDay>().toEqualTypeOf<StationDay>()
    expectTypeOf<air.CityDay>().toEqualTypeOf<CityDay>()
    expectTypeOf<air.DustRatioMethod>().toEqualTypeOf<DustRatioMethod>()
    expectTypeOf<air.ValidDayRule>().toEqualTypeOf<ValidDayRule>()
    expectTypeOf<air.AirDayExclusionReason>().toEqualTypeOf<AirDayExclusionReason>()
    expectTypeOf<air.AirDayRecord>().toEqualTypeOf<AirDayRecord>()
    expectTypeOf<air.AnnualValidity>().toEqualTypeOf<AnnualValidity>()
    expectTypeOf<air.AirPollutantStats>().toEqualTypeOf<AirPollutantStats>()
    expectTypeOf<air.AirPeriodFigures>().toEqualTypeOf<AirPeriodFigures>()
    expectTypeOf<air.AirPeriodSummary>().toEqualTypeOf<AirPeriodSummary>()
    expectTypeOf<air.AirComplianceItem>().toEqualTypeOf<AirComplianceItem>()
    expectTypeOf<air.AirPollutantCompliance>().toEqualTypeOf<AirPollutantCompliance>()
    expectTypeOf<air.AirComplianceResult>().toEqualTypeOf<AirComplianceResult>()
    expectTypeOf<air.CompositeSubIndex>().toEqualTypeOf<CompositeSubIndex>()
    expectTypeOf<air.CompositeIndexResult>().toEqualTypeOf<CompositeIndexResult>()
    expectTypeOf<air.PeriodChangeGap>().toEqualTypeOf<PeriodChangeGap>()
    expectTypeOf<air.PeriodChange>().toEqualTypeOf<PeriodChange>()
    expectTypeOf<air.AirPeriodComparison>().toEqualTypeOf<AirPeriodComparison>()
    expectTypeOf<air.CityRankingKey>().toEqualTypeOf<CityRankingKey>()
    expectTypeOf<air.CityRankingGap>().toEqualTypeOf<CityRankingGap>()
    expectTypeOf<air.CityRankingOrder>().toEqualTypeOf<CityRankingOrder>()
    expectTypeOf<air.CityRankingEntry>().toEqualTypeOf<CityRankingEntry>()
    expectTypeOf<air.CityRanking>().toEqualTypeOf<CityRanking>()
    expectTypeOf<air.AirCityResult>().toEqualTypeOf<AirCityResult>()
    expectTypeOf<air.AggregateAirResult>().toEqualTypeOf<AggregateAirResult>()
    expectTypeOf<air.AqiColumnsResult>().toEqualTypeOf<AqiColumnsResult>()
    expectTypeOf<air.HourlyLayout>().toEqualTypeOf<HourlyLayout>()
    expectTypeOf<air.PublishedSeries>().toEqualTypeOf<PublishedSeries>()
    expectTypeOf<air.CodedTextColumn>().toEqualTypeOf<CodedTextColumn>()
    expectTypeOf<air.HourlyColumns>().toEqualTypeOf<HourlyColumns>()
    expectTypeOf<air.HourlyBatch>().toEqualTypeOf<HourlyBatch>()
    expectTypeOf<air.HourlyTable>().toEqualTypeOf<HourlyTable>()
    expectTypeOf<air.ReadHourlyOptionsResolved>().toEqualTypeOf<ReadHourlyOptionsResolved>()
    expectTypeOf<air.StationInfo>().toEqualTypeOf<StationInfo>()
    expectTypeOf<air.ReadNote>().toEqualTypeOf<ReadNote>()
  })

  it('echo options as the former intersection did: each is assignable to the other', () => {
    type Former = {
      readonly roundConcentrations: boolean
      readonly missingIndicators: MissingIndicatorPolicy
      readonly notMeasured: 'platform' | 'text'
    } & Readonly<Record<string, unknown>>
    expectTypeOf<air.AqiResult['options']>().toExtend<Former>()
    expectTypeOf<Former>().toExtend<air.AqiResult['options']>()
    type FormerColumns = Readonly<Record<string, unknown>> & {
      readonly roundConcentrations: boolean
      readonly missingIndicators: MissingIndicatorPolicy
      readonly notMeasured: 'platform' | 'text'
      readonly so2Above800?: So2Above800Rule
      readonly missingPm10?: 'platform' | 'text'
    }
    expectTypeOf<air.AqiColumnsResult['options']>().toExtend<FormerColumns>()
    expectTypeOf<FormerColumns>().toExtend<air.AqiColumnsResult['options']>()
    expectTypeOf<air.PublishedColumns>().toExtend<PublishedColumns>()
    expectTypeOf<PublishedColumns>().toExtend<air.PublishedColumns>()
  })

  it('of the moving series keep their former shapes', () => {
    type MovingSeries = Exclude<PublishedSeries, 'aqi'>
    expectTypeOf<air.MovingSeries>().toEqualTypeOf<MovingSeries>()
    type FormerSeriesColumns = { readonly length: number } & {
      readonly [K in MovingSeries]: Float64Array
    }
    expectTypeOf<air.RealtimeSeriesColumns>().toExtend<FormerSeriesColumns>()
    expectTypeOf<FormerSeriesColumns>().toExtend<air.RealtimeSeriesColumns>()
    expectTypeOf<air.RealtimeSeriesOptionsResolved>().toEqualTypeOf<{
      readonly timestamp: TimestampConvention
      readonly timeZone: string
      readonly round: boolean
      readonly o3_8hBeforeEight: 'none' | 'dayHours'
    }>()
  })

  it('are what their schemas infer', () => {
    expectTypeOf<air.AqiResult>().toEqualTypeOf<z.output<typeof air.AqiResultSchema>>()
    expectTypeOf<air.CityDay>().toEqualTypeOf<z.output<typeof air.CityDaySchema>>()
    expectTypeOf<air.StationDay>().toEqualTypeOf<z.output<typeof air.StationDaySchema>>()
    expectTypeOf<air.AirPeriodSummary>().toEqualTypeOf<
      z.output<typeof air.AirPeriodSummarySchema>
    >()
    expectTypeOf<air.CityRanking>().toEqualTypeOf<z.output<typeof air.CityRankingSchema>>()
  })
})
