import { beforeAll, expect, it } from 'vitest'
import type { AqiStandard } from '../../src/standards/air/index.js'
import { describeWithShared } from '../_helpers/shared.js'
import {
  type Archive,
  type Cause,
  FEED_2026,
  HOUR,
  label,
  loadArchive,
  onTie,
  SLOW,
  stamp,
  tally,
} from './_archive.js'
import { type CityMonth, cityMonths } from './_city.js'
import {
  compareDays,
  type DailyComparison,
  type DailyRow,
  dailyTallies,
  summary,
} from './_daily.js'
import { compareRealtime, HOURLY, type Hourly, platformAqi, type RealtimeRow } from './_realtime.js'
import { compareSeries, type SeriesComparison, type SeriesRow, seriesOnTie } from './_series.js'

// The platform's live feed of 69 Beijing and Inner Mongolia stations, 26 Feb - 24 Jul 2026
// (fixture README): HJ 633-2012 for the hours of 28 February and before, HJ 633-2026 from
// 1 March (the stamp 2026-03-01T0000 still closes 28 February).
const standardOf = (time: number): AqiStandard =>
  time <= stamp('2026-03-01', 0) ? 'HJ633-2012' : 'HJ633-2026'

// Low hourly values are displayed as a floor (PM2.5 below about 6 as 3, low PM10 as 6) while
// the platform's own means and AQI use the real values.
const FLOOR: Partial<Record<Hourly, number>> = { pm25: 3, pm10: 6 }

// Station-days whose published mean is not the mean of the 24 hours the platform displayed
// that day, and no rounding or floor explains it: the platform revised hours after displaying
// them (most are the dust episodes of March and April 2026, with hours above 1,000 µg/m³). The
// evidence is the platform's second product: its own moving 24-hour means of that station,
// pollutant and day disagree with the displayed hours too, at some hour where no tie or floor
// explains it. Filled from the moving values (`pm10 1090A 2026-04-21`).
const revisedDays = new Set<string>()

/** The natural day whose hours a moving value's window ends in (00时 closes the day before). */
const dayOf = (hour: string): string =>
  hour.endsWith('T00')
    ? label(Date.parse(`${hour.slice(0, 10)}T00:00:00+08:00`) - HOUR).slice(0, 10)
    : hour.slice(0, 10)

const DAILY_CAUSES: readonly Cause<DailyRow>[] = [
  {
    // as in 2019: the exact mean of the displayed hours lies on a tie, the platform rounds
    // its unrounded mean either way
    name: 'roundingTie',
    applies: (r) =>
      onTie(r.exact, r.indicator === 'co' ? 1 : 0) &&
      Math.abs(r.published - Number(r.exact)) < (r.indicator === 'co' ? 0.051 : 0.51),
  },
  {
    // an hour of the day is displayed at the floor: the platform averaged the real value
    name: 'displayFloor',
    applies: (r) => {
      const floor = FLOOR[r.indicator as Hourly]
      return floor !== undefined && r.hours.includes(floor)
    },
  },
  {
    name: 'notTheDisplayedHours',
    applies: (r) => revisedDays.has(`${r.indicator} ${r.station} ${r.date}`),
  },
]

const withoutFloors = (values: RealtimeRow['values'], at: number) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, FLOOR[k as Hourly] === v ? at : v]),
  ) as RealtimeRow['values']

const REALTIME_CAUSES: readonly Cause<RealtimeRow>[] = [
  {
    // as in 2019, and as HJ 633-2026 note b writes it: SO2 1-hour above 800 counts 200
    name: 'so2Above800',
    applies: (r) => r.values.so2 > 800 && r.published === platformAqi(r.standard, r.values),
  },
  {
    // a cell displayed at the floor: the published AQI lies between those of the row with the
    // floored cells at 0 and at 6 µg/m³
    name: 'displayFloor',
    applies: (r) => {
      const lo = platformAqi(r.standard, withoutFloors(r.values, 0)) ?? 0
      const hi = platformAqi(r.standard, withoutFloors(r.values, 6)) ?? 0
      return r.published >= lo && r.published <= hi && lo !== hi
    },
  },
]

/** The 1-hour indicators without a value in a row. */
const missingOf = (r: RealtimeRow) => HOURLY.filter((k) => Number.isNaN(r.values[k]))

