import { open } from 'node:fs/promises'
import {
  expectations,
  type HourlyBatch,
  type HourlyColumns,
  type HourlyLayout,
  type InputIssue,
  inputIssue,
  isInputError,
  localizedText,
  type ReadNote,
  type StationInfo,
  streamHourlyCsv,
} from '../../../standards/air/index.js'
import { BreakCounter, type RangePlan } from './_plan.js'

/** What a worker thread of `air --jobs` is given. */
export interface AirJob {
  readonly plan: RangePlan
  /** The header line's bytes, put before every range but the first. */
  readonly header: Uint8Array
  readonly file: string
  readonly maxIssues: number
}

const CHUNK = 1 << 20

/** A batch as it crosses threads: the columns the command reads, its arrays transferred. */
export type RangeBatch = HourlyColumns & {
  readonly stationInfo: readonly StationInfo[]
  readonly source: { readonly file: string; readonly lines: Int32Array }
  readonly layout: HourlyLayout
  readonly notes: readonly ReadNote[]
}

/** What a worker sends back about one range. */
export type RangeMessage =
  | { readonly range: number; readonly batch: RangeBatch }
  | {
      readonly range: number
      /** Line breaks in the range's bytes. */
      readonly breaks: number
      /** The range's problems (lines counted from its header, as read). */
      readonly issues?: readonly InputIssue[]
      /** Reading stopped before the end of the range (a problem after which it cannot go on). */
      readonly stopped?: boolean
    }
  | { readonly failure: string }

const slim = (b: HourlyBatch): RangeBatch => ({
  length: b.length,
  stations: b.stations,
  stationInfo: b.stationInfo,
  station: b.station,
  time: b.time,
  so2: b.so2,
  no2: b.no2,
  co: b.co,
  o3: b.o3,
  pm10: b.pm10,
  pm25: b.pm25,
  source: { file: b.source.file, lines: b.source.lines },
  layout: b.layout,
  notes: b.notes,
})

const buffersOf = (b: RangeBatch): ArrayBuffer[] => [
  ...new Set(
    [b.station, b.time, b.so2, b.no2, b.co, b.o3, b.pm10, b.pm25, b.source.lines].map(
      (a) => a.buffer as ArrayBuffer,
    ),
  ),
]

/**
 * The first record of a batch whose 1-hour ozone columns contradict the reading the first
 * records decided (with one thread the reader itself finds it): the hour's O3 above the
 * maximum of the last 24 hours. Only records after `after` (the decision's last line) count.
 */
function contradiction(b: HourlyBatch, after: number): number {
  const max = b.published.o3_1hMax24h
  if (!max) return -1
  const lines = b.source.lines
  for (let r = 0; r < b.length; r++) {
    const o3 = b.o3[r] as number
    const top = max[r] as number
    if (Number.isFinite(o3) && Number.isFinite(top) && top < o3 && (lines[r] as number) > after)
      return r
  }
  return -1
}

/** The cells of a line as written (quotes kept; no quoted cell holds a line break here). */
function cellsOf(line: string): string[] {
  const cells: string[] = []
  let start = 0
  let quoted = false
  for (let i = 0; i <= line.length; i++) {
    const c = line[i]
    if (c === '"') quoted = !quoted
    else if (i === line.length || (c === ',' && !quoted)) {
      cells.push(line.slice(start, i))
      start = i + 1
    }
  }
  return cells
}

