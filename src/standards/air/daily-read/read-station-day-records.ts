import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import type { InputIssue, IssuePathSegment } from '../../../_lib/errors/issue.js'
import { IsoDateSchema } from '../../../_lib/iso-date.js'
import { noValueOf } from '../../../_lib/missing-values.js'
import { defineOptions } from '../../../_lib/options.js'
import { MAX_PLAUSIBLE_CO_24H } from '../co-bounds.js'
import {
  BELOW_LIMIT,
  type Column,
  columnNamed,
  dailyColumn,
  fieldsOf,
  headerProblem,
  NUMBER,
} from './_columns.js'
import { createCoveredHourReader } from './_hours.js'
import {
  type CreateStationDayReaderOptions,
  CreateStationDayReaderOptionsSchema,
  type ReadStationDayRecordsOptions,
  ReadStationDayRecordsOptionsSchema,
  STATION_DAY_KEYS,
  type StationDayKey,
  type StationDayReader,
  type StationDayRecords,
  StationDayRecordsSourceSchema,
  type StationDayValues,
} from './schemas.js'

const READER = defineOptions(
  'createStationDayReader',
  CreateStationDayReaderOptionsSchema,
  (o) => ({
    archive: o.layout === 'cnemc-archive',
    timestamp: o.timestamp ?? 'hour-ending',
  }),
)
const READ = defineOptions('readStationDayRecords', ReadStationDayRecordsOptionsSchema, (o) => o)
const SOURCE = defineOptions(
  'createStationDayReader source',
  StationDayRecordsSourceSchema,
  (o) => o,
)

/**
 * A reader of station daily values (CSV rows keyed by header, or JSON objects, one record per
 * station and day): headers by the one table of the hourly readers ({@link HOURLY_COLUMN_NAMES},
 * with `date`/`day` and the daily report's ozone columns of {@link AQI_COLUMN_NAMES}), the
 * 24-hour column of each pollutant when the file has one (`so2_24h` over `so2`), the layout's
 * ozone columns, the no-value texts of the one table (`--`, `NA`, `/`, … as missing), plain
 * decimal numbers, no negative value and no daily CO above {@link MAX_PLAUSIBLE_CO_24H} mg/m³.
 * The day is the `date` column, else the record that closes the day in a `timepoint` column
 * (00:00 hour-ending: the 23:00–24:00 hour); a second record of a station and day is a problem.
 * The records are not changed.
 *
 * @param options - ozone layout and timestamp convention
 * @returns the reader
 * @throws {@link InputError} on bad options
 * @category Air
 * @see HJ 633-2012 §5.1.2
 * @example
 * ```ts
 * import { createStationDayReader } from 'eco-targets/air'
 * const reader = createStationDayReader({ layout: 'cnemc-archive' })
 * const row = { stationcode: '2197A', date: '2022-01-01', o3: '80', o3_24h: '95', o3_8h: '70' }
 * reader.read([row]).stationDays[0]?.values.o3_1h //=> 80
 * ```
 */
