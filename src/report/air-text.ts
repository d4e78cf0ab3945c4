import { renderTextTable } from '../_lib/text-table.js'
import type {
  AirComplianceResult,
  AirDailyValues,
  AirPeriodFigures,
  AirPeriodSummary,
  AqiResult,
  CityDay,
} from '../standards/air/index.js'
import { formatGbt8170 } from '../standards/gbt8170.js'
import { periodText } from './_format.js'
import { pollutantNames } from './_pollutant-names.js'
import type { Lang } from './labels.js'

/** One station's daily values and daily AQI, for {@link renderAirText}. @category Report */
export interface AirStationDayText extends AirDailyValues {
  readonly city: string
  readonly station: string
  readonly date: string
  readonly aqi: AqiResult
}

/** One city's days and period figures, for {@link renderAirText}. @category Report */
export interface AirCityText {
  readonly city: string
  /** Stations whose values make the city's. */
  readonly stations: readonly string[]
  readonly days: readonly CityDay[]
  readonly summary: AirPeriodSummary
  /** GB 3095-2012 Grade II on the figures the verdict uses. */
  readonly compliance: AirComplianceResult
}

/** What {@link renderAirText} renders. @category Report */
export interface AirTextInput {
  /** Whether the station days were given as daily values (else computed from hourly records). */
  readonly dailyInput: boolean
  /** The station days to list (the first line counts them unless `counts` is given). */
  readonly stationDays: readonly AirStationDayText[]
  /** The stations and station days read, for the first line, when not every one is listed. */
  readonly counts?: { readonly stations: number; readonly stationDays: number }
  readonly cities: readonly AirCityText[]
}

/** Options of {@link renderAirText}. @category Report */
export interface RenderAirTextOptions {
  /** Language of the words (default `zh`). */
  readonly lang?: Lang
  /** Also list the station days (a table before the cities). */
  readonly stations?: boolean
  /** Stations left out of the city values, marked in the station table. */
  readonly excludedStations?: readonly string[]
}

const VALUE_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const
const VALUE_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['SO2', 'NO2', 'CO', 'PM10', 'PM2.5', 'O3-1h', 'O3-8h'],
  zh: ['SO2', 'NO2', 'CO', 'PM10', 'PM2.5', 'O3 1小时', 'O3 8小时'],
}

const WORDS = {
  city: { zh: '城市', en: 'city' },
  station: { zh: '站点', en: 'station' },
  date: { zh: '日期', en: 'date' },
  level: { zh: '级别', en: 'level' },
  primary: { zh: '首要污染物', en: 'primary' },
  excluded: { zh: '（不计入）', en: ' (excluded)' },
  pollutant: { zh: '污染物', en: 'pollutant' },
  days: { zh: '天数', en: 'days' },
  mean: { zh: '平均值', en: 'mean' },
  percentile: { zh: '百分位数', en: 'percentile' },
  grade: { zh: 'GB 3095-2012 二级', en: 'GB 3095-2012 II' },
  yes: { zh: '达标', en: 'yes' },
  no: { zh: '超标', en: 'no' },
  raw: { zh: '原始数据', en: 'raw' },
  deducted: { zh: '扣除沙尘天后', en: 'dust days deducted' },
} as const

/** A value as published (CO with one decimal); values with more decimals are shown as given. */
function show(v: number | null | undefined, decimals = 0): string {
  if (v === null || v === undefined) return '—'
  const scaled = v * 10 ** decimals
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 ? v.toFixed(decimals) : String(v)
}

function aqiCells(aqi: AqiResult, lang: Lang): string[] {
  const c = aqi.category
  return [
    show(aqi.aqi),
    c ? (lang === 'zh' ? `${c.levelName.zh} ${c.name.zh}` : `${c.level} ${c.name.zh}`) : '—',
    aqi.primaryPollutants.length ? pollutantNames(aqi.primaryPollutants, lang) : '',
  ]
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)

function headline(input: AirTextInput, lang: Lang): string {
  const stations = input.counts?.stations ?? new Set(input.stationDays.map((d) => d.station)).size
  const cities = input.cities.length
  const days = input.counts?.stationDays ?? input.stationDays.length
  if (lang === 'zh') {
    const from = input.dailyInput ? '按给出的日均值' : '由小时记录计算'
    return `${stations} 个站点，${cities} 个城市，${days} 个站点日（${from}）`
  }
  const from = input.dailyInput ? 'daily values as given' : 'from hourly records'
  return `${stations} ${plural(stations, 'station', 'stations')}, ${cities} ${plural(cities, 'city', 'cities')}, ${days} station days (${from})`
}

function stationTable(input: AirTextInput, excluded: ReadonlySet<string>, lang: Lang): string {
  const rows = input.stationDays.map((d) => [
    d.city,
    excluded.has(d.station) ? `${d.station}${WORDS.excluded[lang]}` : d.station,
    d.date,
    ...VALUE_KEYS.map((k) => show(d[k], k === 'co' ? 1 : 0)),
    ...aqiCells(d.aqi, lang),
  ])
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  return renderTextTable(
    [w('city'), w('station'), w('date'), ...VALUE_HEADERS[lang], 'AQI', w('level'), w('primary')],
    rows,
    { right: [3, 4, 5, 6, 7, 8, 9, 10] },
  )
}

function ratioText(n: number, ratio: { published: number } | null, lang: Lang): string {
  if (lang === 'zh')
    return ratio === null ? `${n}（—）` : `${n}（${formatGbt8170(ratio.published, 1)}%）`
  return ratio === null ? `${n} (—)` : `${n} (${formatGbt8170(ratio.published, 1)} %)`
}

