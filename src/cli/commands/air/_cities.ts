import {
  type AirComplianceResult,
  type AirPeriodSummary,
  type AqiStandard,
  assessAirCompliance,
  type CityDay,
  type CollectedCity,
  summarizeAirPeriod,
} from '../../../standards/air/index.js'

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
  readonly dustDates: readonly string[]
  /** Only these cities (all when empty). */
  readonly cities: readonly string[]
}

/** The cities a run reports on: those asked for with `--city` (all when none). */
export const chosenCities = (
  collected: readonly CollectedCity[],
  wanted: readonly string[],
): CollectedCity[] => collected.filter((c) => wanted.length === 0 || wanted.includes(c.city))

/**
 * The period statistics and GB 3095 compliance of every city with city days (a city whose
 * stations are all excluded has none), over one period for all cities: the first to the last
 * date of the data.
 *
 * @param collected - the cities with their city days
 * @param options - edition, dust dates, city filter
 * @returns one report per city, by city name
 */
export function buildCityReports(
  collected: readonly CollectedCity[],
  options: BuildCityReportsOptions,
): CityReport[] {
  const cities = chosenCities(collected, options.cities).filter((c) => c.stations.length > 0)
  let first: string | undefined
  let last: string | undefined
  for (const c of cities) {
    const a = c.days[0]?.date
    const b = c.days.at(-1)?.date
    if (a !== undefined && (first === undefined || a < first)) first = a
    if (b !== undefined && (last === undefined || b > last)) last = b
  }
  if (first === undefined || last === undefined) return []
  const period = { start: first, end: last }
  return cities.map(({ city, stations, days }) => {
    const summary = summarizeAirPeriod(days, {
      period,
      standard: options.standard,
      ...(options.dustDates.length ? { dustDates: [...new Set(options.dustDates)] } : {}),
    })
    const figures =
      summary.verdictBasis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
    return { city, stations, days, summary, compliance: assessAirCompliance(figures.pollutants) }
  })
}
