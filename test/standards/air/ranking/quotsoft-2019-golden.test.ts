import { beforeAll, expect, it } from 'vitest'
import {
  aggregateCityDays,
  aggregateStationDays,
  type CityDay,
  type CityRanking,
  COMPOSITE_INDEX_LIMITS,
  COMPOSITE_INDEX_POLLUTANTS,
  rankCities,
} from '../../../../src/standards/air/index.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'
import {
  hourlyRecords,
  readStations,
  readWideHourly,
  type WideHourly,
} from '../../../_helpers/wide-hourly.js'

const DIR = 'fixtures/quotsoft-2019'
const FILE = `${DIR}/china_sites_2019_beijing_inner_mongolia.csv.gz`

const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const m = String(i + 1).padStart(2, '0')
  const last = new Date(Date.UTC(2019, i + 1, 0)).getUTCDate()
  return { month: `2019-${m}`, start: `2019-${m}-01`, end: `2019-${m}-${last}` }
})

/** GB/T 8170 to an integer, for values that are exact in binary (means of integers). */
function roundHalfEvenInt(x: number): number {
  const f = Math.floor(x)
  const rest = x - f
  if (Math.abs(rest - 0.5) < 1e-9) return f % 2 === 0 ? f : f + 1
  return rest > 0.5 ? f + 1 : f
}

