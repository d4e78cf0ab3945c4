import { issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { exactCityDay } from '../_city-exact.js'
import { gridCityDay, gridCityValues } from '../_city-grid.js'
import { cityDaysOfRows } from '../_city-rows.js'
import { implausibleCo } from '../_co.js'
import type { ResolvedDailyOptions } from '../_daily-core.js'
import { leanValues } from '../_station-engine.js'
import type { AggregateCityDaysOptions, CityDay } from '../city-days.js'
import type { StationDay } from '../hourly/types.js'
import { AIR_POLLUTANTS, type AirPollutant } from '../indicators.js'

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
  date: string
  readonly stations: string[]
  /** 7 values a station, the first `7 × stations.length` used. */
  values: Float64Array
}

/** A station as the engine met it: its city, resolved once. */
interface StationSlot {
  readonly code: string
  /** Its city (`null`: none, the station is left out). */
  readonly city: CityState | null
  readonly excluded: boolean
  /** Latest date emitted ('' for a listed member not seen yet). */
  last: string
}

interface CityState {
  readonly name: string
  /** The member stations that hold the city's dates open (excluded ones left out). */
  readonly members: StationSlot[]
  readonly open: Map<string, OpenDate>
  /** Closed dates, to be reused: a city holds one or two open at a time, never garbage. */
  readonly free: OpenDate[]
  /** The open date met last (most station days go to it). */
  recent: OpenDate | null
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
 * Where the city days go: whole {@link CityDay}s, or only their published values (7, in the
 * order of `AIR_POLLUTANTS`, `NaN`: none; the array is reused), for a caller that keeps
 * nothing else. The values are those of the whole day, computed without its exact texts and
 * AQI.
 */
export type CitySink =
  | { readonly day: (city: string, day: CityDay) => void }
  | { readonly values: (city: string, date: string, values: Float64Array) => void }

/**
 * The city-day core: station days in (per station in date order), one {@link CityDay} per city
 * and date out as soon as every member station has moved past that date.
 */
export class CityDayEngine {
  private readonly cities = new Map<string, CityState>()
  /** Every station met (and every listed one), with its city resolved once. */
  private readonly slots = new Map<string, StationSlot>()
  private readonly cityOf: ((station: string) => string | null | undefined) | null
  private index = 0
  private readonly scratch = new Float64Array(N)
  private readonly out = new Float64Array(N)
  private readonly emitDay: ((city: string, day: CityDay) => void) | null
  private readonly emitValues: ((city: string, date: string, values: Float64Array) => void) | null

  constructor(
    private readonly s: CitySettings,
    cityOf:
      | ReadonlyMap<string, string>
      | Readonly<Record<string, string>>
      | ((station: string) => string | null | undefined),
    sink: CitySink,
    private readonly context: string,
  ) {
    this.emitDay = 'day' in sink ? sink.day : null
    this.emitValues = 'values' in sink ? sink.values : null
    if (typeof cityOf === 'function') this.cityOf = cityOf
    else {
      // a map is read once: a station it does not list belongs to no city
      this.cityOf = null
      const map: ReadonlyMap<string, string> =
        cityOf instanceof Map ? cityOf : new Map(Object.entries(cityOf))
      // listed members hold their city's dates open until they report or the input ends
      for (const [station, city] of map) this.slot(station, city)
    }
  }

  private city(name: string): CityState {
    let c = this.cities.get(name)
    if (!c) {
      c = {
        name,
        members: [],
        open: new Map(),
        free: [],
        recent: null,
        closedThrough: '',
        disordered: false,
      }
      this.cities.set(name, c)
    }
    return c
  }

  /** A new slot for `station` of city `name`. */
  private slot(station: string, name: string | null | undefined): StationSlot {
    const excluded = this.s.excluded.has(station)
    const city = name === null || name === undefined ? null : this.city(name)
    const slot: StationSlot = { code: station, city, excluded, last: '' }
    if (city && !excluded) city.members.push(slot)
    this.slots.set(station, slot)
    return slot
  }

  /**
   * A station met in the input, before any of its days: with a `cityOf` function, its city is
   * resolved now, so that the station holds its city's dates open until it reports, as a
   * listed station does.
   */
  meet(station: string): void {
    if (!this.slots.has(station)) {
      this.slot(station, this.cityOf === null ? null : this.cityOf(station))
    }
  }

