import { expect, issue, relocate, text } from '../../_lib/errors/catalogue.js'
import { InputError } from '../../_lib/errors/input-error.js'
import type { InputIssue, IssueLocation } from '../../_lib/errors/issue.js'
import { createHourReader, dayStartIndex, expectedTimestamp, type HourSlot } from './_clock.js'
import { implausibleCo } from './_co.js'
import {
  floorOfDecimal,
  GRID_MAX as GRID_TOP,
  roundHalfEvenDiv as halfEvenDiv,
  quotientText,
  toSteps as stepsOfValue,
  tenthsOf,
} from './_grid.js'
import { parseAirInput } from './_input.js'
import { takeNotMeasured, withNotMeasured } from './_not-measured.js'
import { MAX_ISSUES, type ValueRule, valueIssue } from './_value-check.js'
import { type HourlyColumns, NOT_MEASURED } from './columns.js'
import type { StationDay } from './hourly/types.js'
import { type HourlyRecord, HourlyRecordSchema, MAX_PLAUSIBLE_CO_1H } from './schemas.js'

// Module-local bindings for the per-value path: under a CommonJS transform of this module (tsx,
// ts-node, jest) every read of an imported binding is a property getter, which cost more than
// the work per hourly value itself.
const GRID_MAX = GRID_TOP
const roundHalfEvenDiv = halfEvenDiv
const toSteps = stepsOfValue
const tenths = tenthsOf

/** Hourly pollutants in the order of the engine's value slots. */
export const HOURLY_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3'] as const
const CO = 2
const SLOTS = HOURLY_KEYS.length
const HOUR_MS = 3_600_000

/** The record keys of the six values, in the order of `HourlyRecordSchema` (its issues' order). */
const RECORD_KEYS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const

/** A value `HourlyRecordSchema` accepts: absent, `null`, or a finite number ≥ 0. */
const isRecordValue = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === 'notMeasured' ||
  (typeof v === 'number' && v >= 0 && v < Number.POSITIVE_INFINITY)

/**
 * Whether `HourlyRecordSchema` accepts `r`, checked without zod: an object with a non-empty
 * station code, a non-empty timestamp or a valid `Date`, and the six values.
 */
function isValidRecord(r: unknown): boolean {
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return false
  const o = r as Record<string, unknown>
  const { station, time } = o
  if (typeof station !== 'string' || station.length === 0) return false
  if (typeof time === 'string') {
    if (time.length === 0) return false
  } else if (!(time instanceof Date) || Number.isNaN(time.getTime())) return false
  for (const k of RECORD_KEYS) if (!isRecordValue(o[k])) return false
  return true
}

/**
 * What a zone's rules say of its natural days, shared by every engine of the same clock (the
 * timestamp convention and the zone): each day's start, whether it is plain (see
 * `StationDayEngine.plainDay`), and the plain day that starts at an hour. These are facts of the
 * zone, so a new engine does not ask the time-zone reader (slow) again for a day already seen;
 * a few numbers per calendar day, not per record.
 */
interface Clock {
  readonly dayStarts: Map<string, number>
  /** Per natural day: its start when it is a plain day, else `null`. */
  readonly plainDays: Map<string, number | null>
  /** Per start (hour index) of a plain day: its date. */
  readonly plainAt: Map<number, string>
}
const CLOCKS = new Map<string, Clock>()
function clockOf(timestamp: string, timeZone: string): Clock {
  const key = `${timestamp} ${timeZone}`
  let clock = CLOCKS.get(key)
  if (!clock) {
    clock = { dayStarts: new Map(), plainDays: new Map(), plainAt: new Map() }
    CLOCKS.set(key, clock)
  }
  return clock
}

/** Resolved settings of the station-day engine. */
export interface EngineSettings {
  readonly timestamp: 'hour-ending' | 'hour-beginning'
  readonly timeZone: string
  readonly minHours: number
  readonly minHoursPer8h: number
  readonly minWindowsPerDay: number
  readonly o3_8hLimit: number
  readonly minHoursO3_1h: number
  readonly round: boolean
  readonly maxPlausibleCo: number
}

/**
 * The exact rational path for the records of one station day with a value off the integer
 * grid: the station days of `aggregateStationDays` (given, so that this module needs no import of
 * it).
 */
export type ExactDays = (records: readonly HourlyRecord[]) => StationDay[]

/** The options of `aggregateStationDays`, as its schema gives them. */
interface StationDayOptions {
  readonly timestamp?: 'hour-ending' | 'hour-beginning' | undefined
  readonly timeZone?: string | undefined
  readonly minHours?: number | undefined
  readonly minHoursPer8h?: number | undefined
  readonly minWindowsPerDay?: number | undefined
  readonly o3_8hLimit?: number | undefined
  readonly minHoursO3_1h?: number | undefined
  readonly round?: boolean | undefined
  readonly maxPlausibleCo?: number | undefined
}