export function createStationDayReader(options?: CreateStationDayReaderOptions): StationDayReader {
  const { archive: archiveLayout, timestamp } = READER.resolve(options)
  const readHour = createCoveredHourReader(timestamp)
  const seen = new Map<string, { file: string | undefined; line: number | undefined }>()
  const started = new Set<string>()
  const notes: string[] = []
  let skipped = 0
  let index = 0

  const read: StationDayReader['read'] = (records, source) => {
    const where = source === undefined ? null : SOURCE.resolve(source)
    if (!Array.isArray(records)) {
      throw new InputError('readStationDayRecords input', [
        issue({ code: 'invalid_type', path: [], expected: expect.array(), received: records }),
      ])
    }
    const file = where?.file
    const lines = where?.lines
    const archive = where?.layout === undefined ? archiveLayout : where.layout === 'cnemc-archive'
    const problems: InputIssue[] = []
    const stationDays: StationDayValues[] = []
    const first = file === undefined ? index === 0 : !started.has(file)
    if (file !== undefined && records.length > 0) started.add(file)
    if (first && where?.header !== undefined && records.length > 0) {
      const header = headerProblem(where.header, file)
      if (header) throw new InputError(file ?? 'readStationDayRecords input', [header])
    }
    for (let i = 0; i < records.length; i++) {
      const n = index++
      const line = lines?.[i]
      const location: { file: string; line?: number } | undefined =
        file === undefined ? undefined : { file, ...(line !== undefined ? { line } : {}) }
      const at = location ? { location } : {}
      const prefix: IssuePathSegment[] = line === undefined ? [i] : []
      const record = records[i]
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        problems.push(
          issue({
            code: 'invalid_type',
            path: prefix,
            expected: expect.jsonObject(),
            received: record,
            ...at,
          }),
        )
        continue
      }
      const fields = fieldsOf(record as Record<string, unknown>)
      const has = (c: Column) => fields.headers.has(c)
      const pathOf = (c: Column): IssuePathSegment[] => [...prefix, fields.headers.get(c) ?? c]
      /** The cell as text (numbers as written), null when missing; an issue when neither. */
      const textOf = (c: Column): string | null | InputIssue => {
        const header = fields.headers.get(c)
        if (header === undefined) return null
        const raw = fields.cells[header]
        if (raw === null || raw === undefined) return null
        if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
        if (typeof raw === 'string') return noValueOf(raw) !== null ? null : raw.trim()
        return issue({
          code: 'invalid_type',
          path: pathOf(c),
          expected: expect.textOrNumber(),
          received: raw,
          ...at,
        })
      }
      const required = (c: Column): string | null => {
        const t = textOf(c)
        if (t !== null && typeof t === 'object') {
          problems.push(t)
          return null
        }
        if (t === null) {
          problems.push(
            has(c)
              ? issue({
                  code: 'invalid_type',
                  path: pathOf(c),
                  expected: expect.nonEmptyText(),
                  receivedText: null,
                  ...at,
                })
              : issue({
                  code: 'missing_column',
                  path: prefix,
                  expected: columnNamed(c),
                  receivedText: null,
                  ...at,
                }),
          )
        }
        return t
      }
      const dateOf = (): string | null => {
        if (has('day')) {
          const date = required('day')
          if (date !== null && !IsoDateSchema.safeParse(date).success) {
            problems.push(
              issue({
                code: 'invalid_format',
                path: pathOf('day'),
                expected: expect.isoDate(),
                received: date,
                ...at,
              }),
            )
            return null
          }
          return date
        }
        const time = required('time')
        if (time === null) return null
        const slot = readHour(time)
        if (typeof slot === 'string') {
          problems.push(
            issue({
              code: 'invalid_format',
              path: pathOf('time'),
              expected: slot === 'onHour' ? expect.timestampOnHour() : expect.hourlyStamp(),
              received: time,
              ...at,
            }),
          )
          return null
        }
        // Only the record that closes a day (the 23:00–24:00 hour) holds that day's 24-hour values.
        if (slot.hour !== 23) {
          skipped++
          return null
        }
        return slot.date
      }
      /** A daily concentration: a plain number, not negative, CO within the 24-hour bound. */
      const dailyValue = (key: StationDayKey): number | null | InputIssue => {
        const c = dailyColumn(key, has, archive)
        const header = fields.headers.get(c)
        if (header === undefined) return null
        const raw = fields.cells[header]
        let value: number
        if (typeof raw === 'number' && Number.isFinite(raw)) value = raw
        else {
          const t = textOf(c)
          if (t === null || typeof t === 'object') return t
          if (!NUMBER.test(t) || !Number.isFinite(Number(t))) {
            return issue({
              code: 'invalid_type',
              path: pathOf(c),
              expected: expect.number(),
              received: t,
              ...(/^[<＜]/.test(t) ? { hint: BELOW_LIMIT } : {}),
              ...at,
            })
          }
          value = Number(t)
        }
        const unit = key === 'co' ? 'mg/m³' : 'µg/m³'
        if (value < 0) {
          return issue({
            code: 'too_small',
            path: pathOf(c),
            expected: expect.nonNegative(unit),
            received: value,
            ...at,
          })
        }
        // the top of the HJ 633 24-hour CO column: these are daily means
        if (key === 'co' && value > MAX_PLAUSIBLE_CO_24H) {
          return issue({
            code: 'implausible',
            path: pathOf(c),
            expected: expect.plausibleCo(MAX_PLAUSIBLE_CO_24H, text('24 小时平均', '24-hour')),
            received: value,
            hint: text('CO 单位为 mg/m³：是否误用了 µg/m³？', 'CO is in mg/m³: was it µg/m³?'),
            ...at,
          })
        }
        return value
      }

      if (first && i === 0) {
        const absent = STATION_DAY_KEYS.map((k) => dailyColumn(k, has, archive)).filter(
          (c) => !has(c),
        )
        if (absent.length) {
          notes.push(
            `${file === undefined ? '' : `${file}: `}no column ${absent.join(', ')}: that indicator is missing on every day`,
          )
        }
      }
      const station = required('station')
      if (station === null) continue
      const date = dateOf()
      if (date === null) continue
      const key = `${station}|${date}`
      const earlier = seen.get(key)
      if (earlier) {
        const also = `${earlier.file ?? ''}${earlier.line === undefined ? '' : `:${earlier.line}`}`
        problems.push(
          issue({
            code: 'duplicate',
            path: pathOf(has('day') ? 'day' : 'time'),
            expected: text('每个站点每天一条记录', 'one record per station and day'),
            receivedText: `${station} ${date}`,
            hint: text(`这一天已在 ${also} 给出`, `also given at ${also}`),
            ...at,
          }),
        )
        continue
      }
      seen.set(key, { file, line })
      const values: Partial<Record<StationDayKey, number | null>> = {}
      let bad: InputIssue | null = null
      for (const k of STATION_DAY_KEYS) {
        const v = dailyValue(k)
        if (v !== null && typeof v === 'object') {
          bad = v
          break
        }
        values[k] = v
      }
      if (bad) {
        problems.push(bad)
        continue
      }
      const area = textOf('city')
      stationDays.push({
        record: n,
        ...(location ? { location } : {}),
        station,
        date,
        area: typeof area === 'string' ? area : null,
        values: values as Record<StationDayKey, number | null>,
      })
    }
    return { stationDays, problems }
  }
  const finish = () => ({ skipped, notes: [...notes] })
  return { read, finish }
}