function figuresLine(label: string, f: AirPeriodFigures, lang: Lang): string {
  if (lang === 'zh') {
    return `${label}：有效天数 ${f.validDays} · 优良 ${ratioText(f.goodDays, f.goodDaysRatio, lang)} · 重污染 ${ratioText(f.heavyDays, f.heavyDaysRatio, lang)}`
  }
  return `${label}: ${f.validDays} valid day${f.validDays === 1 ? '' : 's'} · good ${ratioText(f.goodDays, f.goodDaysRatio, lang)} · heavy ${ratioText(f.heavyDays, f.heavyDaysRatio, lang)}`
}

function verdictLine(report: AirCityText, lang: Lang): string {
  const { compliance } = report
  const { start, end } = report.summary.period
  const year =
    start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)
  if (lang === 'zh') {
    const verdict =
      compliance.compliant === null
        ? '无法判定（缺少统计量）'
        : compliance.compliant
          ? '达标'
          : `未达标（${pollutantNames(compliance.nonCompliant, lang)}）`
    return `  GB 3095-2012 二级：${verdict}${year ? '' : '；年均浓度限值适用于一个日历年，本时段不足一年'}`
  }
  const verdict =
    compliance.compliant === null
      ? 'undecided (a statistic is missing)'
      : compliance.compliant
        ? 'compliant'
        : `not compliant (${pollutantNames(compliance.nonCompliant, lang)})`
  return `  GB 3095-2012 Grade II: ${verdict}${year ? '' : '; annual limits apply to a calendar year, this is a shorter period'}`
}

function cityText(report: AirCityText, lang: Lang): string {
  const { summary, compliance } = report
  const n = report.stations.length
  const lines = [
    lang === 'zh'
      ? `${report.city}：${n} 个站点（${report.stations.join('、')}）`
      : `${report.city}: ${n} station${n === 1 ? '' : 's'} (${report.stations.join(', ')})`,
    '',
  ]
  const w = (k: keyof typeof WORDS) => WORDS[k][lang]
  const rows = report.days.map((d) => [
    d.date,
    ...VALUE_KEYS.map((k) => show(d[k], k === 'co' ? 1 : 0)),
    ...aqiCells(d.aqi, lang),
  ])
  lines.push(
    renderTextTable([w('date'), ...VALUE_HEADERS[lang], 'AQI', w('level'), w('primary')], rows, {
      right: [1, 2, 3, 4, 5, 6, 7, 8],
    }).trimEnd(),
    '',
  )
  const { start, end, days } = summary.period
  const edition = summary.standard.replace('HJ633', 'HJ 633')
  lines.push(
    lang === 'zh'
      ? `  时段 ${periodText(start, end, lang)}（${days} 天，${edition}）`
      : `  Period ${start} – ${end} (${days} days, ${edition})`,
  )
  lines.push(`  ${figuresLine(w('raw'), summary.raw, lang)}`)
  if (summary.deducted) lines.push(`  ${figuresLine(w('deducted'), summary.deducted, lang)}`)
  for (const e of summary.raw.excluded) {
    lines.push(
      lang === 'zh'
        ? `  未计入（${e.description?.zh ?? e.reason}）：${e.count} 天，${e.items.join('、')}`
        : `  left out (${e.reason}): ${e.count} day${e.count === 1 ? '' : 's'}, ${e.items.join(', ')}`,
    )
  }
  const figures =
    summary.verdictBasis === 'deducted' && summary.deducted ? summary.deducted : summary.raw
  const statRows = VALUE_KEYS.map((k, i) => {
    const s = figures.pollutants[k]
    const c = k === 'o3_1h' ? null : compliance.pollutants[k]
    const decimals = k === 'co' ? 1 : 0
    const p = s.percentile
    const value = p ? formatGbt8170(p.value.exact, decimals) : ''
    return [
      VALUE_HEADERS[lang][i] as string,
      String(s.count),
      s.mean ? formatGbt8170(s.mean.exact, decimals) : '—',
      p ? (lang === 'zh' ? `第${p.p}百分位 ${value}` : `P${p.p} ${value}`) : '',
      c === null ? '' : c.compliant === null ? '—' : c.compliant ? w('yes') : w('no'),
    ]
  })
  lines.push(
    '',
    renderTextTable([w('pollutant'), w('days'), w('mean'), w('percentile'), w('grade')], statRows, {
      right: [1, 2],
    }).trimEnd(),
  )
  lines.push('', verdictLine(report, lang))
  return `${lines.join('\n')}\n`
}

/**
 * The text report of station and city air data: a line counting stations, cities and station
 * days, the station days when asked for, then each city's daily values and AQI, its period
 * figures (valid, good and heavy days, raw and with dust days deducted), the statistics of each
 * pollutant and the GB 3095-2012 Grade II verdict. Chinese or English; what `eco-targets air`
 * prints.
 *
 * @param input - the station days and the city reports
 * @param options - language, station table, excluded stations
 * @returns the text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * import { renderAirText } from 'eco-targets'
 * renderAirText({ dailyInput: true, stationDays: [], cities: [] }, { lang: 'zh' })
 * //=> '0 个站点，0 个城市，0 个站点日（按给出的日均值）\n'
 * ```
 */
export function renderAirText(input: AirTextInput, options: RenderAirTextOptions = {}): string {
  const lang = options.lang ?? 'zh'
  const parts = [`${headline(input, lang)}\n`]
  if (options.stations) {
    parts.push(stationTable(input, new Set(options.excludedStations ?? []), lang))
  }
  parts.push(...input.cities.map((c) => cityText(c, lang)))
  return parts.join('\n')
}
