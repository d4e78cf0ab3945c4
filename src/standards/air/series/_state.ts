import { issue, text } from '../../../_lib/errors/catalogue.js'
import type { InputIssue } from '../../../_lib/errors/issue.js'
import type { HourlyColumns } from '../columns.js'
import { NOT_MEASURED } from '../columns.js'
import { type CoveredHour, coveredHourReader } from './_hours.js'
import type { MovingSeries, RealtimeSeriesColumns, RealtimeSeriesOptionsResolved } from './types.js'

const MEANS = ['so2', 'no2', 'co', 'pm10', 'pm25'] as const
const POLLUTANTS = [...MEANS, 'o3'] as const
type Pollutant = (typeof POLLUTANTS)[number]

// Values are held as integers of 0.001 µg/m³ (CO 0.001 mg/m³), so sums and the rounding of
// means are exact; a value with more decimals is refused.
const SCALE = 1000
const EMPTY = -1

/** The last 24 hours of one station: values (or EMPTY) by hour index modulo 24. */
class StationState {
  readonly hours = new Int32Array(24).fill(-1)
  readonly values: Record<Pollutant, Float64Array> = {
    so2: new Float64Array(24),
    no2: new Float64Array(24),
    co: new Float64Array(24),
    pm10: new Float64Array(24),
    pm25: new Float64Array(24),
    o3: new Float64Array(24),
  }
  /** Absolute index of the last hour, -Infinity before the first. */
  last = Number.NEGATIVE_INFINITY
  /** Natural day of the running 8-hour maximum, and that maximum as a scaled sum over a count. */
  day = ''
  maxSum = 0
  maxCount = 0
  /** The running maximum of every 8-hour mean of the day, those of its first hours included. */
  allSum = 0
  allCount = 0
}

/** GB/T 8170 rounding of `sum / (count · SCALE)` to `decimals` places, exact on integers. */
function roundMean(sum: number, count: number, decimals: 0 | 1): number {
  const unit = decimals === 0 ? SCALE : SCALE / 10
  const d = count * unit
  const q = Math.floor(sum / d)
  const r = sum - q * d
  const up = 2 * r > d || (2 * r === d && q % 2 !== 0)
  const n = up ? q + 1 : q
  return decimals === 0 ? n : n / 10
}

const orderExpected = text(
  '每个站点的记录按时间先后排列、每小时一条',
  'records of each station in time order, one per hour',
)
const valueExpected = text(
  '非负数值，至多三位小数',
  'a non-negative number with at most three decimals',
)

/** The moving values, record after record; the state of every station carries over. */
export class SeriesCore {
  private readonly stations = new Map<string, StationState>()
  private readonly read: (stamp: number) => CoveredHour | string

  constructor(private readonly options: RealtimeSeriesOptionsResolved) {
    this.read = coveredHourReader(options.timestamp, options.timeZone)
  }

  /** A mean of scaled values as published: rounded (GB/T 8170) or not; NaN without values. */
  private mean(sum: number, count: number, decimals: 0 | 1): number {
    if (count === 0) return Number.NaN
    return this.options.round ? roundMean(sum, count, decimals) : sum / count / SCALE
  }