/** The problem the reader gives for such a record, located at its `o3_24h` cell. */
async function conflictIssue(
  job: AirJob,
  [start, end]: readonly [number, number],
  b: HourlyBatch,
  r: number,
): Promise<InputIssue> {
  const { plan } = job
  const file = await open(plan.path, 'r')
  const read = async (from: number, to: number) => {
    const buffer = Buffer.alloc(to - from)
    await file.read(buffer, 0, buffer.length, from)
    return buffer.toString('utf8')
  }
  let header: string
  let text: string
  try {
    header = await read(0, plan.headerEnd)
    text = start === 0 ? await read(0, end) : header + (await read(start, end))
  } finally {
    await file.close()
  }
  const line = b.source.lines[r] as number
  const row = text.split(/\r\n|\r|\n/)[line - 1] ?? ''
  const headers = cellsOf(header.replace(/^\uFEFF/, '').replace(/\r?\n$/, ''))
  const cell = headers.findIndex((h) => h.replaceAll('"', '').trim().toLowerCase() === 'o3_24h')
  const before = cellsOf(row).slice(0, cell).join(',')
  const hour = b.o3[r] as number
  const top = (b.published.o3_1hMax24h as Float64Array)[r] as number
  const [o3, o3_24h] = plan.layout === 'cnemc-archive' ? [top, hour] : [hour, top]
  return inputIssue({
    code: 'conflict',
    path: [(headers[cell] ?? 'o3_24h').replaceAll('"', '').trim()],
    expected: expectations.ozoneReading(),
    receivedText: `o3 ${o3}, o3_24h ${o3_24h}`,
    location: { file: job.file, line, column: cell > 0 ? before.length + 2 : 1 },
    hint: localizedText(
      `前面的行已按 ${plan.layout} 读取；用 layout 选项指定读法`,
      `earlier rows were read as ${plan.layout}; choose the reading with the layout option`,
    ),
  })
}

/**
 * Reads one byte range of a file (after the header's bytes, unless it is the first) with the
 * library's {@link streamHourlyCsv}, in the reading the plan decided, and sends its batches,
 * then its line breaks and problems.
 */
async function readRange(
  job: AirJob,
  range: number,
  post: (m: RangeMessage, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  const { plan } = job
  const bounds = plan.ranges[range] as readonly [number, number]
  const [start, end] = bounds
  const header = job.header
  const breaks = new BreakCounter()
  let consumed = false
  // one handle, read in large pieces: no stream and no second open per range
  const handle = await open(plan.path, 'r')
  async function* bytes() {
    if (start > 0) yield header
    for (let at = start; at < end; ) {
      const piece = Buffer.allocUnsafe(Math.min(CHUNK, end - at))
      const { bytesRead } = await handle.read(piece, 0, piece.length, at)
      if (bytesRead === 0) break
      const chunk = piece.subarray(0, bytesRead)
      breaks.push(chunk)
      yield chunk
      at += bytesRead
    }
    consumed = true
  }
  const reading = streamHourlyCsv(bytes(), {
    file: job.file,
    layout: plan.layout,
    encoding: 'utf-8',
    // a range may hold no record (blank lines); the file as a whole has some
    allowEmpty: true,
    maxIssues: job.maxIssues,
  })
  try {
    for await (const batch of reading) {
      if (batch.length === 0) continue
      if (plan.ozoneFromData) {
        const r = contradiction(batch, range === 0 ? plan.decidedAt : 0)
        if (r >= 0) {
          const issue = await conflictIssue(job, bounds, batch, r)
          post({ range, breaks: 0, issues: [issue], stopped: true })
          return
        }
      }
      const slimmed = slim(batch)
      post({ range, batch: slimmed }, buffersOf(slimmed))
    }
    post({ range, breaks: breaks.end() })
  } catch (error) {
    if (!isInputError(error)) throw error
    post({ range, breaks: breaks.end(), issues: error.issues, stopped: !consumed })
  } finally {
    await handle.close()
  }
}

/**
 * The work of one thread of `air --jobs`: reads the ranges this thread is sent, one after
 * another, until it is stopped.
 */
export async function runAirWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads')
  const job = workerData as AirJob
  const post = (m: RangeMessage, transfer?: ArrayBuffer[]) => parentPort?.postMessage(m, transfer)
  let work = Promise.resolve()
  parentPort?.on('message', (range: number) => {
    work = work
      .then(() => readRange(job, range, post))
      .catch((error) => post({ failure: String((error as Error)?.stack ?? error) }))
  })
}
