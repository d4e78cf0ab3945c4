import {
  type AqiStandard,
  aggregateCityDays,
  type StationDay,
  summarizeAirPeriod,
} from '../../src/standards/air/index.js'

/** A month of a city from its evaluation stations: the library's figures and the data's gaps. */
export interface CityMonth {
  readonly month: string
  /** Days of the month, days with a city value of every indicator, good (优良) days. */
  readonly days: number
  readonly validDays: number
  readonly goodDays: number
  /** Good days / valid days, %, one decimal (null without valid days). */
  readonly goodDaysRatio: number | null
  /** Monthly means as published (µg/m³). */
  readonly pm25: number | null
  readonly pm10: number | null
  /** Dates without a valid city day (GB 3095 表4 not met for some indicator at every station). */
  readonly gaps: number
  /** Station-days of the month without a valid PM2.5 (fewer than 20 hours in the file). */
  readonly stationDaysWithoutPm25: number
}

const lastDay = (month: string) => {
  const [y = 0, m = 0] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The monthly figures of a city from the station days of its evaluation stations. */
export function cityMonths(
  days: readonly StationDay[],
  stations: ReadonlySet<string>,
  months: readonly string[],
  standardOf: (month: string) => AqiStandard,
): CityMonth[] {
  const own = days.filter((d) => stations.has(d.station))
  return months.map((month) => {
    const start = `${month}-01`
    const end = `${month}-${String(lastDay(month)).padStart(2, '0')}`
    const inMonth = own.filter((d) => d.date >= start && d.date <= end)
    const standard = standardOf(month)
    const cityDays = aggregateCityDays(inMonth, { standard })
    const summary = summarizeAirPeriod(cityDays, { period: { start, end }, standard })
    const stationDaysWithoutPm25 =
      stations.size * lastDay(month) - inMonth.filter((d) => d.pm25 !== null).length
    return {
      month,
      days: lastDay(month),
      validDays: summary.raw.validDays,
      goodDays: summary.raw.goodDays,
      goodDaysRatio: summary.raw.goodDaysRatio?.published ?? null,
      pm25: summary.raw.pollutants.pm25.mean?.published ?? null,
      pm10: summary.raw.pollutants.pm10.mean?.published ?? null,
      gaps: lastDay(month) - summary.raw.validDays,
      stationDaysWithoutPm25,
    }
  })
}
