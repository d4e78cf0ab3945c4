import { issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { rational } from '../../../_lib/rational.js'
import { type AqiParts, assembleAqiResult } from '../_assemble.js'
import { implausibleCo } from '../_co.js'
import { DAILY_COLUMNS, dailyAqiOfExact, type ResolvedDailyOptions } from '../_daily-core.js'
import {
  type GridColumn,
  gridColumn,
  gridIaqi,
  quotientText,
  roundHalfEvenDiv,
  toSteps,
} from '../_grid.js'
import { leanValues } from '../_station-engine.js'
import { type AggregateCityDaysOptions, aggregateCityDays, type CityDay } from '../city-days.js'
import type { StationDay } from '../hourly/types.js'
import { AIR_POLLUTANTS, type AirPollutant } from '../indicators.js'
import type { AqiResult } from '../result.js'
import { type AqiStandard, aqiBreakpointTable } from '../tables.js'

const KEYS = AIR_POLLUTANTS
const N = KEYS.length
const CO = KEYS.indexOf('co')
const O3_1H = KEYS.indexOf('o3_1h')

/** Resolved settings of the city-day core. */
export interface CitySettings {
  readonly round: boolean
  readonly minStations: number
  readonly excluded: ReadonlySet<string>
  readonly daily: ResolvedDailyOptions
  /** The options as given, for the exact path. */
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

/** The daily columns of a standard on the grid, with the index of their value (cached). */
const gridColumnsOf = new Map<
  AqiStandard,
  readonly (readonly [AirPollutant, number, GridColumn])[]
>()
function dailyGridColumns(standard: AqiStandard) {
  let out = gridColumnsOf.get(standard)
  if (!out) {
    const table = aqiBreakpointTable(standard)
    out = DAILY_COLUMNS[standard].map(
      ([key, column]) => [key, KEYS.indexOf(key), gridColumn(table, column)] as const,
    )
    gridColumnsOf.set(standard, out)
  }
  return out
}

/** The daily AQI of city values on the grid (`NaN`: none), as `dailyAqiOfExact` computes it. */
function aqiOfSteps(steps: readonly number[], daily: ResolvedDailyOptions): AqiResult {
  const parts: AqiParts = {
    iaqi: {},
    capped: [],
    missing: [],
    notMeasured: [],
    o3_8hAbove800: false,
    so2_1hAbove800: false,
  }
  let beyond = false
  let unresolved: AqiParts['unresolved'] = null
  for (const [key, index, gc] of dailyGridColumns(daily.standard)) {
    const p = steps[index] as number
    if (Number.isNaN(p)) {
      parts.iaqi[key] = null
      parts.missing.push(key)
      continue
    }
    if (p > (gc.bp[gc.bp.length - 1] as number)) {
      if (gc.hasBeyond) {
        // 2012 表1 note (3): O3 8-hour > 800 is not indexed, O3 counts by its 1-hour IAQI, and
        // without an O3 1-hour value the AQI cannot be known; 2026 表3 note c: counted as 300
        beyond = true
        parts.iaqi[key] = Number.isNaN(gc.above) ? null : gc.above
        if (Number.isNaN(gc.above) && Number.isNaN(steps[O3_1H] as number)) {
          unresolved = 'o3_8hAbove800'
        }
      } else {
        parts.iaqi[key] = 500
        parts.capped.push(key)
      }
      continue
    }
    parts.iaqi[key] = gridIaqi(gc, p)
  }
  return assembleAqiResult(
    'daily',
    daily.standard,
    { ...parts, o3_8hAbove800: beyond, unresolved },
    {
      roundConcentrations: daily.roundConcentrations,
      missingIndicators: daily.missingIndicators,
      notMeasured: daily.notMeasured,
    },
  )
}

/**
 * The city-day core: station days in (per station in date order), one {@link CityDay} per city
 * and date out as soon as every member station has moved past that date.
 */
export class CityDayEngine {
  private readonly cities = new Map<string, CityState>()
  private readonly cityOf: (station: string) => string | null | undefined
  private index = 0
  private readonly scratch = new Float64Array(N)
  private readonly sums = new Float64Array(N)
  private readonly counts = new Float64Array(N)

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
    const s = this.s
    const n = open.stations.length
    const sums = this.sums.fill(0)
    const counts = this.counts.fill(0)
    const values = open.values
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < N; k++) {
        const v = values[j * N + k] as number
        if (Number.isNaN(v)) continue
        const p = toSteps(v, k === CO ? 10 : 1)
        if (p < 0) return this.exactCityDay(date, open)
        sums[k] = (sums[k] as number) + p
        counts[k] = (counts[k] as number) + 1
      }
    }
    if (disordered && new Set(open.stations).size !== n) return this.exactCityDay(date, open)
    const published: Record<string, number | null> = {}
    const exact: Record<string, string | null> = {}
    const stations: Record<string, number> = {}
    const steps: number[] = []
    const exactValues: Partial<Record<AirPollutant, ReturnType<typeof rational> | null>> = {}
    for (let k = 0; k < N; k++) {
      const key = KEYS[k] as AirPollutant
      const q = k === CO ? 10 : 1
      const sum = sums[k] as number
      const count = counts[k] as number
      stations[key] = count
      if (count < s.minStations || count === 0) {
        published[key] = null
        exact[key] = null
        steps.push(Number.NaN)
        exactValues[key] = null
        continue
      }
      exact[key] = quotientText(sum, count * q)
      if (s.round) {
        const r = roundHalfEvenDiv(sum, count)
        steps.push(r)
        published[key] = r / q
      } else {
        published[key] = sum / (count * q)
        exactValues[key] = rational(BigInt(sum), BigInt(count * q))
      }
    }
    return {
      date,
      so2: published.so2 ?? null,
      no2: published.no2 ?? null,
      co: published.co ?? null,
      pm10: published.pm10 ?? null,
      pm25: published.pm25 ?? null,
      o3_1h: published.o3_1h ?? null,
      o3_8h: published.o3_8h ?? null,
      exact: exact as CityDay['exact'],
      stations: stations as CityDay['stations'],
      aqi: s.round ? aqiOfSteps(steps, s.daily) : dailyAqiOfExact(exactValues, s.daily),
    }
  }

  /** The exact path (a value off the grid, or a station twice): the array function itself. */
  private exactCityDay(date: string, open: OpenDate): CityDay {
    const rows = open.stations.map((station, j) => {
      const row: Record<string, unknown> = { station, date }
      KEYS.forEach((k, i) => {
        const v = open.values[j * N + i] as number
        row[k] = Number.isNaN(v) ? null : v
      })
      return row
    })
    const { excludeStations: _, ...given } = this.s.given
    const [day] = aggregateCityDays(rows as never, given)
    return day as CityDay
  }
}
