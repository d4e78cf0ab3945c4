import {
  type AirComplianceResult,
  type AirPeriodSummary,
  type AqiStandard,
  aggregateCityDays,
  assessAirCompliance,
  type CityDay,
  summarizeAirPeriod,
} from '../../../standards/air/index.js'
import type { StationDayRecord } from './_read.js'

/** One city: its stations, daily values and AQI, and the period figures. */
export interface CityReport {
  readonly city: string
  /** Stations whose values make the city's (excluded ones left out). */
  readonly stations: readonly string[]
  readonly days: readonly CityDay[]
  readonly summary: AirPeriodSummary
  /** GB 3095-2012 Grade II on the figures the verdict uses (deducted when dust days are given). */
  readonly compliance: AirComplianceResult
}

/** Options of {@link buildCityReports}. */
export interface BuildCityReportsOptions {
  readonly standard: AqiStandard
  readonly excludeStations: readonly string[]
  readonly dustDates: readonly string[]
  /** Only these cities (all when empty). */
  readonly cities: readonly string[]
}

/**
 * City daily values (mean of the stations, HJ 663), the city daily AQI, and the period
 * statistics and GB 3095 compliance of every city, over one period for all cities: the first to
 * the last date of the data.
 *
 * @param stationDays - station days with their city
 * @param options - edition, excluded stations, dust dates, city filter
 * @returns one report per city, by city name
 */
export function buildCityReports(
  stationDays: readonly StationDayRecord[],
  options: BuildCityReportsOptions,
): CityReport[] {
  const excluded = new Set(options.excludeStations)
  const wanted = new Set(options.cities)
  const byCity = new Map<string, StationDayRecord[]>()
  for (const d of stationDays) {
    if (excluded.has(d.station) || (wanted.size > 0 && !wanted.has(d.city))) continue
    const list = byCity.get(d.city)
    if (list) list.push(d)
    else byCity.set(d.city, [d])
  }
  const names = [...byCity.keys()].sort()
  const cityDays = names.map((city) =>
    aggregateCityDays(
      (byCity.get(city) ?? []).map(({ city: _, hours: __, ...day }) => day),
      { standard: options.standard },
    ),
  )
  const dates = cityDays
    .flat()
    .map((d) => d.date)
    .sort()
  const first = dates[0]
  const last = dates.at(-1)
  if (first === undefined || last === undefined) return []
  const period = { start: first, end: last }
  return names.map((city, i) => {
    const days = cityDays[i] ?? []
    const summary = summarizeAirPeriod(days, {
      period,
      standard: options.standard,
      ...(options.dustDates.length ? { dustDates: [...new Set(options.dustDates)] } : {}),
    })
    const figures =
      summary.verdictBasis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
    return {
      city,
      stations: [...new Set((byCity.get(city) ?? []).map((d) => d.station))].sort(),
      days,
      summary,
      compliance: assessAirCompliance(figures.pollutants),
    }
  })
}