/** The options of `aggregateStationDays` with its defaults. */
export const engineSettings = (o: StationDayOptions): EngineSettings => ({
  timestamp: o.timestamp ?? 'hour-ending',
  timeZone: o.timeZone ?? 'Asia/Shanghai',
  minHours: o.minHours ?? 20,
  minHoursPer8h: o.minHoursPer8h ?? 6,
  minWindowsPerDay: o.minWindowsPerDay ?? 14,
  o3_8hLimit: o.o3_8hLimit ?? 160,
  minHoursO3_1h: o.minHoursO3_1h ?? 20,
  round: o.round ?? true,
  maxPlausibleCo: o.maxPlausibleCo ?? MAX_PLAUSIBLE_CO_1H,
})

/**
 * The station days of records in memory, in any order, through the engine: `null` when the
 * exact path must decide instead (a record with an issue, a second record of an hour, or a day
 * that is not plain, see {@link StationDayEngine.plainDayOf}), so that the issues and the days
 * of a daylight-saving change are those of that path. The records are read in order of station,
 * then hour (the input is not changed); the days come sorted by station, then date.
 */
export function stationDaysOfRecords(
  records: readonly unknown[],
  s: EngineSettings,
  context: string,
  exactDays: ExactDays,
): StationDay[] | null {
  const n = records.length
  const out: StationDay[] = []
  const engine = new StationDayEngine(s, (d) => out.push(d), context, exactDays)
  const codes: string[] = new Array(n)
  const hours = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const r = records[i]
    if (!isValidRecord(r)) return null
    const o = r as Record<string, unknown>
    const co = o.co
    if (typeof co === 'number' && co > s.maxPlausibleCo) return null
    const slot = engine.slotOf(o.time as string | Date)
    if (typeof slot === 'string' || engine.plainDayOf(slot) === null) return null
    codes[i] = o.station as string
    hours[i] = slot.index
  }
  // each station's records, by hour (input order among equal hours)
  const byStation = new Map<string, number[]>()
  for (let i = 0; i < n; i++) {
    const code = codes[i] as string
    const list = byStation.get(code)
    if (list) list.push(i)
    else byStation.set(code, [i])
  }
  const byHour = (a: number, b: number) => (hours[a] as number) - (hours[b] as number) || a - b
  const order: number[][] = []
  for (const code of [...byStation.keys()].sort()) {
    const list = (byStation.get(code) as number[]).sort(byHour)
    for (let k = 1; k < list.length; k++) {
      if (hours[list[k - 1] as number] === hours[list[k] as number]) return null
    }
    order.push(list)
  }
  for (const list of order) for (const i of list) engine.push(records[i])
  engine.end()
  return out.sort((a, b) =>
    a.station < b.station
      ? -1
      : a.station > b.station
        ? 1
        : a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : 0,
  )
}

/** The daily values a {@link LeanReceiver} is given, in this order (`AIR_POLLUTANTS`). */
export const LEAN_KEYS = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3_1h', 'o3_8h'] as const

/**
 * Takes the published daily values of each station day (in the order of {@link LEAN_KEYS},
 * `NaN` for `null`) instead of a {@link StationDay}: the same values, without the object, its
 * exact texts and its gaps. The array is reused: read it before returning.
 */
export interface LeanReceiver {
  values(station: string, date: string, values: Float64Array): void
}

/** The published values of a station day into `out`, as a {@link LeanReceiver} takes them. */
export function leanValues(day: StationDay, out: Float64Array): Float64Array {
  for (let k = 0; k < LEAN_KEYS.length; k++)
    out[k] = (day[LEAN_KEYS[k] as string & keyof StationDay] as number) ?? Number.NaN
  return out
}

/** A 24-hour mean as published (GB/T 8170 half to even when `round`), or `null` below `min` hours. */
function meanOf(sum: number, count: number, q: number, min: number, round: boolean): number | null {
  if (count < min || count === 0) return null
  return round ? roundHalfEvenDiv(sum, count) / q : sum / (count * q)
}

/** The exact text of a 24-hour mean, or `null` below `min` hours. */
function textOf(sum: number, count: number, q: number, min: number): string | null {
  return count < min || count === 0 ? null : quotientText(sum, count * q)
}

/**
 * One station's open day: 24 hours × 6 pollutants, `NaN` for no value. An hour not in `filled`
 * has no values, whatever its slots still hold from an earlier day.
 */
interface OpenStation {
  readonly code: string
  date: string | null
  start: number
  /** Bit h set: hour h of the open day has a record. */
  filled: number
  /** Some value of the open day is off the integer grid. */
  offGrid: boolean
  /** Bit k set: some hour of the open day says pollutant k is not measured. */
  notMeasured: number
  readonly values: Float64Array
}

const ORDER = text(
  '每个站点的记录按时间先后排列（逐日）',
  "each station's records in time order, day by day",
)
const UNIQUE_HOUR = expect.unique(text('站点与小时', 'station and hour'))

