import { describe, expect, it } from 'vitest'
import { realtimeAqi } from '../../../src/standards/air/index.js'
import { inputErrorOf } from '../../_helpers/input-error.js'

// realtimeAqi reads one hour: an object of concentrations. What it accepts and refuses, and the
// 2026 edition's rules for values above 800 µg/m³, whatever path the computation takes.
const issueOf = (run: () => unknown) => {
  const e = inputErrorOf(run)
  return [e.context, ...e.issues.map((i) => [i.code, i.path, i.expected.en])]
}

describe('realtimeAqi input checks', () => {
  it.each([
    ['null', null],
    ['an empty text', ''],
    ['a number', 5],
    ['an empty array', []],
    ['an array', ['pm25']],
  ])('refuses %s as the hour, at the root', (_, input) => {
    expect(issueOf(() => realtimeAqi(input as never))).toEqual([
      'realtimeAqi input',
      ['invalid_type', [], 'an object'],
    ])
  })

  it('refuses a negative or non-finite value at its field, even beside a good one', () => {
    expect(issueOf(() => realtimeAqi({ pm25: -1 }))).toEqual([
      'realtimeAqi input',
      ['too_small', ['pm25'], 'a non-negative number (µg/m³)'],
    ])
    expect(issueOf(() => realtimeAqi({ pm25: 20, no2: Number.NaN }))).toEqual([
      'realtimeAqi input',
      ['not_finite', ['no2'], 'a non-negative number (µg/m³)'],
    ])
  })

  it('refuses options that are not an object after options with nothing set', () => {
    expect(realtimeAqi({ pm25: 35 }, {}).aqi).toBe(50)
    for (const options of [5, [], true, null]) {
      expect(issueOf(() => realtimeAqi({ pm25: 35 }, options as never))).toEqual([
        'realtimeAqi options',
        ['invalid_type', ['options'], expect.any(String)],
      ])
    }
  })

  it('refuses a real-time option written in another type after the same option as a value', () => {
    // PM2.5 35 is IAQI 50 on the 24-hour column whichever PM basis reads it
    expect(realtimeAqi({ pm25: 35, pm25_24h: 35 }, { pmBasis: '24h' }).aqi).toBe(50)
    expect(realtimeAqi({ pm25: 35 }, { countO3_8h: true }).aqi).toBe(50)
    expect(realtimeAqi({ pm25: 35 }, { so2Above800: 'text' }).aqi).toBe(50)
    expect(realtimeAqi({ pm25: 35 }, { missingPm10: 'text' }).iaqi.pm25).toBe(50)
    for (const options of [
      { pmBasis: ['24h'] },
      { countO3_8h: 'true' },
      { so2Above800: ['text'] },
      { missingPm10: ['text'] },
    ]) {
      const [key] = Object.keys(options)
      expect(issueOf(() => realtimeAqi({ pm25: 35 }, options as never))[1]?.[1]).toEqual([
        'options',
        key,
      ])
    }
  })

  it('lists SO2 as missing, not as not measured, when its 24-hour value is needed and absent', () => {
    // HJ 633-2012 表1 note (2): SO2 1-hour above 800 reports the 24-hour IAQI; without that value
    // the AQI is withheld, and SO2 was measured
    const r = realtimeAqi({ so2: 900, pm25: 35 }, { so2Above800: 'text' })
    expect(r.aqi).toBeNull()
    expect(r.flags.withheldReason).toBe('so2_1hAbove800')
    expect(r.flags.missing).toContain('so2')
    expect(r.flags.notMeasured).toEqual([])
  })

  it('accepts CO exactly at the 1-hour bound and refuses it just above', () => {
    // HJ 633-2012 表1: CO 1-hour 150 mg/m³ is the top breakpoint, IAQI 500
    const r = realtimeAqi({ co: 150, pm25: 35 })
    expect([r.iaqi.co, r.iaqi.pm25, r.aqi, r.flags.capped]).toEqual([500, 50, 500, []])
    expect(issueOf(() => realtimeAqi({ co: 150.1, pm25: 35 }))[1]?.slice(0, 2)).toEqual([
      'implausible',
      ['co'],
    ])
  })

  it('refuses every input when all ten are negative, each at its field', () => {
    const keys = [
      'so2',
      'no2',
      'co',
      'o3',
      'pm10',
      'pm25',
      'o3_8h',
      'so2_24h',
      'pm10_24h',
      'pm25_24h',
    ] as const
    const e = inputErrorOf(() => realtimeAqi(Object.fromEntries(keys.map((k) => [k, -1]))))
    expect(e.issues.map((i) => [i.code, ...i.path]).sort()).toEqual(
      keys.map((k) => ['too_small', k]).sort(),
    )
  })
})

describe('realtimeAqi above 800 µg/m³ under HJ 633-2026', () => {
  // PM2.5 20 µg/m³ on the 24-hour column: 20 × 50 / 35 = 28.6 → IAQI 29
  it('counts SO2 1-hour above 800 as IAQI 200 (表3 note b), with or without a 24-hour value', () => {
    for (const input of [
      { so2: 900, pm25: 20 },
      { so2: 900, so2_24h: 100, pm25: 20 },
    ]) {
      const r = realtimeAqi(input, { standard: 'HJ633-2026' })
      expect([r.aqi, r.iaqi.so2, r.flags.withheld, r.flags.so2_1hAbove800]).toEqual([
        200,
        200,
        false,
        true,
      ])
    }
  })

  it('counts O3 8-hour above 800 as IAQI 300 (表3 note c) without an O3 1-hour value', () => {
    const r = realtimeAqi({ o3_8h: 801, pm25: 20 }, { standard: 'HJ633-2026', countO3_8h: true })
    expect([r.aqi, r.iaqi.o3_8h, r.flags.withheld, r.flags.o3_8hAbove800]).toEqual([
      300,
      300,
      false,
      true,
    ])
    // under 2012 (表1 note 3) the same hour has no AQI: O3 would count by its 1-hour IAQI
    const old = realtimeAqi({ o3_8h: 801, pm25: 20 }, { standard: 'HJ633-2012', countO3_8h: true })
    expect([old.aqi, old.flags.withheldReason]).toEqual([null, 'o3_8hAbove800'])
  })
})
