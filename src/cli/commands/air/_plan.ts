import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import {
  type HourlyBatch,
  type HourlyLayout,
  type ReadNote,
  streamHourlyCsv,
} from '../../../standards/air/index.js'

/** How `air --jobs` reads one file in byte ranges, decided on this thread before any worker starts. */
export interface RangePlan {
  /** The file's absolute path. */
  readonly path: string
  /**
   * The reading every range uses: as given, or for CNEMC files read `auto` the one their first
   * records decided, as with one thread.
   */
  readonly layout: 'auto' | Exclude<HourlyLayout, 'wide'>
  /** The reading's remarks, from the first batch, where it was decided here. */
  readonly notes?: readonly ReadNote[]
  /**
   * The ozone columns decided the reading (CNEMC files read `auto`): a later record that
   * contradicts it is a problem, as with one thread.
   */
  readonly ozoneFromData: boolean
  /** The last line of the first batch: records after it are checked against the reading. */
  readonly decidedAt: number
  /** The header line's bytes end here (after its line break). */
  readonly headerEnd: number
  /** Line breaks in the header bytes. */
  readonly headerBreaks: number
  /** The byte ranges, in file order, each starting at a line start. */
  readonly ranges: readonly (readonly [start: number, end: number])[]
}

/** The smallest range worth a thread of its own. */
const MIN_RANGE = 1 << 18
/** Ranges per thread: small enough that the ranges read ahead of the engine stay few. */
const RANGES_PER_JOB = 6
const CHUNK = 1 << 20

/** Counts line breaks as the CSV scanner does: LF, CRLF or a lone CR, across chunks. */
export class BreakCounter {
  count = 0
  private cr = false

  /** Counts the breaks of the next chunk. */
  push(chunk: Uint8Array): void {
    const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (b.length === 0) return
    if (this.cr && b[0] !== 0x0a) this.count++
    this.cr = false
    for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) this.count++
    for (let r = b.indexOf(0x0d); r >= 0; r = b.indexOf(0x0d, r + 1)) {
      if (r === b.length - 1) this.cr = true
      else if (b[r + 1] !== 0x0a) this.count++
    }
  }

  /** The breaks counted, a CR at the very end included. */
  end(): number {
    if (this.cr) this.count++
    this.cr = false
    return this.count
  }
}

const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d
const QUOTE = 0x22
const opens = (before: number) =>
  before === COMMA || before === LF || before === CR || before === QUOTE
const closes = (after: number) => after === COMMA || after === LF || after === CR || after === QUOTE

/**
 * Whether no quoted cell holds a line break, so that every line break ends a record and a
 * range may start after any of them. Quotes are paired in order; an opening quote must start
 * a cell and a closing one end it (or be doubled), as the CSV scanner reads them, else the
 * pairing could differ from the scanner's and the file is read with one thread.
 */
class QuoteCheck {
  private inside = false
  private last = LF
  private closing = false

  /** Checks the next chunk; false at a line break within quotes or a quote out of place. */
  push(chunk: Buffer): boolean {
    if (chunk.length === 0) return true
    if (this.closing && !closes(chunk[0] as number)) return false
    this.closing = false
    for (let at = 0; ; ) {
      const q = chunk.indexOf(QUOTE, at)
      if (this.inside) {
        const part = chunk.subarray(at, q < 0 ? chunk.length : q)
        if (part.indexOf(LF) >= 0 || part.indexOf(CR) >= 0) return false
        if (q < 0) break
        if (q + 1 < chunk.length) {
          if (!closes(chunk[q + 1] as number)) return false
        } else this.closing = true
        this.inside = false
      } else {
        if (q < 0) break
        if (!opens(q > 0 ? (chunk[q - 1] as number) : this.last)) return false
        this.inside = true
      }
      at = q + 1
    }
    this.last = chunk[chunk.length - 1] as number
    return true
  }

  /** Whether the last quoted cell was closed. */
  end(): boolean {
    return !this.inside
  }
}

/** What the whole file says: whether ranges can be read apart, and where the header ends. */
async function scanFile(
  path: string,
): Promise<{ size: number; header: Buffer; headerBreaks: number } | null> {
  const file = await open(path, 'r')
  try {
    const size = (await file.stat()).size
    const buffer = Buffer.allocUnsafe(CHUNK)
    let carry = Buffer.alloc(0)
    let header: Buffer | null = null
    const quotes = new QuoteCheck()
    for (let at = 0; at < size; ) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, at)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      // gzip: read as it streams, not by range
      if (at === 0 && chunk[0] === 0x1f && chunk[1] === 0x8b) return null
      if (!quotes.push(chunk)) return null
      if (header === null) {
        const lf = chunk.indexOf(0x0a)
        if (lf < 0) return null
        header = Buffer.from(chunk.subarray(0, lf + 1))
      }
      // UTF-8 is checked line by line (a character never spans a line break)
      const first = chunk.indexOf(0x0a)
      const last = chunk.lastIndexOf(0x0a)
      if (first < 0) carry = Buffer.concat([carry, chunk])
      else {
        if (carry.length && !isUtf8(Buffer.concat([carry, chunk.subarray(0, first + 1)])))
          return null
        if (!isUtf8(chunk.subarray(first + 1, last + 1))) return null
        carry = Buffer.from(chunk.subarray(last + 1))
      }
      at += bytesRead
    }
    if (header === null || !quotes.end() || (carry.length && !isUtf8(carry))) return null
    const breaks = new BreakCounter()
    breaks.push(header)
    return { size, header, headerBreaks: breaks.end() }
  } finally {
    await file.close()
  }
}