/**
 * The issues found so far, by the step of {@link aggregateStationDays} that reports them: the
 * records' fields (`HourlyRecordSchema`), then the CO bound, then the hours (a timestamp not on
 * the hour, a second record for an hour, a record out of order). As there, the first step with
 * an issue is the one reported; each list keeps at most {@link MAX_ISSUES}.
 */
interface Problems {
  readonly record: InputIssue[]
  readonly co: InputIssue[]
  readonly hour: InputIssue[]
}
type ProblemStep = keyof Problems

/**
 * The station-day core of the air engine: hourly values in, one {@link StationDay} out (to
 * `emit`) as soon as a station's day is complete. A station's day is complete when a record of
 * a later day of the same station arrives, or at {@link StationDayEngine.end}; so each station's
 * records must come day by day in time order (hours within a day in any order), which every
 * monitoring export satisfies. Memory holds one open day per station.
 */
export class StationDayEngine {
  private readonly stations = new Map<string, OpenStation>()
  private readonly read: (time: string | Date) => HourSlot | string
  private readonly clock: Clock
  /** The plain day of the last row of the previous batch (`null`: none yet), and its start. */
  private lastDay: string | null = null
  private lastDayStart = 0
  /** Milliseconds from the covered hour's start to its timestamp (1 h for hour-ending). */
  private readonly shift: number
  private readonly coRule: ValueRule
  private readonly ugRule: ValueRule
  private readonly o3LimitFloor: number
  /** Scratch: the six values of one hour being placed. */
  private readonly hour = new Float64Array(SLOTS)
  /** Scratch: the O3 values of the day being closed, by hour. */
  private readonly o3 = new Float64Array(24)
  /** Scratch: the published values of the day being closed, for a {@link LeanReceiver}. */
  private readonly lean = new Float64Array(LEAN_KEYS.length)
  /** Records read so far: the index of the next record in problem paths. */
  records = 0
  private failed = false
  /** Bad input seen: nothing more is emitted, and the input error is thrown at the end. */
  private problems: Problems | null = null

  /**
   * @param emit - receives each station day; or, as a {@link LeanReceiver}, only the published
   *   values (no object per day: what the city days need)
   * @param meet - told of each station at its first record, before any of its days
   */
  constructor(
    private readonly s: EngineSettings,
    private readonly emit: ((day: StationDay) => void) | LeanReceiver,
    private readonly context: string,
    private readonly exactDays: ExactDays,
    private readonly meet: ((station: string) => void) | null = null,
  ) {
    this.read = createHourReader(s.timestamp, s.timeZone)
    this.clock = clockOf(s.timestamp, s.timeZone)
    this.shift = s.timestamp === 'hour-ending' ? HOUR_MS : 0
    this.coRule = { unit: 'mg/m³', max: s.maxPlausibleCo, averaging: '1h' }
    this.ugRule = { unit: 'µg/m³', max: Number.POSITIVE_INFINITY, averaging: '1h' }
    this.o3LimitFloor = floorOfDecimal(s.o3_8hLimit)
  }

  private dayStart(date: string): number {
    const starts = this.clock.dayStarts
    let start = starts.get(date)
    if (start === undefined) {
      start = dayStartIndex(date, this.s.timeZone)
      starts.set(date, start)
    }
    return start
  }

  private station(code: string): OpenStation {
    let st = this.stations.get(code)
    if (!st) {
      st = {
        code,
        date: null,
        start: 0,
        filled: 0,
        offGrid: false,
        notMeasured: 0,
        values: new Float64Array(24 * SLOTS).fill(Number.NaN),
      }
      this.stations.set(code, st)
      this.meet?.(code)
    }
    return st
  }

  private fail(issues: InputIssue[]): never {
    this.failed = true
    this.stations.clear()
    throw new InputError(this.context, issues)
  }

  /**
   * Notes the issues of one record and goes on reading, so that one error lists them all as
   * {@link aggregateStationDays} does. From the first issue on, no day is emitted (the open
   * days are dropped). Reading stops, with the error, once {@link MAX_ISSUES} issues of the
   * records' fields are found: no later issue could be reported before them.
   */
  private note(step: ProblemStep, issues: readonly InputIssue[]): void {
    this.problems ??= { record: [], co: [], hour: [] }
    const list = this.problems[step]
    for (const x of issues) if (list.length < MAX_ISSUES) list.push(x)
    if (step !== 'hour' && issues.length > 0) this.valuesBad = true
    if (this.problems.record.length >= MAX_ISSUES) this.fail(this.problems.record)
  }

  /** Whether an issue of the records' fields or of the CO bound was noted: hours need no check. */
  private valuesBad = false

  private guard(): void {
    if (this.failed) throw new TypeError('the air engine stopped at bad input; start a new one')
  }