// Rows without a published AQI where the library, with the platform's readings (missingPm10
// and notMeasured 'platform'), publishes one.
const WITHHELD_CAUSES: readonly Cause<RealtimeRow>[] = [
  {
    // PM10 NA and every other indicator valued, the AQI of the others 100 or below: the
    // platform publishes such hours (6,780 rows of this file, reproduced by missingPm10:
    // 'platform') but withheld these; no rule found tells the two apart (the row's values,
    // the published 24-hour PM10, how long PM10 has been NA)
    name: 'pm10NotAvailableWithheld',
    applies: (r) =>
      r.standard === 'HJ633-2026' &&
      r.primaryText === 'NA' &&
      missingOf(r).join() === 'pm10' &&
      r.ours !== null &&
      r.ours <= 100,
  },
  {
    // an indicator missing and the AQI of the others above 100: §5.3.1 publishes it, the
    // platform published NA
    name: 'withheldAbove100',
    applies: (r) =>
      r.standard === 'HJ633-2026' &&
      r.primaryText === 'NA' &&
      missingOf(r).length > 0 &&
      r.ours !== null &&
      r.ours > 100,
  },
  {
    // February (HJ 633-2012, which is silent on missing indicators): an empty AQI cell (the
    // platform showed no AQI when scraped, not NA) in an hour with an indicator missing, where
    // the library computes the AQI from the others
    name: 'emptyCellWithAMissingIndicator',
    applies: (r) => r.standard === 'HJ633-2012' && r.primaryText === '' && missingOf(r).length > 0,
  },
]

// Days on which some moving values do not follow from the hours displayed and no floor or tie
// explains it, most in the dust season of March and April (the kind of the station-days of
// NOT_THE_DISPLAYED_HOURS): not explained, listed so that any other day fails.
const IRREGULAR_DAYS_2026 = new Set([
  '2026-03-03',
  '2026-03-04',
  '2026-03-08',
  '2026-03-10',
  '2026-03-12',
  '2026-03-13',
  '2026-03-14',
  '2026-03-15',
  '2026-03-16',
  '2026-03-20',
  '2026-03-21',
  '2026-03-22',
  '2026-03-23',
  '2026-03-24',
  '2026-03-25',
  '2026-03-26',
  '2026-03-28',
  '2026-03-29',
  '2026-04-03',
  '2026-04-04',
  '2026-04-05',
  '2026-04-09',
  '2026-04-10',
  '2026-04-12',
  '2026-04-13',
  '2026-04-14',
  '2026-04-15',
  '2026-04-16',
  '2026-04-17',
  '2026-04-18',
  '2026-04-19',
  '2026-04-20',
  '2026-04-21',
  '2026-04-22',
  '2026-04-23',
  '2026-04-24',
  '2026-04-25',
  '2026-06-19',
  '2026-06-20',
  '2026-06-26',
  '2026-06-27',
  '2026-07-03',
  '2026-07-15',
])

const SERIES_CAUSES: readonly Cause<SeriesRow>[] = [
  { name: 'roundingTie', applies: seriesOnTie },
  {
    // an hour of the window is displayed at the floor: the platform averaged the real value
    name: 'displayFloor',
    applies: (r) => {
      const floor = r.series === 'pm25_24h' ? 3 : r.series === 'pm10_24h' ? 6 : undefined
      return floor !== undefined && r.window.includes(floor)
    },
  },
  { name: 'irregularDay', applies: (r) => IRREGULAR_DAYS_2026.has(r.hour.slice(0, 10)) },
]

