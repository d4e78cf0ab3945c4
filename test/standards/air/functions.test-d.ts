/**
 * The types of every public function of `eco-targets/air` that takes options: the result type
 * it returns, and a misspelt option key that does not compile (the options are strict at run
 * time too; these catch the mistake before it runs).
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AggregateAirResult,
  type AirComplianceResult,
  type AirPeriodComparison,
  type AirPeriodSummary,
  type AqiCategory,
  type AqiColumnsResult,
  type AqiResult,
  aggregateAir,
  aggregateAirStream,
  aggregateCityDays,
  aggregateStationDays,
  aqiCategory,
  assessAirCompliance,
  type CityDay,
  type CityRanking,
  type CompositeIndexResult,
  compareAirPeriods,
  compositeIndex,
  dailyAqi,
  dailyAqiColumns,
  gb3095Limit,
  type HourlyBatch,
  type HourlyColumns,
  type HourlyTable,
  iaqi,
  type PeriodChange,
  periodChange,
  type RealtimeSeriesColumns,
  rankCities,
  readHourlyCsv,
  readHourlyRows,
  realtimeAqi,
  realtimeAqiColumns,
  realtimeSeries,
  type StationDay,
  stationDaysOf,
  streamHourlyCsv,
  streamRealtimeSeries,
  streamStationDays,
  summarizeAirPeriod,
} from '../../../src/standards/air/index.js'

declare const summary: AirPeriodSummary
declare const columns: HourlyColumns
const hour = { station: 'A', time: '2022-01-01T01:00:00', pm25: 30 }
const cityDay = { date: '2022-01-01', station: 'A', pm25: 30 }
const airDay = {
  date: '2022-01-01',
  so2: 9,
  no2: 20,
  co: 0.5,
  pm10: 40,
  pm25: 20,
  o3_1h: 90,
  o3_8h: 80,
}

describe('the AQI functions', () => {
  it('return their report types and reject a misspelt option', () => {
    expectTypeOf(iaqi('pm25_24h', 34.5, { roundConcentrations: true })).toEqualTypeOf<
      number | null
    >()
    // @ts-expect-error roundConcentration (singular) is not an option of iaqi
    iaqi('pm25_24h', 34.5, { roundConcentration: true })
    // @ts-expect-error 'pm25' is not an IAQI column (pm25_24h or pm25_1h)
    iaqi('pm25', 34.5)
    expectTypeOf(dailyAqi({ pm25: 80 }, { standard: 'HJ633-2026' })).toEqualTypeOf<AqiResult>()
    // @ts-expect-error 'standart' is misspelt
    dailyAqi({ pm25: 80 }, { standart: 'HJ633-2026' })
    // @ts-expect-error 'PM25' is not an indicator key
    dailyAqi({ PM25: 80 })
    // @ts-expect-error the edition is one of two
    dailyAqi({ pm25: 80 }, { standard: 'HJ633-2020' })
    expectTypeOf(realtimeAqi({ o3: 200 }, { countO3_8h: true })).toEqualTypeOf<AqiResult>()
    // @ts-expect-error 'countO3_8H' is misspelt
    realtimeAqi({ o3: 200 }, { countO3_8H: true })
    // @ts-expect-error o3_1h is a daily key; the real-time report has o3
    realtimeAqi({ o3_1h: 200 })
    expectTypeOf(aqiCategory(120, { standard: 'HJ633-2012' })).toEqualTypeOf<AqiCategory>()
    // @ts-expect-error 'edition' is not an option of aqiCategory (standard is)
    aqiCategory(120, { edition: 'HJ633-2012' })
  })

  it('in columns: typed arrays out, strict options', () => {
    expectTypeOf(dailyAqiColumns({ pm25: [80] })).toEqualTypeOf<AqiColumnsResult>()
    // @ts-expect-error 'standards' is misspelt
    dailyAqiColumns({ pm25: [80] }, { standards: 'HJ633-2026' })
    // @ts-expect-error 'pm2_5' is not a column
    dailyAqiColumns({ pm2_5: [80] })
    expectTypeOf(realtimeAqiColumns({ o3: [200] })).toEqualTypeOf<AqiColumnsResult>()
    // @ts-expect-error 'so2Above800Rule' is misspelt (so2Above800)
    realtimeAqiColumns({ o3: [200] }, { so2Above800Rule: 'text' })
  })
})

describe('station days, city days and period statistics', () => {
  it('return their result types and reject a misspelt option', () => {
    expectTypeOf(aggregateStationDays([hour], { timestamp: 'hour-ending' })).toEqualTypeOf<
      StationDay[]
    >()
    // @ts-expect-error 'timestamps' is misspelt
    aggregateStationDays([hour], { timestamps: 'hour-ending' })
    // @ts-expect-error the convention is hour-ending or hour-beginning
    aggregateStationDays([hour], { timestamp: 'hour-end' })
    expectTypeOf(aggregateCityDays([cityDay], { minStations: 2 })).toEqualTypeOf<CityDay[]>()
    // @ts-expect-error 'excludeStation' is misspelt (excludeStations)
    aggregateCityDays([cityDay], { excludeStation: ['A'] })
    expectTypeOf(
      summarizeAirPeriod([airDay], { period: { start: '2022-01-01', end: '2022-01-31' } }),
    ).toEqualTypeOf<AirPeriodSummary>()
    // @ts-expect-error 'dustDays' is misspelt (dustDates)
    summarizeAirPeriod([airDay], { dustDays: ['2022-01-01'] })
    // @ts-expect-error the valid-day rule is one of two words
    summarizeAirPeriod([airDay], { validDay: 'all' })
    expectTypeOf(assessAirCompliance({ pm25: { mean: 36 } })).toEqualTypeOf<AirComplianceResult>()
    // @ts-expect-error 'grades' is misspelt
    assessAirCompliance({ pm25: { mean: 36 } }, { grades: 2 })
    expectTypeOf(gb3095Limit('pm25', 'annual', { grade: 2 })).toEqualTypeOf<number>()
    // @ts-expect-error 'class' is not an option (grade is)
    gb3095Limit('pm25', 'annual', { class: 2 })
  })

  it('from the engine and the readers', () => {
    expectTypeOf(stationDaysOf(columns)).toEqualTypeOf<StationDay[]>()
    // @ts-expect-error 'minHour' is misspelt (minHours)
    stationDaysOf(columns, { minHour: 20 })
    expectTypeOf(streamStationDays([hour])).toEqualTypeOf<
      AsyncGenerator<StationDay, void, undefined>
    >()
    expectTypeOf(aggregateAir([hour], { cityOf: { A: 'X' } })).toEqualTypeOf<AggregateAirResult>()
    expectTypeOf(aggregateAirStream([hour], { cityOf: () => 'X' })).toEqualTypeOf<
      Promise<AggregateAirResult>
    >()
    // @ts-expect-error 'cityOfStation' is misspelt (cityOf)
    aggregateAir([hour], { cityOfStation: { A: 'X' } })
    // @ts-expect-error cityOf is required
    aggregateAir([hour], {})
    expectTypeOf(readHourlyCsv('', { layout: 'cnemc' })).toEqualTypeOf<Promise<HourlyTable>>()
    // @ts-expect-error 'layouts' is misspelt
    readHourlyCsv('', { layouts: 'cnemc' })
    // @ts-expect-error 'cnemc-2025' is no layout
    readHourlyCsv('', { layout: 'cnemc-2025' })
    expectTypeOf(readHourlyRows([['station']])).toEqualTypeOf<HourlyTable>()
    // @ts-expect-error 'encoding' is for bytes, not rows
    readHourlyRows([['station']], { encoding: 'gbk' })
    expectTypeOf(streamHourlyCsv('')).toEqualTypeOf<AsyncGenerator<HourlyBatch, void, undefined>>()
    // @ts-expect-error 'batch' is misspelt (batchSize)
    streamHourlyCsv('', { batch: 1000 })
    expectTypeOf(realtimeSeries(columns)).toEqualTypeOf<RealtimeSeriesColumns>()
    expectTypeOf(streamRealtimeSeries([columns])).toEqualTypeOf<
      AsyncGenerator<RealtimeSeriesColumns, void, undefined>
    >()
    // @ts-expect-error 'rounding' is misspelt (round)
    realtimeSeries(columns, { rounding: false })
  })
})

describe('composite index, changes and rankings', () => {
  it('return their result types and reject a misspelt option', () => {
    expectTypeOf(
      compositeIndex(summary, { edition: 'GB3095-2012' }),
    ).toEqualTypeOf<CompositeIndexResult>()
    // @ts-expect-error 'basis' is not an option (concentrationBasis is)
    compositeIndex(summary, { basis: 'raw' })
    expectTypeOf(periodChange(85.2, 84.4, { kind: 'ratio' })).toEqualTypeOf<PeriodChange>()
    // @ts-expect-error 'decimal' is misspelt (decimals)
    periodChange(85.2, 84.4, { kind: 'ratio', decimal: 1 })
    expectTypeOf(compareAirPeriods(summary, summary)).toEqualTypeOf<AirPeriodComparison>()
    // @ts-expect-error 'baseyear' is misspelt
    compareAirPeriods(summary, summary, { baseyear: 2020 })
    expectTypeOf(rankCities([{ city: 'A', summary }])).toEqualTypeOf<CityRanking>()
    // @ts-expect-error 'ratiobasis' is misspelt
    rankCities([{ city: 'A', summary }], { ratiobasis: 'raw' })
  })
})
