import { describe, expect, it } from 'vitest'
import {
  aggregateStationDays,
  type HourlyRecord,
  NOT_MEASURED,
  readHourlyCsv,
  streamStationDays,
} from '../../../../src/standards/air/index.js'

// 24 hour-ending records of 2026-03-01 (China Standard Time) of a station that measures
// neither SO2 nor CO, and an hour without NO2
const records: HourlyRecord[] = Array.from({ length: 24 }, (_, h) => ({
  station: 'X',
  time: new Date(Date.UTC(2026, 1, 28, 17 + h)),
  so2: 'notMeasured',
  no2: h === 5 ? null : 20,
  co: 'notMeasured',
  o3: 60,
  pm10: 40,
  pm25: 20,
}))

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('station days of a station that does not measure a pollutant', () => {
  it('give the gap notMeasured, not tooFewHours', () => {
    const [day] = aggregateStationDays(records)
    expect(day?.so2).toBeNull()
    expect(day?.co).toBeNull()
    expect(day?.gaps).toEqual({ so2: 'notMeasured', co: 'notMeasured' })
    expect(day?.no2).toBe(20)
    expect(day?.validHours.so2).toBe(0)
  })

  it('keep the mean of a pollutant with valid hours, whatever other hours say', () => {
    // one hour says not measured, 23 have SO2: a normal daily mean
    const mixed = records.map((r, h) => ({ ...r, so2: h === 0 ? ('notMeasured' as const) : 8 }))
    const [day] = aggregateStationDays(mixed)
    expect(day?.so2).toBe(8)
    expect(day?.gaps.so2).toBeUndefined()
  })

  it('marks O3 on both of its daily values', () => {
    const [day] = aggregateStationDays(records.map((r) => ({ ...r, o3: 'notMeasured' as const })))
    expect(day?.gaps.o3_1h).toBe('notMeasured')
    expect(day?.gaps.o3_8h).toBe('notMeasured')
  })

  it('is the same through the streaming engine, from records and from a file with "/"', async () => {
    const expected = aggregateStationDays(records)
    expect(await collect(streamStationDays(records))).toEqual(expected)
    const csv = [
      'station,time,so2,no2,co,o3,pm10,pm25',
      ...Array.from(
        { length: 24 },
        (_, h) =>
          `X,${new Date(Date.UTC(2026, 1, 28, 17 + h) + 8 * 3_600_000).toISOString().slice(0, 16)},/,${h === 5 ? 'NA' : 20},/,60,40,20`,
      ),
    ].join('\n')
    const table = await readHourlyCsv(csv)
    expect(table.so2[0]).toBe(NOT_MEASURED)
    const days = await collect(streamStationDays([table]))
    expect(days.map((d) => d.gaps)).toEqual([{ so2: 'notMeasured', co: 'notMeasured' }])
    expect(days[0]?.no2).toBe(20)
  })

  it('does not change the records it is given', () => {
    const copy = structuredClone(records)
    aggregateStationDays(records)
    expect(records).toEqual(copy)
  })
})
