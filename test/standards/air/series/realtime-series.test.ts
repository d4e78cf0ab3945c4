import { describe, expect, it } from 'vitest'
import {
  type HourlyColumns,
  InputError,
  realtimeSeries,
  streamRealtimeSeries,
} from '../../../../src/standards/air/index.js'

const NAN = Number.NaN
/** The stamp `2026-03-dd hh时` (China Standard Time, hour-ending). */
const at = (day: number, hour: number) => Date.UTC(2026, 2, day, hour - 8)

/** Records of station A at the given stamps, with O3 and PM2.5 (other pollutants missing). */
function records(
  rows: readonly [time: number, o3: number, pm25: number][],
  co: readonly number[] = [],
): HourlyColumns {
  const column = (f: (i: number) => number) => Float64Array.from(rows, (_, i) => f(i))
  return {
    length: rows.length,
    stations: ['A'],
    station: new Int32Array(rows.length),
    time: column((i) => rows[i]?.[0] as number),
    so2: column(() => NAN),
    no2: column(() => NAN),
    co: column((i) => co[i] ?? NAN),
    o3: column((i) => rows[i]?.[1] as number),
    pm10: column(() => NAN),
    pm25: column((i) => rows[i]?.[2] as number),
  }
}

describe('realtimeSeries', () => {
  it('averages whatever valid hours the 24-hour window holds, with no 20-hour rule', () => {
    // 01时 PM2.5 10, 02时 missing, 03时 absent (no record), 04时 13: means 10, 10, 11.5 → 12
    const s = realtimeSeries(
      records([
        [at(1, 1), 50, 10],
        [at(1, 2), 60, NAN],
        [at(1, 4), 40, 13],
      ]),
    )
    expect([...s.pm25_24h]).toEqual([10, 10, 12])
    expect([...s.o3_1hMax24h]).toEqual([50, 60, 60])
    expect([...s.so2_24h].every(Number.isNaN)).toBe(true)
  })

  it('drops the hours older than 24 from the window', () => {
    // PM2.5 100 at 01时 of day 1, then 10 at 01时 of day 2: 24 hours later, 100 has left
    const s = realtimeSeries(
      records([
        [at(1, 1), 1, 100],
        [at(1, 2), 1, 10],
        [at(2, 1), 1, 10],
      ]),
    )
    // at 02时 of day 1: (100 + 10) / 2 = 55; at 01时 of day 2 the window 02时 … 01时: 10
    expect([...s.pm25_24h]).toEqual([100, 55, 10])
  })

  it('rounds half to even by GB/T 8170, CO to one decimal, or not at all', () => {
    const rows: [number, number, number][] = [
      [at(1, 1), 1, 10],
      [at(1, 2), 1, 11],
      [at(1, 3), 1, 12],
      [at(1, 4), 1, 13],
    ]
    const co = [0.4, 0.5, 0.5, 0.6]
    const s = realtimeSeries(records(rows, co))
    // 10.5 → 10, 11 → 11, 11.5 → 12; CO 0.45 → 0.4, 0.4667 → 0.5, 0.5 → 0.5
    expect([...s.pm25_24h]).toEqual([10, 10, 11, 12])
    expect([...s.co_24h]).toEqual([0.4, 0.4, 0.5, 0.5])
    expect([...realtimeSeries(records(rows, co), { round: false }).pm25_24h]).toEqual([
      10, 10.5, 11, 11.5,
    ])
  })

  it('starts the 8-hour values at 08:00 by default and restarts the daily maximum each day', () => {
    // O3 of hours 01 … 24 of 1 March: 10, 20, … 240; then 5 at 01时 of 2 March
    const rows: [number, number, number][] = Array.from({ length: 24 }, (_, h) => [
      at(1, h + 1),
      10 * (h + 1),
      NAN,
    ])
    rows.push([at(2, 1), 5, NAN])
    const s = realtimeSeries(records(rows))
    expect([...s.o3_8hMoving.slice(0, 7)].every(Number.isNaN)).toBe(true)
    // the window ending 08:00: (10 + … + 80) / 8 = 45; ending 24:00 (00时 of the next day):
    // (170 + … + 240) / 8 = 205, also the day's maximum
    expect(s.o3_8hMoving[7]).toBe(45)
    expect(s.o3_8hDayMax[7]).toBe(45)
    expect(s.o3_8hMoving[23]).toBe(205)
    expect(s.o3_8hDayMax[23]).toBe(205)
    // 01时 of 2 March belongs to the new day: no 8-hour value before 08:00
    expect(s.o3_8hDayMax[24]).toBeNaN()
  })

  it("reads the first hours of the day as the 2019 archive does under o3_8hBeforeEight: 'dayHours'", () => {
    const rows: [number, number, number][] = [
      [at(1, 1), 30, NAN],
      [at(1, 2), 50, NAN],
      [at(1, 3), 10, NAN],
    ]
    const s = realtimeSeries(records(rows), { o3_8hBeforeEight: 'dayHours' })
    // the mean of the day's hours so far: 30, 40, 30; their running maximum 30, 40, 40
    expect([...s.o3_8hMoving]).toEqual([30, 40, 30])
    expect([...s.o3_8hDayMax]).toEqual([30, 40, 40])
  })

  it('refuses records of a station out of time order, and unknown options', () => {
    const bad = records([
      [at(1, 2), 1, 1],
      [at(1, 1), 1, 1],
    ])
    expect(() => realtimeSeries(bad)).toThrow(InputError)
    try {
      realtimeSeries(bad)
    } catch (e) {
      expect((e as InputError).issues[0]?.path).toEqual([1, 'time'])
    }
    expect(() => realtimeSeries(bad, { rounding: true } as never)).toThrow(InputError)
  })

  it('carries the windows across the batches of a stream', async () => {
    const all = records([
      [at(1, 1), 10, 10],
      [at(1, 2), 20, 20],
    ])
    const half = (i: number): HourlyColumns => ({
      ...all,
      length: 1,
      station: all.station.slice(i, i + 1),
      time: all.time.slice(i, i + 1),
      so2: all.so2.slice(i, i + 1),
      no2: all.no2.slice(i, i + 1),
      co: all.co.slice(i, i + 1),
      o3: all.o3.slice(i, i + 1),
      pm10: all.pm10.slice(i, i + 1),
      pm25: all.pm25.slice(i, i + 1),
    })
    const out: number[] = []
    for await (const s of streamRealtimeSeries([half(0), half(1)])) out.push(...s.pm25_24h)
    expect(out).toEqual([10, 15])
  })
})
