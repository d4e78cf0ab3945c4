// Zod-free on purpose: `eco-targets aqi --pm25 80` bundles this module with the daily AQI
// (scripts/_cli-bundled.ts) and prints it without loading a library entry.
import { renderTextTable } from '../_lib/text-table.js'
import type { AqiResult } from '../standards/air/result.js'
import { type AqiStandard, DEFAULT_AQI_STANDARD } from '../standards/air/tables.js'
import { pollutantNames } from './_pollutant-names.js'
import type { Lang } from './labels.js'

/** Which AQI report: the daily report (日报) or the real-time hourly report (实时报). @category Report */
export type AqiReport = 'daily' | 'realtime'

/**
 * The concentration keys of each AQI report, in the order the text report lists them (the
 * keys of `dailyAqi` and `realtimeAqi`).
 *
 * @category Report
 * @see HJ 633-2012 §5.1 (daily report), §5.2 (real-time report)
 * @example
 * ```ts
 * import { AQI_REPORT_KEYS } from 'eco-targets'
 * AQI_REPORT_KEYS.daily //=> ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h']
 * ```
 */
export const AQI_REPORT_KEYS: Readonly<Record<AqiReport, readonly string[]>> = {
  daily: ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'],
  realtime: ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25', 'o3_8h', 'so2_24h'],
}

