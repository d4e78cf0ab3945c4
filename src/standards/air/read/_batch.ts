import type { LocalizedText } from '../../../_lib/localized-text.js'
import type {
  CodedTextColumn,
  HourlyBatch,
  HourlyLayout,
  PublishedSeries,
  ReadNote,
  StationInfo,
} from './types.js'

/** The six pollutants of {@link HourlyBatch}, in its order. */
export const POLLUTANTS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const
export type Pollutant = (typeof POLLUTANTS)[number]

/** Which raw column (slot) each output column is, `-1` for a pollutant without a column. */
export interface SlotMap {
  readonly pollutants: Readonly<Record<Pollutant, number>>
  readonly published: Readonly<Partial<Record<PublishedSeries, number>>>
}

/** The stations met so far: codes, and what the file says about them. */
export class StationBook {
  readonly codes: string[] = []
  readonly info: StationInfo[] = []
}

/** Distinct texts of a coded column. */
export class TextBook {
  readonly texts: string[] = []
}

/**
 * Columns of records being read, in raw slots (one per numeric column of the file), until a
 * batch is full; the output columns are assigned to slots when the batch is taken.
 */
export class BatchBuilder {
  length = 0
  station!: Int32Array
  time!: Float64Array
  lines!: Int32Array
  slots!: Float64Array[]
  primary: Int32Array | null = null

  constructor(
    readonly capacity: number,
    readonly slotCount: number,
    readonly hasPrimary: boolean,
  ) {
    this.allocate()
  }

  private allocate() {
    // grown as records come, up to the capacity
    const n = Math.min(this.capacity, 4096)
    this.station = new Int32Array(n)
    this.time = new Float64Array(n)
    this.lines = new Int32Array(n)
    this.slots = Array.from({ length: this.slotCount }, () => new Float64Array(n))
    this.primary = this.hasPrimary ? new Int32Array(n) : null
    this.length = 0
  }

  get full(): boolean {
    return this.length === this.capacity
  }

  /** Ends the record being written: its values are in the slots at `length`. */
  commit(station: number, time: number, line: number): void {
    const i = this.length
    this.station[i] = station
    this.time[i] = time
    this.lines[i] = line
    this.length = i + 1
    if (this.length === this.station.length && this.length < this.capacity) this.grow()
  }

  private grow() {
    const n = Math.min(this.capacity, this.station.length * 2)
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n)
      b.set(a)
      return b
    }
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n)
      b.set(a)
      return b
    }
    this.station = i32(this.station)
    this.time = f64(this.time)
    this.lines = i32(this.lines)
    this.slots = this.slots.map(f64)
    if (this.primary) this.primary = i32(this.primary)
  }

  /** The batch so far, with its columns assigned; a fresh builder follows unless `last`. */
  take(
    map: SlotMap,
    context: {
      readonly file: string
      readonly layout: HourlyLayout
      readonly notes: readonly ReadNote[]
      readonly stations: StationBook
      readonly primaryTexts: TextBook | null
    },
    last = false,
  ): HourlyBatch {
    const n = this.length
    const cut = <T extends Float64Array | Int32Array>(a: T): T =>
      (n === a.length ? a : a.slice(0, n)) as T
    const column = (slot: number) => {
      if (slot >= 0) return cut(this.slots[slot] as Float64Array)
      return new Float64Array(n).fill(Number.NaN)
    }
    const published: Record<string, Float64Array | CodedTextColumn> = {}
    for (const [key, slot] of Object.entries(map.published)) {
      published[key] = column(slot as number)
    }
    if (this.primary && context.primaryTexts) {
      published.primaryPollutant = {
        texts: context.primaryTexts.texts.slice(),
        index: cut(this.primary),
      }
    }
    const p = map.pollutants
    const batch: HourlyBatch = {
      length: n,
      stations: context.stations.codes.slice(),
      stationInfo: context.stations.info.slice(),
      station: cut(this.station),
      time: cut(this.time),
      so2: column(p.so2),
      no2: column(p.no2),
      co: column(p.co),
      o3: column(p.o3),
      pm10: column(p.pm10),
      pm25: column(p.pm25),
      source: { file: context.file, lines: cut(this.lines) },
      published,
      layout: context.layout,
      notes: context.notes,
    }
    if (!last) this.allocate()
    return batch
  }
}

/** A note in both languages. */
export const note = (code: ReadNote['code'], message: LocalizedText): ReadNote => ({
  code,
  message,
})
