import { afterEach, describe, expect, it } from 'vitest'
import {
  aggregateStationDays,
  type HourlyRecord,
  InputError,
} from '../../../../src/standards/air/index.js'

/** 24 hour-ending records of a natural day: values[h] covers h:00–(h+1):00 CST. */
function day(
  date: string,
  values: Partial<Record<'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25', (number | null)[]>>,
  station = 'S1',
): HourlyRecord[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Array.from({ length: 24 }, (_, h) => {
    const record: Record<string, unknown> = {
      station,
      // hour-ending stamp h+1 o'clock CST = h+1−8 UTC
      time: new Date(Date.UTC(y, m - 1, d, h + 1 - 8)),
    }
    for (const [key, series] of Object.entries(values)) record[key] = series[h]
    return record as HourlyRecord
  })
}

const constant = (v: number | null, n = 24) => Array.from({ length: n }, () => v)

describe('aggregateStationDays', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it('takes 24-hour means over the natural day, rounded by GB/T 8170 and exact', () => {
    // PM2.5: 12 hours of 30 and 12 of 41 → 35.5 → 36 (half to even); CO 0.25 ×24 → 0.2
    const [d] = aggregateStationDays(
      day('2022-01-01', { pm25: [...constant(30, 12), ...constant(41, 12)], co: constant(0.25) }),
    )
    expect(d?.date).toBe('2022-01-01')
    expect(d?.pm25).toBe(36)
    expect(d?.exact.pm25).toBe('35.5')
    expect(d?.co).toBe(0.2)
    expect(d?.validHours.pm25).toBe(24)
    const [exact] = aggregateStationDays(
      day('2022-01-01', { pm25: [...constant(30, 12), ...constant(41, 12)] }),
      { round: false },
    )
    expect(exact?.pm25).toBe(35.5)
  })

  it('needs 20 valid hours for a 24-hour mean (GB 3095 表4)', () => {
    const twenty = aggregateStationDays(
      day('2022-01-01', { no2: [...constant(40, 20), ...constant(null, 4)] }),
    )[0]
    expect(twenty?.no2).toBe(40)
    expect(twenty?.validHours.no2).toBe(20)
    const nineteen = aggregateStationDays(
      day('2022-01-01', { no2: [...constant(40, 19), ...constant(null, 5)] }),
    )[0]
    expect(nineteen?.no2).toBeNull()
    expect(nineteen?.gaps.no2).toBe('tooFewHours')
  })

  it('places hour-ending and hour-beginning stamps in the right natural day', () => {
    const record = { station: 'S1', time: '2022-01-02T00:00:00', pm25: 10 }
    expect(aggregateStationDays([record], { minHours: 1 })[0]?.date).toBe('2022-01-01')
    expect(
      aggregateStationDays([record], { minHours: 1, timestamp: 'hour-beginning' })[0]?.date,
    ).toBe('2022-01-02')
    // the same instant with an offset, in UTC, and as a Date
    for (const time of [
      '2022-01-02T00:00:00+08:00',
      '2022-01-01T16:00:00Z',
      new Date('2022-01-01T16:00:00Z'),
    ]) {
      expect(aggregateStationDays([{ ...record, time }], { minHours: 1 })[0]?.date).toBe(
        '2022-01-01',
      )
    }
  })

  it('counts days in China Standard Time whatever the machine’s time zone', () => {
    process.env.TZ = 'America/New_York'
    const r = aggregateStationDays([{ station: 'S1', time: '2022-01-01T09:00:00', pm25: 10 }], {
      minHours: 1,
    })
    expect(r[0]?.date).toBe('2022-01-01')
    process.env.TZ = 'Pacific/Apia'
    expect(
      aggregateStationDays([{ station: 'S1', time: '2022-01-01T01:00:00', pm25: 10 }], {
        minHours: 1,
      })[0]?.date,
    ).toBe('2022-01-01')
  })

  it('takes the daily maximum 8-hour O3 over windows ending 08:00…24:00 and the maximum 1-hour', () => {
    // O3 = 10·h in hour h; the window ending at e covers hours e−8…e−1 with mean 10(e − 4.5);
    // the largest ends at 24: 195. Maximum 1-hour: 230.
    const o3 = Array.from({ length: 24 }, (_, h) => 10 * h)
    const [d] = aggregateStationDays(day('2022-07-01', { o3 }))
    expect(d?.o3_8h).toBe(195)
    expect(d?.o3_1h).toBe(230)
    expect(d?.o3_8hWindows).toBe(17)
    expect(d?.o3_8hByExceedance).toBe(false)
  })

  it('needs 6 hours in an 8-hour window', () => {
    // hours 21–23 missing: the window ending 24 (hours 16–23) has 5 values and is invalid; the
    // one ending 23 (hours 15–22) has 6, 15…20: mean of 150…200 = 175
    const o3 = Array.from({ length: 24 }, (_, h) => (h >= 21 ? null : 10 * h))
    const [d] = aggregateStationDays(day('2022-07-01', { o3 }))
    expect(d?.o3_8hWindows).toBe(16)
    expect(d?.o3_8h).toBe(175)
  })

  it('needs 14 valid 8-hour means, unless the maximum exceeds the limit (HJ 663 §6.1.2)', () => {
    // hours 0–5 missing: windows ending 8–11 have 2–5 values, so 13 of 17 are valid
    const low = aggregateStationDays(
      day('2022-07-01', { o3: [...constant(null, 6), ...constant(100, 18)] }),
    )[0]
    expect(low?.o3_8hWindows).toBe(13)
    expect(low?.o3_8h).toBeNull()
    expect(low?.gaps.o3_8h).toBe('tooFewWindows')
    const high = aggregateStationDays(
      day('2022-07-01', { o3: [...constant(null, 6), ...constant(170, 18)] }),
    )[0]
    expect(high?.o3_8h).toBe(170)
    expect(high?.o3_8hByExceedance).toBe(true)
    // exactly at the limit does not exceed it
    const atLimit = aggregateStationDays(
      day('2022-07-01', { o3: [...constant(null, 6), ...constant(160, 18)] }),
    )[0]
    expect(atLimit?.o3_8h).toBeNull()
  })

  it('keeps stations apart and sorts by station then date', () => {
    const r = aggregateStationDays([
      ...day('2022-01-02', { pm25: constant(20) }, 'B'),
      ...day('2022-01-01', { pm25: constant(10) }, 'B'),
      ...day('2022-01-01', { pm25: constant(30) }, 'A'),
    ])
    expect(r.map((d) => [d.station, d.date, d.pm25])).toEqual([
      ['A', '2022-01-01', 30],
      ['B', '2022-01-01', 10],
      ['B', '2022-01-02', 20],
    ])
  })

  it('rejects duplicate hours, timestamps off the hour or unreadable, and CO in µg/m³', () => {
    const r = { station: 'S1', time: '2022-01-01T05:00:00', pm25: 1 }
    expect(() => aggregateStationDays([r, { ...r, time: '2022-01-01T05:00:00+08:00' }])).toThrow(
      /a second record for station S1[\s\S]*at \[1\]\.time/,
    )
    expect(() => aggregateStationDays([{ ...r, time: '2022-01-01T05:30:00' }])).toThrow(
      /on the hour/,
    )
    expect(() => aggregateStationDays([{ ...r, time: 'yesterday' }])).toThrow(/ISO 8601/)
    expect(() => aggregateStationDays([{ ...r, co: 600 }])).toThrow(
      /implausible[\s\S]*at \[0\]\.co/,
    )
    expect(() => aggregateStationDays([{ ...r, pm25: -1 }])).toThrow(InputError)
  })
})
