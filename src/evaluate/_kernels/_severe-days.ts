import type { AirPeriodSummary } from '../../standards/air/index.js'

/**
 * Days with a daily AQI above 300 (严重污染, HJ 633-2012 表2 level 6) among the days the verdict
 * counts, read from the summary's day records: the raw figures count every valid day; the
 * deducted figures leave out the dates their exclusions list, and take a dust day's AQI without
 * PM10 and PM2.5 when the method recomputes it.
 */
export function severeDays(summary: AirPeriodSummary, basis: 'raw' | 'deducted'): number {
  const figures = basis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
  if (figures === summary.raw) {
    return summary.days.filter((d) => d.valid && d.aqi !== null && d.aqi > 300).length
  }
  const excluded = new Set(figures.excluded.flatMap((e) => e.items))
  return summary.days.filter((d) => {
    if (excluded.has(d.date)) return false
    const aqi = d.dust && d.aqiWithoutPm !== undefined ? d.aqiWithoutPm : d.aqi
    return aqi !== null && aqi > 300
  }).length
}