describeWithShared('rankCities on the 2019 Beijing and Inner Mongolia hourly data', FILE, () => {
  let table: WideHourly
  let cityOf: Map<string, string>
  let cityDays: Map<string, CityDay[]>
  const rankings = new Map<string, CityRanking>()

  beforeAll(() => {
    table = readWideHourly(sharedPath(FILE))
    const stations = readStations(sharedPath(`${DIR}/stations-2019.csv`))
    // city figures come from the evaluation stations: background stations (对照点) are left out
    cityOf = new Map(stations.filter((s) => !s.background).map((s) => [s.code, s.city]))
    const records = hourlyRecords(table, new Set(cityOf.keys()))
    const days = aggregateStationDays(records)
    const byCity = new Map<string, typeof days>()
    for (const d of days) {
      const city = cityOf.get(d.station) as string
      byCity.set(city, [...(byCity.get(city) ?? []), d])
    }
    cityDays = new Map([...byCity].map(([city, list]) => [city, aggregateCityDays(list)]))
    for (const m of MONTHS) {
      rankings.set(
        m.month,
        rankCities(
          [...cityDays].map(([city, list]) => ({
            city,
            days: list.filter((d) => d.date >= m.start && d.date <= m.end),
          })),
          { period: { start: m.start, end: m.end } },
        ),
      )
    }
  }, 300_000)

  it('ranks the 13 cities of the file every month, background stations left out', () => {
    expect([...cityDays.keys()].sort()).toEqual(
      [
        '北京',
        '呼和浩特',
        '包头',
        '乌海',
        '赤峰',
        '通辽',
        '鄂尔多斯',
        '呼伦贝尔',
        '巴彦淖尔',
        '乌兰察布',
        '兴安盟',
        '锡林郭勒盟',
        '阿拉善盟',
      ].sort(),
    )
    expect(cityOf.has('1002A')).toBe(false) // 定陵(对照点)
    for (const r of rankings.values()) {
      const c = r.rankings.compositeIndex
      expect(c.ranked.length + c.insufficient.length).toBe(13)
      expect(r.edition).toBe('GB3095-2012')
    }
  }, 60_000)

  it('has a January PM2.5 mean for Hohhot equal to one recomputed from the raw hourly cells', () => {
    // natural day D = hours 1…23 of file D and hour 0 of file D+1 (hour-ending); a station day
    // needs 20 valid hours (GB 3095 表4) and is rounded to an integer; the city day is the
    // rounded mean of its stations; the month is the mean of the city days
    const codes = [...cityOf].filter(([, c]) => c === '呼和浩特').map(([code]) => code)
    const cityValues: number[] = []
    for (let day = 1; day <= 31; day++) {
      const d = `201901${String(day).padStart(2, '0')}`
      const next = day === 31 ? '20190201' : `201901${String(day + 1).padStart(2, '0')}`
      const keys = [
        ...Array.from({ length: 23 }, (_, h) => `${d}|${h + 1}|PM2.5`),
        `${next}|0|PM2.5`,
      ]
      const stationValues: number[] = []
      for (const code of codes) {
        const j = table.codes.indexOf(code)
        const hours = keys
          .map((k) => table.rows.get(k)?.[j])
          .filter((v): v is number => typeof v === 'number')
        if (hours.length >= 20) {
          stationValues.push(roundHalfEvenInt(hours.reduce((a, b) => a + b, 0) / hours.length))
        }
      }
      if (stationValues.length > 0) {
        cityValues.push(
          roundHalfEvenInt(stationValues.reduce((a, b) => a + b, 0) / stationValues.length),
        )
      }
    }
    const mean = cityValues.reduce((a, b) => a + b, 0) / cityValues.length
    const hohhot = rankings.get('2019-01')?.cities.find((c) => c.city === '呼和浩特')
    expect(cityValues.length).toBeGreaterThan(25)
    expect(hohhot?.compositeIndex.subIndices.pm25?.concentration.value).toBeCloseTo(mean, 9)
    expect(hohhot?.compositeIndex.subIndices.pm25?.value).toBe(String(roundHalfEvenInt(mean)))
  }, 60_000)

  it('gives every ranked index the sum of its published concentrations over the limits', () => {
    const limits = COMPOSITE_INDEX_LIMITS['GB3095-2012'].limits
    for (const r of rankings.values()) {
      for (const entry of r.cities) {
        const ci = entry.compositeIndex
        if (ci.index === null) continue
        const byHand = COMPOSITE_INDEX_POLLUTANTS.reduce(
          (s, p) => s + Number(ci.subIndices[p]?.value) / limits[p],
          0,
        )
        expect(ci.index.value).toBeCloseTo(byHand, 9)
      }
    }
  }, 60_000)

  it('orders every ranking by its figure, with shared ranks and the next rank skipped', () => {
    let ties = 0
    for (const r of rankings.values()) {
      for (const order of Object.values(r.rankings)) {
        const sign = order.order === 'ascending' ? 1 : -1
        order.ranked.forEach((x, i) => {
          // rank = 1 + the number of cities with a strictly better figure
          const better = order.ranked.filter((y) => sign * (y.value - x.value) < 0).length
          expect(x.rank).toBe(better + 1)
          const same = order.ranked.filter((y) => y.value === x.value).length
          expect(x.tied).toBe(same > 1)
          if (i > 0)
            expect(sign * (x.value - (order.ranked[i - 1]?.value ?? 0))).toBeGreaterThanOrEqual(0)
        })
        ties += order.ranked.filter((x) => x.tied).length
      }
    }
    // integer concentrations of 13 cities tie often: the rule is exercised on real data
    expect(ties).toBeGreaterThan(0)
  }, 60_000)

  it('lists a city without CO apart and closes the ranks of the others', () => {
    const january = (city: string, list: CityDay[]) =>
      list
        .filter((d) => d.date.startsWith('2019-01'))
        .map((d) => (city === '乌兰察布' ? { ...d, co: null } : d))
    const period = { start: '2019-01-01', end: '2019-01-31' }
    const r = rankCities(
      [...cityDays].map(([city, list]) => ({ city, days: january(city, list) })),
      { period },
    )
    expect(r.rankings.compositeIndex.insufficient).toEqual([
      { city: '乌兰察布', gap: 'missingPollutants', missing: ['co'] },
    ])
    expect(r.cities.at(-1)?.city).toBe('乌兰察布')
    // every other city keeps its index; those behind Ulanqab move up one place
    const before = rankings.get('2019-01') as CityRanking
    const ulanqab = before.cities.find((c) => c.city === '乌兰察布')?.ranks.compositeIndex ?? 0
    for (const x of r.rankings.compositeIndex.ranked) {
      const old = before.rankings.compositeIndex.ranked.find((y) => y.city === x.city)
      expect(x.value).toBe(old?.value)
      expect(x.rank).toBe((old?.rank ?? 0) > ulanqab ? (old?.rank ?? 0) - 1 : old?.rank)
    }
    // its other pollutants are still ranked
    expect(r.cities.find((c) => c.city === '乌兰察布')?.ranks.pm25).not.toBeNull()
  }, 60_000)

  it('deducts a dust date from the PM concentrations and the index but keeps it in the good-days ratio', () => {
    // treat the April day of the highest PM10 in Alxa (阿拉善盟) as flagged dust
    const april = (cityDays.get('阿拉善盟') ?? []).filter((d) => d.date.startsWith('2019-04'))
    const dusty = april.reduce((a, b) => ((b.pm10 ?? -1) > (a.pm10 ?? -1) ? b : a))
    const input = [...cityDays].map(([city, list]) => ({
      city,
      days: list.filter((d) => d.date.startsWith('2019-04')),
      ...(city === '阿拉善盟' ? { dustDates: [dusty.date] } : {}),
    }))
    const period = { start: '2019-04-01', end: '2019-04-30' }
    const deducted = rankCities(input, { period })
    const raw = rankCities(input, { period, concentrationBasis: 'raw' })
    const a = deducted.cities.find((c) => c.city === '阿拉善盟')
    const b = raw.cities.find((c) => c.city === '阿拉善盟')
    expect(deducted.dust.citiesWithDustDays).toEqual(['阿拉善盟'])
    expect(a?.compositeIndex.concentrationBasis).toBe('deducted')
    // leaving out the day of the highest PM10 lowers the PM10 mean
    expect(a?.compositeIndex.subIndices.pm10?.concentration.value).toBeLessThan(
      b?.compositeIndex.subIndices.pm10?.concentration.value ?? 0,
    )
    // the ratio keeps the day by default
    expect(a?.goodDaysRatio).toEqual(b?.goodDaysRatio)
    expect(a?.goodDaysRatioBasis).toBe('raw')
    // the other cities are untouched
    const bj = (x: CityRanking) => x.cities.find((c) => c.city === '北京')?.compositeIndex.index
    expect(bj(deducted)).toEqual(bj(raw))
  }, 60_000)
})
