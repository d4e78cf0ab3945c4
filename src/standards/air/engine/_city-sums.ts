import { issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import {
  add,
  decimal,
  type Rational,
  rational,
  roundHalfEven,
  toNumber,
} from '../../../_lib/rational.js'
import { implausibleCo } from '../_co.js'
import { dailyAqiOfExact, type ResolvedDailyOptions } from '../_daily-core.js'
import { dailyAqiOnGrid } from '../_daily-grid.js'
import { decimalString } from '../_decimal.js'
import { quotientText, roundHalfEvenDiv, toSteps } from '../_grid.js'
import { LEAN_KEYS } from '../_station-engine.js'
import type { CityDay } from '../city-days.js'
import { AIR_POLLUTANTS, type AirPollutant } from '../indicators.js'

const N = LEAN_KEYS.length
const CO = LEAN_KEYS.indexOf('co')
/** Where each pollutant of `AIR_POLLUTANTS` (the order of a city day's fields) sits in a lean row. */
const LEAN_OF: readonly number[] = AIR_POLLUTANTS.map((k) => LEAN_KEYS.indexOf(k as never))

/** Resolved settings of {@link CitySums}. */
export interface CitySumsSettings {
  readonly round: boolean
  readonly minStations: number
  readonly excluded: ReadonlySet<string>
  readonly daily: ResolvedDailyOptions
}

/**
 * One open city date: per pollutant the sum of the station values in grid steps and their count
 * (`sums[k]`, `sums[N + k]`), and exact sums once a value off the grid came.
 */
interface DateSums {
  readonly sums: Float64Array
  exact: (Rational | null)[] | null
}

interface CityState {
  readonly dates: Map<string, DateSums>
  /** Stations in the city values (excluded ones left out). */
  readonly stations: Set<string>
  /** Every station seen with the city, excluded ones too, and its station days. */
  readonly seen: Map<string, number>
}

/** One city as {@link CitySums.finish} gives it. */
export interface CitySumsCity {
  readonly city: string
  /** The stations whose values make the city's, sorted. */
  readonly stations: string[]
  /** Every station of the city met (excluded ones too), sorted. */
  readonly stationsSeen: string[]
  /** The station days met for the city, excluded stations' too. */
  readonly stationDays: number
  /** The city days, sorted by date. */
  readonly days: CityDay[]
}

const ORDER = text('每个站点的日数据按日期先后', "each station's days in date order")

const stepsOf = (k: number): 1 | 10 => (k === CO ? 10 : 1)

/**
 * The city-day core that takes station days in any order across stations (each station's days
 * in date order): per city and date only the sums and counts of the station values are held
 * (14 numbers, never the station days), so memory grows with cities × dates, not with stations
 * or records. City days come out at the end, the same as {@link aggregateCityDays} gives them:
 * means of the grid steps by integer arithmetic (every sum below 2^53: at most 2^31 steps a
 * value, far fewer than 2^22 stations), and exact rational sums for a date with a value off the
 * grid.
 */
export class CitySums {
  private readonly cities = new Map<string, CityState>()
  private readonly last = new Map<string, string>()
  private index = 0
  private held = 0

  constructor(
    private readonly s: CitySumsSettings,
    private readonly cityOf: (station: string) => string | null | undefined,
    private readonly context: string,
  ) {}

  /** The city dates held now. */
  get openDates(): number {
    return this.held
  }

  /** A station day's published values in the order of `LEAN_KEYS` (`NaN`: none). */
  values(station: string, date: string, values: ArrayLike<number>): void {
    const i = this.index++
    const name = this.cityOf(station)
    if (name === null || name === undefined) return
    const bound = this.s.daily.maxPlausibleCo
    const co = values[CO] as number
    if (co > bound) {
      const found = implausibleCo([i, 'co'], co, bound, '24h')
      const hint = found.hint ?? text('', '')
      throw new InputError(this.context, [
        issue({
          code: found.code,
          path: found.path,
          expected: found.expected,
          receivedText: found.received,
          hint: text(
            `站点 ${station}，${date}：${hint.zh}`,
            `station ${station} on ${date}: ${hint.en}`,
          ),
        }),
      ])
    }
    const before = this.last.get(station)
    if (before !== undefined && date <= before) {
      throw new InputError(this.context, [this.orderIssue(i, station, date, before)])
    }
    this.last.set(station, date)
    let c = this.cities.get(name)
    if (!c) {
      c = { dates: new Map(), stations: new Set(), seen: new Map() }
      this.cities.set(name, c)
    }
    c.seen.set(station, (c.seen.get(station) ?? 0) + 1)
    if (this.s.excluded.has(station)) return
    c.stations.add(station)
    let d = c.dates.get(date)
    if (!d) {
      d = { sums: new Float64Array(2 * N), exact: null }
      c.dates.set(date, d)
      this.held++
    }
    const sums = d.sums
    for (let k = 0; k < N; k++) {
      const v = values[k] as number
      if (Number.isNaN(v)) continue
      sums[N + k] = (sums[N + k] as number) + 1
      const q = stepsOf(k)
      const p = d.exact === null ? toSteps(v, q) : -1
      if (p >= 0) sums[k] = (sums[k] as number) + p
      else this.addExact(d, k, v)
    }
  }

  private orderIssue(i: number, station: string, date: string, before: string): InputIssue {
    return issue({
      code: 'custom',
      path: [i, 'date'],
      expected: ORDER,
      receivedText: `${station} ${date} after ${before}`,
    })
  }

  /** From the first value off the grid on, the date's sums are exact rationals. */
  private addExact(d: DateSums, k: number, v: number): void {
    if (d.exact === null) {
      d.exact = Array.from({ length: N }, (_, j) =>
        rational(BigInt(d.sums[j] as number), BigInt(stepsOf(j))),
      )
    }
    const sum = d.exact[k] as Rational
    d.exact[k] = add(sum, decimal(v))
  }

  /** Every city's days, by city name; the sums are let go. */
  finish(): CitySumsCity[] {
    const out: CitySumsCity[] = []
    for (const name of [...this.cities.keys()].sort()) {
      const c = this.cities.get(name) as CityState
      const days = [...c.dates.keys()]
        .sort()
        .map((date) => this.cityDay(date, c.dates.get(date) as DateSums))
      out.push({
        city: name,
        stations: [...c.stations].sort(),
        stationsSeen: [...c.seen.keys()].sort(),
        stationDays: [...c.seen.values()].reduce((a, b) => a + b, 0),
        days,
      })
    }
    this.cities.clear()
    this.held = 0
    return out
  }

  private cityDay(date: string, d: DateSums): CityDay {
    const { round, minStations, daily } = this.s
    const sums = d.sums
    const onGrid = round && d.exact === null
    const published: Record<string, number | null> = {}
    const exactText: Record<string, string | null> = {}
    const stations: Record<string, number> = {}
    const values: Partial<Record<AirPollutant, Rational | null>> = {}
    for (let a = 0; a < AIR_POLLUTANTS.length; a++) {
      const key = AIR_POLLUTANTS[a] as AirPollutant
      const k = LEAN_OF[a] as number
      const count = sums[N + k] as number
      const q = stepsOf(k)
      stations[key] = count
      if (count < minStations || count === 0) {
        published[key] = null
        exactText[key] = null
        values[key] = null
      } else if (onGrid) {
        const sum = sums[k] as number
        exactText[key] = quotientText(sum, count * q)
        published[key] = roundHalfEvenDiv(sum, count) / q
      } else {
        const sum = d.exact
          ? (d.exact[k] as Rational)
          : rational(BigInt(sums[k] as number), BigInt(q))
        const mean = rational(sum.num, sum.den * BigInt(count))
        exactText[key] = decimalString(mean)
        const value = round ? roundHalfEven(mean, k === CO ? 1 : 0) : mean
        values[key] = value
        published[key] = toNumber(value)
      }
    }
    const day = {
      so2: published.so2 ?? null,
      no2: published.no2 ?? null,
      co: published.co ?? null,
      pm10: published.pm10 ?? null,
      pm25: published.pm25 ?? null,
      o3_1h: published.o3_1h ?? null,
      o3_8h: published.o3_8h ?? null,
    }
    const aqi =
      (onGrid ? dailyAqiOnGrid(day, daily) : null) ??
      dailyAqiOfExact(
        onGrid
          ? Object.fromEntries(
              Object.entries(day).map(([k, v]) => [k, v === null ? null : decimal(v)]),
            )
          : values,
        daily,
      )
    return {
      date,
      ...day,
      exact: exactText as CityDay['exact'],
      stations: stations as CityDay['stations'],
      aqi,
    }
  }
}