  /** The moving values of every record of `columns`, or the problems found. */
  run(columns: HourlyColumns): RealtimeSeriesColumns | InputIssue[] {
    const n = columns.length
    const out = {
      length: n,
      so2_24h: new Float64Array(n),
      no2_24h: new Float64Array(n),
      co_24h: new Float64Array(n),
      pm10_24h: new Float64Array(n),
      pm25_24h: new Float64Array(n),
      o3_1hMax24h: new Float64Array(n),
      o3_8hMoving: new Float64Array(n),
      o3_8hDayMax: new Float64Array(n),
    } satisfies Record<MovingSeries | 'length', unknown>
    const issues: InputIssue[] = []
    const states: (StationState | undefined)[] = []
    const source = columns.source
    const at = (i: number, key: string) => {
      const line = source?.lines[i]
      return source === undefined || line === undefined
        ? { path: [i, key] }
        : { path: [i, key], location: { file: source.file, line } }
    }
    for (let i = 0; i < n; i++) {
      const s = columns.station[i] as number
      let state = states[s]
      if (!state) {
        const code = columns.stations[s] as string
        state = this.stations.get(code)
        if (!state) {
          state = new StationState()
          this.stations.set(code, state)
        }
        states[s] = state
      }
      const slot = this.read(columns.time[i] as number)
      if (typeof slot === 'string') {
        issues.push(
          issue({
            code: 'invalid_value',
            ...at(i, 'time'),
            expected: text('整点时间', 'a timestamp on the hour'),
            received: slot,
          }),
        )
        continue
      }
      if (slot.index <= state.last) {
        issues.push(
          issue({
            code: 'invalid_value',
            ...at(i, 'time'),
            expected: orderExpected,
            receivedText: `${columns.stations[s]} ${slot.date} ${slot.hour}:00 after a later hour`,
          }),
        )
        continue
      }
      // hours skipped since the last record are hours without values
      const slotIndex = slot.index % 24
      state.last = slot.index
      state.hours[slotIndex] = slot.index
      for (const key of POLLUTANTS) {
        const v = columns[key][i] as number
        let scaled = EMPTY
        if (!Number.isNaN(v) && v !== NOT_MEASURED) {
          scaled = Math.round(v * SCALE)
          if (!(v >= 0) || !Number.isFinite(v) || Math.abs(v * SCALE - scaled) > 1e-6 * SCALE) {
            issues.push(
              issue({ code: 'invalid_value', ...at(i, key), expected: valueExpected, received: v }),
            )
            scaled = EMPTY
          }
        }
        state.values[key][slotIndex] = scaled
      }
      if (issues.length > 0) continue
      // the 24 hours ending at this one
      for (const key of MEANS) {
        let sum = 0
        let count = 0
        for (let j = 0; j < 24; j++) {
          const k = (slotIndex + 24 - j) % 24
          if (state.hours[k] !== slot.index - j) continue
          const v = state.values[key][k] as number
          if (v === EMPTY) continue
          sum += v
          count++
        }
        out[`${key}_24h`][i] = this.mean(sum, count, key === 'co' ? 1 : 0)
      }
      let max = EMPTY
      for (let j = 0; j < 24; j++) {
        const k = (slotIndex + 24 - j) % 24
        if (state.hours[k] !== slot.index - j) continue
        const v = state.values.o3[k] as number
        if (v > max) max = v
      }
      out.o3_1hMax24h[i] = max === EMPTY ? Number.NaN : max / SCALE
      // the 8-hour mean; windows ending 01:00 … 07:00 reach back into the previous day
      const ending = slot.hour + 1
      const early = ending < 8
      const width = early ? ending : 8
      let sum = 0
      let count = 0
      for (let j = 0; j < width; j++) {
        const k = (slotIndex + 24 - j) % 24
        if (state.hours[k] !== slot.index - j) continue
        const v = state.values.o3[k] as number
        if (v === EMPTY) continue
        sum += v
        count++
      }
      if (state.day !== slot.date) {
        state.day = slot.date
        state.maxCount = 0
        state.allCount = 0
      }
      if (early && this.options.o3_8hBeforeEight === 'none') {
        out.o3_8hMoving[i] = Number.NaN
        out.o3_8hDayMax[i] = Number.NaN
        continue
      }
      // sum / count > maxSum / maxCount, in integers: the maximum of the day's 17 windows
      // (ending 08:00 … 24:00), and under 'dayHours' also of the means of the first hours
      if (
        count > 0 &&
        !early &&
        (state.maxCount === 0 || sum * state.maxCount > state.maxSum * count)
      ) {
        state.maxSum = sum
        state.maxCount = count
      }
      if (count > 0 && (state.allCount === 0 || sum * state.allCount > state.allSum * count)) {
        state.allSum = sum
        state.allCount = count
      }
      out.o3_8hMoving[i] = this.mean(sum, count, 0)
      // the archive of 2019 runs the maximum over every mean of the day until 23:00, and
      // publishes the day's maximum of the 17 windows at 24:00
      out.o3_8hDayMax[i] =
        ending === 24 || this.options.o3_8hBeforeEight === 'none'
          ? this.mean(state.maxSum, state.maxCount, 0)
          : this.mean(state.allSum, state.allCount, 0)
    }
    return issues.length > 0 ? issues : out
  }
}
