import { formatGbt8170 } from '../../../index.js'
import type { AirPeriodFigures, AqiResult } from '../../../standards/air/index.js'
import { renderTable } from '../../output/table.js'
import { pollutantNames } from '../_pollutant-names.js'
import type { CityReport } from './_cities.js'
import type { StationDayRecord } from './_read.js'

const VALUE_HEADERS = ['SO2', 'NO2', 'CO', 'PM10', 'PM2.5', 'O3-1h', 'O3-8h']
const VALUE_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const
const RIGHT = [1, 2, 3, 4, 5, 6, 7]

/** A value as published (CO with one decimal); values with more decimals are shown as given. */
function show(v: number | null | undefined, decimals = 0): string {
  if (v === null || v === undefined) return '—'
  const scaled = v * 10 ** decimals
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 ? v.toFixed(decimals) : String(v)
}

/** The AQI, level and primary pollutants of a report as table cells. */
export function aqiCells(aqi: AqiResult): string[] {
  const c = aqi.category
  return [
    show(aqi.aqi),
    c ? `${c.level} ${c.name.zh}` : '—',
    aqi.primaryPollutants.length ? pollutantNames(aqi.primaryPollutants) : '',
  ]
}

/**
 * The station days as a table: city, station, date, the seven daily values and the station
 * daily AQI.
 *
 * @param days - station days with their AQI
 * @param excluded - stations left out of city values
 * @returns the table
 */
export function renderStationTable(
  days: readonly (StationDayRecord & { aqi: AqiResult })[],
  excluded: ReadonlySet<string>,
): string {
  const rows = days.map((d) => [
    d.city,
    excluded.has(d.station) ? `${d.station} (excluded)` : d.station,
    d.date,
    ...VALUE_KEYS.map((k) => show(d[k], k === 'co' ? 1 : 0)),
    ...aqiCells(d.aqi),
  ])
  return renderTable(
    ['city', 'station', 'date', ...VALUE_HEADERS, 'AQI', 'level', 'primary'],
    rows,
    {
      right: [3, 4, 5, 6, 7, 8, 9, 10],
    },
  )
}

function ratioText(n: number, ratio: { published: number } | null): string {
  return ratio === null ? `${n} (—)` : `${n} (${formatGbt8170(ratio.published, 1)} %)`
}

function figuresLine(label: string, f: AirPeriodFigures): string {
  return `${label}: ${f.validDays} valid day${f.validDays === 1 ? '' : 's'} · good ${ratioText(f.goodDays, f.goodDaysRatio)} · heavy ${ratioText(f.heavyDays, f.heavyDaysRatio)}`
}

/**
 * One city: its daily values and AQI, then the period figures (good and heavy days, means,
 * percentiles, GB 3095 compliance).
 *
 * @param report - the city report
 * @returns the text
 */
export function renderCityText(report: CityReport): string {
  const { summary, compliance } = report
  const lines = [
    `${report.city}: ${report.stations.length} station${report.stations.length === 1 ? '' : 's'} (${report.stations.join(', ')})`,
    '',
  ]
  const rows = report.days.map((d) => [
    d.date,
    ...VALUE_KEYS.map((k) => show(d[k], k === 'co' ? 1 : 0)),
    ...aqiCells(d.aqi),
  ])
  lines.push(
    renderTable(['date', ...VALUE_HEADERS, 'AQI', 'level', 'primary'], rows, {
      right: [...RIGHT, 8],
    }).trimEnd(),
    '',
  )
  const { start, end, days } = summary.period
  lines.push(
    `  Period ${start} – ${end} (${days} days, ${summary.standard.replace('HJ633', 'HJ 633')})`,
  )
  lines.push(`  ${figuresLine('raw', summary.raw)}`)
  if (summary.deducted) lines.push(`  ${figuresLine('dust days deducted', summary.deducted)}`)
  for (const e of summary.raw.excluded) {
    lines.push(
      `  left out (${e.reason}): ${e.count} day${e.count === 1 ? '' : 's'}, ${e.items.join(', ')}`,
    )
  }
  const figures =
    summary.verdictBasis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
  const statRows = VALUE_KEYS.map((k, i) => {
    const s = figures.pollutants[k]
    const c = k === 'o3_1h' ? null : compliance.pollutants[k]
    const decimals = k === 'co' ? 1 : 0
    return [
      VALUE_HEADERS[i] as string,
      String(s.count),
      s.mean ? formatGbt8170(s.mean.exact, decimals) : '—',
      s.percentile ? `P${s.percentile.p} ${formatGbt8170(s.percentile.value.exact, decimals)}` : '',
      c === null ? '' : c.compliant === null ? '—' : c.compliant ? 'yes' : 'no',
    ]
  })
  lines.push(
    '',
    renderTable(['pollutant', 'days', 'mean', 'percentile', 'GB 3095-2012 II'], statRows, {
      right: [1, 2],
    }).trimEnd(),
  )
  const year =
    start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)
  const verdict =
    compliance.compliant === null
      ? 'undecided (a statistic is missing)'
      : compliance.compliant
        ? 'compliant'
        : `not compliant (${pollutantNames(compliance.nonCompliant)})`
  lines.push(
    '',
    `  GB 3095-2012 Grade II: ${verdict}${year ? '' : '; annual limits apply to a calendar year, this is a shorter period'}`,
  )
  return `${lines.join('\n')}\n`
}