  /**
   * Places one hour of a station; returns an issue when the hour is out of order or given twice.
   * `values` has the six pollutants (`NaN` for none).
   */
  private place(
    code: string,
    slot: HourSlot,
    hour: Float64Array,
    path: readonly (string | number)[],
    location: IssueLocation | undefined,
  ): InputIssue | null {
    const st = this.station(code)
    if (st.date !== slot.date) {
      if (st.date !== null && slot.date < st.date) {
        return issue({
          code: 'custom',
          path: [...path, 'time'],
          expected: ORDER,
          receivedText: `${slot.date} ${slot.hour}:00 after ${st.date}`,
          ...(location ? { location } : {}),
        })
      }
      if (st.date !== null) this.close(st)
      st.date = slot.date
      st.start = this.dayStart(slot.date)
    }
    const h = slot.index - st.start
    // a 25th hour (a day of daylight-saving change) is outside the natural day's 24 slots
    if (h < 0 || h > 23) return null
    const bit = 1 << h
    if (st.filled & bit) {
      // the issue of aggregateStationDays
      const hour = `${slot.date} ${slot.hour}:00–${slot.hour + 1}:00`
      return issue({
        code: 'duplicate',
        path: [...path, 'time'],
        expected: UNIQUE_HOUR,
        receivedText: hour,
        hint: text(`站点 ${code} 已有该小时的记录`, `a second record for station ${code}`),
        ...(location ? { location } : {}),
      })
    }
    st.filled |= bit
    const base = h * SLOTS
    for (let k = 0; k < SLOTS; k++) {
      let v = hour[k] as number
      if (v === Number.NEGATIVE_INFINITY) {
        st.notMeasured |= 1 << k
        v = Number.NaN
      }
      st.values[base + k] = v
      if (!st.offGrid && !Number.isNaN(v)) {
        if (k === CO ? toSteps(v, 10) < 0 : !(Number.isInteger(v) && v <= GRID_MAX)) {
          st.offGrid = true
        }
      }
    }
    return null
  }

  /**
   * One hourly record `{ station, time, so2, … }`, checked as {@link aggregateStationDays}
   * checks it and in the same order: the record's fields (`HourlyRecordSchema`), then the CO
   * bound, then the timestamp; the issues are those of the object function, at `[index, …]`.
   */
  push(record: unknown): void {
    this.guard()
    const i = this.records++
    if (!isValidRecord(record)) {
      const issues = this.recordIssues(record, i)
      if (issues.length > 0) {
        this.note('record', issues)
        return
      }
    }
    const r = record as Record<string, unknown>
    const co = r.co
    if (typeof co === 'number' && co > this.s.maxPlausibleCo) {
      this.note('co', [implausibleCo([i, 'co'], co, this.s.maxPlausibleCo, '1h')])
      return
    }
    if (this.valuesBad) return
    const time = r.time as string | Date
    const slot = this.read(time)
    if (typeof slot === 'string') {
      this.note('hour', [
        issue({
          code: 'invalid_format',
          path: [i, 'time'],
          expected: expectedTimestamp(slot),
          received: time,
        }),
      ])
      return
    }
    const hour = this.hour
    for (let k = 0; k < SLOTS; k++) {
      const v = r[HOURLY_KEYS[k] as string]
      hour[k] = typeof v === 'number' ? v : v === 'notMeasured' ? NOT_MEASURED : Number.NaN
    }
    const bad = this.place(r.station as string, slot, hour, [i], undefined)
    if (bad) this.note('hour', [bad])
  }

  /** The issues `HourlyRecordSchema` finds in a record, at `[index, …]` (empty: none). */
  private recordIssues(record: unknown, i: number): InputIssue[] {
    try {
      parseAirInput(HourlyRecordSchema, takeNotMeasured(record, RECORD_KEYS).values, this.context)
      return []
    } catch (e) {
      if (!(e instanceof InputError)) throw e
      return e.issues.map((x) => relocate(x, { prefix: [i] }))
    }
  }

