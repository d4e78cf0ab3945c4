import { type CsvRow, CsvScanner } from '../../../_lib/csv/scanner.js'
import { byteOrderMark, CellText } from '../../../_lib/csv/text.js'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { InputError } from '../../../_lib/errors/input-error.js'
import { BatchBuilder, StationBook } from './_batch.js'
import { ReadContext } from './_context.js'
import { LongReader } from './_long.js'
import { readLongHeader } from './_long-header.js'
import { createStampReader, createZone } from './_time.js'
import { isWideHeader, WideReader } from './_wide.js'
import type { HourlyBatch, ReadHourlyOptionsResolved } from './types.js'

/** The options of a reading, every default filled in. */
export type ResolvedReadOptions = ReadHourlyOptionsResolved

/**
 * One reading of an hourly export, fed chunk by chunk (or row by row): the header picks the
 * layout, the rows become batches in {@link ReadCore.ready}. Batches stop once a problem is
 * found; reading stops at a fatal problem or after `maxIssues` problems.
 */
export class ReadCore {
  /** Batches ready to hand out: only those filled before any problem was found. */
  readonly ready: HourlyBatch[] = []
  private readonly queue = {
    push: (batch: HourlyBatch) => {
      if (!this.context.failed) this.ready.push(batch)
    },
  }
  readonly context: ReadContext
  private readonly cells: CellText
  private readonly scanner: CsvScanner
  private reader: LongReader | WideReader | null = null
  // the same reader when it is the wide one: told once, not by `instanceof` at every row
  private wide: WideReader | null = null
  private headerSeen = false
  private head: Uint8Array | null = new Uint8Array(0)

  constructor(
    private readonly options: ResolvedReadOptions,
    rowsMode = false,
  ) {
    this.cells = new CellText(options.encoding === 'auto' ? null : options.encoding)
    this.context = new ReadContext(options.file, options.maxIssues, this.cells, rowsMode)
    this.scanner = new CsvScanner((row) => this.row(row))
  }

  /** The encoding of the file (UTF-8 when every byte was ASCII). */
  get encoding(): 'utf-8' | 'gbk' {
    return this.cells.encoding ?? 'utf-8'
  }

  /** Data rows read. */
  get rows(): number {
    return this.reader?.rows ?? 0
  }

  /** Scans a chunk of the file; false once reading has stopped. */
  push(chunk: Uint8Array): boolean {
    let bytes = chunk
    if (this.head !== null) {
      // the byte-order mark may be split over the first chunks
      let joined = chunk
      if (this.head.length > 0) {
        joined = new Uint8Array(this.head.length + chunk.length)
        joined.set(this.head)
        joined.set(chunk, this.head.length)
      }
      if (joined.length < 3) {
        this.head = joined
        return true
      }
      this.head = null
      bytes = this.start(joined)
      if (this.context.stopped) return false
    }
    this.scanner.push(bytes)
    return !this.context.stopped
  }

  private start(bytes: Uint8Array): Uint8Array {
    const mark = byteOrderMark(bytes)
    if (mark === 'utf-8') {
      this.cells.fix('utf-8')
      return bytes.subarray(3)
    }
    if (mark !== null) {
      this.context.fatal(
        issue({
          code: 'invalid_format',
          path: [],
          expected: expect.textEncoding(),
          receivedText: mark.toUpperCase(),
          location: { file: this.options.file, line: 1 },
          hint: text('请另存为 UTF-8', 'save the file as UTF-8'),
        }),
      )
    }
    return bytes
  }

