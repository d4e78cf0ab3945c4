import { ByteInterner } from '../../../_lib/csv/intern.js'
import { parseNumberBytes } from '../../../_lib/csv/number.js'
import type { CsvRow } from '../../../_lib/csv/scanner.js'
import { expect, issue, text } from '../../../_lib/errors/catalogue.js'
import type { IssueLocation } from '../../../_lib/errors/issue.js'
import { BatchBuilder, note, POLLUTANTS, type SlotMap, StationBook, TextBook } from './_batch.js'
import type { ReadContext, ValueRule } from './_context.js'
import type { LongHeader } from './_long-header.js'
import { decideOzone, type OzoneEvidence, ozoneNote } from './_ozone.js'
import { stampIssue } from './_stamp.js'
import type { StampReader } from './_time.js'
import type { HourlyField } from './names.js'
import type { HourlyBatch, HourlyLayout, PublishedSeries, ReadNote } from './types.js'

type NumericField = Exclude<
  HourlyField,
  'station' | 'time' | 'city' | 'name' | 'longitude' | 'latitude' | 'primaryPollutant'
>

const PLAIN_FIELDS: readonly NumericField[] = [
  'aqi',
  ...POLLUTANTS,
  'so2_24h',
  'no2_24h',
  'co_24h',
  'pm10_24h',
  'pm25_24h',
]
const OZONE_FIELDS: readonly NumericField[] = ['o3_24h', 'o3_8h', 'o3_8h_24h']

const ONE_HOUR = text('1 小时平均', '1-hour')
const DAY = text('24 小时平均', '24-hour')

/** Published figures read straight from their own columns, in every long layout. */
const SAME_NAME: readonly [PublishedSeries, NumericField][] = [
  ['aqi', 'aqi'],
  ['so2_24h', 'so2_24h'],
  ['no2_24h', 'no2_24h'],
  ['co_24h', 'co_24h'],
  ['pm10_24h', 'pm10_24h'],
  ['pm25_24h', 'pm25_24h'],
]

/** What each reading takes its O3 figures from. */
const OZONE_READINGS: Readonly<
  Record<Exclude<HourlyLayout, 'wide'>, Partial<Record<'o3' | PublishedSeries, NumericField>>>
> = {
  plain: { o3: 'o3' },
  cnemc: { o3: 'o3', o3_1hMax24h: 'o3_24h', o3_8hMoving: 'o3_8h', o3_8hDayMax: 'o3_8h_24h' },
  'cnemc-archive': {
    o3: 'o3_24h',
    o3_1hMax24h: 'o3',
    o3_8hMoving: 'o3_8h_24h',
    o3_8hDayMax: 'o3_8h',
  },
  'cnemc-2026': { o3: 'o3', o3_8hMoving: 'o3_8h_24h', o3_8hDayMax: 'o3_8h' },
}

/** Reads the data rows of a long layout (plain or CNEMC) into batches. */
export class LongReader {
  private readonly builder: BatchBuilder
  private readonly fields: NumericField[]
  private readonly cells: number[]
  private readonly rules: ValueRule[]
  /** The issue path of each column: its header as written. */
  private readonly paths: (readonly string[])[]
  private readonly stationCell: number
  private readonly timeCell: number
  private readonly cityCell: number
  private readonly nameCell: number
  private readonly primaryCell: number
  private readonly stationCodes = new ByteInterner()
  private readonly primaries = new ByteInterner()
  private readonly stations = new StationBook()
  private readonly primaryTexts = new TextBook()
  private readonly notes: ReadNote[] = []
  private readonly o3Slot: number
  private readonly o3_24hSlot: number
  private readonly o3_8hSlot: number
  private readonly o3_8h_24hSlot: number
  private readonly evidence: OzoneEvidence = {
    above: 0,
    below: 0,
    equal: 0,
    above8: 0,
    below8: 0,
    firstAbove: null,
    firstBelow: null,
  }
  /** The reading, once decided; null while the data decide (cnemc layouts, `auto`). */
  private reading: Exclude<HourlyLayout, 'wide'> | null
  private conflictReported = false
  /** Whether the file has a pair of ozone columns to weigh. */
  private readonly weighs: boolean
  private taken = 0
  rows = 0

