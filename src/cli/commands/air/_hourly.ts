import {
  expectations,
  type HourlyColumns,
  type HourlyLayout,
  type InputIssue,
  isInputError,
  type ReadNote,
  readHourlyRows,
  type StationDay,
  streamHourlyCsv,
  streamStationDays,
} from '../../../standards/air/index.js'
import type { InputFormat } from '../../input/format.js'
import { inputError, issueAt, locateIssue } from '../../input/located.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem } from '../../input/problems.js'
import { readRecords, resolveInputFormat } from '../../input/read.js'
import type { InputSource } from '../../input/source.js'

/** How `air` reads hourly records. */
export interface ReadHourlyAirOptions {
  readonly timestamp: 'hour-ending' | 'hour-beginning'
  /** Read CNEMC files as the archive (ozone columns swapped) without looking at the data. */
  readonly archive: boolean
  /** Read CNEMC files as the export even when they look like the archive. */
  readonly exportReading?: boolean | undefined
  readonly format?: InputFormat | undefined
  /** Stop reading after this many problems (0 for no limit). */
  readonly maxProblems?: number | undefined
  readonly allowEmpty?: boolean | undefined
}

/** The parts of a {@link StationDay} that `air` shows (the exact sums are let go as days come). */
export type HourlyStationDay = Pick<
  StationDay,
  | 'station'
  | 'date'
  | 'so2'
  | 'no2'
  | 'co'
  | 'pm10'
  | 'pm25'
  | 'o3_1h'
  | 'o3_8h'
  | 'validHours'
  | 'gaps'
>

/** What {@link readHourlyAir} read. */
export interface HourlyAirInput {
  readonly stationDays: readonly HourlyStationDay[]
  /** The city of each station as the files give it (`area`, `城市`), where they do. */
  readonly fileCities: ReadonlyMap<string, string>
  /** Where each station is first met, to locate a station without a city. */
  readonly firstSeen: ReadonlyMap<string, { readonly file: string; readonly line: number }>
  /** The layout each file was read in. */
  readonly layouts: readonly HourlyLayout[]
  /** Remarks for standard error, `file: message`. */
  readonly notes: readonly string[]
}

/**
 * A library issue as the command line shows it: in its file, its path the column or field it
 * names (the wide layout's `["PM2.5"]["1001A"]` is the column `1001A`).
 */
function problemOf(issue: InputIssue, file: string): InputIssue {
  // the command line's flag, as every command words it
  if (issue.code === 'empty_input') return emptyInputProblem(issue.location?.file ?? file)
  const column = [...issue.path].reverse().find((p) => typeof p === 'string')
  return { ...locateIssue(issue, { file }), path: column === undefined ? [] : [column] }
}

/** Runs `work`, turning the library's input errors into the command line's. */
async function located<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!isInputError(error)) throw error
    throw inputError(error.issues.map((i) => problemOf(i, file)))
  }
}

/**
 * JSON or JSON Lines records as rows for {@link readHourlyRows}: the header is every key met,
 * in order; each row's line is kept to locate problems.
 */
async function jsonRows(source: InputSource, format: InputFormat) {
  const keys: string[] = []
  const index = new Map<string, number>()
  const values: Record<string, unknown>[] = []
  const lines: number[] = []
  for await (const record of readRecords(source, { format })) {
    const value = record.value
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw inputError([
        issueAt(record.origin, {
          code: 'invalid_type',
          expected: expectations.jsonObject(),
          received: value,
        }),
      ])
    }
    for (const key of Object.keys(value)) {
      if (!index.has(key)) {
        index.set(key, keys.length)
        keys.push(key)
      }
    }
    values.push(value as Record<string, unknown>)
    lines.push(record.origin.line)
  }
  const cell = (v: unknown) =>
    v === undefined || v === null ? null : typeof v === 'number' ? v : String(v)
  const rows = [keys, ...values.map((v) => keys.map((k) => cell(v[k])))]
  return { rows, lines }
}