/** The line starts nearest after evenly spaced offsets. */
async function splitAt(path: string, from: number, size: number, n: number): Promise<number[]> {
  const file = await open(path, 'r')
  const window = Buffer.allocUnsafe(1 << 16)
  const starts: number[] = []
  try {
    for (let k = 1; k < n; k++) {
      let at = Math.max(from, Math.floor(from + ((size - from) * k) / n) - 1)
      if (at <= (starts.at(-1) ?? 0)) at = starts.at(-1) as number
      let start = -1
      while (start < 0 && at < size) {
        const { bytesRead } = await file.read(window, 0, window.length, at)
        if (bytesRead === 0) break
        const lf = window.subarray(0, bytesRead).indexOf(0x0a)
        if (lf >= 0) start = at + lf + 1
        else at += bytesRead
      }
      if (start < 0 || start >= size) break
      if (start > (starts.at(-1) ?? 0)) starts.push(start)
    }
  } finally {
    await file.close()
  }
  return starts
}

/** Whether any record of a batch has both 1-hour ozone columns and they differ. */
function ozoneDecides(batch: HourlyBatch): boolean {
  const max = batch.published?.o3_1hMax24h
  if (!max) return false
  const o3 = batch.o3
  for (let r = 0; r < batch.length; r++) {
    const a = o3[r] as number
    const b = max[r] as number
    if (Number.isFinite(a) && Number.isFinite(b) && a !== b) return true
  }
  return false
}

/**
 * The plan of `air --jobs` for one CSV file, or null when it is read with one thread: gzip,
 * a quoted cell that holds a line break (or a quote that does not open or close a cell), bytes that are not UTF-8 (GBK), the wide layout
 * (an hour's records span rows), a file without a line break, or one too small to split; and a
 * CNEMC file read `auto` whose first batch (which decides the ozone reading) has problems: one
 * thread then gives them.
 *
 * @param path - the file's absolute path
 * @param reading - the reading options of one thread
 * @param jobs - the worker threads asked for
 * @returns the plan, or null
 */
export async function planRanges(
  path: string,
  reading: {
    readonly file: string
    readonly layout: 'auto' | HourlyLayout
    readonly allowEmpty: boolean
    readonly maxIssues: number
  },
  jobs: number,
): Promise<RangePlan | null> {
  const scanned = await scanFile(path)
  if (scanned === null || scanned.headerBreaks !== 1 || reading.layout === 'wide') return null
  const { size, header, headerBreaks } = scanned
  const n = Math.min(jobs * RANGES_PER_JOB, Math.floor((size - header.length) / MIN_RANGE))
  if (n < 2) return null
  const cells = header
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((h) => h.replaceAll('"', '').trim().toLowerCase())
  if (cells.slice(0, 3).includes('type')) return null
  let decided: Pick<RangePlan, 'layout' | 'notes' | 'ozoneFromData' | 'decidedAt'> = {
    layout: reading.layout,
    ozoneFromData: false,
    decidedAt: 0,
  }
  // the CNEMC columns: the first batch decides the ozone reading, as with one thread
  if (reading.layout === 'auto' && cells.some((h) => h.includes('_24h'))) {
    const probe = streamHourlyCsv(createReadStream(path, { highWaterMark: 1 << 20 }), {
      ...reading,
      encoding: 'utf-8',
    })
    let first: HourlyBatch | undefined
    try {
      first = (await probe.next()).value ?? undefined
    } catch {
      return null
    } finally {
      await probe.return(undefined)
    }
    if (first === undefined || first.length === 0 || first.layout === 'wide') return null
    decided = {
      layout: first.layout,
      notes: first.notes,
      ozoneFromData: ozoneDecides(first),
      decidedAt: first.source.lines[first.length - 1] as number,
    }
  }
  const starts = await splitAt(path, header.length, size, n)
  if (starts.length === 0) return null
  const bounds = [0, ...starts, size]
  return {
    path,
    ...decided,
    headerEnd: header.length,
    headerBreaks,
    ranges: bounds.slice(1).map((end, k) => [bounds[k] as number, end] as const),
  }
}