  constructor(
    private readonly context: ReadContext,
    private readonly ready: { push(batch: HourlyBatch): void },
    private readonly header: LongHeader,
    layout: Exclude<HourlyLayout, 'wide'> | 'cnemc-auto',
    private readonly stamps: StampReader,
    options: { readonly batchSize: number; readonly maxPlausibleCo: number },
  ) {
    const column = header.column
    this.paths = header.headers.map((h) => [h])
    const wanted = layout === 'plain' ? PLAIN_FIELDS : [...PLAIN_FIELDS, ...OZONE_FIELDS]
    this.fields = wanted.filter((f) => column[f] !== undefined)
    this.cells = this.fields.map((f) => column[f] as number)
    this.rules = this.fields.map((f) => ({
      unit: f === 'aqi' ? null : f.startsWith('co') ? 'mg/m³' : 'µg/m³',
      max: f.startsWith('co') ? options.maxPlausibleCo : Number.POSITIVE_INFINITY,
      averaging: f === 'co_24h' ? DAY : ONE_HOUR,
    }))
    this.stationCell = column.station as number
    this.timeCell = column.time as number
    this.cityCell = column.city ?? -1
    this.nameCell = column.name ?? -1
    this.primaryCell = column.primaryPollutant ?? -1
    const slot = (f: NumericField) => this.fields.indexOf(f)
    this.o3Slot = slot('o3')
    this.o3_24hSlot = slot('o3_24h')
    this.o3_8hSlot = slot('o3_8h')
    this.o3_8h_24hSlot = slot('o3_8h_24h')
    this.reading = layout === 'cnemc-auto' ? null : layout
    this.weighs =
      (this.o3Slot >= 0 && this.o3_24hSlot >= 0) || (this.o3_8hSlot >= 0 && this.o3_8h_24hSlot >= 0)
    this.builder = new BatchBuilder(options.batchSize, this.fields.length, this.primaryCell >= 0)
  }

  /** The layout the records are read in (decided by the data for the CNEMC layouts). */
  get layout(): HourlyLayout {
    return this.reading ?? 'cnemc'
  }