/**
 * Reads station daily values (rows of a CSV keyed by header, or JSON objects; one record per
 * station and day) with the rules of {@link createStationDayReader}: the one header table, the
 * 24-hour columns, the layout's ozone columns, the one no-value table, numbers only, no negative
 * value, plausible daily CO.
 *
 * @param records - the records, in file order
 * @param options - ozone layout, timestamp convention, problem limit, and where the records
 *   were read
 * @returns the station days in record order, the records skipped at other hours and remarks
 * @throws {@link InputError} listing every problem (up to `maxProblems`), each with its column
 * as path and, with `source`, its file and line
 * @category Air
 * @see HJ 633-2012 §5.1.2
 * @example
 * ```ts
 * import { readStationDayRecords } from 'eco-targets/air'
 * const { stationDays } = readStationDayRecords([
 *   { station: '2197A', date: '2022-01-01', so2: '9', so2_24h: '10', co: '0.5', pm25: 'NA' },
 * ])
 * stationDays[0]?.values.so2  //=> 10
 * stationDays[0]?.values.pm25 //=> null
 * ```
 */
export function readStationDayRecords(
  records: readonly unknown[],
  options?: ReadStationDayRecordsOptions,
): StationDayRecords {
  const { source, maxProblems, ...rest } = READ.resolve(options) as ReadStationDayRecordsOptions
  const reader = createStationDayReader(rest)
  const { stationDays, problems } = reader.read(records, source)
  if (problems.length > 0) {
    const limit = maxProblems ? maxProblems : problems.length
    throw new InputError(source?.file ?? 'readStationDayRecords input', problems.slice(0, limit))
  }
  return { stationDays, ...reader.finish() }
}
