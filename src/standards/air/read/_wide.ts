import { ByteInterner } from '../../../_lib/csv/intern.js'
import { parseNumberBytes } from '../../../_lib/csv/number.js'
import type { CsvRow } from '../../../_lib/csv/scanner.js'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import { BatchBuilder, type SlotMap, StationBook } from './_batch.js'
import type { ReadContext, ValueRule } from './_context.js'
import { type StampProblem, wideStamp } from './_time.js'
import { WIDE_LAYOUT_TYPES } from './names.js'
import type { HourlyBatch, PublishedSeries } from './types.js'

// Slot of each type, in the order of WIDE_LAYOUT_TYPES.
const OUTPUT: readonly (
  | readonly ['pollutant', 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25']
  | readonly ['published', PublishedSeries]
)[] = [
  ['published', 'aqi'],
  ['pollutant', 'pm25'],
  ['published', 'pm25_24h'],
  ['pollutant', 'pm10'],
  ['published', 'pm10_24h'],
  ['pollutant', 'so2'],
  ['published', 'so2_24h'],
  ['pollutant', 'no2'],
  ['published', 'no2_24h'],
  ['pollutant', 'o3'],
  ['published', 'o3_1hMax24h'],
  ['published', 'o3_8hMoving'],
  ['published', 'o3_8hDayMax'],
  ['pollutant', 'co'],
  ['published', 'co_24h'],
]
const TYPES = WIDE_LAYOUT_TYPES.length
const TYPE_BYTES = WIDE_LAYOUT_TYPES.map((t) => new TextEncoder().encode(t.toLowerCase()))

const MAP: SlotMap = (() => {
  const pollutants: Record<string, number> = {}
  const published: Record<string, number> = {}
  OUTPUT.forEach(([kind, key], slot) => {
    if (kind === 'pollutant') pollutants[key] = slot
    else published[key] = slot
  })
  return { pollutants: pollutants as SlotMap['pollutants'], published }
})()

const RULES: readonly ValueRule[] = WIDE_LAYOUT_TYPES.map((t) => ({
  unit: t === 'AQI' ? null : t.startsWith('CO') ? 'mg/m³' : 'µg/m³',
  max: Number.POSITIVE_INFINITY,
  averaging: t.endsWith('_24h') ? text('24 小时平均', '24-hour') : text('1 小时平均', '1-hour'),
}))

/** Whether a header row is the wide layout's: `date,hour,type` first. */
export function isWideHeader(headers: readonly string[]): boolean {
  const [a, b, c] = headers.map((h) => h.trim().toLowerCase())
  return a === 'date' && b === 'hour' && c === 'type'
}

/**
 * Reads the wide layout: the rows of one hour (one per type) are gathered, then each station
 * with any cell in that hour becomes one record, in the order of the header's columns. A row
 * `date,hour,type,…` again (files concatenated with their headers) starts a new header.
 */
export class WideReader {
  private readonly builder: BatchBuilder
  private readonly stations = new StationBook()
  private readonly codes = new ByteInterner()
  private readonly rules: ValueRule[]
  /** Station index of each column (−1: no station). */
  private columns: Int32Array = new Int32Array(0)
  private headers: string[] = []
  private scratch = new Float64Array(0)
  private touched = new Uint8Array(0)
  private typeSeen = new Uint8Array(TYPES)
  private groupStamp = Number.NaN
  private groupLine = 0
  private groupDate = ''
  private groupHour = ''
  private skipping = false
  private readonly seen = new Map<number, number>()
  rows = 0

  constructor(
    private readonly context: ReadContext,
    private readonly ready: { push(batch: HourlyBatch): void },
    private readonly toInstant: (wall: number) => number,
    batchSize: number,
    maxPlausibleCo: number,
  ) {
    this.builder = new BatchBuilder(batchSize, TYPES, false)
    this.rules = RULES.map((r, k) =>
      (WIDE_LAYOUT_TYPES[k] as string).startsWith('CO') ? { ...r, max: maxPlausibleCo } : r,
    )
  }

  /** Takes a header row; problems are recorded at its line. */
  header(row: CsvRow, headers: readonly string[]): void {
    this.headers = headers.slice()
    this.columns = new Int32Array(headers.length).fill(-1)
    const columnOf = new Map<number, number>()
    for (let j = 3; j < headers.length; j++) {
      const code = headers[j] as string
      if (code === '') continue
      const bytes = new TextEncoder().encode(code)
      const station = this.codes.intern(bytes, 0, bytes.length)
      if (this.codes.added) {
        this.stations.codes[station] = code
        this.stations.info[station] = { city: null, name: null }
      }
      const earlier = columnOf.get(station)
      if (earlier !== undefined) {
        this.context.at(row, j, {
          code: 'duplicate',
          path: [code],
          expected: expect.unique(text('站点列', 'station column')),
          received: code,
          hint: text(`与第 ${earlier + 1} 列相同`, `as column ${earlier + 1}`),
        })
        continue
      }
      columnOf.set(station, j)
      this.columns[j] = station
    }
    const size = Math.max(this.stations.codes.length, 1)
    if (this.scratch.length < size * TYPES) {
      this.scratch = new Float64Array(size * TYPES * 2).fill(Number.NaN)
      this.touched = new Uint8Array(size * 2)
    }
  }

  /** Reads a data row; full batches go to the queue. */
  row(row: CsvRow): void {
    this.rows++
    const context = this.context
    if (row.count < this.headers.length) {
      context.add(
        issue({
          code: 'invalid_format',
          path: [],
          expected: expect.cells(this.headers.length),
          receivedText: String(row.count),
          location: { file: context.file, line: row.line },
        }),
      )
      return
    }
    const date = context.text(row, 0, ['date']) ?? ''
    const hour = context.text(row, 1, ['hour']) ?? ''
    if (date !== this.groupDate || hour !== this.groupHour) {
      this.flush()
      this.startGroup(row, date, hour)
    }
    if (this.skipping) return
    const type = this.typeOf(row)
    if (type < 0) return
    if (this.typeSeen[type]) {
      context.at(row, 2, {
        code: 'duplicate',
        path: ['type'],
        expected: expect.unique(text('类型（每小时一行）', 'type (one row an hour)')),
        received: WIDE_LAYOUT_TYPES[type],
      })
      return
    }
    this.typeSeen[type] = 1
    const rule = this.rules[type] as ValueRule
    const columns = this.columns
    const scratch = this.scratch
    const touched = this.touched
    const starts = row.starts
    const ends = row.ends
    const typeName = WIDE_LAYOUT_TYPES[type] as string
    const bytes = row.bytes
    const flags = row.flags
    const max = rule.max
    for (let j = 3; j < columns.length; j++) {
      const station = columns[j] as number
      const s = starts[j] as number
      const e = ends[j] as number
      if (station < 0 || s === e) continue
      // the common case inline: a plain number within the rule (kept apart from the
      // `undefined` of a problem, so that the number stays an unboxed double)
      let v = parseNumberBytes(bytes, s, e)
      if (!(v >= 0 && v <= max && (flags[j] as number) <= 1)) {
        const checked = context.value(row, j, rule, [typeName, this.headers[j] as string])
        if (checked === undefined) continue
        v = checked
      }
      scratch[station * TYPES + type] = v
      touched[station] = 1
    }
  }

  private startGroup(row: CsvRow, date: string, hour: string) {
    this.groupDate = date
    this.groupHour = hour
    this.groupLine = row.line
    this.typeSeen.fill(0)
    this.skipping = false
    const problem: { problem: StampProblem } = { problem: 'format' }
    const h = /^\d{1,2}$/.test(hour) ? Number(hour) : Number.NaN
    const stamp = wideStamp(date, h, this.toInstant, problem)
    if (Number.isNaN(stamp)) {
      if (Number.isNaN(wideStamp(date, 0, this.toInstant, problem))) {
        this.context.at(row, 0, {
          code: 'invalid_format',
          path: ['date'],
          expected: expect.compactDate(),
          received: date,
        })
      } else {
        this.context.at(row, 1, {
          code: hour === '' ? 'invalid_type' : 'invalid_value',
          path: ['hour'],
          expected: expect.between(0, 24),
          received: hour === '' ? undefined : hour,
        })
      }
      this.skipping = true
      return
    }
    const earlier = this.seen.get(stamp)
    if (earlier !== undefined) {
      this.context.at(row, 0, {
        code: 'duplicate',
        path: ['date'],
        expected: expect.unique(text('日期与小时', 'date and hour')),
        receivedText: `${date} ${hour}`,
        hint: text(`第 ${earlier} 行已有这一小时`, `that hour is given from line ${earlier} too`),
      })
      this.skipping = true
      return
    }
    this.seen.set(stamp, row.line)
    this.groupStamp = stamp
  }

  private typeOf(row: CsvRow): number {
    const b = row.bytes
    let s = row.starts[2] as number
    let e = row.ends[2] as number
    while (s < e && b[s] === 0x20) s++
    while (e > s && b[e - 1] === 0x20) e--
    for (let t = 0; t < TYPES; t++) {
      const bytes = TYPE_BYTES[t] as Uint8Array
      if (bytes.length !== e - s) continue
      let k = 0
      while (k < bytes.length) {
        let c = b[s + k] as number
        if (c >= 0x41 && c <= 0x5a) c += 0x20
        if (c !== bytes[k]) break
        k++
      }
      if (k === bytes.length) return t
    }
    this.context.at(row, 2, {
      code: 'invalid_value',
      path: ['type'],
      expected: expect.oneOf(WIDE_LAYOUT_TYPES),
      received: this.context.text(row, 2, ['type']) ?? '',
    })
    return -1
  }

  /** Turns the gathered hour into records; full batches go to the queue. */
  private flush(): void {
    if (this.skipping || this.groupDate === '') return
    const builder = this.builder
    const scratch = this.scratch
    const touched = this.touched
    const columns = this.columns
    for (let j = 3; j < columns.length; j++) {
      const station = columns[j] as number
      if (station < 0 || touched[station] === 0) continue
      touched[station] = 0
      const base = station * TYPES
      const i = builder.length
      for (let t = 0; t < TYPES; t++) {
        ;(builder.slots[t] as Float64Array)[i] = scratch[base + t] as number
        scratch[base + t] = Number.NaN
      }
      if (this.context.failed) continue
      builder.commit(station, this.groupStamp, this.groupLine)
      if (builder.full) this.ready.push(this.take(false))
    }
  }

  private anyTaken = false

  private take(last: boolean): HourlyBatch {
    this.anyTaken = true
    return this.builder.take(
      MAP,
      {
        file: this.context.file,
        layout: 'wide',
        notes: [],
        stations: this.stations,
        primaryTexts: null,
      },
      last,
    )
  }

  /** The records not yet taken, at the end of the input. */
  finish(): void {
    this.flush()
    this.groupDate = ''
    if (this.builder.length > 0 || !this.anyTaken) this.ready.push(this.take(true))
  }
}
