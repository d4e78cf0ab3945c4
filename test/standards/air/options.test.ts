import { describe, expect, it } from 'vitest'
import * as air from '../../../src/standards/air/index.js'
import { InputError } from '../../../src/standards/air/index.js'

const day = {
  date: '2022-01-01',
  so2: 10,
  no2: 30,
  co: 1,
  pm10: 70,
  pm25: 40,
  o3_1h: 90,
  o3_8h: 80,
}
const summary = () => air.summarizeAirPeriod([day])

/** A valid call of each air function that takes options, with the options given. */
const CALLS: Record<string, (options: Record<string, unknown>) => unknown> = {
  iaqi: (o) => air.iaqi('pm25_24h', 40, o),
  dailyAqi: (o) => air.dailyAqi({ pm25: 40 }, o),
  realtimeAqi: (o) => air.realtimeAqi({ pm25: 40 }, o),
  aqiCategory: (o) => air.aqiCategory(40, o),
  gb3095Limit: (o) => air.gb3095Limit('pm25', 'annual', o),
  assessAirCompliance: (o) => air.assessAirCompliance({ pm25: { mean: 30, percentile: 70 } }, o),
  aggregateStationDays: (o) =>
    air.aggregateStationDays([{ station: 'A', time: '2022-01-01T01:00', pm25: 1 }], o),
  aggregateCityDays: (o) => air.aggregateCityDays([{ ...day, station: 'A' }], o),
  summarizeAirPeriod: (o) => air.summarizeAirPeriod([day], o),
  compositeIndex: (o) => air.compositeIndex(summary(), o),
  compareAirPeriods: (o) => air.compareAirPeriods(summary(), summary(), o),
  periodChange: (o) => air.periodChange(10, 12, { kind: 'concentration', ...o }),
  rankCities: (o) => air.rankCities([{ city: 'A', days: [day] }], o),
  readHourlyRows: (o) =>
    air.readHourlyRows(
      [
        ['station', 'time', 'pm25'],
        ['A', '2022-01-01T01:00', '1'],
      ],
      o,
    ),
  readAqiRecords: (o) => air.readAqiRecords([{ pm25: '40' }], o),
  createAqiRecordReader: (o) => air.createAqiRecordReader(o),
  readStationDayRecords: (o) =>
    air.readStationDayRecords([{ station: 'A', date: '2022-01-01', pm25: '40' }], o),
  createStationDayReader: (o) => air.createStationDayReader(o),
  readHourlyCsv: (o) => air.readHourlyCsv('station,time,pm25\nA,2022-01-01T01:00,1\n', o),
  streamHourlyCsv: (o) => air.streamHourlyCsv('station,time,pm25\nA,2022-01-01T01:00,1\n', o),
  realtimeSeries: (o) =>
    air.realtimeSeries(
      {
        length: 1,
        stations: ['A'],
        station: Int32Array.of(0),
        time: Float64Array.of(Date.UTC(2022, 0, 1, 1)),
        so2: Float64Array.of(Number.NaN),
        no2: Float64Array.of(Number.NaN),
        co: Float64Array.of(Number.NaN),
        o3: Float64Array.of(Number.NaN),
        pm10: Float64Array.of(Number.NaN),
        pm25: Float64Array.of(1),
      },
      o,
    ),
}

const schemas = Object.keys(air).filter((k) => k.endsWith('OptionsSchema'))

async function thrown(call: () => unknown): Promise<unknown> {
  try {
    const r = call()
    if (r instanceof Promise) await r
  } catch (e) {
    return e
  }
  return undefined
}

