import { CNEMC_COLUMNS as CNEMC_LAYOUT } from '../../../index.js'
import {
  createStationDayReader,
  type InputIssue,
  isInputError,
} from '../../../standards/air/index.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem, problemLog } from '../../input/problems.js'
import { isCsvRecord, readRecords } from '../../input/read.js'
import type { InputRecord } from '../../input/records.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { trackProgress } from '../../output/progress.js'
import { looksLikeArchive } from './_archive.js'
import { createCityResolver } from './_daily-record.js'
import type { ReadAirOptions, StationDayRecord } from './_types.js'

/** Records are handed to the library reader in batches, so reading stops soon after the limit. */
const BATCH = 256

/** A record as the library reads it: a CSV row keyed by its headers as written, or JSON. */
const asWritten = (record: InputRecord): unknown =>
  isCsvRecord(record)
    ? Object.fromEntries(Object.entries(record.columns).map(([k, h]) => [h, record.value[k]]))
    : record.value

/**
 * Reads station daily values for `air --daily-input` (one record per station and day) with the
 * library's reader ({@link createStationDayReader}), then gives each station its city. Every
 * problem names file, line and column; all of them are reported together.
 *
 * @param sources - the files or standard input
 * @param io - the process's input and output
 * @param options - timestamp convention, archive columns, cities, format
 * @returns the station days, sorted by station then date, and remarks
 * @throws {@link InputError} with every problem found
 */
export async function readDailyInput(
  sources: readonly InputSource[],
  io: CliIO,
  options: ReadAirOptions,
): Promise<{ stationDays: StationDayRecord[]; notes: string[] }> {
  const log = problemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS)
  const notes: string[] = []
  const stationDays: StationDayRecord[] = []
  const reader = createStationDayReader({ timestamp: options.timestamp })
  const cityOf = createCityResolver(options.cityOf)
  for (const source of sources) {
    const archive =
      options.archive ||
      (!options.exportReading && (await looksLikeArchive(source, options.format)))
    if (archive && !options.archive) {
      notes.push(
        `${source.name}: the ozone columns are swapped as in the CNEMC archive (the day's maximum 1-hour O3 is never below the latest hour): read as the archive, as with --cnemc-archive`,
      )
    }
    let header: string[] | undefined
    let batch: InputRecord[] = []
    let count = 0
    const flush = () => {
      if (batch.length === 0) return
      const read = reader.read(batch.map(asWritten), {
        file: source.name,
        lines: batch.map((r) => r.origin.line),
        layout: archive ? 'cnemc-archive' : 'cnemc',
        ...(header ? { header } : {}),
      })
      batch = []
      const found: InputIssue[] = [...read.problems]
      for (const day of read.stationDays) {
        const city = cityOf(day, (issue) => found.push(issue))
        if (city !== undefined) {
          stationDays.push({ station: day.station, city, date: day.date, ...day.values })
        }
      }
      // in record order: a record has at most one problem, a station day without a city one
      log.note(found.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0)))
    }
    try {
      const records = readRecords(source, { format: options.format, layout: CNEMC_LAYOUT })
      for await (const record of trackProgress(records, io, source.name)) {
        count++
        if (header === undefined && isCsvRecord(record)) header = Object.values(record.columns)
        batch.push(record)
        if (batch.length === BATCH) flush()
      }
      flush()
      if (count === 0 && !options.allowEmpty) log.note([emptyInputProblem(source.name)])
    } catch (error) {
      // a header problem is reported once, and the file left
      if (!isInputError(error)) throw error
      log.note(error.issues)
    }
  }
  const { skipped, notes: columnNotes } = reader.finish()
  notes.push(...columnNotes)
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
