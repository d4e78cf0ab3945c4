import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import { AQI_COLUMN_NAMES } from '../read/aqi-columns.js'
import { HOURLY_COLUMN_NAMES } from '../read/names.js'
import type { StationDayKey } from './schemas.js'

/** A column of station daily values, as the one header table names it. */
export type Column =
  | 'station'
  | 'time'
  | 'day'
  | 'city'
  | 'so2'
  | 'no2'
  | 'co'
  | 'o3'
  | 'pm10'
  | 'pm25'
  | 'so2_24h'
  | 'no2_24h'
  | 'co_24h'
  | 'pm10_24h'
  | 'pm25_24h'
  | 'o3_24h'
  | 'o3_1h'
  | 'o3_8h'
  | 'o3_8h_24h'

const DAY_NAMES = ['day', 'date', '日期'] as const
const NAMES: Readonly<Record<Column, readonly string[]>> = {
  station: HOURLY_COLUMN_NAMES.station,
  time: HOURLY_COLUMN_NAMES.time,
  day: DAY_NAMES,
  city: HOURLY_COLUMN_NAMES.city,
  so2: HOURLY_COLUMN_NAMES.so2,
  no2: HOURLY_COLUMN_NAMES.no2,
  co: HOURLY_COLUMN_NAMES.co,
  o3: HOURLY_COLUMN_NAMES.o3,
  pm10: HOURLY_COLUMN_NAMES.pm10,
  pm25: HOURLY_COLUMN_NAMES.pm25,
  so2_24h: HOURLY_COLUMN_NAMES.so2_24h,
  no2_24h: HOURLY_COLUMN_NAMES.no2_24h,
  co_24h: HOURLY_COLUMN_NAMES.co_24h,
  pm10_24h: HOURLY_COLUMN_NAMES.pm10_24h,
  pm25_24h: HOURLY_COLUMN_NAMES.pm25_24h,
  o3_24h: HOURLY_COLUMN_NAMES.o3_24h,
  o3_1h: AQI_COLUMN_NAMES.o3_1h,
  o3_8h: AQI_COLUMN_NAMES.o3_8h,
  o3_8h_24h: HOURLY_COLUMN_NAMES.o3_8h_24h,
}
const UNIT_GROUP = /\s*[(（][^()（）]*\/[^()（）]*[)）]\s*$/
/**
 * A header in comparable form, as the hourly readers compare theirs: NFKC, lower case, without
 * a unit in brackets, a trailing `浓度`, spaces, `_`, `.`, `-` or `·` (`PM2.5(μg/m³)` is `pm25`).
 */
const headerName = (header: string) =>
  header
    .normalize('NFKC')
    .trim()
    .replace(UNIT_GROUP, '')
    .toLowerCase()
    .replace(/浓度$/, '')
    .replace(/[\s_.\-·]+/g, '')
export const INDEX = new Map<string, Column>()
for (const [column, names] of Object.entries(NAMES) as [Column, readonly string[]][]) {
  for (const n of [column, ...names]) {
    const key = headerName(n)
    if (!INDEX.has(key)) INDEX.set(key, column)
  }
}
const WHAT: Partial<Record<Column, { zh: string; en: string }>> = {
  station: { zh: '站点', en: 'station' },
  time: { zh: '时间', en: 'time' },
  day: { zh: '日期', en: 'day' },
}
export const columnNamed = (c: Column) => expect.columnNamed(WHAT[c] ?? { zh: c, en: c }, NAMES[c])
export const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
export const BELOW_LIMIT = text(
  '低于检出限的值也需写成数值',
  'a value below the detection limit needs a number',
)

/** The column a daily value is read from, given the columns of the record. */
export function dailyColumn(
  key: StationDayKey,
  has: (c: Column) => boolean,
  archive: boolean,
): Column {
  if (key === 'o3_1h') {
    if (has('o3_1h')) return 'o3_1h'
    return archive ? 'o3' : 'o3_24h'
  }
  if (key === 'o3_8h') return archive || !has('o3_8h_24h') ? 'o3_8h' : 'o3_8h_24h'
  const daily = `${key}_24h` as Column
  return has(daily) ? daily : key
}

/** A record's fields: column → header as written, with `values` one level down read too. */
export interface Fields {
  readonly headers: ReadonlyMap<Column, string>
  readonly cells: Readonly<Record<string, unknown>>
}

const shapes = new Map<string, ReadonlyMap<Column, string>>()
export function headersOf(names: readonly string[]): ReadonlyMap<Column, string> {
  const id = names.join('\u0000')
  const known = shapes.get(id)
  if (known) return known
  const out = new Map<Column, string>()
  for (const name of names) {
    const column = INDEX.get(headerName(name))
    if (column !== undefined && !out.has(column)) out.set(column, name)
  }
  if (shapes.size > 1000) shapes.clear()
  shapes.set(id, out)
  return out
}

export function fieldsOf(record: Readonly<Record<string, unknown>>): Fields {
  let cells = record
  const nested = record.values
  if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) {
    const flat: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(record)) {
      if (k === 'values') Object.assign(flat, v)
      else flat[k] = v
    }
    cells = flat
  }
  return { headers: headersOf(Object.keys(cells)), cells }
}

/**
 * The header problem of a CSV file without the columns station daily values need, once, at
 * line 1: the columns missing with the names they may have, and the headers found.
 */
export function headerProblem(
  header: readonly string[],
  file: string | undefined,
): InputIssue | null {
  const columns = headersOf(header)
  const missing = ['station' as const, columns.has('day') ? ('day' as const) : ('time' as const)]
    .filter((c) => !columns.has(c))
    .map((c) => {
      if (c !== 'time') return columnNamed(c)
      const [time, day] = [columnNamed('time'), columnNamed('day')]
      return text(`${time.zh}或${day.zh}`, `${time.en} or ${day.en}`)
    })
  if (missing.length === 0) return null
  return issue({
    code: 'missing_column',
    path: [],
    expected: text(missing.map((m) => m.zh).join('，'), missing.map((m) => m.en).join(', and ')),
    receivedText: header.length ? header.map((h) => JSON.stringify(h)).join(', ') : null,
    ...(file !== undefined ? { location: { file, line: 1 } } : {}),
  })
}
