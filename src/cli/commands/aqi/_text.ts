// The words of the AQI report, apart from the calculation: `aqi --pm25 80` renders them with
// the daily AQI bundled into its chunk, without loading the library's entry (tsup.config.ts).
import type { AqiResult, AqiStandard, InputIssue } from '../../../standards/air/index.js'
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

const DESCRIPTION_ZH: Readonly<Record<AqiReport, Readonly<Record<string, string>>>> = {
  daily: {
    so2: 'SO2 24小时平均',
    no2: 'NO2 24小时平均',
    co: 'CO 24小时平均',
    pm10: 'PM10 24小时平均',
    pm25: 'PM2.5 24小时平均',
    o3_1h: 'O3 日最大1小时平均',
    o3_8h: 'O3 日最大8小时滑动平均',
  },
  realtime: {
    so2: 'SO2 1小时平均',
    no2: 'NO2 1小时平均',
    co: 'CO 1小时平均',
    o3: 'O3 1小时平均',
    pm10: 'PM10 1小时平均',
    pm25: 'PM2.5 1小时平均',
    o3_8h: 'O3 8小时滑动平均',
    so2_24h: 'SO2 24小时平均',
  },
}

/** The words of the text report, in both languages. */
const WORDS = {
  daily: { zh: '日报', en: 'daily report' },
  realtime: { zh: '实时报', en: 'real-time report' },
  notGiven: { zh: '未提供', en: 'not given' },
  usedForSo2: { zh: '用于 SO2 > 800 时', en: 'used for SO2 > 800' },
  notCounted: { zh: '不参与计算', en: 'not counted' },
  notIndexed: { zh: '不计算分指数', en: 'not indexed' },
  header: {
    zh: ['指标', '浓度', 'IAQI'],
    en: ['indicator', 'concentration', 'IAQI'],
  },
} as const

function unitOf(key: string): string {
  return key === 'co' ? 'mg/m³' : 'µg/m³'
}

/** Why no AQI is given, in one line, with the clause. */
function withheldLine(reason: AqiResult['flags']['withheldReason'], lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    switch (reason) {
      case 'missingIndicator':
        return '不发布：有指标缺失，且 AQI 不大于 100（HJ 633-2026 第5.3.1条）。'
      case 'o3_8hAbove800':
        return '不发布：O3 8小时平均浓度大于 800 µg/m³，且未提供 O3 1小时平均浓度（HJ 633-2012 表1注（3））。'
      case 'so2_1hAbove800':
        return '不发布：SO2 1小时平均浓度大于 800 µg/m³，且未提供 SO2 24小时平均浓度（HJ 633-2012 表1注（2））。'
      default:
        return '所有指标均无数值。'
    }
  }
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
 * @param lang - the language of the words (default English)
 * @returns the text, ending with a newline
 */
export function renderAqiText(
  values: Readonly<Record<string, number | null>>,
  result: AqiResult,
  options: AqiCalculationOptions,
  lang: 'zh' | 'en' = 'en',
): string {
  if (lang === 'zh') return renderAqiTextZh(values, result, options)
  const edition = options.standard.replace('HJ633', 'HJ 633')
  const kind = WORDS[options.report].en
  const lines: string[] = []
  if (result.aqi === null) {
    lines.push(`AQI NA  (${edition}, ${kind})`)
    lines.push(withheldLine(result.flags.withheldReason, 'en'))
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

/** The indicator rows of the table: description, concentration, IAQI. */
function indicatorRows(
  values: Readonly<Record<string, number | null>>,
  result: AqiResult,
  options: AqiCalculationOptions,
  lang: 'zh' | 'en',
): string[][] {
  const descriptions = (lang === 'zh' ? DESCRIPTION_ZH : DESCRIPTION)[options.report]
  return REPORT_KEYS[options.report].map((key) => {
    const v = values[key]
    const iaqiKey = IAQI_KEY[key]
    const iaqi = iaqiKey ? result.iaqi[iaqiKey] : undefined
    const none = v === null || v === undefined
    const shown = none ? WORDS.notGiven[lang] : `${v} ${unitOf(key)}`
    let index: string
    if (iaqiKey === null) index = none ? '' : WORDS.usedForSo2[lang]
    else if (iaqi === undefined) index = none ? '' : WORDS.notCounted[lang]
    else index = iaqi === null ? (none ? '—' : WORDS.notIndexed[lang]) : String(iaqi)
    return [descriptions[key] ?? key, shown, index]
  })
}

/** The report as text in Chinese: the same lines as the English one, in the words of HJ 633. */
function renderAqiTextZh(
  values: Readonly<Record<string, number | null>>,
  result: AqiResult,
  options: AqiCalculationOptions,
): string {
  const edition = options.standard.replace('HJ633', 'HJ 633')
  const kind = WORDS[options.report].zh
  const lines: string[] = []
  if (result.aqi === null) {
    lines.push(`AQI 不发布（${edition}，${kind}）`)
    lines.push(withheldLine(result.flags.withheldReason, 'zh'))
  } else {
    lines.push(`AQI ${result.aqi}（${edition}，${kind}）`)
    const c = result.category
    if (c) lines.push(`空气质量指数级别：${c.levelName.zh}，类别：${c.name.zh}`)
    lines.push(
      `首要污染物：${result.primaryPollutants.length ? pollutantNames(result.primaryPollutants, 'zh') : '无（AQI ≤ 50）'}`,
    )
  }
  const rows = indicatorRows(values, result, options, 'zh')
  lines.push('', renderTable([...WORDS.header.zh], rows, { right: [2] }).trimEnd())
  const notes: string[] = []
  if (result.flags.capped.length) {
    notes.push(`超过最高浓度限值，IAQI 按 500 计：${pollutantNames(result.flags.capped, 'zh')}。`)
  }
  if (result.flags.missing.length && result.aqi !== null) {
    notes.push(`AQI 按已提供的指标计算；缺失指标：${pollutantNames(result.flags.missing, 'zh')}。`)
  }
  if (options.report === 'realtime' && !options.countO3_8h && values.o3_8h != null) {
    notes.push(
      'O3 8小时滑动平均浓度不参与实时报 AQI 的计算，与全国城市空气质量实时发布平台一致（加 --count-o3-8h 则参与计算）。',
    )
  }
  notes.push(
    `IAQI 计算结果向上取整（${options.standard === 'HJ633-2026' ? 'HJ 633-2026 第4.2.6条' : 'HJ 633-2012 第6.2条'}）。`,
  )
  lines.push('', ...notes)
  return `${lines.join('\n')}\n`
}

/** Units of the concentrations, for JSON output. */
export function unitsOf(report: AqiReport): Record<string, string> {
  return Object.fromEntries(REPORT_KEYS[report].map((k) => [k, unitOf(k)]))
}