describe('the options of the air functions', () => {
  it('cover every exported options schema with a call', () => {
    const functions = schemas.map((k) => k[0]?.toLowerCase() + k.slice(1, -'OptionsSchema'.length))
    expect(functions.sort()).toEqual(Object.keys(CALLS).sort())
    for (const f of functions) expect(typeof (air as Record<string, unknown>)[f]).toBe('function')
  })

  it.each(Object.keys(CALLS))(
    '%s runs with its options and rejects a misspelt key',
    async (name) => {
      const call = CALLS[name] as (typeof CALLS)[string]
      expect(await thrown(() => call({}))).toBeUndefined()
      const error = await thrown(() => call({ standrad: 'HJ633-2012' }))
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        path: ['options', 'standrad'],
      })
    },
  )

  it('gives a did-you-mean hint for a misspelt key', () => {
    let error: unknown
    try {
      air.iaqi('pm25_24h', 34.5, { roundConcentration: true } as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues[0]?.message.en).toMatch(/did you mean roundConcentrations/)
  })

  it('uses one name for rounding the concentrations everywhere', () => {
    for (const name of schemas) {
      const shape = (air as unknown as Record<string, { def: { shape: object } }>)[name]?.def.shape
      expect(Object.keys(shape ?? {}), name).not.toContain('roundConcentration')
    }
    // PM2.5 34.5 → 34 (half to even) → 48.6 → 49, or exactly 34.5 → 49.3 → 50
    expect(air.iaqi('pm25_24h', 34.5, { roundConcentrations: true })).toBe(49)
    expect(air.iaqi('pm25_24h', 34.5, { roundConcentrations: false })).toBe(50)
  })

  it('rejects a misspelt edition, policy or method instead of falling back to a default', () => {
    const bad = <T>(o: T) => o as never
    expect(() => air.dailyAqi({ pm25: 10 }, bad({ standard: 'HJ633-2020' }))).toThrow(
      /dailyAqi options is invalid[\s\S]*at options\.standard/,
    )
    expect(() => air.iaqi('pm25_24h', 10, bad({ standard: '2026' }))).toThrow(
      /at options\.standard/,
    )
    expect(() => air.realtimeAqi({}, bad({ pmBasis: '8h' }))).toThrow(/at options\.pmBasis/)
    expect(() => air.aqiCategory(10, bad({ standard: 'x' }))).toThrow(/at options\.standard/)
    expect(() =>
      air.summarizeAirPeriod(
        [],
        bad({ dustRatioMethod: 'drop', period: { start: '2022-01-01', end: '2022-01-01' } }),
      ),
    ).toThrow(/at options\.dustRatioMethod/)
    expect(() => air.aggregateStationDays([], bad({ timestamp: 'hour-middle' }))).toThrow(
      /at options\.timestamp/,
    )
    expect(() => air.aggregateStationDays([], { timeZone: 'Mars/Olympus' })).toThrow(
      /IANA time zone[\s\S]*"Mars\/Olympus"/,
    )
    expect(() => air.aggregateCityDays([], bad({ minStations: 0 }))).toThrow(
      /at options\.minStations/,
    )
    expect(air.aggregateStationDays([], { timeZone: 'Asia/Urumqi' })).toEqual([])
  })
})

describe('the input keys of dailyAqi and realtimeAqi', () => {
  it('rejects a misspelt pollutant instead of an AQI from nothing', () => {
    let error: unknown
    try {
      air.dailyAqi({ PM25: 300 } as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['PM25'],
    })
    expect((error as InputError).issues[0]?.message.en).toMatch(/did you mean pm25/)
    expect(() => air.realtimeAqi({ pm2_5: 300 } as never)).toThrow(/at pm2_5/)
    expect(() => air.realtimeAqi({ o3_1h: 300 } as never)).toThrow(InputError)
  })
})

describe('one error class for bad input', () => {
  it('throws InputError with the same path and message for a negative PM2.5 everywhere', () => {
    const calls: [string, () => unknown, (string | number)[]][] = [
      ['dailyAqi', () => air.dailyAqi({ pm25: -1 }), ['pm25']],
      ['realtimeAqi', () => air.realtimeAqi({ pm25: -1 }), ['pm25']],
      ['iaqi', () => air.iaqi('pm25_24h', -1), ['concentration']],
      [
        'aggregateStationDays',
        () => air.aggregateStationDays([{ station: 'A', time: '2022-01-01T01:00', pm25: -1 }]),
        [0, 'pm25'],
      ],
      [
        'aggregateCityDays',
        () => air.aggregateCityDays([{ ...day, station: 'A', pm25: -1 }]),
        [0, 'pm25'],
      ],
      ['summarizeAirPeriod', () => air.summarizeAirPeriod([{ ...day, pm25: -1 }]), [0, 'pm25']],
    ]
    for (const [name, call, path] of calls) {
      let error: unknown
      try {
        call()
      } catch (e) {
        error = e
      }
      expect(air.isInputError(error), name).toBe(true)
      const [first] = (error as InputError).issues
      expect(first.path, name).toEqual(path)
      expect(first.message.en, name).toBe('expected a non-negative number (µg/m³), got -1')
      expect(first.message.zh, name).toBe('应为非负数值（µg/m³），实际为 -1')
    }
  })
})

describe('CO plausibility by averaging time', () => {
  it('bounds daily means by 60 mg/m³ and 1-hour values by 150 mg/m³ in every function', () => {
    const code = (call: () => unknown) => {
      try {
        call()
      } catch (e) {
        return (e as InputError).issues[0]?.code
      }
      return 'ok'
    }
    // daily means: the top of the 24-hour column
    expect(code(() => air.summarizeAirPeriod([{ ...day, co: 61 }]))).toBe('implausible')
    expect(code(() => air.aggregateCityDays([{ ...day, station: 'A', co: 61 }]))).toBe(
      'implausible',
    )
    expect(code(() => air.summarizeAirPeriod([{ ...day, co: 60 }]))).toBe('ok')
    // 1-hour values: the top of the 1-hour column
    const hour = { station: 'A', time: '2022-01-01T01:00' }
    expect(code(() => air.aggregateStationDays([{ ...hour, co: 120 }]))).toBe('ok')
    expect(code(() => air.aggregateStationDays([{ ...hour, co: 151 }]))).toBe('implausible')
    expect(air.MAX_PLAUSIBLE_CO_24H).toBe(60)
    expect(air.MAX_PLAUSIBLE_CO_1H).toBe(150)
  })
})
