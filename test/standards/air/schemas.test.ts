import { describe, expect, it } from 'vitest'
import { AirDailyObservationSchema } from '../../../src/schemas/observation/index.js'
import {
  AirDayInputSchema,
  DailyAqiInputSchema,
  HourlyRecordSchema,
  MAX_PLAUSIBLE_CO,
  RealtimeAqiInputSchema,
} from '../../../src/standards/air/index.js'

describe('AirDayInputSchema', () => {
  it('accepts a daily air observation as it is (kind and scope ignored)', () => {
    const observation = AirDailyObservationSchema.parse({
      kind: 'airDaily',
      date: '2022-01-01',
      so2: 14,
      no2: 32,
      co: 0.5,
      pm10: 51,
      pm25: 27,
      o3_1h: 80,
      o3_8h: 75,
    })
    expect(AirDayInputSchema.parse(observation).pm25).toBe(27)
  })

  it('requires every indicator key, so a misspelt key is caught', () => {
    const r = AirDayInputSchema.safeParse({
      date: '2022-01-01',
      so2: 1,
      no2: 1,
      co: 0.1,
      pm10: 1,
      pm2_5: 1,
      o3_8h: 1,
    })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['pm25'])
  })

  it('rejects impossible dates', () => {
    expect(
      AirDayInputSchema.safeParse({
        date: '2022-02-29',
        so2: 1,
        no2: 1,
        co: 1,
        pm10: 1,
        pm25: 1,
        o3_8h: 1,
      }).success,
    ).toBe(false)
  })
})

describe('DailyAqiInputSchema', () => {
  it('treats absent keys as missing and rejects negative or non-numeric values', () => {
    expect(DailyAqiInputSchema.parse({})).toEqual({})
    expect(DailyAqiInputSchema.safeParse({ pm25: -0.1 }).success).toBe(false)
    expect(DailyAqiInputSchema.safeParse({ pm25: '3' }).success).toBe(false)
  })
})

describe('RealtimeAqiInputSchema', () => {
  it('accepts the hour’s values with the SO2 24-hour mean', () => {
    expect(RealtimeAqiInputSchema.parse({ so2: 900, so2_24h: 300 }).so2_24h).toBe(300)
  })
})

describe('HourlyRecordSchema', () => {
  it('needs a station and a timestamp', () => {
    expect(HourlyRecordSchema.safeParse({ time: '2022-01-01T01:00' }).success).toBe(false)
    expect(HourlyRecordSchema.safeParse({ station: 'A' }).success).toBe(false)
    expect(HourlyRecordSchema.parse({ station: 'A', time: new Date(0) }).station).toBe('A')
  })
})

describe('MAX_PLAUSIBLE_CO', () => {
  it('is the top of the 1-hour CO column, 150 mg/m³', () => {
    expect(MAX_PLAUSIBLE_CO).toBe(150)
  })
})