  /** Ends the input: the last rows, the last batch, and the check for an empty input. */
  end(): void {
    if (this.head !== null && !this.context.stopped) {
      const bytes = this.start(this.head)
      this.head = null
      if (!this.context.stopped) this.scanner.push(bytes)
    }
    if (!this.context.stopped) this.scanner.end()
    if (this.context.stopped) return
    const empty = !this.headerSeen || this.rows === 0
    if (empty && !this.options.allowEmpty) {
      this.context.add(
        issue({
          code: 'empty_input',
          path: [],
          expected: expect.records(),
          receivedText: this.headerSeen ? 'a header only' : null,
          location: { file: this.options.file, line: 1 },
          hint: text(
            'allowEmpty 选项可把空输入读作零条记录',
            'the allowEmpty option reads it as no records',
          ),
        }),
      )
    }
    if (this.reader) this.reader.finish()
    else this.queue.push(emptyBatch(this.options))
  }

  /** The error for the problems found, or null. */
  error(): InputError | null {
    const { issues, stopped } = this.context
    if (issues.length === 0) return null
    const context =
      stopped && issues.length >= this.options.maxIssues
        ? `${this.options.file} (reading stopped after ${issues.length} problems)`
        : this.options.file
    return new InputError(context, issues)
  }

  /** Reads one row: the header, or a data row. */
  row(row: CsvRow): boolean {
    if (!this.headerSeen) {
      this.headerSeen = true
      this.header(row)
    } else if (this.wide !== null && this.isWideHeaderRow(row)) {
      this.wide.header(row, this.headerTexts(row))
    } else if (this.reader) this.reader.row(row)
    return !this.context.stopped
  }

  private headerTexts(row: CsvRow): string[] {
    const texts: string[] = []
    for (let i = 0; i < row.count; i++) texts.push(this.context.text(row, i, [i]) ?? '')
    return texts
  }

  private isWideHeaderRow(row: CsvRow): boolean {
    const b = row.bytes
    const s = row.starts[0] as number
    if ((row.ends[0] as number) - s !== 4) return false
    const word = String.fromCharCode(
      b[s] as number,
      b[s + 1] as number,
      b[s + 2] as number,
      b[s + 3] as number,
    )
    return word.toLowerCase() === 'date' && isWideHeader(this.headerTexts(row))
  }

  private header(row: CsvRow) {
    const headers = this.headerTexts(row)
    const { layout, batchSize, maxPlausibleCo, timeZone } = this.options
    const wide = isWideHeader(headers)
    if (layout === 'wide' || (layout === 'auto' && wide)) {
      if (!wide) {
        this.context.fatal(
          issue({
            code: 'missing_column',
            path: [],
            expected: expect.columns(['date', 'hour', 'type']),
            receivedText: headers
              .slice(0, 30)
              .map((h) => JSON.stringify(h))
              .join(', '),
            location: { file: this.options.file, line: row.line },
          }),
        )
        return
      }
      const reader = new WideReader(
        this.context,
        this.queue,
        createZone(timeZone),
        batchSize,
        maxPlausibleCo,
      )
      reader.header(row, headers)
      this.reader = reader
      this.wide = reader
      if (this.context.failed) this.context.stopped = true
      return
    }
    const long = readLongHeader(row, headers, this.context, wide)
    if (long === null) {
      this.context.stopped = true
      return
    }
    const cnemc = long.column.o3_24h !== undefined || long.column.o3_8h_24h !== undefined
    const reading = layout === 'auto' ? (cnemc ? 'cnemc-auto' : 'plain') : layout
    this.reader = new LongReader(
      this.context,
      this.queue,
      long,
      reading,
      createStampReader(timeZone),
      {
        batchSize,
        maxPlausibleCo,
      },
    )
  }
}

/** A batch of no records, for an empty input that is allowed. */
function emptyBatch(options: ResolvedReadOptions): HourlyBatch {
  const layout = options.layout === 'auto' ? 'plain' : options.layout
  return new BatchBuilder(0, 0, false).take(
    { pollutants: { so2: -1, no2: -1, co: -1, o3: -1, pm10: -1, pm25: -1 }, published: {} },
    { file: options.file, layout, notes: [], stations: new StationBook(), primaryTexts: null },
    true,
  )
}
