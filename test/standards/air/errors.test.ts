import { describe, expect, it } from 'vitest'
import * as air from '../../../src/standards/air/index.js'

describe('AirInputError', () => {
  it('lists every issue with its path', () => {
    const e = new air.AirInputError('some input', [
      { path: [3, 'co'], message: 'bad CO' },
      { path: ['values', 'pm25'], message: 'bad PM2.5' },
      { path: [], message: 'nothing given' },
    ])
    expect(e.name).toBe('AirInputError')
    expect(e).toBeInstanceOf(Error)
    expect(e.message).toBe(
      'some input is invalid:\n✖ bad CO\n  → at [3].co\n✖ bad PM2.5\n  → at values.pm25\n✖ nothing given',
    )
    expect(e.issues).toHaveLength(3)
  })
})

describe('options checks', () => {
  it('rejects a misspelt edition, policy or method instead of falling back to a default', () => {
    const bad = <T>(o: T) => o as never
    expect(() => air.dailyAqi({ pm25: 10 }, bad({ standard: 'HJ633-2020' }))).toThrow(
      /dailyAqi options is invalid[\s\S]*at standard/,
    )
    expect(() => air.iaqi('pm25_24h', 10, bad({ standard: '2026' }))).toThrow(/at standard/)
    expect(() => air.realtimeAqi({}, bad({ pmBasis: '8h' }))).toThrow(/at pmBasis/)
    expect(() => air.aqiCategory(10, bad({ standard: 'x' }))).toThrow(/unknown standard "x"/)
    expect(() =>
      air.summarizeAirPeriod(
        [],
        bad({ dustRatioMethod: 'drop', period: { start: '2022-01-01', end: '2022-01-01' } }),
      ),
    ).toThrow(/at dustRatioMethod/)
    expect(() => air.aggregateStationDays([], bad({ timestamp: 'hour-middle' }))).toThrow(
      /at timestamp/,
    )
    expect(() => air.aggregateStationDays([], { timeZone: 'Mars/Olympus' })).toThrow(
      /unknown time zone "Mars\/Olympus"/,
    )
    expect(() => air.aggregateCityDays([], bad({ minStations: 0 }))).toThrow(/at minStations/)
    expect(air.aggregateStationDays([], { timeZone: 'Asia/Urumqi' })).toEqual([])
  })
})
