import { IsoDateSchema } from '../../../index.js'
import {
  type AirDailyValues,
  expectations,
  type InputIssue,
  isInputError,
  localizedText,
  MAX_PLAUSIBLE_CO_24H,
  type StationDay,
  streamHourlyCsv,
} from '../../../standards/air/index.js'
import { createFieldReader, type RecordFields } from '../../input/fields.js'
import type { InputFormat } from '../../input/format.js'
import { CNEMC_LAYOUT } from '../../input/headers/index.js'
import { inputError, issueAt, type Where } from '../../input/located.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem, problemLog } from '../../input/problems.js'
import { readRecords, resolveInputFormat } from '../../input/read.js'
import { type InputSource, STDIN_NAME } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { trackProgress } from '../../output/progress.js'
import { readHourlyAir } from './_hourly.js'
import { createCoveredHourReader, type TimestampConvention } from './_hours.js'

/** The seven daily values of a station day. */
export const DAILY_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/** One station's daily values, with its city (and, from hourly records, the valid hours). */
export interface StationDayRecord extends AirDailyValues {
  readonly station: string
  readonly city: string
  readonly date: string
  /** From hourly records: valid hours per pollutant and why a value is missing. */
  readonly hours?: Pick<StationDay, 'validHours' | 'gaps'>
}

/** How `air` reads its inputs. */
export interface ReadAirOptions {
  /** Hourly records (default) or station daily values (`--daily-input`). */
  readonly mode: 'hourly' | 'daily'
  readonly timestamp: TimestampConvention
  /** The files are the CNEMC archive, whose ozone columns are swapped (`--cnemc-archive`). */
  readonly archive: boolean
  /** CNEMC files are read as the export, even when they look like the archive (`--no-cnemc-archive`). */
  readonly exportReading?: boolean | undefined
  /** Station → city from `--city-of`; `*` maps every station without another city. */
  readonly cityOf: ReadonlyMap<string, string>
  readonly format?: InputFormat | undefined
  /** Stop reading after this many problems (default 50; 0 for no limit). */
  readonly maxProblems?: number | undefined
  /** Accept inputs without records. */
  readonly allowEmpty?: boolean | undefined
}

/** What `air` read. */
export interface AirInput {
  readonly stationDays: StationDayRecord[]
  /** Remarks for standard error (columns not found, records skipped). */
  readonly notes: string[]
}

const NAMES: Readonly<Record<string, readonly [{ zh: string; en: string }, readonly string[]]>> = {
  stationCode: [{ zh: '站点', en: 'station' }, ['stationcode', 'station', '站点编码']],
  timepoint: [{ zh: '时间', en: 'time' }, ['timepoint', 'time', '时间']],
  day: [{ zh: '日期', en: 'day' }, ['day', 'date', '日期']],
}

/** The expectation of a column `air` needs, with the names it may have. */
const columnOf = (key: string) => {
  const [what, names] = NAMES[key] ?? [{ zh: key, en: key }, [key]]
  return expectations.columnNamed(what, names)
}

