import {
  AIR_POLLUTANT_INFO,
  type AqiResult,
  type AqiStandard,
  dailyAqi,
  type InputIssue,
  realtimeAqi,
} from '../../../standards/air/index.js'
import { renderTable } from '../../output/table.js'
import { pollutantNames } from '../_pollutant-names.js'

/** Which report: the daily report (日报) or the real-time hourly report (实时报). */
export type AqiReport = 'daily' | 'realtime'

/** The input keys of each report, in the order results show them. */
export const REPORT_KEYS: Readonly<Record<AqiReport, readonly string[]>> = {
  daily: ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'],
  realtime: ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25', 'o3_8h', 'so2_24h'],
}

/** The IAQI key each input key is indexed under (the real-time `o3` is `o3_1h`). */
export const IAQI_KEY: Readonly<Record<string, keyof AqiResult['iaqi'] | null>> = {
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  pm10: 'pm10',
  pm25: 'pm25',
  o3: 'o3_1h',
  o3_1h: 'o3_1h',
  o3_8h: 'o3_8h',
  so2_24h: null,
}

/** Options of one calculation. */
export interface AqiCalculationOptions {
  readonly report: AqiReport
  readonly standard: AqiStandard
  /** Real-time only: count the O3 8-hour moving mean (the letter of HJ 633-2012 §5.1.3). */
  readonly countO3_8h: boolean
}

/**
 * One AQI report from concentrations by input key.
 *
 * @param values - concentrations by input key (CO mg/m³, the rest µg/m³); `null` when missing
 * @param options - report, edition and the real-time O3 8-hour choice
 * @returns the library's report
 * @throws the library's `InputError` for a negative value or CO that can only be µg/m³
 */
export function calculateAqi(
  values: Readonly<Record<string, number | null>>,
  options: AqiCalculationOptions,
): AqiResult {
  return options.report === 'daily'
    ? dailyAqi(values, { standard: options.standard })
    : realtimeAqi(values, { standard: options.standard, countO3_8h: options.countO3_8h })
}

/** The input key a library issue is about (`['pm25']` → `pm25`). */
export function issueKey(issue: InputIssue): string | undefined {
  const last = issue.path.at(-1)
  return typeof last === 'string' ? last : undefined
}

const DESCRIPTION: Readonly<Record<AqiReport, Readonly<Record<string, string>>>> = {
  daily: {
    so2: 'SO2 24-hour mean',
    no2: 'NO2 24-hour mean',
    co: 'CO 24-hour mean',
    pm10: 'PM10 24-hour mean',
    pm25: 'PM2.5 24-hour mean',
    o3_1h: 'O3 daily max 1-hour',
    o3_8h: 'O3 daily max 8-hour',
  },
  realtime: {
    so2: 'SO2 1-hour',
    no2: 'NO2 1-hour',
    co: 'CO 1-hour',
    o3: 'O3 1-hour',
    pm10: 'PM10 1-hour',
    pm25: 'PM2.5 1-hour',
    o3_8h: 'O3 8-hour moving mean',
    so2_24h: 'SO2 24-hour mean',
  },
}

function unitOf(key: string): string {
  return key === 'co' ? 'mg/m³' : 'µg/m³'
}

/** Why no AQI is given, in one line, with the clause. */
function withheldLine(reason: AqiResult['flags']['withheldReason']): string {
  switch (reason) {
    case 'missingIndicator':
      return 'Withheld: an indicator is missing and the AQI is not above 100 (HJ 633-2026 §5.3.1).'
    case 'o3_8hAbove800':
      return 'Withheld: O3 8-hour is above 800 µg/m³ and no O3 1-hour value is given (HJ 633-2012 表1 note (3)).'
    case 'so2_1hAbove800':
      return 'Withheld: SO2 1-hour is above 800 µg/m³ and no SO2 24-hour value is given (HJ 633-2012 表1 note (2)).'
    default:
      return 'No indicator has a value.'
  }
}

/**
 * The report as text: the AQI, level and category in Chinese and English, the primary
 * pollutants, and a table of every indicator with its concentration and IAQI.
 *
 * @param values - the concentrations given, by input key
 * @param result - the report
 * @param options - report and edition
 * @returns the text, ending with a newline
 */
export function renderAqiText(
  values: Readonly<Record<string, number | null>>,
  result: AqiResult,
  options: AqiCalculationOptions,
): string {
  const edition = options.standard.replace('HJ633', 'HJ 633')
  const kind = options.report === 'daily' ? 'daily report' : 'real-time report'
  const lines: string[] = []
  if (result.aqi === null) {
    lines.push(`AQI NA  (${edition}, ${kind})`)
    lines.push(withheldLine(result.flags.withheldReason))
  } else {
    lines.push(`AQI ${result.aqi}  (${edition}, ${kind})`)
    const c = result.category
    if (c) lines.push(`Level ${c.level} ${c.levelName.zh} · ${c.name.zh} · ${c.name.en}`)
    lines.push(
      `Primary pollutant: ${result.primaryPollutants.length ? pollutantNames(result.primaryPollutants) : 'none (AQI ≤ 50)'}`,
    )
  }
  const rows = REPORT_KEYS[options.report].map((key) => {
    const v = values[key]
    const iaqiKey = IAQI_KEY[key]
    const iaqi = iaqiKey ? result.iaqi[iaqiKey] : undefined
    const shown = v === null || v === undefined ? 'not given' : `${v} ${unitOf(key)}`
    let index: string
    if (iaqiKey === null) index = v === null || v === undefined ? '' : 'used for SO2 > 800'
    else if (iaqi === undefined) index = v === null || v === undefined ? '' : 'not counted'
    else
      index = iaqi === null ? (v === null || v === undefined ? '—' : 'not indexed') : String(iaqi)
    return [DESCRIPTION[options.report][key] ?? key, shown, index]
  })
  lines.push(
    '',
    renderTable(['indicator', 'concentration', 'IAQI'], rows, { right: [2] }).trimEnd(),
  )
  const notes: string[] = []
  if (result.flags.capped.length) {
    notes.push(
      `Above the top breakpoint, IAQI capped at 500: ${pollutantNames(result.flags.capped)}.`,
    )
  }
  if (result.flags.missing.length && result.aqi !== null) {
    notes.push(
      `The AQI is taken over the indicators given; missing: ${pollutantNames(result.flags.missing)}.`,
    )
  }
  if (options.report === 'realtime' && !options.countO3_8h && values.o3_8h != null) {
    notes.push(
      'The O3 8-hour mean is not counted in the real-time AQI, as the national platform published it (--count-o3-8h counts it).',
    )
  }
  notes.push(
    `IAQIs are rounded up to integers (${options.standard === 'HJ633-2026' ? 'HJ 633-2026 §4.2.6' : 'HJ 633-2012 §6.2'}).`,
  )
  lines.push('', ...notes)
  return `${lines.join('\n')}\n`
}

/** Units of the concentrations, for JSON output. */
export function unitsOf(report: AqiReport): Record<string, string> {
  return Object.fromEntries(
    REPORT_KEYS[report].map((k) => [k, k === 'co' ? AIR_POLLUTANT_INFO.co.unit : 'µg/m³']),
  )
}
