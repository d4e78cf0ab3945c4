import { resolve } from 'node:path'
import {
  type HourlyColumns,
  type HourlyLayout,
  type ReadNote,
  streamHourlyCsv,
} from '../../../standards/air/index.js'
import type { InputFormat } from '../../input/format.js'
import { DEFAULT_MAX_PROBLEMS } from '../../input/problems.js'
import { resolveInputFormat } from '../../input/read.js'
import { type InputSource, STDIN_NAME } from '../../input/source.js'
import { readJsonHourly } from './_json-rows.js'

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
  /** Worker threads that parse each CSV file by byte ranges (`--jobs`; 1: this thread). */
  readonly jobs?: number | undefined
  /** The folder the files are named from (for the worker threads). */
  readonly cwd?: string | undefined
}

/** What the files say about their stations, filled in as the batches are read. */
export interface HourlyBook {
  /** The city of each station as the files give it (`area`, `城市`), where they do. */
  readonly fileCities: Map<string, string>
  /** Where each station is first met, to locate a station without a city. */
  readonly firstSeen: Map<string, { readonly file: string; readonly line: number }>
  /** The layout each file was read in. */
  readonly layouts: HourlyLayout[]
  /** Remarks for standard error, `file: message`. */
  readonly notes: string[]
}

/** An empty {@link HourlyBook}. */
export const hourlyBook = (): HourlyBook => ({
  fileCities: new Map(),
  firstSeen: new Map(),
  layouts: [],
  notes: [],
})

/**
 * The hourly records of `air` in column batches, read with the library's readers (CSV through
 * {@link streamHourlyCsv}, JSON records through `readHourlyRows`: one set of layouts, column
 * names and no-value texts), file after file, noting each station's city and first line in
 * `book` before its batch goes on. With `jobs` above 1, a CSV file that can be read by ranges
 * ({@link planRanges}) is parsed by worker threads, its batches handed on in file order.
 *
 * @param sources - the files or standard input, in order
 * @param options - timestamp convention, CNEMC reading, format, problem limit
 * @param book - where the stations' cities, first lines, layouts and notes go
 * @returns the batches
 */
export async function* hourlyBatches(
  sources: readonly InputSource[],
  options: ReadHourlyAirOptions,
  book: HourlyBook,
): AsyncGenerator<HourlyColumns> {
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
  const describe = (file: string, layout: HourlyLayout, found: readonly ReadNote[]) => {
    book.layouts.push(layout)
    for (const n of found) book.notes.push(`${file}: ${n.message.en}`)
  }
  for (const source of sources) {
    const { format, source: input } = await resolveInputFormat(source, options.format)
    const jobs = options.jobs ?? 1
    if (format === 'csv' && jobs > 1 && source.name !== STDIN_NAME) {
      const { planRanges } = await import('./_plan.js')
      const path = resolve(options.cwd ?? '.', source.name)
      const plan = await planRanges(path, { ...reading, file: source.name }, jobs)
      if (plan !== null) {
        const { readRanges } = await import('./_jobs.js')
        let first = true
        for await (const batch of readRanges(plan, source.name, reading.maxIssues, jobs)) {
          if (first) {
            first = false
            describe(
              source.name,
              plan.notes ? (plan.layout as HourlyLayout) : batch.layout,
              plan.notes ?? batch.notes,
            )
          }
          note(book, batch, source.name)
          yield batch
        }
        continue
      }
    }
    if (format === 'csv') {
      let first = true
      for await (const batch of streamHourlyCsv(input.open(), { ...reading, file: source.name })) {
        if (first) {
          first = false
          describe(source.name, batch.layout, batch.notes)
        }
        note(book, batch, source.name)
        yield batch
      }
    } else {
      const table = await readJsonHourly(input, format, { ...reading, file: source.name })
      describe(source.name, table.layout, table.notes)
      note(book, table, source.name)
      yield table
    }
  }
}

/** The cities and first lines of the stations of a batch not met before. */
function note(
  book: HourlyBook,
  batch: HourlyColumns & { stationInfo?: readonly { city: string | null }[] },
  file: string,
) {
  const { fileCities, firstSeen } = book
  batch.stations.forEach((station, i) => {
    const city = batch.stationInfo?.[i]?.city
    if (city && !fileCities.has(station)) fileCities.set(station, city)
  })
  // the batches of a range list the stations of their range only
  if (batch.stations.every((s) => firstSeen.has(s))) return
  const lines = (batch as { source?: { lines: Int32Array } }).source?.lines
  for (let r = 0; r < batch.length; r++) {
    const station = batch.stations[batch.station[r] as number] as string
    if (!firstSeen.has(station)) firstSeen.set(station, { file, line: lines?.[r] ?? 0 })
  }
}