describeWithShared('The 2026 feed of Beijing and Inner Mongolia, every row', FEED_2026, () => {
  let archive: Archive
  let daily: DailyComparison
  let realtime: ReturnType<typeof compareRealtime>
  let series: SeriesComparison
  beforeAll(async () => {
    archive = await loadArchive(FEED_2026)
    daily = compareDays(archive)
    series = compareSeries(archive, {}, 'none')
    for (const [k, rows] of Object.entries(series.disagreements)) {
      if (k !== 'pm10_24h' && k !== 'pm25_24h') continue
      for (const r of rows) {
        if (SERIES_CAUSES.slice(0, 2).some((c) => c.applies(r))) continue
        revisedDays.add(`${k.slice(0, 4)} ${r.station} ${dayOf(r.hour)}`)
      }
    }
    realtime = compareRealtime(archive, standardOf)
  }, SLOW)

  it('reproduces the 24-hour means and the daily maximum 8-hour O3 of every complete day', () => {
    const result = dailyTallies(daily, DAILY_CAUSES)
    for (const t of Object.values(result)) expect(t.unexplained).toEqual([])
    // [complete station-days, without a published value, agreeing, causes]; the feed publishes
    // no daily maximum 1-hour O3 (its o3_24h repeats the hour's O3)
    const none = { roundingTie: 0, displayFloor: 0, notTheDisplayedHours: 0 }
    expect(summary(result)).toEqual({
      so2: [7_099, 0, 7_099, none],
      no2: [7_181, 0, 7_181, none],
      co: [7_660, 0, 7_516, { ...none, roundingTie: 144 }],
      pm10: [5_664, 0, 5_539, { roundingTie: 5, displayFloor: 114, notTheDisplayedHours: 6 }],
      pm25: [7_363, 0, 6_626, { roundingTie: 75, displayFloor: 657, notTheDisplayedHours: 5 }],
      o3_8h: [7_093, 0, 7_093, none],
    })
  })

  it('reproduces the published real-time AQI and primary pollutant of every row', () => {
    const t = tally(realtime.compared, realtime.rows, REALTIME_CAUSES)
    expect(t.unexplained.slice(0, 20)).toEqual([])
    // 234,167 published rows, 234,163 reproduced with their primary pollutants, with the
    // platform's reading of PM10 NA (missingPm10: 'platform', the real-time default: 6,780
    // rows that HJ 633-2026 §5.3.1 would withhold); no cell of this copy of the feed is '/'
    // and no SO2 hour is above 800
    expect([t.compared, t.agreed, t.causes]).toEqual([
      234_167,
      234_163,
      { so2Above800: 0, displayFloor: 4 },
    ])
  })

  it('withholds the AQI where the platform publishes none', () => {
    const t = tally(realtime.withheld.compared, realtime.withheld.rows, WITHHELD_CAUSES)
    expect(t.unexplained.slice(0, 20)).toEqual([])
    // [rows without a published AQI but with some 1-hour value, withheld by the library too,
    // causes]
    expect([t.compared, t.agreed, t.causes]).toEqual([
      7_129,
      6_559,
      { pm10NotAvailableWithheld: 423, withheldAbove100: 66, emptyCellWithAMissingIndicator: 81 },
    ])
  })

  it('reproduces the moving values of the platform at every hour whose window is complete', () => {
    const result = Object.fromEntries(
      Object.entries(series.compared).map(([k, n]) => {
        const t = tally(
          n,
          series.disagreements[k as keyof typeof series.compared] ?? [],
          SERIES_CAUSES,
        )
        return [
          k,
          [
            t.compared,
            t.agreed,
            t.causes,
            series.incomplete[k as keyof typeof series.compared] ?? 0,
            series.fewHours[k as keyof typeof series.compared] ?? 0,
          ],
        ]
      }),
    )
    for (const [k, rows] of Object.entries(series.disagreements)) {
      const t = tally(0, rows, SERIES_CAUSES)
      expect(t.unexplained.slice(0, 10), k).toEqual([])
    }
    // [compared (window complete in the file), agreed, causes, not compared (window incomplete),
    // of which published with fewer than 20 of 24 (6 of 8) hours in the file]; the feed has no
    // moving maximum 1-hour O3, and no 8-hour value before 08:00
    expect(result).toEqual({
      so2_24h: [
        169_397,
        169_397,
        { roundingTie: 0, displayFloor: 0, irregularDay: 0 },
        73_053,
        4_464,
      ],
      no2_24h: [
        170_859,
        170_859,
        { roundingTie: 0, displayFloor: 0, irregularDay: 0 },
        71_589,
        4_878,
      ],
      co_24h: [
        182_518,
        178_814,
        { roundingTie: 3704, displayFloor: 0, irregularDay: 0 },
        59_932,
        4_513,
      ],
      pm10_24h: [
        135_295,
        131_937,
        { roundingTie: 167, displayFloor: 3055, irregularDay: 136 },
        107_145,
        20_001,
      ],
      pm25_24h: [
        175_503,
        157_991,
        { roundingTie: 1868, displayFloor: 15504, irregularDay: 140 },
        66_944,
        4_864,
      ],
      o3_8hMoving: [
        149_688,
        149_686,
        { roundingTie: 0, displayFloor: 0, irregularDay: 2 },
        20_849,
        1_073,
      ],
      o3_8hDayMax: [
        131_822,
        131_821,
        { roundingTie: 0, displayFloor: 0, irregularDay: 1 },
        39_912,
        782,
      ],
    })
  })

  it('gives the city months of Ulanqab, March to June 2026 (HJ 633-2026)', () => {
    // the feed's four Ulanqab stations (fixture README); none is a background station
    const ulanqab = new Set(['2197A', '3034A', '3285A', '3421A'])
    const months = ['2026-03', '2026-04', '2026-05', '2026-06']
    // [month, valid days, good days, good-days ratio %, PM2.5, PM10, days without a valid city
    // day, station-days without a valid PM2.5]: the library's figures (no published monthly
    // figure is in the fixtures)
    const row = (m: CityMonth) => [
      m.month,
      m.validDays,
      m.goodDays,
      m.goodDaysRatio,
      m.pm25,
      m.pm10,
      m.gaps,
      m.stationDaysWithoutPm25,
    ]
    expect(cityMonths(archive.days, ulanqab, months, () => 'HJ633-2026').map(row)).toEqual([
      ['2026-03', 29, 29, 100, 24, 48, 2, 8],
      ['2026-04', 29, 28, 96.6, 23, 70, 1, 4],
      ['2026-05', 31, 24, 77.4, 16, 43, 0, 1],
      ['2026-06', 30, 27, 90, 11, 27, 0, 0],
    ])
  })
})
