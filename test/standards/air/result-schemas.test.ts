import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as air from '../../../src/standards/air/index.js'
import { describeWithShared, sharedPath } from '../../_helpers/shared.js'

/** Parses a result with its schema and lists the paths that failed, if any did. */
function expectValid(schema: z.ZodType, value: unknown): void {
  const checked = schema.safeParse(value)
  expect(checked.success ? [] : checked.error.issues.map((i) => i.path.join('.'))).toEqual([])
}

// HJ 633-2012 表1, worked by hand: PM2.5 76 µg/m³ lies in 75–115 (IAQI 100–150):
// (150 − 100) / (115 − 75) × (76 − 75) + 100 = 101.25 → 102, the largest IAQI, so AQI 102.
const JAN_21 = { so2: 22, no2: 48, co: 1.4, pm10: 104, pm25: 76, o3_1h: 36, o3_8h: 28 }
// Every IAQI ≤ 50 (PM2.5 20 → 29, O3 8-hour 80 → 40): AQI 40, good.
const GOOD = { so2: 9, no2: 20, co: 0.5, pm10: 40, pm25: 20, o3_1h: 90, o3_8h: 80 }

const hoursOf = (station: string, pm25: number) =>
  Array.from({ length: 24 }, (_, h) => ({
    station,
    time: new Date(Date.UTC(2021, 11, 31, 17 + h)),
    so2: 10,
    no2: 20,
    co: 0.5,
    o3: 60 + h,
    pm10: 50,
    pm25,
  }))

const summaryOf = (days: readonly air.AirDayInput[], dustDates?: string[]) =>
  air.summarizeAirPeriod(days, {
    period: { start: days[0]?.date ?? '', end: days.at(-1)?.date ?? '' },
    ...(dustDates ? { dustDates } : {}),
  })