  push(day: StationDay): void {
    this.values(day.station, day.date, leanValues(day, this.scratch))
  }

  /** A station day's published values, in the order of `AIR_POLLUTANTS` (`NaN`: none). */
  values(station: string, date: string, values: Float64Array): void {
    const i = this.index++
    let slot = this.slots.get(station)
    if (slot === undefined) {
      slot = this.slot(station, this.cityOf === null ? null : this.cityOf(station))
    }
    const c = slot.city
    if (c === null) return
    // the CO bound of the daily means, as aggregateCityDays checks its input (excluded
    // stations too)
    const bound = this.s.daily.maxPlausibleCo
    const co = values[CO] as number
    if (co > bound) {
      throw new InputError(this.context, [implausibleCo([i, 'co'], co, bound, '24h')])
    }
    if (slot.excluded) return
    if (date <= c.closedThrough) {
      throw new InputError(this.context, [
        issue({
          code: 'custom',
          path: [i],
          expected: ORDER,
          receivedText: `${station} ${date} after ${c.name} was closed through ${c.closedThrough}`,
        }),
      ])
    }
    let open = c.recent !== null && c.recent.date === date ? c.recent : c.open.get(date)
    if (!open) {
      open = c.free.pop() ?? {
        date,
        stations: [],
        values: new Float64Array(N * Math.max(4, c.members.length)),
      }
      open.date = date
      c.open.set(date, open)
    }
    c.recent = open
    const at = open.stations.length * N
    if (at + N > open.values.length) {
      const grown = new Float64Array(2 * open.values.length)
      grown.set(open.values)
      open.values = grown
    }
    open.stations.push(station)
    const to = open.values
    for (let k = 0; k < N; k++) to[at + k] = values[k] as number
    const before = slot.last
    if (before !== '' && date <= before) c.disordered = true
    slot.last = date
    let through = date
    const members = c.members
    for (let m = 0; m < members.length; m++) {
      const d = (members[m] as StationSlot).last
      if (d < through) through = d
    }
    if (through > c.closedThrough) this.closeThrough(c, through)
  }

  /** Emits the open dates of a city up to `through`, in date order. */
  private closeThrough(c: CityState, through: string): void {
    if (c.open.size === 1) {
      // the common case: one open date
      const open = c.open.values().next().value as OpenDate
      if (open.date <= through) {
        c.open.clear()
        this.close(c, open)
      }
    } else {
      const dates = [...c.open.keys()].filter((d) => d <= through).sort()
      for (const d of dates) {
        const open = c.open.get(d) as OpenDate
        c.open.delete(d)
        this.close(c, open)
      }
    }
    if (c.recent !== null && !c.open.has(c.recent.date)) c.recent = null
    c.closedThrough = through
  }

  /** Computes and emits one city date. */
  private close(c: CityState, open: OpenDate): void {
    const emitValues = this.emitValues
    if (emitValues === null) {
      const day = this.cityDay(open, c)
      this.recycle(c, open)
      ;(this.emitDay as (city: string, day: CityDay) => void)(c.name, day)
      return
    }
    const n = open.stations.length
    const out = this.out
    if (c.disordered || !gridCityValues(open.values, n, this.s, out)) {
      // off the grid (or a station twice, which the whole day reports): the whole day's values
      const day = this.cityDay(open, c)
      for (let k = 0; k < N; k++) out[k] = day[KEYS[k] as AirPollutant] ?? Number.NaN
    }
    const date = open.date
    this.recycle(c, open)
    emitValues(c.name, date, out)
  }

  /** A closed date's arrays, kept for the city's next date. */
  private recycle(c: CityState, open: OpenDate): void {
    open.stations.length = 0
    if (c.free.length < 2) c.free.push(open)
  }

  end(): void {
    const names = [...this.cities.keys()].sort()
    for (const name of names) {
      const c = this.cities.get(name) as CityState
      this.closeThrough(c, '\uffff')
    }
    this.cities.clear()
  }

  private cityDay(open: OpenDate, c: CityState): CityDay {
    const { date } = open
    const n = open.stations.length
    if (c.disordered && new Set(open.stations).size !== n) {
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
