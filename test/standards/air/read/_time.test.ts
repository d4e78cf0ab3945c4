import { describe, expect, it } from 'vitest'
import {
  createStampReader,
  createZone,
  daysFromCivil,
  wideStamp,
} from '../../../../src/standards/air/read/_time.js'

const read = (text: string, zone = 'Asia/Shanghai') => {
  const reader = createStampReader(zone)
  const b = new TextEncoder().encode(text)
  const value = reader.read(b, 0, b.length)
  return Number.isNaN(value) ? reader.problem : value
}
// 2022-01-02 00:00 China Standard Time (UTC+8) is 2022-01-01 16:00 UTC
const JAN2 = Date.UTC(2022, 0, 1, 16)
const H = 3_600_000

describe('createStampReader', () => {
  it('returns the instant of the forms monitoring exports use, as China Standard Time', () => {
    for (const text of [
      '2022-01-02T00:00:00',
      '2022-01-02T00:00',
      '2022-01-02 00:00:00',
      '2022-01-02T00',
      '2022-01-02T0000',
      '2022/1/2 0:00',
      ' 2022-01-02T00:00 ',
      '2022-01-02T00:00:00.000',
      '2022-01-01T24:00',
    ]) {
      expect(read(text), text).toBe(JAN2)
    }
    expect(read('2026-02-26T2000')).toBe(Date.UTC(2026, 1, 26, 12))
  })

  it('honours an offset in the stamp', () => {
    expect(read('2022-01-01T16:00Z')).toBe(JAN2)
    expect(read('2022-01-02T00:00+08:00')).toBe(JAN2)
    expect(read('2022-01-02T01:00+0900')).toBe(JAN2)
    expect(read('2022-01-01T11:00-05')).toBe(JAN2)
  })

  it('reads wall time in another zone, across a change to summer time', () => {
    // Europe/Berlin: UTC+1 in winter, UTC+2 from 2022-03-27 03:00
    expect(read('2022-01-02T00:00', 'Europe/Berlin')).toBe(Date.UTC(2022, 0, 1, 23))
    expect(read('2022-03-27T04:00', 'Europe/Berlin')).toBe(Date.UTC(2022, 2, 27, 2))
    expect(read('2022-01-02T00:00', 'UTC')).toBe(Date.UTC(2022, 0, 2))
    // before 1992 China kept summer time: 1991-07-01 00:00 was UTC+9
    expect(read('1991-07-01T00:00')).toBe(Date.UTC(1991, 5, 30, 15))
  })

  it('says why a stamp cannot be read', () => {
    expect(read('2022-01-02')).toBe('noHour')
    expect(read('2022-01-02T00:30')).toBe('notOnHour')
    expect(read('2022-01-02T00:00:00.5')).toBe('notOnHour')
    expect(read('2022-02-30T00:00')).toBe('date')
    expect(read('2022-01-02T25:00')).toBe('date')
    expect(read('2022-01-01T24:30')).toBe('date')
    for (const bad of [
      '',
      'yesterday',
      '22-01-02T00:00',
      '2022-01-02X00',
      '2022-01-02T000',
      '2022-01-02T00:00+1',
      '2022-01-02T00:00 CST',
    ]) {
      expect(read(bad), bad).toBe('format')
    }
  })

  it('returns the same instant for repeated stamps of one hour', () => {
    const reader = createStampReader('Asia/Shanghai')
    const b = new TextEncoder().encode('2022-01-02T00:00,2022-01-02T00:00,2022-01-02T01:00')
    expect([reader.read(b, 0, 16), reader.read(b, 17, 33), reader.read(b, 34, 50)]).toEqual([
      JAN2,
      JAN2,
      JAN2 + H,
    ])
  })
})

describe('wideStamp', () => {
  it('returns the instant of a date and an hour', () => {
    const zone = createZone('Asia/Shanghai')
    const out = { problem: 'format' as const } as {
      problem: 'format' | 'date' | 'noHour' | 'notOnHour'
    }
    expect(wideStamp('20220102', 0, zone, out)).toBe(JAN2)
    expect(wideStamp('2022-01-02', 23, zone, out)).toBe(JAN2 + 23 * H)
    expect(wideStamp('20220230', 0, zone, out)).toBeNaN()
    expect(out.problem).toBe('date')
    expect(wideStamp('2022012', 0, zone, out)).toBeNaN()
    expect(out.problem).toBe('format')
  })
})

describe('daysFromCivil', () => {
  it('counts days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0)
    expect(daysFromCivil(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / 86_400_000)
    expect(daysFromCivil(1969, 12, 31)).toBe(-1)
  })
})