describe('the schema of each air result accepts what the function returns', () => {
  it('dailyAqi and realtimeAqi: AqiResult, both editions, capped and withheld', () => {
    const daily = air.dailyAqi(JAN_21)
    expect(daily.aqi).toBe(102)
    expectValid(air.AqiResultSchema, daily)
    expectValid(air.AqiResultSchema, air.dailyAqi(JAN_21, { standard: 'HJ633-2026' }))
    // PM2.5 600 µg/m³ is above the top breakpoint (500): IAQI capped at 500.
    const capped = air.dailyAqi({ pm25: 600 })
    expect(capped.flags.capped).toEqual(['pm25'])
    expectValid(air.AqiResultSchema, capped)
    // HJ 633-2026 §5.3.1: an indicator missing and the AQI not above 100: withheld.
    const withheld = air.dailyAqi(
      { pm25: 20 },
      { standard: 'HJ633-2026', missingIndicators: 'withholdUnlessAbove100' },
    )
    expect(withheld.aqi).toBeNull()
    expectValid(air.AqiResultSchema, withheld)
    // O3 1-hour 242 µg/m³ lies in 200–300 (IAQI 100–150): (242 − 200) / 2 + 100 = 121.
    const realtime = air.realtimeAqi({ o3: 242, pm25: 31, pm10: 93, so2: 5, no2: 8, co: 0.4 })
    expect(realtime.aqi).toBe(121)
    expectValid(air.AqiResultSchema, realtime)
    expectValid(air.AqiResultSchema, air.dailyAqi({}))
  })

  it('aqiCategory: AqiCategory of each level', () => {
    for (const aqi of [0, 50, 51, 150, 201, 301, 500]) {
      expectValid(air.AqiCategorySchema, air.aqiCategory(aqi))
      expectValid(air.AqiCategorySchema, air.aqiCategory(aqi, { standard: 'HJ633-2026' }))
    }
  })

  it('aggregateStationDays and aggregateCityDays: StationDay and CityDay', () => {
    const stationDays = air.aggregateStationDays(hoursOf('A', 30))
    expect(stationDays[0]?.pm25).toBe(30)
    for (const d of stationDays) expectValid(air.StationDaySchema, d)
    // 12 hours only: too few for a daily value (GB 3095 表4 needs 20).
    const short = air.aggregateStationDays(hoursOf('B', 30).slice(0, 12))
    expect(short[0]?.gaps.pm25).toBe('tooFewHours')
    for (const d of short) expectValid(air.StationDaySchema, d)
    const cityDays = air.aggregateCityDays([
      { date: '2022-01-21', station: 'A', ...JAN_21, pm10: 100, pm25: 75 },
      { date: '2022-01-21', station: 'B', ...JAN_21, pm10: 108, pm25: 77 },
    ])
    expect(cityDays[0]?.aqi.aqi).toBe(102)
    for (const d of cityDays) expectValid(air.CityDaySchema, d)
  })

  it('summarizeAirPeriod and assessAirCompliance: AirPeriodSummary and AirComplianceResult', () => {
    const days = [
      { date: '2022-06-01', ...GOOD },
      { date: '2022-06-02', ...JAN_21 },
      { date: '2022-06-03', ...GOOD, pm25: null },
    ]
    const summary = summaryOf(days, ['2022-06-02'])
    expectValid(air.AirPeriodSummarySchema, summary)
    const recomputed = air.summarizeAirPeriod(days, {
      period: { start: '2022-06-01', end: '2022-06-30' },
      dustDates: ['2022-06-02'],
      dustRatioMethod: 'recomputeWithoutPm',
    })
    expect(recomputed.days[1]?.aqiWithoutPm).not.toBeUndefined()
    expectValid(air.AirPeriodSummarySchema, recomputed)
    expectValid(air.AirComplianceResultSchema, air.assessAirCompliance(summary.raw.pollutants))
    // GB 3095-2012 Grade II PM2.5 annual mean limit 35: 36 exceeds.
    const exceeds = air.assessAirCompliance({ pm25: { mean: 36 } })
    expect(exceeds.pollutants.pm25.compliant).toBe(false)
    expectValid(air.AirComplianceResultSchema, exceeds)
  })

  it('compositeIndex, periodChange, compareAirPeriods and rankCities', () => {
    const now = summaryOf([{ date: '2022-06-01', ...GOOD }])
    const before = summaryOf([{ date: '2021-06-01', ...JAN_21 }])
    expectValid(air.CompositeIndexResultSchema, air.compositeIndex(now))
    // A pollutant without data: insufficient, never zero.
    const missing = summaryOf([{ date: '2022-06-01', ...GOOD, co: null }])
    expect(air.compositeIndex(missing).status).toBe('insufficientData')
    expectValid(air.CompositeIndexResultSchema, air.compositeIndex(missing))
    // 85.2 % against 84.4 %: up 0.8 percentage points.
    const up = air.periodChange(85.2, 84.4, { kind: 'ratio' })
    expect(up.change?.published).toBe(0.8)
    expectValid(air.PeriodChangeSchema, up)
    expectValid(air.PeriodChangeSchema, air.periodChange(null, 30, { kind: 'concentration' }))
    expectValid(air.AirPeriodComparisonSchema, air.compareAirPeriods(now, before))
    const ranking = air.rankCities([
      {
        city: 'A',
        days: [{ date: '2022-06-01', ...GOOD }],
        previous: { days: [{ date: '2021-06-01', ...JAN_21 }] },
      },
      { city: 'B', days: [{ date: '2022-06-01', ...JAN_21 }], dustDates: ['2022-06-01'] },
      { city: 'C', days: [{ date: '2022-06-01', ...GOOD, co: null }] },
    ])
    expect(ranking.rankings.compositeIndex.ranked[0]?.city).toBe('A')
    expectValid(air.CityRankingSchema, ranking)
  })

  it('aggregateAir and aggregateAirStream: AggregateAirResult, with and without summaries', async () => {
    const records = hoursOf('A', 30).flatMap((r, i) => [r, hoursOf('B', 31)[i] ?? r])
    const result = air.aggregateAir(records, { cityOf: { A: 'Ulanqab', B: 'Ulanqab' } })
    expect(result.cities[0]?.days[0]?.exact.pm25).toBe('30.5')
    expectValid(air.AggregateAirResultSchema, result)
    const bare = await air.aggregateAirStream(hoursOf('A', 30), {
      cityOf: () => 'X',
      summary: false,
    })
    expectValid(air.AggregateAirResultSchema, bare)
  })

  it('dailyAqiColumns and realtimeAqiColumns: AqiColumnsResult, row for row as dailyAqi', () => {
    const columns = air.dailyAqiColumns({ pm25: [76, 600, Number.NaN], o3_8h: [28, 28, 801] })
    expect(Array.from(columns.aqi)).toEqual([102, 500, Number.NaN])
    expectValid(air.AqiColumnsResultSchema, columns)
    expectValid(
      air.AqiColumnsResultSchema,
      air.realtimeAqiColumns({ o3: [242], pm25: [31] }, { so2Above800: 'text' }),
    )
    expect(air.AqiColumnsResultSchema.safeParse({ ...columns, aqi: [102] }).success).toBe(false)
  })

  it('realtimeSeries: RealtimeSeriesColumns, one Float64Array per moving series', () => {
    const table = air.readHourlyRows([
      ['station', 'time', 'pm25', 'o3'],
      ['A', '2022-01-01T01:00', '30', '50'],
      ['A', '2022-01-01T02:00', '', '70'],
    ])
    const series = air.realtimeSeries(table)
    // hand-worked: PM2.5 24-hour moving mean of the valid hours 30, then 30; O3 max 50, then 70
    expect(Array.from(series.pm25_24h)).toEqual([30, 30])
    expect(Array.from(series.o3_1hMax24h)).toEqual([50, 70])
    expectValid(air.RealtimeSeriesColumnsSchema, series)
    expect(
      air.RealtimeSeriesColumnsSchema.safeParse({ ...series, pm25_24h: [30, 30] }).success,
    ).toBe(false)
    expect(
      air.RealtimeSeriesColumnsSchema.safeParse({ ...series, aqi: series.pm25_24h }).success,
    ).toBe(false)
    expect(air.MovingSeriesSchema.options).not.toContain('aqi')
  })

  it('readHourlyRows, readHourlyCsv and streamHourlyCsv: HourlyTable and HourlyBatch', async () => {
    const rows = [
      ['station', 'time', 'pm25', 'co'],
      ['A', '2022-01-01T01:00', '30', '0.5'],
      ['A', '2022-01-01T02:00', '', '/'],
    ]
    const table = air.readHourlyRows(rows)
    expect(table.rows).toBe(2)
    expectValid(air.HourlyTableSchema, table)
    const csv = rows.map((r) => r.join(',')).join('\n')
    expectValid(air.HourlyTableSchema, await air.readHourlyCsv(csv, { file: 'a.csv' }))
    for await (const batch of air.streamHourlyCsv(csv, { batchSize: 1 })) {
      expectValid(air.HourlyBatchSchema, batch)
    }
    expect(air.HourlyTableSchema.safeParse({ ...table, time: [0, 1] }).success).toBe(false)
  })

  it('rejects a result with an unknown key or a wrong value', () => {
    const daily = air.dailyAqi(JAN_21)
    expect(air.AqiResultSchema.safeParse({ ...daily, extra: 1 }).success).toBe(false)
    expect(air.AqiResultSchema.safeParse({ ...daily, aqi: -1 }).success).toBe(false)
    expect(air.AqiResultSchema.safeParse({ ...daily, primaryPollutants: ['PM25'] }).success).toBe(
      false,
    )
  })
})

