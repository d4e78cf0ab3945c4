import { describe, expect, it } from 'vitest'
import {
  aggregateAir,
  aggregateAirStream,
  aggregateStationDays,
  type HourlyRecord,
  InputError,
  readHourlyCsv,
  stationDaysOf,
} from '../../../../src/standards/air/index.js'
import { inputErrorOf } from '../../../_helpers/input-error.js'

// A date alone names no hour. Read as 00:00 it would be, under the platform's hour-ending
// stamps (16时 is 15:00–16:00), the hour 23:00–24:00 of the day before: the value would count
// towards a day it was never measured in. Every reader of hourly timestamps refuses it, naming
// the record; daily records keep their date-only dates.
const WITH_HOUR = 'a timestamp with an hour (a date alone names no hour)'

const records = (time: string): HourlyRecord[] => [
  { station: 'A', time: '2022-01-01T01:00:00', pm25: 10 },
  { station: 'A', time, pm25: 20 },
]

const firstIssue = (e: InputError) => {
  const i = e.issues[0]
  return [i.code, i.path, i.expected.en, i.received]
}

describe('a date-only timestamp in hourly records', () => {
  it.each([
    ['hour-ending', { timestamp: 'hour-ending' as const }],
    ['hour-beginning', { timestamp: 'hour-beginning' as const }],
  ])('is an input error of aggregateStationDays at the record (%s)', (_, options) => {
    const e = inputErrorOf(() => aggregateStationDays(records('2022-01-02'), options))
    expect(firstIssue(e)).toEqual(['invalid_format', [1, 'time'], WITH_HOUR, '"2022-01-02"'])
    expect(e.issues).toHaveLength(1)
    expect(e.message).toMatch(/at \[1\]\.time/)
  })

  it('is an input error of the engine, from records and from a stream of records', async () => {
    const engine = inputErrorOf(() => stationDaysOf(records('2022-01-02')))
    expect(firstIssue(engine)).toEqual(['invalid_format', [1, 'time'], WITH_HOUR, '"2022-01-02"'])
    const city = inputErrorOf(() => aggregateAir(records('2022-01-02'), { cityOf: () => 'X' }))
    expect(firstIssue(city)).toEqual(['invalid_format', [1, 'time'], WITH_HOUR, '"2022-01-02"'])
    const streamed = await aggregateAirStream(records('2022-01-02'), { cityOf: () => 'X' }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(streamed).toBeInstanceOf(InputError)
    expect(firstIssue(streamed as InputError)).toEqual([
      'invalid_format',
      [1, 'time'],
      WITH_HOUR,
      '"2022-01-02"',
    ])
  })

  it('is an input error with its line in a CSV file', async () => {
    const e = await readHourlyCsv('station,time,pm25\nA,2022-01-01T01:00,10\nA,2022-01-02,20\n', {
      file: 'hours.csv',
    }).then(
      () => null,
      (x: unknown) => x,
    )
    expect(e).toBeInstanceOf(InputError)
    const i = (e as InputError).issues[0]
    expect([i.code, i.expected.en, i.location?.file, i.location?.line]).toEqual([
      'invalid_format',
      WITH_HOUR,
      'hours.csv',
      3,
    ])
  })

  it('still accepts a timestamp with an hour, with or without seconds, offset or a space', () => {
    // hour-ending: 2022-01-02T00:00 covers 23:00–24:00 of 2022-01-01
    for (const time of [
      '2022-01-02T00:00:00',
      '2022-01-02T00:00',
      '2022-01-02 00:00',
      '2022-01-01T16:00:00Z',
    ]) {
      const days = aggregateStationDays([{ station: 'A', time, pm25: 20 }])
      expect(days.map((d) => d.date)).toEqual(['2022-01-01'])
    }
  })
})
