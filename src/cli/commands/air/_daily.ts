import { CNEMC_COLUMNS as CNEMC_LAYOUT } from '../../../index.js'
import { isInputError } from '../../../standards/air/index.js'
import { createFieldReader, type RecordFields } from '../../input/fields.js'
import { inputError } from '../../input/located.js'
import { DEFAULT_MAX_PROBLEMS, emptyInputProblem, problemLog } from '../../input/problems.js'
import { readRecords } from '../../input/read.js'
import type { InputSource } from '../../input/source.js'
import type { CliIO } from '../../io.js'
import { trackProgress } from '../../output/progress.js'
import { looksLikeArchive } from './_archive.js'
import { dailyRecordReader } from './_daily-record.js'
import { columnNotes, headerProblem } from './_daily-rules.js'
import type { ReadAirOptions, StationDayRecord } from './_types.js'

/**
 * Reads station daily values for `air --daily-input` (one record per station and day). Every
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
  const fieldsOf = createFieldReader(CNEMC_LAYOUT)
  const log = problemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS)
  const notes: string[] = []
  const stationDays: StationDayRecord[] = []
  const { read, counts } = dailyRecordReader(options, log.note, (d) => stationDays.push(d))
  for (const source of sources) {
    let first = true
    const archive =
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
          read(fields, archive)
        } catch (error) {
          if (!isInputError(error)) throw error
          log.note(error.issues)
          if (headerFailed) break
        }
      }
      if (first && !options.allowEmpty) log.note([emptyInputProblem(source.name)])
    } catch (error) {
      if (!isInputError(error)) throw error
      log.note(error.issues)
    }
  }
  if (counts.skipped > 0) {
    notes.push(
      `${counts.skipped} records at other hours were skipped: with --daily-input and no day column, only the record that closes each day (00:00, hour-ending) holds the day's 24-hour values`,
    )
  }
  log.throwIfAny()
  stationDays.sort((a, b) =>
    a.station === b.station ? (a.date < b.date ? -1 : 1) : a.station < b.station ? -1 : 1,
  )
  return { stationDays, notes }
}
