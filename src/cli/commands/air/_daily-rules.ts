import {
  expectations,
  type InputIssue,
  localizedText,
  MAX_PLAUSIBLE_CO_24H,
} from '../../../standards/air/index.js'
import type { RecordFields } from '../../input/fields.js'
import { inputError, issueAt, type Where } from '../../input/located.js'
import { DAILY_KEYS, type ReadAirOptions } from './_types.js'

const NAMES: Readonly<Record<string, readonly [{ zh: string; en: string }, readonly string[]]>> = {
  stationCode: [{ zh: '站点', en: 'station' }, ['stationcode', 'station', '站点编码']],
  timepoint: [{ zh: '时间', en: 'time' }, ['timepoint', 'time', '时间']],
  day: [{ zh: '日期', en: 'day' }, ['day', 'date', '日期']],
}

/** The expectation of a column `air` needs, with the names it may have. */
export const columnOf = (key: string) => {
  const [what, names] = NAMES[key] ?? [{ zh: key, en: key }, [key]]
  return expectations.columnNamed(what, names)
}

/** A station without a city, at the record where it is first met. */
export const noCityIssue = (where: Where, station: string): InputIssue =>
  issueAt(where, {
    code: 'custom',
    expected: expectations.cityOfStation(),
    receivedText: null,
    hint: localizedText(
      `站点 ${station}：请加 area 列，或用 --city-of ${station}=CITY（所有站点用 --city-of '*=CITY'）`,
      `station ${station}: add an area column, or --city-of ${station}=CITY (--city-of '*=CITY' for all)`,
    ),
  })

/**
 * The header problem of a file without the columns `air` needs, once, at line 1: the columns
 * missing with the names they may have, and the headers found.
 */
export function headerProblem(
  fields: RecordFields,
  mode: ReadAirOptions['mode'],
): InputIssue | null {
  if (fields.columnKind !== 'column') return null // JSON records are checked one by one
  const missing = ['stationCode', mode === 'daily' && fields.has('day') ? 'day' : 'timepoint']
    .filter((k) => !fields.has(k))
    .map((k) => {
      if (mode !== 'daily' || k !== 'timepoint') return columnOf(k)
      const [time, day] = [columnOf('timepoint'), columnOf('day')]
      return localizedText(`${time.zh}或${day.zh}`, `${time.en} or ${day.en}`)
    })
  if (missing.length === 0) return null
  const found = Object.values(fields.columns)
  return issueAt(
    { file: fields.origin.file, line: 1 },
    {
      code: 'missing_column',
      expected: localizedText(
        missing.map((m) => m.zh).join('，'),
        missing.map((m) => m.en).join(', and '),
      ),
      receivedText: found.length ? found.map((f) => JSON.stringify(f)).join(', ') : null,
    },
  )
}

/** The column a daily value is read from, given the columns of the record. */
export function dailyColumn(
  key: (typeof DAILY_KEYS)[number],
  fields: RecordFields,
  archive: boolean,
) {
  if (key === 'o3_1h') {
    if (fields.has('o3_1h')) return 'o3_1h'
    return archive ? 'o3' : 'o3_24h'
  }
  if (key === 'o3_8h') {
    if (archive || !fields.has('o3_8h_24h')) return 'o3_8h'
    return 'o3_8h_24h'
  }
  return fields.has(`${key}_24h`) ? `${key}_24h` : key
}

/** A daily concentration of a record: not negative, CO within the 24-hour bound. */
export function concentration(fields: RecordFields, column: string, co: boolean): number | null {
  const value = fields.number(column)
  if (value === null) return null
  if (value < 0) {
    throw inputError([
      fields.problem(column, {
        code: 'too_small',
        expected: expectations.nonNegative(co ? 'mg/m³' : 'µg/m³'),
        received: value,
      }),
    ])
  }
  // the top of the HJ 633 24-hour CO column: these are daily means
  const bound = MAX_PLAUSIBLE_CO_24H
  if (co && value > bound) {
    throw inputError([
      fields.problem(column, {
        code: 'implausible',
        expected: expectations.plausibleCo(bound, localizedText('24 小时平均', '24-hour')),
        received: value,
        hint: localizedText('CO 单位为 mg/m³：是否误用了 µg/m³？', 'CO is in mg/m³: was it µg/m³?'),
      }),
    ])
  }
  return value
}

/** Remarks on the columns of a file of daily values: indicators without a column. */
export function columnNotes(file: string, fields: RecordFields, archive: boolean): string[] {
  const columns = DAILY_KEYS.map((k) => dailyColumn(k, fields, archive))
  const absent = columns.filter((c) => !fields.has(c))
  return absent.length
    ? [`${file}: no column ${absent.join(', ')}: that indicator is missing on every day`]
    : []
}