/**
 * Reads hourly records for `air` with the library's readers (CSV through
 * {@link streamHourlyCsv}, JSON records through {@link readHourlyRows}: one set of layouts,
 * column names and no-value texts) and computes the station days with the streaming engine,
 * batch by batch in columns. Reading stops at the first file with problems; every problem
 * names file, line and column.
 *
 * @param sources - the files or standard input, in order
 * @param options - timestamp convention, CNEMC reading, format, problem limit
 * @returns the station days and what the files say about their stations
 * @throws {@link InputError} with the problems found
 */
export async function readHourlyAir(
  sources: readonly InputSource[],
  options: ReadHourlyAirOptions,
): Promise<HourlyAirInput> {
  const fileCities = new Map<string, string>()
  const firstSeen = new Map<string, { file: string; line: number }>()
  const layouts: HourlyLayout[] = []
  const notes: string[] = []
  const max = options.maxProblems ?? DEFAULT_MAX_PROBLEMS
  const reading = {
    layout: options.archive
      ? ('cnemc-archive' as const)
      : options.exportReading
        ? ('cnemc' as const)
        : ('auto' as const),
    allowEmpty: options.allowEmpty === true,
    maxIssues: max === 0 ? Number.MAX_SAFE_INTEGER : max,
  }
  let current = ''
  const seen = (batch: HourlyColumns & { stationInfo?: readonly { city: string | null }[] }) => {
    batch.stations.forEach((station, i) => {
      const city = batch.stationInfo?.[i]?.city
      if (city && !fileCities.has(station)) fileCities.set(station, city)
    })
    const lines = (batch as { source?: { lines: Int32Array } }).source?.lines
    if (firstSeen.size < batch.stations.length || fileCities.size < batch.stations.length) {
      for (let r = 0; r < batch.length; r++) {
        const station = batch.stations[batch.station[r] as number] as string
        if (!firstSeen.has(station)) {
          firstSeen.set(station, { file: current, line: lines?.[r] ?? 0 })
        }
      }
    }
  }
  const describe = (file: string, layout: HourlyLayout, found: readonly ReadNote[]) => {
    layouts.push(layout)
    for (const n of found) notes.push(`${file}: ${n.message.en}`)
  }
  async function* batches(): AsyncGenerator<HourlyColumns> {
    for (const source of sources) {
      current = source.name
      const { format, source: input } = await resolveInputFormat(source, options.format)
      if (format === 'csv') {
        let first = true
        for await (const batch of streamHourlyCsv(input.open(), {
          ...reading,
          file: source.name,
        })) {
          if (first) {
            first = false
            describe(source.name, batch.layout, batch.notes)
          }
          seen(batch)
          yield batch
        }
      } else {
        const { rows, lines } = await jsonRows(input, format)
        const table = await located(source.name, async () => {
          try {
            return readHourlyRows(rows, { ...reading, file: source.name })
          } catch (error) {
            if (!isInputError(error)) throw error
            // rows are counted from the header (row 1): back to the record's line
            throw inputError(
              error.issues.map((i) => {
                const p = problemOf(i, source.name)
                const at = p.location?.line
                const line = at === undefined ? undefined : lines[at - 2]
                return {
                  ...p,
                  location: { file: source.name, ...(line === undefined ? {} : { line }) },
                }
              }),
            )
          }
        })
        describe(source.name, table.layout, table.notes)
        const relined = {
          ...table,
          source: {
            file: source.name,
            lines: Int32Array.from(table.source.lines, (l) => lines[l - 2] ?? l),
          },
        }
        seen(relined)
        yield relined
      }
    }
  }
  const stationDays: HourlyStationDay[] = []
  await located(sources[0]?.name ?? '', async () => {
    for await (const day of streamStationDays(batches(), { timestamp: options.timestamp })) {
      const { station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps } = day
      stationDays.push({ station, date, so2, no2, co, pm10, pm25, o3_1h, o3_8h, validHours, gaps })
    }
  })
  return { stationDays, fileCities, firstSeen, layouts, notes }
}