  /** A batch of hourly records in columns (a reader's {@link HourlyColumns}). */
  pushColumns(batch: HourlyColumns): void {
    this.guard()
    const first = this.records
    const n = batch.length
    this.records += n
    const cols = [batch.so2, batch.no2, batch.co, batch.pm10, batch.pm25, batch.o3]
    const where = (i: number): IssueLocation | undefined => {
      const line = batch.source?.lines[i]
      return batch.source && line !== undefined ? { file: batch.source.file, line } : undefined
    }
    // a fast scan by column; on a bad value, the rows' issues in record order. It also tells
    // whether every value is on the grid (or missing): then no row needs a second look
    let badValue = false
    let irregular = false
    for (let k = 0; k < SLOTS && !badValue; k++) {
      const col = cols[k] as Float64Array
      const max = k === CO ? this.coRule.max : this.ugRule.max
      let i = 0
      if (k === CO) {
        // tenths on the grid (as toSteps(v, 10)), at most the CO bound: four at a time while
        // all are (no branch per value), then one by one from the first block that is not
        for (; i + 4 <= n; i += 4) {
          const v0 = col[i] as number
          const v1 = col[i + 1] as number
          const v2 = col[i + 2] as number
          const v3 = col[i + 3] as number
          const p0 = tenths(v0)
          const p1 = tenths(v1)
          const p2 = tenths(v2)
          const p3 = tenths(v3)
          if (
            !(
              p0 / 10 === v0 &&
              p1 / 10 === v1 &&
              p2 / 10 === v2 &&
              p3 / 10 === v3 &&
              Math.min(p0, p1, p2, p3) >= 0 &&
              Math.max(p0, p1, p2, p3) <= GRID_MAX &&
              Math.max(v0, v1, v2, v3) <= max
            )
          )
            break
        }
        for (; i < n; i++) {
          const v = col[i] as number
          const p = Math.round(v * 10)
          if (!(p >= 0 && p <= GRID_MAX && p / 10 === v && v <= max) && !Number.isNaN(v)) break
        }
      } else {
        // eight int32s at least 0 at a time while all are (their bits or'ed keep any sign bit)
        for (; i + 8 <= n; i += 8) {
          const v0 = col[i] as number
          const v1 = col[i + 1] as number
          const v2 = col[i + 2] as number
          const v3 = col[i + 3] as number
          const v4 = col[i + 4] as number
          const v5 = col[i + 5] as number
          const v6 = col[i + 6] as number
          const v7 = col[i + 7] as number
          if (
            (v0 | 0) !== v0 ||
            (v1 | 0) !== v1 ||
            (v2 | 0) !== v2 ||
            (v3 | 0) !== v3 ||
            (v4 | 0) !== v4 ||
            (v5 | 0) !== v5 ||
            (v6 | 0) !== v6 ||
            (v7 | 0) !== v7 ||
            (v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7) < 0
          )
            break
        }
        for (; i < n; i++) {
          const v = col[i] as number
          // an int32 at least 0 (2^31 itself is on the grid too: the loop below says so)
          if (!((v | 0) === v && v >= 0) && !Number.isNaN(v)) break
        }
      }
      // the rest of the column, from its first value that is neither missing nor on the grid
      for (; i < n; i++) {
        const v = col[i] as number
        // +Infinity is not a value (the µg/m³ columns have no upper bound)
        if (v >= 0 && v <= max && v !== Number.POSITIVE_INFINITY) {
          // a value off the grid: its rows are read again as they are placed
          if (k === CO ? toSteps(v, 10) < 0 : !(Number.isInteger(v) && v <= GRID_MAX)) {
            irregular = true
          }
          continue
        }
        if (Number.isNaN(v)) continue
        if (v === Number.NEGATIVE_INFINITY) {
          irregular = true
          continue
        }
        badValue = true
        break
      }
    }
    const badRows = badValue ? this.valueProblems(cols, n, first, where) : null
    const names = batch.stations
    const stationCol = batch.station
    const timeCol = batch.time
    // the batch's stations, resolved once (null: no station code)
    const byIndex: (OpenStation | null | undefined)[] = new Array(names.length)
    const shift = this.shift
    // the row's covered hour: `hour` (absolute index) within the current natural day `day`
    // (hours `dayStart` … `dayStart + 23`), or the reader's slot when off that fast path
    let lastTime = Number.NaN
    let day = this.lastDay
    let dayStart = this.lastDayStart
    const plainAt = this.clock.plainAt
    let hour = 0
    let inDay = false
    let slot: HourSlot | string = ''
    const [so2, no2, co, pm10, pm25, o3] = cols as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ]
    // `row` is not captured by a closure, so that it stays in a register
    for (let row = 0; row < n; row++) {
      const t = timeCol[row] as number
      if (t !== lastTime) {
        lastTime = t
        const x = (t - shift) / HOUR_MS
        // a plain day already known to the clock: the one whose start is a whole number of days
        // from the current day's (the same offset), when it is plain
        let known: string | undefined
        if (day !== null && Number.isInteger(x)) {
          if (x >= dayStart && x < dayStart + 24) known = day
          else {
            // computed once for both uses: a second copy of it, first run only when a batch
            // starts a day the clock already knows, lacked type feedback at each optimisation
            const start = dayStart + 24 * Math.floor((x - dayStart) / 24)
            known = plainAt.get(start)
            if (known !== undefined) {
              day = known
              dayStart = start
            }
          }
        }
        if (known !== undefined) {
          hour = x
          inDay = true
        } else {
          slot = Number.isFinite(t) ? this.read(new Date(t)) : `expected a timestamp, got ${t}`
          inDay = false
          if (typeof slot !== 'string') {
            const start = this.plainDay(slot)
            if (start !== null) {
              day = slot.date
              dayStart = start
              hour = slot.index
              inDay = true
            }
          }
        }
      }
      const si = stationCol[row] as number
      let st = byIndex[si]
      if (st === undefined) {
        const code = names[si]
        st = code === undefined || code.length === 0 ? null : this.station(code)
        if (si >= 0 && si < names.length) byIndex[si] = st
      }
      if (st === null) {
        this.badRow(batch, first, row, 'station', t, names[si])
        continue
      }
      if (!inDay && typeof slot === 'string') {
        this.badRow(batch, first, row, 'time', t, st.code)
        continue
      }
      if (this.valuesBad || badRows?.[row]) continue
      if (inDay) {
        // the common case inline: an hour of a plain day, the station's open day or a later one
        if (st.date !== day) {
          if (st.date !== null && (day as string) < st.date) {
            this.misplaced(st, first, row, t, where(row))
            continue
          }
          if (st.date !== null) this.close(st)
          st.date = day
          st.start = dayStart
        }
        const h = hour - dayStart
        const bit = 1 << h
        if (st.filled & bit) {
          this.misplaced(st, first, row, t, where(row))
          continue
        }
        st.filled |= bit
        const v = st.values
        const b = h * SLOTS
        const a0 = so2[row] as number
        const a1 = no2[row] as number
        const a2 = co[row] as number
        const a3 = pm10[row] as number
        const a4 = pm25[row] as number
        const a5 = o3[row] as number
        v[b] = a0
        v[b + 1] = a1
        v[b + 2] = a2
        v[b + 3] = a3
        v[b + 4] = a4
        v[b + 5] = a5
        // a batch with NOT_MEASURED or a value off the grid has its rows read again (also on a
        // day already off the grid: NOT_MEASURED is no value)
        if (irregular) this.recheck(st, b)
        continue
      }
      const values = this.hour
      for (let k = 0; k < SLOTS; k++) values[k] = (cols[k] as Float64Array)[row] as number
      const bad = this.place(st.code, slot as HourSlot, values, [first + row], where(row))
      if (bad) this.note('hour', [bad])
    }
    this.lastDay = day
    this.lastDayStart = dayStart
  }

  /** The covered hour of a timestamp (or what is wrong with it), by the engine's clock. */
  slotOf(time: string | Date): HourSlot | string {
    return this.read(time)
  }

  /** The start of the natural day of `slot` when it is a plain day (see {@link plainDay}), else `null`. */
  plainDayOf(slot: HourSlot): number | null {
    return this.plainDay(slot)
  }

  /**
   * The start (hour index) of the natural day of `slot` when every hour of that day maps to
   * it plainly: hour 0 and hour 23 of the day read as such, 23 hours apart, so the zone's offset
   * is a whole number of hours and the same all day (no daylight-saving change; two changes
   * that cancel within one day do not occur). On such a day the covered hour of an instant on
   * the hour is `start + hour`, with no need to ask the reader; `null` for any other day.
   */
  private plainDay(slot: HourSlot): number | null {
    const plainDays = this.clock.plainDays
    let start = plainDays.get(slot.date)
    if (start !== undefined) return start
    const s = this.dayStart(slot.date)
    const a = this.read(new Date(s * HOUR_MS + this.shift))
    const b = this.read(new Date((s + 23) * HOUR_MS + this.shift))
    start =
      typeof a !== 'string' &&
      typeof b !== 'string' &&
      a.date === slot.date &&
      b.date === slot.date &&
      a.hour === 0 &&
      b.hour === 23 &&
      a.index === s &&
      b.index === s + 23
        ? s
        : null
    plainDays.set(slot.date, start)
    if (start !== null) this.clock.plainAt.set(start, slot.date)
    return start
  }

  /** Notes the issue of a row out of order or a second record of an hour (see {@link place}). */
  private misplaced(
    st: OpenStation,
    first: number,
    row: number,
    t: number,
    location: IssueLocation | undefined,
  ): void {
    const slot = this.read(new Date(t)) as HourSlot
    const none = this.hour.fill(Number.NaN)
    // place() finds the same issue first and changes nothing then
    const bad = this.place(st.code, slot, none, [first + row], location)
    if (bad) this.note('hour', [bad])
  }

  /**
   * The value issues of a batch, noted row by row in the order of a record's fields (as
   * `HourlyRecordSchema` gives them), with the file line; returns the rows that have one.
   */
  private valueProblems(
    cols: readonly Float64Array[],
    n: number,
    first: number,
    where: (i: number) => IssueLocation | undefined,
  ): Uint8Array {
    const bad = new Uint8Array(n)
    for (let i = 0; i < n; i++) {
      for (const key of RECORD_KEYS) {
        const k = HOURLY_KEYS.indexOf(key)
        const v = (cols[k] as Float64Array)[i] as number
        const found = valueIssue(v, k === CO ? this.coRule : this.ugRule, [first + i, key])
        if (!found) continue
        bad[i] = 1
        const location = where(i)
        const located = location ? { ...found, location } : found
        this.note(found.code === 'implausible' ? 'co' : 'record', [located])
      }
    }
    return bad
  }

  /** Re-reads one hour slot after a value off the fast check (NOT_MEASURED, or off the grid). */
  private recheck(st: OpenStation, b: number): void {
    const v = st.values
    for (let k = 0; k < SLOTS; k++) {
      let x = v[b + k] as number
      if (x === Number.NEGATIVE_INFINITY) {
        st.notMeasured |= 1 << k
        x = Number.NaN
        v[b + k] = x
      }
      if (Number.isNaN(x)) continue
      if (k === CO ? toSteps(x, 10) < 0 : !(Number.isInteger(x) && x <= GRID_MAX)) st.offGrid = true
    }
  }

  private badRow(
    batch: HourlyColumns,
    first: number,
    row: number,
    field: 'time' | 'station',
    t: number,
    code: string | undefined,
  ): void {
    const line = batch.source?.lines[row]
    const location = batch.source && line !== undefined ? { file: batch.source.file, line } : null
    // no instant, or no station: the record's fields; an instant not on the hour: its hour
    this.note(field === 'station' || !Number.isFinite(t) ? 'record' : 'hour', [
      field === 'time'
        ? issue({
            code: 'invalid_format',
            path: [first + row, 'time'],
            expected: expect.timestampOnHour(),
            received: new Date(t),
            ...(location ? { location } : {}),
          })
        : issue({
            code: 'invalid_type',
            path: [first + row, 'station'],
            expected: expect.stationCode(),
            received: code,
            ...(location ? { location } : {}),
          }),
    ])
  }

  /** Closes every open day (sorted by station, then date) and ends the input. */
  end(): void {
    this.guard()
    const p = this.problems
    if (p !== null) this.fail(p.record.length > 0 ? p.record : p.co.length > 0 ? p.co : p.hour)
    const open = [...this.stations.values()].filter((s) => s.date !== null)
    open.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    for (const st of open) this.close(st)
    this.stations.clear()
  }

  /** Computes and emits the open day of a station, and clears it. */
  private close(st: OpenStation): void {
    const date = st.date as string
    const emit = this.emit
    // after bad input the days are still tracked (for the hours' checks), never emitted
    let day: StationDay | null = null
    let lean = false
    if (this.problems === null) {
      if (typeof emit !== 'function' && !st.offGrid) lean = this.gridDay(st, date, this.lean)
      else day = st.offGrid ? this.exactDay(st, date) : this.gridDay(st, date, null)
    }
    if (day !== null && st.notMeasured !== 0) {
      day = withNotMeasured(
        day,
        HOURLY_KEYS.filter((_, k) => st.notMeasured & (1 << k)),
      )
    }
    // the hours' values are not cleared: an hour not in `filled` is no value
    st.filled = 0
    st.offGrid = false
    st.notMeasured = 0
    st.date = null
    if (typeof emit === 'function') {
      if (day) emit(day)
    } else if (lean) emit.values(st.code, date, this.lean)
    else if (day) emit.values(st.code, date, leanValues(day, this.lean))
  }

  /**
   * The exact rational path, for a day with a value off the integer grid: the day's records
   * through `aggregateStationDays`' exact path.
   */
  private exactDay(st: OpenStation, date: string): StationDay {
    const records = []
    // the instant a record of the covered hour is stamped with
    const shift = this.s.timestamp === 'hour-ending' ? HOUR_MS : 0
    const value = (v: number) => (Number.isNaN(v) ? null : v)
    for (let h = 0; h < 24; h++) {
      if (!(st.filled & (1 << h))) continue
      const b = h * SLOTS
      const v = st.values
      records.push({
        station: st.code,
        time: new Date((st.start + h) * HOUR_MS + shift),
        so2: value(v[b] as number),
        no2: value(v[b + 1] as number),
        co: value(v[b + 2] as number),
        pm10: value(v[b + 3] as number),
        pm25: value(v[b + 4] as number),
        o3: value(v[b + 5] as number),
      })
    }
    const [day] = this.exactDays(records)
    return { ...(day as StationDay), date }
  }

  /**
   * The integer path (GB 3095 表4 validity, HJ 663 §6.1.2 for the 8-hour maximum): sums of grid
   * steps, exact quotients and half-even rounding, all below 2^53 (see `_grid.ts`).
   */
  private gridDay(st: OpenStation, date: string, lean: null): StationDay
  private gridDay(st: OpenStation, date: string, lean: Float64Array): true
  private gridDay(st: OpenStation, date: string, lean: Float64Array | null): StationDay | true {
    const s = this.s
    const v = st.values
    // sums and counts of the five 24-hour means (CO in tenths), one pass over the day
    let sum0 = 0
    let sum1 = 0
    let sum2 = 0
    let sum3 = 0
    let sum4 = 0
    let n0 = 0
    let n1 = 0
    let n2 = 0
    let n3 = 0
    let n4 = 0
    let max1h = -1
    let o3count = 0
    // O3 by hour (NaN: none), for the 8-hour windows
    const o3 = this.o3
    const filled = st.filled
    for (let h = 0, b = 0; h < 24; h++, b += SLOTS) {
      if ((filled & (1 << h)) === 0) {
        o3[h] = Number.NaN
        continue
      }
      const x0 = v[b] as number
      const x1 = v[b + 1] as number
      const x2 = v[b + 2] as number
      const x3 = v[b + 3] as number
      const x4 = v[b + 4] as number
      const x5 = v[b + 5] as number
      if (!Number.isNaN(x0)) {
        sum0 += x0
        n0++
      }
      if (!Number.isNaN(x1)) {
        sum1 += x1
        n1++
      }
      if (!Number.isNaN(x2)) {
        sum2 += tenths(x2)
        n2++
      }
      if (!Number.isNaN(x3)) {
        sum3 += x3
        n3++
      }
      if (!Number.isNaN(x4)) {
        sum4 += x4
        n4++
      }
      if (!Number.isNaN(x5)) {
        o3count++
        if (x5 > max1h) max1h = x5
      }
      o3[h] = x5
    }
    // GB 3095 表4: 日平均 needs at least minHours hourly values
    const min = s.minHours
    const round = s.round
    const so2 = meanOf(sum0, n0, 1, min, round)
    const no2 = meanOf(sum1, n1, 1, min, round)
    const coMean = meanOf(sum2, n2, 10, min, round)
    const pm10 = meanOf(sum3, n3, 1, min, round)
    const pm25 = meanOf(sum4, n4, 1, min, round)
    // O3: the daily maximum 1-hour, and the maximum of the 8-hour means ending 08:00…24:00
    const o3_1h = o3count >= s.minHoursO3_1h && o3count > 0 ? max1h : null
    let bestSum = -1
    let bestCount = 1
    let windows = 0
    // the window of hours end-8 … end-1, moved one hour at a time (integer sums, exact)
    let sum = 0
    let count = 0
    for (let h = 0; h < 7; h++) {
      const x = o3[h] as number
      if (!Number.isNaN(x)) {
        sum += x
        count++
      }
    }
    for (let end = 8; end <= 24; end++) {
      const x = o3[end - 1] as number
      if (!Number.isNaN(x)) {
        sum += x
        count++
      }
      if (end > 8) {
        const out = o3[end - 9] as number
        if (!Number.isNaN(out)) {
          sum -= out
          count--
        }
      }
      if (count < s.minHoursPer8h || count === 0) continue
      windows++
      // sum / count > bestSum / bestCount, exactly
      if (bestSum < 0 || sum * bestCount > bestSum * count) {
        bestSum = sum
        bestCount = count
      }
    }
    let o3_8h: number | null = null
    let byExceedance = false
    if (bestSum >= 0) {
      if (windows >= s.minWindowsPerDay) o3_8h = 1
      // HJ 663 §6.1.2: fewer valid 8-hour values, yet valid when the maximum exceeds the limit
      else if (roundHalfEvenDiv(bestSum, bestCount) > this.o3LimitFloor) {
        o3_8h = 1
        byExceedance = true
      }
    }
    const o3_8hValue =
      o3_8h === null ? null : round ? roundHalfEvenDiv(bestSum, bestCount) : bestSum / bestCount
    if (lean !== null) {
      // the published values only, in the order of AIR_POLLUTANTS (NaN: none)
      lean[0] = so2 ?? Number.NaN
      lean[1] = no2 ?? Number.NaN
      lean[2] = coMean ?? Number.NaN
      lean[3] = pm10 ?? Number.NaN
      lean[4] = pm25 ?? Number.NaN
      lean[5] = o3_1h ?? Number.NaN
      lean[6] = o3_8hValue ?? Number.NaN
      return true
    }
    const o3_8hText = o3_8h === null ? null : quotientText(bestSum, bestCount)
    const gaps: Record<string, 'tooFewHours' | 'tooFewWindows'> = {}
    if (so2 === null) gaps.so2 = 'tooFewHours'
    if (no2 === null) gaps.no2 = 'tooFewHours'
    if (coMean === null) gaps.co = 'tooFewHours'
    if (pm10 === null) gaps.pm10 = 'tooFewHours'
    if (pm25 === null) gaps.pm25 = 'tooFewHours'
    if (o3_1h === null) gaps.o3_1h = 'tooFewHours'
    if (o3_8h === null) gaps.o3_8h = 'tooFewWindows'
    return {
      station: st.code,
      date,
      so2,
      no2,
      co: coMean,
      pm10,
      pm25,
      o3_1h,
      o3_8h: o3_8hValue,
      exact: {
        so2: textOf(sum0, n0, 1, min),
        no2: textOf(sum1, n1, 1, min),
        co: textOf(sum2, n2, 10, min),
        pm10: textOf(sum3, n3, 1, min),
        pm25: textOf(sum4, n4, 1, min),
        o3_1h: o3_1h === null ? null : String(o3_1h),
        o3_8h: o3_8hText,
      },
      validHours: { so2: n0, no2: n1, co: n2, pm10: n3, pm25: n4, o3: o3count },
      o3_8hWindows: windows,
      o3_8hByExceedance: byExceedance,
      gaps,
    }
  }
}