/** The IAQI key each input key is indexed under (the real-time `o3` is `o3_1h`). */
const IAQI_KEY: Readonly<Record<string, keyof AqiResult['iaqi'] | null>> = {
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

const unitOf = (key: string) => (key === 'co' ? 'mg/m³' : 'µg/m³')

/**
 * The unit of each concentration of an AQI report: mg/m³ for CO, µg/m³ for the rest.
 *
 * @param report - the daily or the real-time report
 * @returns the unit by concentration key
 * @category Report
 * @example
 * ```ts
 * import { aqiReportUnits } from 'eco-targets'
 * aqiReportUnits('daily').co   //=> 'mg/m³'
 * aqiReportUnits('daily').pm25 //=> 'µg/m³'
 * ```
 */
export function aqiReportUnits(report: AqiReport): Record<string, string> {
  return Object.fromEntries(AQI_REPORT_KEYS[report].map((k) => [k, unitOf(k)]))
}

const DESCRIPTION: Readonly<Record<Lang, Readonly<Record<AqiReport, Record<string, string>>>>> = {
  en: {
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
  },
  zh: {
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
  header: { zh: ['指标', '浓度', 'IAQI'], en: ['indicator', 'concentration', 'IAQI'] },
} as const

/** Why no AQI is given, in one line, with the clause. */
const WITHHELD: Readonly<Record<Lang, Record<string, string>>> = {
  zh: {
    missingIndicator: '不发布：有指标缺失，且 AQI 不大于 100（HJ 633-2026 第5.3.1条）。',
    o3_8hAbove800:
      '不发布：O3 8小时平均浓度大于 800 µg/m³，且未提供 O3 1小时平均浓度（HJ 633-2012 表1注（3））。',
    so2_1hAbove800:
      '不发布：SO2 1小时平均浓度大于 800 µg/m³，且未提供 SO2 24小时平均浓度（HJ 633-2012 表1注（2））。',
    none: '所有指标均无数值。',
  },
  en: {
    missingIndicator:
      'Withheld: an indicator is missing and the AQI is not above 100 (HJ 633-2026 §5.3.1).',
    o3_8hAbove800:
      'Withheld: O3 8-hour is above 800 µg/m³ and no O3 1-hour value is given (HJ 633-2012 表1 note (3)).',
    so2_1hAbove800:
      'Withheld: SO2 1-hour is above 800 µg/m³ and no SO2 24-hour value is given (HJ 633-2012 表1 note (2)).',
    none: 'No indicator has a value.',
  },
}

/** Options of {@link renderAqiText}. @category Report */
export interface RenderAqiTextOptions {
  /** The report the result is (default `daily`). */
  readonly report?: AqiReport | undefined
  /** The edition of HJ 633 the result was computed with (default `DEFAULT_AQI_STANDARD`, `HJ633-2012`). */
  readonly standard?: AqiStandard | undefined
  /** Real-time only: whether the O3 8-hour moving mean was counted (default `false`). */
  readonly countO3_8h?: boolean | undefined
  /** Language of the words (default `zh`). */
  readonly lang?: Lang | undefined
}

/** The indicator rows of the table: description, concentration, IAQI. */
function indicatorRows(
  values: Readonly<Record<string, number | null | undefined>>,
  result: AqiResult,
  report: AqiReport,
  lang: Lang,
): string[][] {
  return AQI_REPORT_KEYS[report].map((key) => {
    const v = values[key]
    const iaqiKey = IAQI_KEY[key]
    const iaqi = iaqiKey ? result.iaqi[iaqiKey] : undefined
    const none = v === null || v === undefined
    const shown = none ? WORDS.notGiven[lang] : `${v} ${unitOf(key)}`
    let index: string
    if (iaqiKey === null) index = none ? '' : WORDS.usedForSo2[lang]
    else if (iaqi === undefined) index = none ? '' : WORDS.notCounted[lang]
    else index = iaqi === null ? (none ? '—' : WORDS.notIndexed[lang]) : String(iaqi)
    return [DESCRIPTION[lang][report][key] ?? key, shown, index]
  })
}

/** The AQI, level, category and primary pollutants: the lines above the table. */
function headlines(result: AqiResult, edition: string, kind: string, lang: Lang): string[] {
  const zh = lang === 'zh'
  if (result.aqi === null) {
    return [
      zh ? `AQI 不发布（${edition}，${kind}）` : `AQI NA  (${edition}, ${kind})`,
      WITHHELD[lang][result.flags.withheldReason ?? 'none'] ?? WITHHELD[lang].none ?? '',
    ]
  }
  const lines = [
    zh ? `AQI ${result.aqi}（${edition}，${kind}）` : `AQI ${result.aqi}  (${edition}, ${kind})`,
  ]
  const c = result.category
  if (c) {
    lines.push(
      zh
        ? `空气质量指数级别：${c.levelName.zh}，类别：${c.name.zh}`
        : `Level ${c.level} ${c.levelName.zh} · ${c.name.zh} · ${c.name.en}`,
    )
  }
  const primary = result.primaryPollutants.length
    ? pollutantNames(result.primaryPollutants, lang)
    : zh
      ? '无（AQI ≤ 50）'
      : 'none (AQI ≤ 50)'
  lines.push(zh ? `首要污染物：${primary}` : `Primary pollutant: ${primary}`)
  return lines
}

/** The notes below the table: capped IAQIs, missing indicators, the O3 8-hour choice, rounding. */
function notes(
  values: Readonly<Record<string, number | null | undefined>>,
  result: AqiResult,
  report: AqiReport,
  standard: AqiStandard,
  countO3_8h: boolean,
  lang: Lang,
): string[] {
  const zh = lang === 'zh'
  const out: string[] = []
  if (result.flags.capped.length) {
    const names = pollutantNames(result.flags.capped, lang)
    out.push(
      zh
        ? `超过最高浓度限值，IAQI 按 500 计：${names}。`
        : `Above the top breakpoint, IAQI capped at 500: ${names}.`,
    )
  }
  if (result.flags.missing.length && result.aqi !== null) {
    const names = pollutantNames(result.flags.missing, lang)
    out.push(
      zh
        ? `AQI 按已提供的指标计算；缺失指标：${names}。`
        : `The AQI is taken over the indicators given; missing: ${names}.`,
    )
  }
  if (report === 'realtime' && !countO3_8h && values.o3_8h != null) {
    out.push(
      zh
        ? 'O3 8小时滑动平均浓度不参与实时报 AQI 的计算，与全国城市空气质量实时发布平台一致（加 --count-o3-8h 则参与计算）。'
        : 'The O3 8-hour mean is not counted in the real-time AQI, as the national platform published it (--count-o3-8h counts it).',
    )
  }
  const rounding = zh
    ? standard === 'HJ633-2026'
      ? 'HJ 633-2026 第4.2.6条'
      : 'HJ 633-2012 第6.2条'
    : standard === 'HJ633-2026'
      ? 'HJ 633-2026 §4.2.6'
      : 'HJ 633-2012 §6.2'
  out.push(
    zh
      ? `IAQI 计算结果向上取整（${rounding}）。`
      : `IAQIs are rounded up to integers (${rounding}).`,
  )
  return out
}

/**
 * An AQI report as text: the AQI, its level and category, the primary pollutants, a table of
 * every indicator of the report with its concentration and IAQI (or why it has none), and notes
 * on capped IAQIs, missing indicators and the rounding clause; the words of HJ 633 in Chinese.
 * This is what `eco-targets aqi` prints.
 *
 * @param values - the concentrations the result was computed from, by key (CO in mg/m³, the
 *   rest in µg/m³; `null` or absent when not given)
 * @param result - the result of `dailyAqi` or `realtimeAqi` on those values
 * @param options - the report, the edition, the real-time O3 8-hour choice and the language
 * @returns the text, ending with a newline
 * @category Report
 * @see HJ 633-2012 §5 (reports), §6.2 (IAQI rounded up)
 * @example
 * ```ts
 * import { renderAqiText } from 'eco-targets'
 * import { dailyAqi } from 'eco-targets/air'
 * const values = { pm25: 80 }
 * const text = renderAqiText(values, dailyAqi(values), { lang: 'en' })
 * text.split('\n')[1] //=> 'Level 3 三级 · 轻度污染 · Lightly polluted'
 * text.split('\n')[2] //=> 'Primary pollutant: PM2.5'
 * renderAqiText(values, dailyAqi(values)).split('\n')[0] //=> 'AQI 107（HJ 633-2012，日报）'
 * ```
 */
export function renderAqiText(
  values: Readonly<Record<string, number | null | undefined>>,
  result: AqiResult,
  options: RenderAqiTextOptions = {},
): string {
  const report = options.report ?? 'daily'
  const standard = options.standard ?? DEFAULT_AQI_STANDARD
  const lang = options.lang ?? 'zh'
  const edition = standard.replace('HJ633', 'HJ 633')
  const lines = headlines(result, edition, WORDS[report][lang], lang)
  const rows = indicatorRows(values, result, report, lang)
  lines.push('', renderTextTable([...WORDS.header[lang]], rows, { right: [2] }).trimEnd())
  lines.push('', ...notes(values, result, report, standard, options.countO3_8h === true, lang))
  return `${lines.join('\n')}\n`
}