/** A station without a city, at the record where it is first met. */
const noCityIssue = (where: Where, station: string): InputIssue =>
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
function headerProblem(fields: RecordFields, mode: ReadAirOptions['mode']): InputIssue | null {
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
function dailyColumn(key: (typeof DAILY_KEYS)[number], fields: RecordFields, archive: boolean) {
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

function concentration(fields: RecordFields, column: string, co: boolean): number | null {
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

/**
 * Reads station records for `air`: hourly records aggregated into station days as they stream
 * (each station's records must come in time order; a day is complete once the station's
 * records reach two days later), or station daily values. Every problem names file, line and
 * column; all of them are reported together.
 *
 * @param sources - the files or standard input
 * @param io - the process's input and output
 * @param options - mode, timestamp convention, archive columns, cities, format
 * @returns the station days and remarks
 * @throws {@link InputError} with every problem found
 */
export async function readAirInput(
  sources: readonly InputSource[],
  io: CliIO,
  options: ReadAirOptions,
): Promise<AirInput> {
  if (options.mode === 'hourly') return readHourlyInput(sources, options)
  const fieldsOf = createFieldReader(CNEMC_LAYOUT)
  const readHour = createCoveredHourReader(options.timestamp)
  const log = problemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS)
  const note = log.note
  const notes: string[] = []
  const stationDays: StationDayRecord[] = []
  const cities = new Map<string, string>()
  const noCity = new Set<string>()

  const cityOf = (station: string, fields: RecordFields): string | undefined => {
    const known = cities.get(station)
    if (known !== undefined) return known
    const city = options.cityOf.get(station) ?? fields.text('area') ?? options.cityOf.get('*')
    if (city === undefined) {
      if (!noCity.has(station)) {
        noCity.add(station)
        note([noCityIssue(fields.origin, station)])
      }
      return undefined
    }
    cities.set(station, city)
    return city
  }

  const required = (fields: RecordFields, key: string): string | null => {
    const text = fields.text(key)
    if (text === null) {
      note([
        fields.has(key)
          ? fields.problem(key, {
              code: 'invalid_type',
              expected: expectations.nonEmptyText(),
              receivedText: null,
            })
          : issueAt(fields.origin, {
              code: 'missing_column',
              expected: columnOf(key),
              receivedText: null,
            }),
      ])
    }
    return text
  }

  // Daily mode: one record per station and day.
  const seen = new Map<string, RecordFields>()
  let skipped = 0
  const readDaily = (fields: RecordFields) => {
    const station = required(fields, 'stationCode')
    if (station === null) return
    let date: string | null
    if (fields.has('day')) {
      date = required(fields, 'day')
      if (date !== null && !IsoDateSchema.safeParse(date).success) {
        note([
          fields.problem('day', {
            code: 'invalid_format',
            expected: expectations.isoDate(),
            received: date,
          }),
        ])
        return
      }
    } else {
      const time = required(fields, 'timepoint')
      if (time === null) return
      const slot = readHour(time)
      if (typeof slot === 'string') {
        note([
          fields.problem('timepoint', {
            code: 'invalid_format',
            expected:
              slot === 'onHour' ? expectations.timestampOnHour() : expectations.hourlyStamp(),
            received: time,
          }),
        ])
        return
      }
      // Only the record that closes a day (the 23:00–24:00 hour) holds that day's 24-hour values.
      if (slot.hour !== 23) {
        skipped++
        return
      }
      date = slot.date
    }
    if (date === null) return
    const city = cityOf(station, fields)
    if (city === undefined) return
    const key = `${station}|${date}`
    const first = seen.get(key)
    if (first) {
      note([
        fields.problem(fields.has('day') ? 'day' : 'timepoint', {
          code: 'duplicate',
          expected: localizedText('每个站点每天一条记录', 'one record per station and day'),
          receivedText: `${station} ${date}`,
          hint: localizedText(
            `这一天已在 ${first.origin.file}:${first.origin.line} 给出`,
            `also given at ${first.origin.file}:${first.origin.line}`,
          ),
        }),
      ])
      return
    }
    seen.set(key, fields)
    const values = Object.fromEntries(
      DAILY_KEYS.map((k) => [
        k,
        concentration(fields, dailyColumn(k, fields, archive), k === 'co'),
      ]),
    ) as Record<(typeof DAILY_KEYS)[number], number | null>
    stationDays.push({ station, city, date, ...values })
  }

  let archive = options.archive
  for (const source of sources) {
    let first = true
    archive =
      options.archive ||
      (!options.exportReading && (await looksLikeArchive(source, options.format)))
    if (archive && !options.archive) {
      notes.push(
        `${source.name}: the ozone columns are swapped as in the CNEMC archive (the day's maximum 1-hour O3 is never below the latest hour): read as the archive, as with --cnemc-archive`,
      )
    }
    let headerFailed = false
    try {
      const records = readRecords(source, { format: options.format, layout: CNEMC_LAYOUT })
      for await (const record of trackProgress(records, io, source.name)) {
        let fields: RecordFields
        try {
          fields = fieldsOf(record)
          if (first) {
            first = false
            const header = headerProblem(fields, options.mode)
            headerFailed = header !== null
            // every record would have the same problem: it is reported once, and the file left
            if (header) throw inputError([header])
            notes.push(...columnNotes(source.name, fields, archive))
          }
          readDaily(fields)
        } catch (error) {
          if (!isInputError(error)) throw error
          note(error.issues)
          if (headerFailed) break
        }
      }
      if (first && !options.allowEmpty) note([emptyInputProblem(source.name)])
    } catch (error) {
      if (!isInputError(error)) throw error
      note(error.issues)
    }
  }
  if (skipped > 0) {
    notes.push(
      `${skipped} records at other hours were skipped: with --daily-input and no day column, only the record that closes each day (00:00, hour-ending) holds the day's 24-hour values`,
    )
  }
  log.throwIfAny()
  stationDays.sort((a, b) =>
    a.station === b.station ? (a.date < b.date ? -1 : 1) : a.station < b.station ? -1 : 1,
  )
  return { stationDays, notes }
}

/** Remarks on the columns of a file of daily values: indicators without a column. */
function columnNotes(file: string, fields: RecordFields, archive: boolean): string[] {
  const columns = DAILY_KEYS.map((k) => dailyColumn(k, fields, archive))
  const absent = columns.filter((c) => !fields.has(c))
  return absent.length
    ? [`${file}: no column ${absent.join(', ')}: that indicator is missing on every day`]
    : []
}

/**
 * Whether a CSV file of CNEMC records is the archive, whose ozone columns are swapped: told by
 * the library's reader from the data (its first batch), as for hourly input. Standard input
 * cannot be read twice and is taken as the export unless `--cnemc-archive` is given.
 */
async function looksLikeArchive(
  source: InputSource,
  format: InputFormat | undefined,
): Promise<boolean> {
  if (source.name === STDIN_NAME) return false
  const resolved = await resolveInputFormat(source, format)
  if (resolved.format !== 'csv') return false
  try {
    for await (const batch of streamHourlyCsv(resolved.source.open(), {
      file: source.name,
      allowEmpty: true,
    })) {
      return batch.layout === 'cnemc-archive'
    }
  } catch (error) {
    // a file the hourly reader refuses (daily columns only) is read as before
    if (!isInputError(error)) throw error
  }
  return false
}

/**
 * Hourly records through the library's reader and engine ({@link readHourlyAir}), each station
 * with its city: `--city-of`, else the file's city column, else `--city-of '*=CITY'`.
 */
async function readHourlyInput(
  sources: readonly InputSource[],
  options: ReadAirOptions,
): Promise<AirInput> {
  const input = await readHourlyAir(sources, {
    timestamp: options.timestamp,
    archive: options.archive,
    exportReading: options.exportReading === true,
    format: options.format,
    maxProblems: options.maxProblems,
    allowEmpty: options.allowEmpty,
  })
  const problems: InputIssue[] = []
  const cityOf = (station: string) =>
    options.cityOf.get(station) ?? input.fileCities.get(station) ?? options.cityOf.get('*')
  for (const [station, at] of input.firstSeen) {
    if (cityOf(station) !== undefined) continue
    problems.push(noCityIssue(at, station))
  }
  if (problems.length) throw inputError(problems)
  const stationDays = input.stationDays.map((day): StationDayRecord => {
    const { station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps } = day
    return {
      station,
      city: cityOf(station) as string,
      date,
      so2,
      no2,
      co,
      pm10,
      pm25,
      o3_1h,
      o3_8h,
      hours: { validHours, gaps },
    }
  })
  stationDays.sort((a, b) =>
    a.station === b.station ? (a.date < b.date ? -1 : 1) : a.station < b.station ? -1 : 1,
  )
  return { stationDays, notes: [...input.notes] }
}
