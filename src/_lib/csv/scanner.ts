/**
 * A byte-level CSV scanner (RFC 4180): it finds the cells of each row in the bytes as they
 * arrive, chunk by chunk, and hands each row to a sink as byte ranges, without decoding text or
 * building a string per cell. Quoted cells may hold commas, doubled quotes and line breaks;
 * rows end at LF, CRLF or a lone CR; blank lines are skipped. Chunk boundaries may fall
 * anywhere, also inside a quoted cell, between the two quotes of a doubled quote or between the
 * CR and LF of a line break.
 *
 * The structural bytes (`,` `"` CR LF) are ASCII and never occur inside a multi-byte character
 * of UTF-8 or GBK (whose second bytes are 0x40 or above), so the scan is right for both.
 */

/** The cell was quoted. */
export const QUOTED = 1
/** The quoted cell holds doubled quotes: its text must be unescaped. */
export const ESCAPED = 2
/** Text follows the closing quote of the cell (`"ab"c`). */
export const TEXT_AFTER_QUOTE = 4
/** The quoted cell is not closed before the end of the input. */
export const UNCLOSED = 8

/**
 * One row as byte ranges: cell `i` is `bytes[starts[i], ends[i])`, inside the quotes for a
 * quoted cell. The object and its arrays are reused for the next row: copy what you keep.
 */
export interface CsvRow {
  /** The buffer holding the row. */
  readonly bytes: Uint8Array
  /** Number of cells. */
  readonly count: number
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** {@link QUOTED}, {@link ESCAPED}, {@link TEXT_AFTER_QUOTE}, {@link UNCLOSED} bits per cell. */
  readonly flags: Uint8Array
  /** 1-based line on which the row starts. */
  readonly line: number
  /** Offset of the row's first byte in `bytes`. */
  readonly start: number
}

/** Receives the rows; returning `false` stops the scan. */
export type CsvRowSink = (row: CsvRow) => boolean | undefined

const COMMA = 0x2c
const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

class Row implements CsvRow {
  bytes: Uint8Array = new Uint8Array(0)
  count = 0
  starts = new Int32Array(64)
  ends = new Int32Array(64)
  flags = new Uint8Array(64)
  line = 1
  start = 0

  grow() {
    const size = this.starts.length * 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    const flags = new Uint8Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    flags.set(this.flags)
    this.starts = starts
    this.ends = ends
    this.flags = flags
  }

  push(start: number, end: number, flags: number) {
    if (this.count === this.starts.length) this.grow()
    this.starts[this.count] = start
    this.ends[this.count] = end
    this.flags[this.count] = flags
    this.count++
  }
}

/** The incremental scanner: {@link CsvScanner.push} each chunk, then {@link CsvScanner.end}. */
export class CsvScanner {
  private readonly sink: CsvRowSink
  private readonly row = new Row()
  private buf: Uint8Array = new Uint8Array(0)
  private pos = 0
  private fieldStart = 0
  private fieldEnd = 0
  private fieldFlags = 0
  private inQuotes = false
  private afterQuote = false
  private pendingCR = false
  private line = 1
  private stopped = false

  /** @param sink - called with each row, in order */
  constructor(sink: CsvRowSink) {
    this.sink = sink
  }

  /** Whether the sink stopped the scan. */
  get done(): boolean {
    return this.stopped
  }

  /**
   * Scans a chunk; rows that end in it go to the sink, the unfinished row waits for the next.
   *
   * @param chunk - the next bytes (not kept after the call returns)
   * @returns false once the sink has stopped the scan
   */
  push(chunk: Uint8Array): boolean {
    if (this.stopped) return false
    let data = chunk
    if (this.pendingCR) {
      this.pendingCR = false
      if (data[0] === LF) data = data.subarray(1)
    }
    if (this.buf.length > 0) {
      // The unfinished row of the last chunk is finished with the bytes up to this chunk's
      // first line break; the rest of the chunk is then scanned where it lies, not copied
      // after the row (a line break inside a quoted cell only leaves the row unfinished).
      const lf = data.indexOf(LF)
      if (lf >= 0 && lf + 1 < data.length) {
        this.scanPiece(data.subarray(0, lf + 1))
        if (this.stopped) return false
        data = data.subarray(lf + 1)
      }
    }
    this.scanPiece(data)
    return !this.stopped
  }

  private scanPiece(data: Uint8Array) {
    // Between pieces the buffer holds only the unfinished row, and every offset is relative to it.
    if (this.buf.length === 0) this.buf = data
    else {
      const joined = new Uint8Array(this.buf.length + data.length)
      joined.set(this.buf)
      joined.set(data, this.buf.length)
      this.buf = joined
    }
    this.scan(false)
    if (!this.stopped) {
      // keep a copy of the unfinished row: the caller may reuse the chunk's memory
      const start = this.row.start
      this.buf = this.buf.slice(start)
      this.pos -= start
      this.rebase(start)
    }
  }

