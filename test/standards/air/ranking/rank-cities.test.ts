import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AirDayInput,
  compositeIndex,
  InputError,
  rankCities,
  summarizeAirPeriod,
} from '../../../../src/standards/air/index.js'

// A day with AQI 60 (PM10 70 → IAQI 60): SO2 10/60 + NO2 30/40 + PM10 70/70 + PM2.5 35/35
// + CO 1/4 + O3 80/160 = 0.1666… + 0.75 + 1 + 1 + 0.25 + 0.5 = 3.6666… → 3.67
const BASE = { so2: 10, no2: 30, co: 1, pm10: 70, pm25: 35, o3_1h: 90, o3_8h: 80 }

function days(
  year: number,
  values: Partial<Record<keyof typeof BASE, number | null>> = {},
  byDay: Record<number, Partial<Record<keyof typeof BASE, number | null>>> = {},
): AirDayInput[] {
  return [1, 2, 3].map((d) => ({
    date: `${year}-01-0${d}`,
    ...BASE,
    ...values,
    ...(byDay[d] ?? {}),
  }))
}

function caught(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

const ranked = (
  r: ReturnType<typeof rankCities>,
  key: keyof ReturnType<typeof rankCities>['rankings'],
) => r.rankings[key].ranked.map((x) => `${x.rank} ${x.city} ${x.value}${x.tied ? ' =' : ''}`)

describe('rankCities', () => {
  // A: 3.6666… → 3.67
  // B: SO2 11/60 = 0.18333…, PM10 69/70 = 0.98571…: 3.6666… + 0.016666… − 0.014285… = 3.66904… → 3.67
  // C: PM2.5 40/35 = 1.142857…: 3.6666… + 0.142857… = 3.80952… → 3.81
  // D: no CO at all: insufficient
  const cities = [
    { city: 'A', days: days(2022) },
    { city: 'B', days: days(2022, { so2: 11, pm10: 69 }) },
    { city: 'C', days: days(2022, { pm25: 40 }) },
    { city: 'D', days: days(2022, { co: null }) },
  ]

  it('ranks by the composite index, ascending, equal published figures sharing a rank and skipping the next', () => {
    const r = rankCities(cities)
    expect(ranked(r, 'compositeIndex')).toEqual(['1 A 3.67 =', '1 B 3.67 =', '3 C 3.81'])
    expect(r.rankings.compositeIndex.order).toBe('ascending')
    expect(r.cities.map((c) => c.city)).toEqual(['A', 'B', 'C', 'D'])
    expect(r.cities.map((c) => c.ranks.compositeIndex)).toEqual([1, 1, 3, null])
  })

  it('breaks the tie on the exact index when compare is exact', () => {
    const r = rankCities(cities, { compare: 'exact' })
    expect(ranked(r, 'compositeIndex')).toEqual(['1 A 3.67', '2 B 3.67', '3 C 3.81'])
  })

  it('lists a city without a pollutant apart from the index ranking, never as zero, and still ranks its other pollutants', () => {
    const r = rankCities(cities)
    expect(r.rankings.compositeIndex.insufficient).toEqual([
      { city: 'D', gap: 'missingPollutants', missing: ['co'] },
    ])
    const d = r.cities.find((c) => c.city === 'D')
    expect(d?.compositeIndex.index).toBeNull()
    // PM2.5 35, 35, 35 (A, B, D) share rank 1; C 40 is 4th
    expect(ranked(r, 'pm25')).toEqual(['1 A 35 =', '1 B 35 =', '1 D 35 =', '4 C 40'])
    expect(r.rankings.co.insufficient).toEqual([{ city: 'D', gap: 'noData' }])
    expect(ranked(r, 'so2')).toEqual(['1 A 10 =', '1 C 10 =', '1 D 10 =', '4 B 11'])
  })

  it('ranks the good-days ratio descending and lists a city without valid days apart', () => {
    // D has no CO, so no day has every indicator (decision 5): no valid day
    const r = rankCities(cities)
    expect(r.rankings.goodDaysRatio.order).toBe('descending')
    expect(ranked(r, 'goodDaysRatio')).toEqual(['1 A 100 =', '1 B 100 =', '1 C 100 ='])
    expect(r.rankings.goodDaysRatio.insufficient).toEqual([{ city: 'D', gap: 'noValidDays' }])
  })

  it('deducts dust from the concentrations and the index but not from the good-days ratio, and says so', () => {
    // E: 3 January is a dust day with PM10 300 and PM2.5 120 (AQI 175)
    const e = {
      city: 'E',
      days: days(2022, {}, { 3: { pm10: 300, pm25: 120 } }),
      dustDates: ['2022-01-03'],
    }
    const ratio = [{ city: 'F', days: days(2022, {}, { 3: { pm10: 160 } }) }, e]
    const r = rankCities([{ city: 'A', days: days(2022) }, ...ratio])
    expect(r.dust).toEqual({
      concentrations: 'deducted',
      goodDaysRatio: 'raw',
      citiesWithDustDays: ['E'],
    })
    const entryE = r.cities.find((c) => c.city === 'E')
    // deducted: PM2.5 (35 + 35) / 2 = 35, PM10 70: the index of A, 3.67
    expect(entryE?.compositeIndex.concentrationBasis).toBe('deducted')
    expect(entryE?.compositeIndex.index?.published).toBe(3.67)
    expect(entryE?.dustDays).toBe(1)
    // the ratio keeps the dust day: 2 good days of 3 = 66.7%; F: PM10 160 → AQI 105, also 66.7%
    expect(entryE?.goodDaysRatio?.published).toBe(66.7)
    expect(entryE?.goodDaysRatioBasis).toBe('raw')
    expect(ranked(r, 'goodDaysRatio')).toEqual(['1 A 100', '2 F 66.7 =', '2 E 66.7 ='])

    const deducted = rankCities([{ city: 'A', days: days(2022) }, ...ratio], {
      goodDaysRatioBasis: 'deducted',
    })
    // without the dust day: 2 of 2 = 100%
    expect(ranked(deducted, 'goodDaysRatio')).toEqual(['1 A 100 =', '1 E 100 =', '3 F 66.7'])
    expect(deducted.cities.find((c) => c.city === 'E')?.goodDaysRatioBasis).toBe('deducted')
    // F gave no dust dates: its figures are raw whatever the basis
    expect(deducted.cities.find((c) => c.city === 'F')?.goodDaysRatioBasis).toBe('raw')

    const raw = rankCities([{ city: 'A', days: days(2022) }, ...ratio], {
      concentrationBasis: 'raw',
    })
    // raw: PM2.5 (35 + 35 + 120) / 3 = 63.33… → 63, 63/35 = 1.8; PM10 440 / 3 = 146.67 → 147,
    // 147/70 = 2.1: 0.1666… + 0.75 + 2.1 + 1.8 + 0.25 + 0.5 = 5.5666… → 5.57
    // F: PM10 (70 + 70 + 160) / 3 = 100, 100/70 = 1.428571…: 3.6666… + 0.428571… = 4.0952… → 4.10
    expect(ranked(raw, 'compositeIndex')).toEqual(['1 A 3.67', '2 F 4.1', '3 E 5.57'])
    expect(raw.dust.concentrations).toBe('raw')
  })

  it('ranks the change of the index on the same period of the previous year, the largest fall first', () => {
    const r = rankCities([
      // A: 2021 PM2.5 50 → 3.6666… − 1 + 50/35 = 4.0952… → 4.10; (3.67 − 4.10) / 4.10 = −10.49% → −10.5
      { city: 'A', days: days(2022), previous: { days: days(2021, { pm25: 50 }) } },
      // C: the same air both years → 0.0, 持平
      { city: 'C', days: days(2022, { pm25: 40 }), previous: { days: days(2021, { pm25: 40 }) } },
      // G: 2021 PM2.5 31 → 3.6666… − 1 + 31/35 = 3.5523… → 3.55; (3.67 − 3.55) / 3.55 = +3.38% → 3.4
      { city: 'G', days: days(2022), previous: { days: days(2021, { pm25: 31 }) } },
      { city: 'B', days: days(2022, { so2: 11, pm10: 69 }) },
      { city: 'D', days: days(2022, { co: null }), previous: { days: days(2021) } },
      { city: 'H', days: days(2022), previous: { days: days(2021, { co: null }) } },
    ])
    expect(r.previousPeriod).toEqual({ start: '2021-01-01', end: '2021-01-03' })
    expect(ranked(r, 'compositeIndexChange')).toEqual(['1 A -10.5', '2 C 0', '3 G 3.4'])
    expect(r.rankings.compositeIndexChange.insufficient).toEqual([
      { city: 'B', gap: 'noPreviousPeriod' },
      { city: 'D', gap: 'missingPollutants', missing: ['co'] },
      { city: 'H', gap: 'previousInsufficient' },
    ])
    const a = r.cities.find((c) => c.city === 'A')
    expect(a?.previous?.compositeIndex.index?.published).toBe(4.1)
    expect(a?.change?.compositeIndex.text?.zh).toBe('同比下降 10.5%')
    expect(r.cities.find((c) => c.city === 'C')?.change?.compositeIndex.text?.zh).toBe('同比持平')
    // good-days ratio 100% both years: 0.0 percentage points
    expect(a?.change?.goodDaysRatio.text?.zh).toBe('同比持平')
    expect(a?.ranks.compositeIndexChange).toBe(1)
    // A, B, G and H meet every limit: left out of the list of the most deteriorated
    expect(r.deteriorationExcluded).toEqual(['A', 'G', 'B', 'H'])
  })

  it('shares a change rank on an equal published change', () => {
    const r = rankCities([
      { city: 'A', days: days(2022), previous: { days: days(2021, { pm25: 50 }) } },
      { city: 'B', days: days(2022), previous: { days: days(2021, { pm25: 50 }) } },
      { city: 'C', days: days(2022), previous: { days: days(2021, { pm25: 36 }) } },
    ])
    // C: 3.6666… − 1 + 36/35 = 3.6952… → 3.70; (3.67 − 3.70) / 3.70 = −0.81% → −0.8
    expect(ranked(r, 'compositeIndexChange')).toEqual(['1 A -10.5 =', '1 B -10.5 =', '3 C -0.8'])
  })

  it('shifts 29 February to 28 February for the previous year', () => {
    const feb = (year: number, last: number) =>
      Array.from({ length: last }, (_, i) => ({
        date: `${year}-02-${String(i + 1).padStart(2, '0')}`,
        ...BASE,
      }))
    const r = rankCities([{ city: 'A', days: feb(2020, 29), previous: { days: feb(2019, 28) } }], {
      period: { start: '2020-02-01', end: '2020-02-29' },
    })
    expect(r.previousPeriod).toEqual({ start: '2019-02-01', end: '2019-02-28' })
    expect(r.cities[0]?.change?.compositeIndex.direction).toBe('flat')
  })

  it('gives the index of a city’s daily values equal to the index of its period summary', () => {
    const input = days(2022, {}, { 1: { pm25: 80, co: 1.4 }, 2: { o3_8h: 170 }, 3: { no2: 41 } })
    const r = rankCities([{ city: 'A', days: input }])
    const fromSummary = compositeIndex(summarizeAirPeriod(input))
    expect(r.cities[0]?.compositeIndex).toEqual(fromSummary)
    // by hand: PM2.5 (80 + 35 + 35) / 3 = 50, NO2 (30 + 30 + 41) / 3 = 33.67 → 34,
    // CO P95 of 1, 1, 1.4: k = 1 + 2 × 0.95 = 2.9 → 1 + 0.9 × 0.4 = 1.36 → 1.4,
    // O3 P90 of 80, 80, 170: k = 2.8 → 80 + 0.8 × 90 = 152:
    // 10/60 + 34/40 + 70/70 + 50/35 + 1.4/4 + 152/160
    // = 0.1666… + 0.85 + 1 + 1.428571… + 0.35 + 0.95 = 4.7452… → 4.75
    expect(fromSummary.index?.published).toBe(4.75)
  })

  it('ranks period summaries like daily values, and rejects summaries of another period', () => {
    const a = summarizeAirPeriod(days(2022))
    const c = summarizeAirPeriod(days(2022, { pm25: 40 }))
    const r = rankCities([
      { city: 'C', summary: c },
      { city: 'A', summary: a },
    ])
    expect(ranked(r, 'compositeIndex')).toEqual(['1 A 3.67', '2 C 3.81'])
    expect(r.period).toEqual({ start: '2022-01-01', end: '2022-01-03' })
    const short = summarizeAirPeriod(days(2022).slice(0, 2))
    const e = caught(() =>
      rankCities([
        { city: 'A', summary: a },
        { city: 'S', summary: short },
      ]),
    )
    expect(e.issues[0].code).toBe('conflict')
    expect(e.issues[0].path).toEqual(['cities', 1, 'summary', 'period'])
    expect(e.issues[0].received).toBe('2022-01-01…2022-01-02')
  })

  it('ranks the change from summaries of both years, and checks the previous period', () => {
    const r = rankCities([
      {
        city: 'A',
        summary: summarizeAirPeriod(days(2022)),
        previous: summarizeAirPeriod(days(2021, { pm25: 50 })),
      },
    ])
    expect(r.previousPeriod).toEqual({ start: '2021-01-01', end: '2021-01-03' })
    expect(ranked(r, 'compositeIndexChange')).toEqual(['1 A -10.5'])
    const e = caught(() =>
      rankCities(
        [
          {
            city: 'A',
            summary: summarizeAirPeriod(days(2022)),
            previous: summarizeAirPeriod(days(2021)),
          },
        ],
        { previousPeriod: { start: '2020-01-01', end: '2020-01-03' } },
      ),
    )
    expect(e.issues[0].path).toEqual(['cities', 0, 'previous', 'period'])
    const bad = caught(() => rankCities([{ city: 'A', days: days(2022), previous: [] as never }]))
    expect(bad.issues[0].path).toEqual(['cities', 0, 'previous'])
  })

  it('takes the period from the options and ranks only the days inside it', () => {
    const r = rankCities(
      [
        { city: 'A', days: days(2022, {}, { 3: { pm25: 200 } }) },
        { city: 'B', days: days(2022, { pm25: 36 }) },
      ],
      { period: { start: '2022-01-01', end: '2022-01-02' } },
    )
    // A's 3 January is outside: A 3.67, B 3.6666… − 1 + 36/35 = 3.6952… → 3.70
    expect(ranked(r, 'compositeIndex')).toEqual(['1 A 3.67', '2 B 3.7'])
    expect(r.options.period).toEqual({ start: '2022-01-01', end: '2022-01-02' })
    expect(r.options.previousPeriod).toEqual({ start: '2021-01-01', end: '2021-01-02' })
    expect(r.previousPeriod).toBeNull()
  })

  it('uses one edition for both years: the default of the current period, or the one asked for', () => {
    const r = rankCities([{ city: 'A', days: days(2022) }], { edition: 'GB3095-2026-transitional' })
    // PM10 70/60 + PM2.5 35/30 = 1.1666… + 1.1666…: 0.1666… + 0.75 + 2.3333… + 0.25 + 0.5 = 4.0 → 4
    expect(r.edition).toBe('GB3095-2026-transitional')
    expect(r.limits.pm25).toBe(30)
    expect(ranked(r, 'compositeIndex')).toEqual(['1 A 4'])
  })

  it('reports bad daily values at their path under the city', () => {
    const bad = days(2022)
    bad[1] = { ...(bad[1] as AirDayInput), pm25: -5 }
    const e = caught(() =>
      rankCities([
        { city: 'A', days: days(2022) },
        { city: 'B', days: bad },
      ]),
    )
    expect(e.context).toBe('rankCities input')
    expect(e.issues[0].path).toEqual(['cities', 1, 'days', 1, 'pm25'])
  })

  it('rejects no city, a city given twice, a city without days or summary, and a reversed period', () => {
    expect(caught(() => rankCities([])).issues[0].code).toBe('empty_input')
    const twice = caught(() =>
      rankCities([
        { city: 'A', days: days(2022) },
        { city: 'A', days: days(2022) },
      ]),
    )
    expect(twice.issues[0]).toMatchObject({ code: 'duplicate', path: ['cities', 1, 'city'] })
    expect(caught(() => rankCities([{ city: 'A' } as never])).issues[0].path).toEqual(['cities', 0])
    expect(caught(() => rankCities([{ days: [] } as never])).issues[0].path).toEqual([
      'cities',
      0,
      'city',
    ])
    const reversed = caught(() =>
      rankCities([{ city: 'A', days: days(2022) }], {
        period: { start: '2022-01-03', end: '2022-01-01' },
      }),
    )
    expect(reversed.issues[0].path).toEqual(['options', 'period', 'end'])
    expect(caught(() => rankCities([{ city: 'A', days: [] }])).issues[0].code).toBe('empty_input')
    const dates = caught(() =>
      rankCities([
        { city: 'A', days: days(2022), dustDates: ['2022-01-32'] },
        { city: 'B', days: days(2022), previous: { days: days(2021), dustDates: 'x' as never } },
      ]),
    )
    expect(dates.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_format', ['cities', 0, 'dustDates', 0]],
      ['invalid_type', ['cities', 1, 'previous', 'dustDates']],
    ])
    expect(
      caught(() => rankCities([{ city: 'A', days: days(2022) }], { compar: 'exact' } as never))
        .issues[0].hint?.en,
    ).toBe('did you mean compare?')
  })

  it('does not change its input', () => {
    const input = [
      { city: 'A', days: days(2022), dustDates: ['2022-01-02'], previous: { days: days(2021) } },
    ]
    const copy = structuredClone(input)
    rankCities(input)
    expect(input).toEqual(copy)
  })

  it('gives each city 1 + the number of cities with a smaller published index, whatever the order (property, fixed seed)', () => {
    const city = fc.record({
      pm25: fc.integer({ min: 10, max: 60 }),
      pm10: fc.integer({ min: 20, max: 120 }),
      co: fc.integer({ min: 3, max: 15 }).map((v) => v / 10),
    })
    fc.assert(
      fc.property(fc.array(city, { minLength: 1, maxLength: 8 }), (values) => {
        const input = values.map((v, i) => ({ city: `c${i}`, days: days(2022, v) }))
        const r = rankCities(input)
        const reversed = rankCities([...input].reverse())
        const value = new Map(r.rankings.compositeIndex.ranked.map((x) => [x.city, x.value]))
        return r.rankings.compositeIndex.ranked.every((x) => {
          const smaller = [...value.values()].filter((v) => v < x.value).length
          const again = reversed.rankings.compositeIndex.ranked.find((y) => y.city === x.city)
          return x.rank === smaller + 1 && again?.rank === x.rank
        })
      }),
      { seed: 2019, numRuns: 40 },
    )
  }, 60_000)
})
