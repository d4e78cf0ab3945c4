import { issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { exactCityDay } from '../_city-exact.js'
import { gridCityDay } from '../_city-grid.js'
import { cityDaysOfRows } from '../_city-rows.js'
import { implausibleCo } from '../_co.js'
import type { ResolvedDailyOptions } from '../_daily-core.js'
import { leanValues } from '../_station-engine.js'
import type { AggregateCityDaysOptions, CityDay } from '../city-days.js'
import type { StationDay } from '../hourly/types.js'
import { AIR_POLLUTANTS } from '../indicators.js'

const KEYS = AIR_POLLUTANTS
const N = KEYS.length
const CO = KEYS.indexOf('co')

/** Resolved settings of the city-day core. */
export interface CitySettings {
  readonly round: boolean
  readonly minStations: number
  readonly excluded: ReadonlySet<string>
  readonly daily: ResolvedDailyOptions
  /** The options as given. */
  readonly given: AggregateCityDaysOptions
}

/** One open city date: the stations' daily values, 7 a station (`NaN`: none). */
interface OpenDate {
  readonly stations: string[]
  readonly values: number[]
}

interface CityState {
  readonly name: string
  /** Latest date emitted by each member station ('' for a listed member not seen yet). */
  readonly last: Map<string, string>
  readonly open: Map<string, OpenDate>
  /** Dates up to this one are closed. */
  closedThrough: string
  /**
   * Some station gave a date not after its previous one: a date may hold a station twice
   * (checked when it closes).
   */
  disordered: boolean
}

const ORDER = text(
  '同一城市各站点的日数据按时间交错到达（城市日已结束后不再有该日数据）',
  "a city's station days interleaved in time (none for a city date already closed)",
)

/**
 * The city-day core: station days in (per station in date order), one {@link CityDay} per city
 * and date out as soon as every member station has moved past that date.
 */
export class CityDayEngine {
  private readonly cities = new Map<string, CityState>()
  private readonly cityOf: (station: string) => string | null | undefined
  private index = 0
  private readonly scratch = new Float64Array(N)

  constructor(
    private readonly s: CitySettings,
    cityOf:
      | ReadonlyMap<string, string>
      | Readonly<Record<string, string>>
      | ((station: string) => string | null | undefined),
    private readonly emit: (city: string, day: CityDay) => void,
    private readonly context: string,
  ) {
    if (typeof cityOf === 'function') this.cityOf = cityOf
    else {
      const map: ReadonlyMap<string, string> =
        cityOf instanceof Map ? cityOf : new Map(Object.entries(cityOf))
      this.cityOf = (station) => map.get(station)
      // listed members hold their city's dates open until they report or the input ends
      for (const [station, city] of map) {
        if (!this.s.excluded.has(station)) this.city(city).last.set(station, '')
      }
    }
  }

  private city(name: string): CityState {
    let c = this.cities.get(name)
    if (!c) {
      c = { name, last: new Map(), open: new Map(), closedThrough: '', disordered: false }
      this.cities.set(name, c)
    }
    return c
  }

  push(day: StationDay): void {
    this.values(day.station, day.date, leanValues(day, this.scratch))
  }

  /** A station day's published values, in the order of `AIR_POLLUTANTS` (`NaN`: none). */
  values(station: string, date: string, values: Float64Array): void {
    const i = this.index++
    const name = this.cityOf(station)
    if (name === null || name === undefined) return
    // the CO bound of the daily means, as aggregateCityDays checks its input (excluded
    // stations too)
    const bound = this.s.daily.maxPlausibleCo
    const co = values[CO] as number
    if (co > bound) {
      throw new InputError(this.context, [implausibleCo([i, 'co'], co, bound, '24h')])
    }
    if (this.s.excluded.has(station)) return
    const c = this.city(name)
    if (date <= c.closedThrough) {
      throw new InputError(this.context, [
        issue({
          code: 'custom',
          path: [i],
          expected: ORDER,
          receivedText: `${station} ${date} after ${name} was closed through ${c.closedThrough}`,
        }),
      ])
    }
    let open = c.open.get(date)
    if (!open) {
      open = { stations: [], values: [] }
      c.open.set(date, open)
    }
    open.stations.push(station)
    for (let k = 0; k < N; k++) open.values.push(values[k] as number)
    const before = c.last.get(station)
    if (before !== undefined && before !== '' && date <= before) c.disordered = true
    c.last.set(station, date)
    let through: string | null = null
    for (const d of c.last.values()) if (through === null || d < through) through = d
    if (through !== null && through > c.closedThrough) this.closeThrough(c, through)
  }

  /** Emits the open dates of a city up to `through`, in date order. */
  private closeThrough(c: CityState, through: string): void {
    if (c.open.size === 1) {
      // the common case: one open date
      const [d, open] = c.open.entries().next().value as [string, OpenDate]
      if (d <= through) {
        c.open.clear()
        this.emit(c.name, this.cityDay(d, open, c.disordered))
      }
    } else {
      const dates = [...c.open.keys()].filter((d) => d <= through).sort()
      for (const d of dates) {
        const open = c.open.get(d) as OpenDate
        c.open.delete(d)
        this.emit(c.name, this.cityDay(d, open, c.disordered))
      }
    }
    c.closedThrough = through
  }

  end(): void {
    const names = [...this.cities.keys()].sort()
    for (const name of names) {
      const c = this.cities.get(name) as CityState
      this.closeThrough(c, '\uffff')
    }
    this.cities.clear()
  }

  private cityDay(date: string, open: OpenDate, disordered: boolean): CityDay {
    const n = open.stations.length
    if (disordered && new Set(open.stations).size !== n) {
      // a station twice for the date: the array function's issue
      const rows = open.stations.map((station, j) => {
        const row: Record<string, unknown> = { station, date }
        KEYS.forEach((k, i) => {
          const v = open.values[j * N + i] as number
          row[k] = Number.isNaN(v) ? null : v
        })
        return row
      })
      const [day] = cityDaysOfRows(
        rows as never,
        { ...this.s, excluded: new Set() },
        'aggregateCityDays input',
      )
      return day as CityDay
    }
    return gridCityDay(date, open.values, n, this.s) ?? exactCityDay(date, open.values, n, this.s)
  }
}