  /** Ends the input: the last row (without a line break) goes to the sink. */
  end(): void {
    if (this.stopped) return
    this.scan(true)
    const n = this.buf.length
    if (this.inQuotes) {
      this.fieldFlags |= UNCLOSED
      this.fieldEnd = n
      this.endField(n)
      this.emit()
    } else if (this.row.start < n || this.row.count > 0) {
      this.endField(n)
      this.emit()
    }
    this.buf = new Uint8Array(0)
    this.stopped = true
  }

  /** Shifts every offset of the unfinished row by `by` bytes towards the start. */
  private rebase(by: number) {
    if (by === 0) return
    const row = this.row
    for (let k = 0; k < row.count; k++) {
      ;(row.starts[k] as number) -= by
      ;(row.ends[k] as number) -= by
    }
    row.start -= by
    this.fieldStart -= by
    this.fieldEnd -= by
  }

  private endField(at: number) {
    const quoted = (this.fieldFlags & QUOTED) !== 0
    this.row.push(this.fieldStart, quoted ? this.fieldEnd : at, this.fieldFlags)
    this.fieldFlags = 0
    this.afterQuote = false
  }

  private emit(): boolean {
    const row = this.row
    row.bytes = this.buf
    const blank = row.count === 1 && row.flags[0] === 0 && row.starts[0] === row.ends[0]
    if (!blank && this.sink(row) === false) this.stopped = true
    row.count = 0
    return !this.stopped
  }

  // The state lives in locals while scanning and goes back to the fields when the scan pauses.
  private scan(final: boolean) {
    const b = this.buf
    const n = b.length
    const row = this.row
    let i = this.pos
    let fieldStart = this.fieldStart
    let fieldEnd = this.fieldEnd
    let flags = this.fieldFlags
    let inQuotes = this.inQuotes
    let afterQuote = this.afterQuote
    let line = this.line
    let starts = row.starts
    let ends = row.ends
    let cellFlags = row.flags
    let count = row.count
    let c = 0
    scan: while (i < n) {
      if (inQuotes) {
        while (i < n) {
          c = b[i] as number
          if (c === QUOTE) break
          if (c === LF) line++
          i++
        }
        if (i >= n) break
        if (i + 1 >= n && !final) break // a doubled quote may straddle the chunks
        if (b[i + 1] === QUOTE) {
          flags |= ESCAPED
          i += 2
          continue
        }
        fieldEnd = i
        inQuotes = false
        afterQuote = true
        i++
        continue
      }
      if (i === fieldStart && !afterQuote && b[i] === QUOTE) {
        inQuotes = true
        flags = QUOTED
        fieldStart = i + 1
        i++
        continue
      }
      if (afterQuote) {
        while (i < n) {
          c = b[i] as number
          if (c === COMMA || c === LF || c === CR) break
          if (c !== 0x20 && c !== 0x09) flags |= TEXT_AFTER_QUOTE
          i++
        }
      } else {
        // The unquoted cells of a row, one after the other, without going back through the
        // checks above: most cells of most files are unquoted.
        for (;;) {
          while (i < n) {
            c = b[i] as number
            if (c > COMMA || (c !== COMMA && c !== LF && c !== CR)) i++
            else break
          }
          if (i >= n || c !== COMMA) break
          if (count === starts.length) {
            row.count = count
            row.grow()
            starts = row.starts
            ends = row.ends
            cellFlags = row.flags
          }
          starts[count] = fieldStart
          ends[count] = i
          cellFlags[count] = 0
          count++
          i++
          fieldStart = i
          if (i >= n || b[i] === QUOTE) continue scan
        }
      }
      if (i >= n) break
      // end of a cell
      if (count === starts.length) {
        row.count = count
        row.grow()
        starts = row.starts
        ends = row.ends
        cellFlags = row.flags
      }
      starts[count] = fieldStart
      ends[count] = flags & QUOTED ? fieldEnd : i
      cellFlags[count] = flags
      count++
      flags = 0
      afterQuote = false
      i++
      if (c === COMMA) {
        fieldStart = i
        continue
      }
      if (c === CR) {
        if (i < n) {
          if (b[i] === LF) i++
        } else if (!final) this.pendingCR = true
      }
      // end of a row
      row.count = count
      row.bytes = b
      const blank = count === 1 && cellFlags[0] === 0 && starts[0] === ends[0]
      if (!blank && this.sink(row) === false) {
        this.stopped = true
        this.pos = i
        return
      }
      count = 0
      line++
      row.line = line
      row.start = i
      fieldStart = i
    }
    row.count = count
    this.pos = i
    this.fieldStart = fieldStart
    this.fieldEnd = fieldEnd
    this.fieldFlags = flags
    this.inQuotes = inQuotes
    this.afterQuote = afterQuote
    this.line = line
  }
}
