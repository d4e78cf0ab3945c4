import { expect, issue, text } from '../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../_lib/errors/issue.js'
import type { CityDay } from './_city-day.js'
import { type CityDaySettings, exactCityDay } from './_city-exact.js'
import { gridCityDay } from './_city-grid.js'
import { checkCoPlausible } from './_co.js'
import { throwIfAny } from './_input.js'
import { AIR_POLLUTANTS } from './indicators.js'

const N = AIR_POLLUTANTS.length

/** A station day as `StationDayInputSchema` gives it. */
export interface StationDayRow {
  readonly station: string
  readonly date: string
  readonly so2?: number | null | undefined
  readonly no2?: number | null | undefined
  readonly co?: number | null | undefined
  readonly pm10?: number | null | undefined
  readonly pm25?: number | null | undefined
  readonly o3_1h?: number | null | undefined
  readonly o3_8h?: number | null | undefined
}

/** The settings of {@link cityDaysOfRows}. */
export interface CityRowsSettings extends CityDaySettings {
  readonly excluded: ReadonlySet<string>
}

/** One date of the city: its stations and their values, 7 a station (`NaN`: none). */
interface DateRows {
  readonly stations: Set<string>
  readonly values: number[]
}

/**
 * The city days of checked station days, as `aggregateCityDays` gives them: the CO bound of
 * daily means (every row, excluded stations too), then a station given twice for a date, each
 * an {@link InputError} naming the row; then one day per date, sorted, on the integer grid
 * (the exact rational path for a date with a value off it; every date, with `exactOnly`).
 */
export function cityDaysOfRows(
  rows: readonly StationDayRow[],
  s: CityRowsSettings,
  context: string,
  exactOnly = false,
): CityDay[] {
  const bound = s.daily.maxPlausibleCo
  if (rows.some((d) => d.co !== null && d.co !== undefined && d.co > bound)) {
    checkCoPlausible(
      context,
      rows.map((d, i) => [[i, 'co'], d.co] as const),
      bound,
      '24h',
    )
  }
  const byDate = new Map<string, DateRows>()
  const issues: InputIssue[] = []
  const excluded = s.excluded
  for (let i = 0; i < rows.length; i++) {
    const d = rows[i] as StationDayRow
    if (excluded.size > 0 && excluded.has(d.station)) continue
    let day = byDate.get(d.date)
    if (!day) {
      day = { stations: new Set(), values: [] }
      byDate.set(d.date, day)
    }
    if (day.stations.has(d.station)) {
      issues.push(
        issue({
          code: 'duplicate',
          path: [i, 'station'],
          expected: expect.unique(text(`站点（每日一条）`, `station per date`)),
          received: d.station,
          hint: text(
            `站点 ${d.station} 在 ${d.date} 重复给出`,
            `station ${d.station} is given twice for ${d.date}`,
          ),
        }),
      )
      continue
    }
    day.stations.add(d.station)
    const v = day.values
    v.push(
      d.so2 ?? Number.NaN,
      d.no2 ?? Number.NaN,
      d.co ?? Number.NaN,
      d.pm10 ?? Number.NaN,
      d.pm25 ?? Number.NaN,
      d.o3_1h ?? Number.NaN,
      d.o3_8h ?? Number.NaN,
    )
  }
  throwIfAny(context, issues)
  return [...byDate.keys()].sort().map((date) => {
    const { values } = byDate.get(date) as DateRows
    const n = values.length / N
    return (exactOnly ? null : gridCityDay(date, values, n, s)) ?? exactCityDay(date, values, n, s)
  })
}
