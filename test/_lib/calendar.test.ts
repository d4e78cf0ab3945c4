import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  eachDate,
  earlierDate,
  laterDate,
  yearOf,
} from '../../src/_lib/calendar.js'

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dayNumber('1969-12-31')).toBe(-1)
    // 2000-03-01: 30 years of 365 days + 7 leap days (72, 76, …, 96) + 31 + 29 = 11017
    expect(dayNumber('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29)
  })

  it('agrees with Date.UTC on every day of 1900–2100 sampled (fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (n) => {
        const date = new Date(n * 86_400_000).toISOString().slice(0, 10)
        expect(dayNumber(date)).toBe(n)
        expect(dateOfDayNumber(n)).toBe(date)
      }),
      { seed: 20221231, numRuns: 2000 },
    )
  })
})

describe('calendar helpers', () => {
  it('list, shift and count calendar days across month ends and leap days', () => {
    expect(eachDate('2022-02-27', '2022-03-02')).toEqual([
      '2022-02-27',
      '2022-02-28',
      '2022-03-01',
      '2022-03-02',
    ])
    expect(eachDate('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01'])
    expect(eachDate('2022-01-02', '2022-01-01')).toEqual([])
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01')
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28')
    expect(daysBetween('2022-01-01', '2022-12-31')).toBe(364)
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365)
    // 1900 is not a leap year, 2000 is
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1)
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2)
  })

  it('orders dates and reads the year', () => {
    expect(earlierDate('2022-06-30', '2022-12-31')).toBe('2022-06-30')
    expect(laterDate('2022-06-30', '2022-12-31')).toBe('2022-12-31')
    expect(yearOf('2025-12-31')).toBe(2025)
  })

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ
    process.env.TZ = 'Pacific/Apia'
    try {
      expect(addDays('2011-12-29', 1)).toBe('2011-12-30') // Samoa skipped 30 December 2011
    } finally {
      process.env.TZ = before
    }
  })
})