const ARCHIVE = 'fixtures/cnemc/inner-mongolia-stations-2022-01.csv'

describeWithShared('the air result schemas on the CNEMC archive of January 2022', ARCHIVE, () => {
  it('accept every station day, city day, summary and ranking of the month', async () => {
    const table = await air.readHourlyCsv(createReadStream(sharedPath(ARCHIVE)), {
      file: 'archive.csv',
    })
    expectValid(air.HourlyTableSchema, table)
    for (const note of table.notes) expectValid(air.ReadNoteSchema, note)
    for (const info of table.stationInfo) expectValid(air.StationInfoSchema, info)
    const stationDays = air.stationDaysOf(table)
    for (const d of stationDays) expectValid(air.StationDaySchema, d)
    const cityOf = (station: string) =>
      table.stationInfo[table.stations.indexOf(station)]?.city ?? 'none'
    const byCity = new Map<string, air.StationDay[]>()
    for (const d of stationDays) {
      const city = cityOf(d.station)
      byCity.set(city, [...(byCity.get(city) ?? []), d])
    }
    const summaries = [...byCity].map(([city, days]) => {
      const cityDays = air.aggregateCityDays(days)
      for (const d of cityDays) expectValid(air.CityDaySchema, d)
      const summary = air.summarizeAirPeriod(cityDays, {
        period: { start: '2022-01-01', end: '2022-01-31' },
      })
      expectValid(air.AirPeriodSummarySchema, summary)
      expectValid(air.AirComplianceResultSchema, air.assessAirCompliance(summary.raw.pollutants))
      return { city, summary }
    })
    expect(summaries.length).toBeGreaterThan(1)
    expectValid(air.CityRankingSchema, air.rankCities(summaries))
  })
})

describe('the result schemas stay out of the functions’ bundles', () => {
  it('are imported at run time only by the entry; every other file imports their types', () => {
    const root = join(import.meta.dirname, '../../../src/standards/air')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    )
    const valueImports = files.filter((f) =>
      [
        ...readFileSync(join(root, f), 'utf8').matchAll(
          /^import (type )?(?:\{[^}]*\}|[^'{]*) from '([^']+)'/gm,
        ),
      ].some((m) => m[1] === undefined && m[2]?.endsWith('result-schemas.js')),
    )
    expect(valueImports).toEqual([])
    expect(readFileSync(join(root, 'index.ts'), 'utf8')).toContain(
      "export * from './result-schemas.js'",
    )
  })

  it('are each built in a call marked pure, so a bundler drops them from the single-file entry', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../src/standards/air/result-schemas.ts'),
      'utf8',
    )
    const consts = [...text.matchAll(/^(?:export )?const (\w+) = (.*)$/gm)]
    const built = consts.filter(([, , rhs]) => !rhs?.startsWith('<'))
    expect(built.length).toBeGreaterThan(40)
    expect(
      built
        .filter(([, , rhs]) => !rhs?.startsWith('/* @__PURE__ */ (() =>'))
        .map(([, name]) => name),
    ).toEqual([])
  })
})