  /** Reads a data row; full batches go to the queue. */
  row(row: CsvRow): void {
    this.rows++
    const context = this.context
    const headerCount = this.header.headers.length
    if (row.count < headerCount) {
      context.add(
        issue({
          code: 'invalid_format',
          path: [],
          expected: expect.cells(headerCount),
          receivedText: String(row.count),
          location: { file: context.file, line: row.line },
        }),
      )
      return
    }
    const b = row.bytes
    const starts = row.starts
    const ends = row.ends
    const paths = this.paths
    // station
    const sc = this.stationCell
    let s = starts[sc] as number
    let e = ends[sc] as number
    while (s < e && (b[s] === 0x20 || b[s] === 0x09)) s++
    while (e > s && (b[e - 1] === 0x20 || b[e - 1] === 0x09)) e--
    let station = -1
    if (s === e) {
      context.at(row, sc, {
        code: 'invalid_type',
        path: paths[sc] as string[],
        expected: expect.stationCode(),
        received: undefined,
      })
    } else if (context.quotingOk(row, sc, paths[sc] as string[])) {
      station = this.stationCodes.intern(b, s, e)
      if (this.stationCodes.added) this.addStation(row, station)
    }
    // time
    const tc = this.timeCell
    const time = this.stamps.read(b, starts[tc] as number, ends[tc] as number)
    if (Number.isNaN(time)) {
      const written = context.text(row, tc, paths[tc] as string[]) ?? ''
      context.at(row, tc, stampIssue(this.stamps.problem, written, paths[tc] as string[]))
    }
    // values
    const builder = this.builder
    const i = builder.length
    const slots = builder.slots
    const cells = this.cells
    const rules = this.rules
    const flags = row.flags
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k] as number
      const rule = rules[k] as ValueRule
      // the common case inline: a plain number within the rule (kept apart from the
      // `undefined` of a problem, so that the number stays an unboxed double)
      const v =
        cell < row.count ? parseNumberBytes(b, starts[cell] as number, ends[cell] as number) : -1
      if (v >= 0 && v <= rule.max && (flags[cell] as number) <= 1) {
        ;(slots[k] as Float64Array)[i] = v
      } else {
        const checked = context.value(row, cell, rule, paths[cell] as string[])
        ;(slots[k] as Float64Array)[i] = checked === undefined ? Number.NaN : checked
      }
    }
    if (builder.primary) {
      const pc = this.primaryCell
      let ps = starts[pc] as number
      let pe = ends[pc] as number
      while (ps < pe && (b[ps] === 0x20 || b[ps] === 0x09)) ps++
      while (pe > ps && (b[pe - 1] === 0x20 || b[pe - 1] === 0x09)) pe--
      let code = -1
      if (ps < pe) {
        code = this.primaries.intern(b, ps, pe)
        if (this.primaries.added) {
          this.primaryTexts.texts.push(context.text(row, pc, paths[pc] as string[]) ?? '')
        }
      }
      builder.primary[i] = code
    }
    if (this.weighs) this.weigh(row, i)
    if (context.failed) return
    builder.commit(station, time, row.line)
    if (builder.full) this.ready.push(this.take(false))
  }

  /** Counts what the ozone columns of a record say about their reading. */
  private weigh(row: CsvRow, i: number) {
    const slots = this.builder.slots
    const a = this.o3Slot >= 0 ? ((slots[this.o3Slot] as Float64Array)[i] as number) : Number.NaN
    const c =
      this.o3_24hSlot >= 0 ? ((slots[this.o3_24hSlot] as Float64Array)[i] as number) : Number.NaN
    const ev = this.evidence
    if (this.o3Slot >= 0 && this.o3_24hSlot >= 0 && Number.isFinite(a) && Number.isFinite(c)) {
      if (a > c) {
        ev.above++
        if (ev.firstAbove === null) ev.firstAbove = this.context.where(row, this.o3_24hCell())
      } else if (a < c) {
        ev.below++
        if (ev.firstBelow === null) ev.firstBelow = this.context.where(row, this.o3_24hCell())
      } else ev.equal++
      if (this.reading !== null && this.reading === this.decidedFromData) this.check(a, c, row)
    }
    if (this.o3_8hSlot >= 0 && this.o3_8h_24hSlot >= 0) {
      const m = (slots[this.o3_8hSlot] as Float64Array)[i] as number
      const l = (slots[this.o3_8h_24hSlot] as Float64Array)[i] as number
      if (Number.isFinite(m) && Number.isFinite(l)) {
        if (m > l) ev.above8++
        else if (m < l) ev.below8++
      }
    }
  }

  private decidedFromData: HourlyLayout | null = null

  private o3_24hCell(): number {
    return this.header.column.o3_24h as number
  }

  /** After the data decided the reading, a record that contradicts it is a problem. */
  private check(o3: number, o3_24h: number, row: CsvRow) {
    const wrong = this.reading === 'cnemc-archive' ? o3 < o3_24h : o3 > o3_24h
    if (!wrong || this.conflictReported) return
    this.conflictReported = true
    this.context.fatal(
      issue({
        code: 'conflict',
        path: [this.header.headers[this.o3_24hCell()] as string],
        expected: expect.ozoneReading(),
        receivedText: `o3 ${o3}, o3_24h ${o3_24h}`,
        location: this.context.where(row, this.o3_24hCell()),
        hint: text(
          `前面的行已按 ${this.reading} 读取；用 layout 选项指定读法`,
          `earlier rows were read as ${this.reading}; choose the reading with the layout option`,
        ),
      }),
    )
  }

  private addStation(row: CsvRow, index: number) {
    const headers = this.header.headers
    const code = this.context.text(row, this.stationCell, [headers[this.stationCell] as string])
    const info = (cell: number) => {
      if (cell < 0) return null
      const t = this.context.text(row, cell, [headers[cell] as string])
      return t === null || t === '' ? null : t
    }
    this.stations.codes[index] = code ?? ''
    this.stations.info[index] = { city: info(this.cityCell), name: info(this.nameCell) }
  }

  private decide() {
    if (this.reading !== null) return
    const decision = decideOzone(this.evidence, this.header.column)
    if (decision.conflict) {
      const ev = this.evidence
      const minorityAbove = ev.above <= ev.below
      this.context.fatal(
        issue({
          code: 'conflict',
          path: [this.header.headers[this.o3_24hCell()] as string],
          expected: expect.ozoneReading(),
          receivedText: `o3 above o3_24h in ${ev.above} rows, below it in ${ev.below}`,
          location: (minorityAbove ? ev.firstAbove : ev.firstBelow) as IssueLocation,
          hint: text(
            "用 layout: 'cnemc'（导出）或 'cnemc-archive'（2022 年存档）指定读法",
            "choose the reading with layout: 'cnemc' (export) or 'cnemc-archive' (archive of 2022)",
          ),
        }),
      )
    }
    this.reading = decision.layout
    this.decidedFromData = decision.fromData ? decision.layout : null
    this.notes.push(ozoneNote(decision, this.evidence))
  }

  /** A note on the pollutants the header has no column for, under the reading. */
  private noteAbsent(reading: Exclude<HourlyLayout, 'wide'>) {
    const column = this.header.column
    const absent = POLLUTANTS.filter(
      (p) => column[p === 'o3' ? (OZONE_READINGS[reading].o3 as NumericField) : p] === undefined,
    )
    if (absent.length === 0) return
    this.notes.push(
      note('missing-columns', {
        zh: `没有 ${absent.join('、')} 列：这些污染物在每条记录中都缺失`,
        en: `no column for ${absent.join(', ')}: those pollutants are missing in every record`,
      }),
    )
  }

  private take(last: boolean): HourlyBatch {
    if (this.taken === 0) {
      this.decide()
      this.noteAbsent(this.reading ?? 'cnemc')
    }
    this.taken++
    const reading = this.reading ?? 'cnemc'
    const slot = (f: NumericField | undefined) => (f === undefined ? -1 : this.fields.indexOf(f))
    const ozone = OZONE_READINGS[reading]
    const pollutants = Object.fromEntries(
      POLLUTANTS.map((p) => [p, slot(p === 'o3' ? ozone.o3 : p)]),
    ) as unknown as SlotMap['pollutants']
    const published: Partial<Record<PublishedSeries, number>> = {}
    for (const [key, field] of SAME_NAME) if (slot(field) >= 0) published[key] = slot(field)
    for (const key of ['o3_1hMax24h', 'o3_8hMoving', 'o3_8hDayMax'] as const) {
      const s = slot(ozone[key])
      if (s >= 0) published[key] = s
    }
    return this.builder.take(
      { pollutants, published },
      {
        file: this.context.file,
        layout: reading,
        notes: this.notes.slice(),
        stations: this.stations,
        primaryTexts: this.builder.primary ? this.primaryTexts : null,
      },
      last,
    )
  }

  /** The last batch (records not yet taken), at the end of the input. */
  finish(): void {
    if (this.builder.length > 0 || this.taken === 0) this.ready.push(this.take(true))
  }
}
