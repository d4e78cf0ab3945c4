import type { LocalizedText } from '../localized-text.js'
import type { InputIssue, InputIssueCode, IssueLocation, IssuePathSegment } from './issue.js'

/**
 * The message catalogue of input problems: every expectation is written once, in Chinese and
 * English, and every message is built from an expectation, the received value and a hint by
 * the same two sentence patterns. Library errors and the command line use these builders, so a
 * bad value reads the same wherever it is found.
 */

/**
 * A bilingual text, the form of every message of the catalogue.
 *
 * @category Errors
 * @example
 * ```ts
 * import { localizedText } from 'eco-targets'
 * localizedText('数值', 'a number') //=> { zh: '数值', en: 'a number' }
 * ```
 */
export const text = (zh: string, en: string): LocalizedText => ({ zh, en })

const quote = (v: string) => JSON.stringify(v)

/**
 * A value as a short literal for messages: text in quotes, numbers as written, `null`, arrays
 * and objects as short JSON; `null` for `undefined` (nothing was given).
 */
export function describeReceived(value: unknown): string | null {
  if (value === undefined) return null
  if (typeof value === 'string')
    return quote(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value)
  if (typeof value === 'bigint') return `${value}n`
  if (value === null || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date ${value.toISOString()}`
  }
  if (typeof value === 'function') return 'a function'
  try {
    const json = JSON.stringify(value)
    if (json === undefined) return String(value)
    return json.length > 60 ? `${json.slice(0, 57)}...` : json
  } catch {
    return Array.isArray(value) ? 'an array' : 'an object'
  }
}

/** The message of an issue in both languages. */
export function issueMessage(
  expected: LocalizedText,
  received: string | null,
  hint?: LocalizedText,
): LocalizedText {
  const en =
    received === null
      ? `expected ${expected.en}, got nothing`
      : `expected ${expected.en}, got ${received}`
  const zh =
    received === null ? `应为${expected.zh}，但未给出` : `应为${expected.zh}，实际为 ${received}`
  return hint ? { zh: `${zh}（${hint.zh}）`, en: `${en} (${hint.en})` } : { zh, en }
}

/** Everything needed to build an {@link InputIssue}; `received` is the raw value. @category Errors */
export interface IssueSpec {
  readonly code: InputIssueCode
  readonly path?: readonly IssuePathSegment[]
  readonly expected: LocalizedText
  /** The raw value (described as a short literal: text in quotes, numbers as written). */
  readonly received?: unknown
  /** The value already described (overrides `received`). */
  readonly receivedText?: string | null
  readonly hint?: LocalizedText
  readonly location?: IssueLocation
}

/**
 * Builds an issue with its message in both languages, from what was expected (one of the
 * catalogue's `expectations`), what was received and a hint. The library's readers and the
 * command line build every issue this way, so a bad value reads the same wherever it is found.
 *
 * @param spec - code, path, expectation, received value, hint and file location
 * @returns the issue
 * @category Errors
 * @example
 * ```ts
 * import { expectations, inputIssue } from 'eco-targets'
 * inputIssue({ code: 'invalid_type', path: ['pm25'], expected: expectations.number(), received: '12a' }).message
 * //=> { zh: '应为数值，实际为 "12a"', en: 'expected a number, got "12a"' }
 * ```
 */
export function issue(spec: IssueSpec): InputIssue {
  const received =
    spec.receivedText !== undefined ? spec.receivedText : describeReceived(spec.received)
  const out: InputIssue = {
    code: spec.code,
    path: spec.path ?? [],
    expected: spec.expected,
    received,
    message: issueMessage(spec.expected, received, spec.hint),
    ...(spec.hint ? { hint: spec.hint } : {}),
    ...(spec.location ? { location: spec.location } : {}),
  }
  return out
}

/**
 * The same issue at a prefixed path, or with a file location.
 *
 * @param original - the issue
 * @param change - a path prefix and a location (merged into the issue's own)
 * @returns a new issue
 * @category Errors
 * @example
 * ```ts
 * import { expectations, inputIssue, relocateIssue } from 'eco-targets'
 * const bad = inputIssue({ code: 'too_small', path: ['pm25'], expected: expectations.nonNegative(), received: -1 })
 * relocateIssue(bad, { prefix: [3], location: { file: 'days.csv', line: 5 } }).path //=> [3, 'pm25']
 * ```
 */
export function relocate(
  original: InputIssue,
  change: { readonly prefix?: readonly IssuePathSegment[]; readonly location?: IssueLocation },
): InputIssue {
  return {
    ...original,
    path: change.prefix ? [...change.prefix, ...original.path] : original.path,
    ...(change.location ? { location: { ...original.location, ...change.location } } : {}),
  }
}

const list = (values: readonly (string | number)[], max = 12) => {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? quote(v) : String(v)))
  return values.length > max ? `${shown.join(', ')}, …` : shown.join(', ')
}

/**
 * The expectations of the library, in both languages: the catalogue every input message is
 * built from. Units are kept as printed (µg/m³, mg/m³), standard numbers as written (HJ 633).
 * Exported as `expectations` for readers built on the library (the command line's); its entries
 * are not yet described one by one in the API reference.
 *
 * @internal
 * @category Errors
 * @example
 * ```ts
 * import { expectations } from 'eco-targets'
 * expectations.nonNegative('µg/m³').zh //=> '非负数值（µg/m³）'
 * ```
 */
export const expect = {
  number: (unit?: string) =>
    unit ? text(`数值（${unit}）`, `a number (${unit})`) : text('数值', 'a number'),
  nonNegative: (unit?: string) =>
    unit
      ? text(`非负数值（${unit}）`, `a non-negative number (${unit})`)
      : text('非负数值', 'a non-negative number'),
  finite: () => text('有限数值', 'a finite number'),
  integer: () => text('整数', 'an integer'),
  positiveInteger: () => text('正整数', 'a positive integer'),
  atLeast: (min: number | string, unit?: string) =>
    text(
      `不小于 ${min}${unit ? ` ${unit}` : ''} 的数值`,
      `a number ≥ ${min}${unit ? ` ${unit}` : ''}`,
    ),
  atMost: (max: number | string, unit?: string) =>
    text(
      `不大于 ${max}${unit ? ` ${unit}` : ''} 的数值`,
      `a number ≤ ${max}${unit ? ` ${unit}` : ''}`,
    ),
  between: (min: number | string, max: number | string, unit?: string) =>
    text(
      `${min}～${max}${unit ? ` ${unit}` : ''} 之间的数值`,
      `a number from ${min} to ${max}${unit ? ` ${unit}` : ''}`,
    ),
  greaterThan: (min: number | string) => text(`大于 ${min} 的数值`, `a number > ${min}`),
  boolean: () => text('true 或 false', 'true or false'),
  text: () => text('文本', 'a text'),
  nonEmptyText: () => text('非空文本', 'a non-empty text'),
  array: () => text('数组', 'an array'),
  nonEmptyArray: () => text('非空数组', 'a non-empty array'),
  object: () => text('对象', 'an object'),
  oneOf: (values: readonly (string | number)[]) =>
    text(`以下之一：${list(values)}`, `one of ${list(values)}`),
  isoDate: () => text('有效日期（YYYY-MM-DD）', 'a valid date YYYY-MM-DD'),
  timestamp: () =>
    text('ISO 8601 时间（如 2022-01-02T00:00）或 Date', 'an ISO 8601 timestamp or a Date'),
  timestampOnHour: () => text('整点时间', 'a timestamp on the hour'),
  timestampWithHour: () =>
    text(
      '带小时的时间（只有日期时无法确定是哪一小时）',
      'a timestamp with an hour (a date alone names no hour)',
    ),
  timeZone: () => text('IANA 时区名（如 Asia/Shanghai）', 'an IANA time zone (e.g. Asia/Shanghai)'),
  knownKeys: (keys: readonly string[]) =>
    text(`只含已知键：${list(keys, 30)}`, `only the known keys ${list(keys, 30)}`),
  unique: (what: LocalizedText) => text(`唯一的${what.zh}`, `a unique ${what.en}`),
  percentile: () => text('(0, 100] 之间的百分位数', 'a percentile in (0, 100]'),
  plausibleCo: (bound: number, averaging: LocalizedText) =>
    text(
      `${averaging.zh}不大于 ${bound} mg/m³ 的一氧化碳浓度`,
      `a ${averaging.en} CO concentration of at most ${bound} mg/m³`,
    ),
  columns: (names: readonly string[]) =>
    text(`表头含以下列：${list(names, 30)}`, `a header with the columns ${list(names, 30)}`),
  records: () => text('至少一条记录', 'at least one record'),
  percentileStatistic: (p: number) =>
    text(
      `第 ${p} 百分位数（环境空气质量综合指数所用的统计量）`,
      `the ${p}th percentile (the statistic of the composite air-quality index)`,
    ),
  samePeriod: (period: string) =>
    text(`与其他城市相同的评价时段 ${period}`, `the period of the other cities, ${period}`),
  cityAirInput: () =>
    text(
      '含 city 及 days（日均值）或 summary（时段统计）的城市数据',
      'a city with its name and either days (daily values) or summary (period statistics)',
    ),
  month: () => text('月份（YYYY-MM）', 'a month YYYY-MM'),
  monthOrPeriod: () => text('month 与 period 只给其一', 'either a month or a period, not both'),
  notBefore: (date: string) => text(`不早于 ${date} 的日期`, `a date not before ${date}`),
  uniqueCity: () => text('唯一的城市名称', 'a city name given once'),
  periodFigure: () => text('数值、ActualValue 或 null', 'a number, an ActualValue or null'),
  // water (GB 3838-2002, 22号, GB/T 14848-2017, 总站生字〔2001〕090号)
  pH: () => text('0～14 之间的 pH 值', 'a pH from 0 to 14'),
  waterClassLabel: () =>
    text(
      '水质类别（Ⅰ～Ⅴ、劣Ⅴ，或 -- 表示未评价）',
      'a water-quality class (Ⅰ … Ⅴ, 劣Ⅴ, or -- for none)',
    ),
  waterPeriod: () => text('评价时段 YYYY、YYYY-Qn 或 YYYY-MM', 'a period YYYY, YYYY-Qn or YYYY-MM'),
  waterItem: (standard: string) => text(`${standard} 的项目`, `an item of ${standard}`),
  sectionIndicator: () =>
    text(
      '22号的 21 项评价指标之一（水温、总氮、粪大肠菌群不参与类别评价）',
      'one of the 21 indicators of 22号 (water temperature, TN and fecal coliform never count)',
    ),
  fivePlusX: (missing: readonly string[]) =>
    text(
      `以 5 项基本指标开头的 5+X 指标清单（缺少 ${missing.join('、')}）`,
      `a 5+X list that starts with the five basic indicators (missing ${missing.join(', ')})`,
    ),
  classifiable: (why: LocalizedText) =>
    text(`有类别限值的项目（${why.zh}）`, `an item with class limits (${why.en})`),
  noValuesWhen: (status: string) =>
    text(`无监测值（${status} 的采样不带数值）`, `no values (a ${status} sampling carries none)`),
  groundwaterValue: () =>
    text("非负数值，或 'notDetected'（未检出）", "a non-negative number or 'notDetected' (未检出)"),
  describedValue: () => text("'none'（无）或 'present'（有）", "'none' (无) or 'present' (有)"),
  sameSourceType: (first: string) =>
    text(
      `与该水源先前记录相同的水源类型（先前为 ${first}）`,
      `the source type of the source's earlier records (${first})`,
    ),
  sameWaterBody: (first: string) =>
    text(
      `与先前记录相同的水体类型（先前为 ${first}）`,
      `the water body of the earlier records (${first})`,
    ),
  volumeWhenWeighted: () =>
    text(
      '水量（按水量计算达标率时每个有数据的水源都需要）',
      'a volume (volume weighting needs one for every source with data)',
    ),
  positive: (unit?: string) =>
    unit
      ? text(`正数（${unit}）`, `a positive number (${unit})`)
      : text('正数', 'a positive number'),
  knownColumn: () => text('已知的监测项目列', 'a known indicator column'),
  sectionColumn: () =>
    text(
      '断面列（section、断面编码、断面名称或 section name）',
      'a section column (section, 断面编码, 断面名称 or section name)',
    ),
  samplingStatus: () =>
    text(
      '采样状态 sampled、driedUp、frozen、notSampled（或 采样、断流、冰封、未采样）',
      'a sampling status sampled, driedUp, frozen or notSampled (采样, 断流, 冰封, 未采样)',
    ),
  waterBody: () =>
    text(
      '水体类型 river、lake、reservoir（或 河流、湖泊、水库）',
      'a water body river, lake or reservoir (河流, 湖泊, 水库)',
    ),
  columnsNamed: (columns: readonly { readonly key: string; readonly names: readonly string[] }[]) =>
    text(
      `表头含以下列：${columns.map((c) => `${c.key}（列名之一：${list(c.names, 30)}）`).join('；')}`,
      `a header with the columns ${columns.map((c) => `${c.key} (one of ${list(c.names, 30)})`).join(', ')}`,
    ),
  columnNamed: (what: LocalizedText, names: readonly string[]) =>
    text(
      `含${what.zh}列的表头（列名之一：${list(names, 30)}）`,
      `a header with a ${what.en} column (one of ${list(names, 30)})`,
    ),
  stationCode: () => text('站点编码', 'a station code'),
  hourlyStamp: () =>
    text(
      '整点时间（如 2022-01-02T00:00、2026-02-26T2000）',
      'a timestamp on the hour such as 2022-01-02T00:00 or 2026-02-26T2000',
    ),
  compactDate: () => text('日期（YYYYMMDD）', 'a date YYYYMMDD'),
  cells: (count: number) =>
    text(`${count} 个单元格（与表头相同）`, `${count} cells, as many as the header`),
  closedQuote: () => text('以引号闭合的单元格', 'a quoted cell closed by a quote'),
  delimiterAfterQuote: () =>
    text('闭合引号后紧接逗号或换行', 'a comma or a line break right after a closing quote'),
  textEncoding: () => text('UTF-8 或 GBK 编码的文本', 'UTF-8 or GBK text'),
  gzip: () => text('完整的 gzip 压缩数据', 'complete gzip data'),
  unit: (unit: string) => text(`单位 ${unit}`, `the unit ${unit}`),
  ozoneReading: () =>
    text(
      '符合一种读法的臭氧列（o3_24h 始终不小于 o3，或始终不大于 o3）',
      'ozone columns that follow one reading (o3_24h never below o3, or never above it)',
    ),
  // plans, targets and observations
  id: () =>
    text(
      '由小写字母、数字、"-" 和 "." 组成的标识（如 air.good-days-ratio）',
      'an id of lower-case words joined by "-" and grouped by "." (e.g. air.good-days-ratio)',
    ),
  endNotBeforeStart: (start: string) =>
    text(`不早于开始日期 ${start} 的日期`, `a date not before the start, ${start}`),
  dateWithin: (start: string, end: string) =>
    text(`${start} 至 ${end} 之间的日期`, `a date from ${start} to ${end}`),
  wholeYears: () =>
    text(
      '跨年的期限应为整年（1月1日至12月31日）',
      'a period over several years that runs over whole years (1 January to 31 December)',
    ),
  unitOfMetric: (unit: string, metric: string) =>
    text(`单位 ${unit}（指标 ${metric} 的单位）`, `the unit ${unit} (the unit of ${metric})`),
  comparatorOfMetric: (allowed: readonly string[], metric: string) =>
    text(
      `指标 ${metric} 可用的比较方式：${list(allowed)}`,
      `a comparator of ${metric}: ${list(allowed)}`,
    ),
  valueFor: (comparator: string) =>
    text(
      `目标值（比较方式 ${comparator} 需要）`,
      `a target value (comparator ${comparator} needs one)`,
    ),
  baseYearFor: (comparator: string) =>
    text(
      `基准年（比较方式 ${comparator} 需要）`,
      `a base year (comparator ${comparator} needs one)`,
    ),
  baseYearBefore: (year: number) =>
    text(`早于目标年 ${year} 的基准年`, `a base year before the target year ${year}`),
  baseValueNeedsBaseYear: () =>
    text('与基准年一同给出的基准值', 'a base value given together with its base year'),
  pollutantOfEmission: () =>
    text(
      '排放总量指标（emissionTotal）的污染物，其他指标不填',
      'a pollutant for an emissionTotal target and for no other metric',
    ),
  regionalMetric: (metric: string) =>
    text(
      `可按区域平均的指标（${metric} 不可）`,
      `a metric with regional figures (${metric} has none) for a scope with members`,
    ),
  membersOf: (id: string) =>
    text(`不同于 ${id} 且互不重复的成员`, `members other than ${id} itself, each once`),
  knownId: (what: LocalizedText, known: readonly string[]) =>
    text(`已定义的${what.zh}：${list(known)}`, `a ${what.en} defined in the plan: ${list(known)}`),
  distinctFrom: (what: LocalizedText) =>
    text(`不与${what.zh}重复的标识`, `an id that is not also a ${what.en}`),
  countedObjective: () => text('计数类任务的量化目标', 'an objective, as the task is counted'),
  namedDocuments: () => text('文件类任务应列出的文件', 'the documents a document task produces'),
  consistentWith: (field: string, value: string, where: string) =>
    text(`与 ${where} 一致的 ${field}（${value}）`, `the same ${field} as ${where} (${value})`),
  surfaceWaterBody: () =>
    text(
      '地表水源的水体类型：river、lake 或 reservoir',
      'the water body of a surface source: river, lake or reservoir',
    ),
  noWaterBody: () => text('地下水源不填水体类型', 'no water body for a groundwater source'),
  oneLanguage: () =>
    text('中文（zh）或英文（en）文本，至少其一', 'a text in Chinese (zh), English (en) or both'),
  syntax: (format: string) => text(`有效的 ${format} 文本`, `valid ${format} text`),
  planText: () => text('计划文件的文本', 'the text of a plan file'),
  // files as the command line reads them
  readableFile: () => text('可读取的文件', 'a file that can be read'),
  utf8Text: () => text('UTF-8 编码的文本', 'UTF-8 text'),
  rowCells: () => text('与表头数量相同的单元格', 'as many cells as the header'),
  jsonText: () => text('有效的 JSON 文本', 'valid JSON'),
  jsonObject: () => text('JSON 对象', 'a JSON object'),
  jsonArrayOrObject: () => text('JSON 数组或对象', 'a JSON array or object'),
  nothingAfterArray: () => text('结尾的 "]" 之后没有其他内容', 'nothing after the closing "]"'),
  valueBefore: (c: string) => text(`"${c}" 之前的值`, `a value before "${c}"`),
  closedArray: () => text('以 "]" 结尾的 JSON 数组', 'a JSON array closed by "]"'),
  textOrNumber: () => text('文本或数值', 'a text or a number'),
  headerName: (n: number) => text(`第 ${n} 列的列名`, `a name for column ${n}`),
  columnOnce: () => text('含义不重复的列', 'each column once'),
  knownField: () => text('已知的字段', 'a known field'),
  url: () => text('网址（URL）', 'a URL'),
  cityOfStation: () => text('站点所属的城市', 'the city of the station'),
  pollutantColumns: (names: readonly string[]) =>
    text(
      `含污染物列的表头（以下一个或多个：${list(names, 30)}；列名后可带括号中的单位，如 PM2.5(µg/m³)）`,
      `a header with one or more pollutant columns of ${list(names, 30)} (a unit in brackets may follow, as in PM2.5(µg/m³))`,
    ),
  taskOfPlan: (planId: string) =>
    text(
      `计划 ${planId} 中的任务（见 eco-targets plan）`,
      `a task of the plan ${planId} (see eco-targets plan)`,
    ),
  samplingDate: () =>
    text('采样日期（date 列或 监测时间 列）', 'a sampling date (a date column, or 监测时间)'),
  sectionIdForObservations: () =>
    text(
      '可作观测数据标识的断面编号（由小写字母和 "-" 组成，如 daihai-lake-centre）',
      'a section id for the observations (lower-case words joined by "-", such as daihai-lake-centre)',
    ),
  custom: (zh: string, en: string) => text(zh, en),
} as const
