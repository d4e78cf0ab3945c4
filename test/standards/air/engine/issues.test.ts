import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aggregateAir,
  aggregateAirStream,
  aggregateStationDays,
  type HourlyColumns,
  type HourlyRecord,
  InputError,
  type InputIssue,
  type StationDay,
  stationDaysOf,
  streamStationDays,
} from '../../../../src/standards/air/index.js'
import { PARAMS, TIMEOUT } from '../../../properties/_laws.js'

// The engine reads on past a bad record and lists every issue, as aggregateStationDays does:
// the same issues (code, path, message, order) from records, from a stream and from columns,
// and no station day handed on once the input is bad.

const HOUR = 3_600_000
const T0 = Date.UTC(2021, 11, 31, 17) // 2022-01-01 01:00 China Standard Time, hour-ending
const KEYS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const

function issuesOf(call: () => unknown): readonly InputIssue[] | null {
  try {
    call()
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as InputError).issues
  }
  return null
}

async function streamIssues(records: readonly HourlyRecord[]) {
  const days: StationDay[] = []
  try {
    for await (const d of streamStationDays(records)) days.push(d)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return { days, issues: (e as InputError).issues }
  }
  return { days, issues: null }
}

function toColumns(records: readonly HourlyRecord[]): HourlyColumns {
  const stations = [...new Set(records.map((r) => r.station))]
  const col = (k: (typeof KEYS)[number]) =>
    Float64Array.from(records, (r) =>
      r[k] === null || r[k] === undefined ? Number.NaN : (r[k] as number),
    )
  return {
    length: records.length,
    stations,
    station: Int32Array.from(records, (r) => stations.indexOf(r.station)),
    time: Float64Array.from(records, (r) => (r.time as Date).getTime()),
    so2: col('so2'),
    no2: col('no2'),
    co: col('co'),
    o3: col('o3'),
    pm10: col('pm10'),
    pm25: col('pm25'),
  }
}

/** Two stations, two days each, in time order; some values bad, some hours twice or off the hour. */
const hours = fc
  .array(
    fc.record({
      value: fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 300 }) },
        { weight: 1, arbitrary: fc.constantFrom(-1, -0.5, Infinity, 151, 400) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      key: fc.constantFrom(...KEYS),
      twice: fc.integer({ min: 0, max: 40 }),
      offHour: fc.integer({ min: 0, max: 60 }),
    }),
    { minLength: 20, maxLength: 96 },
  )
  .map((rows) => {
    const records: HourlyRecord[] = []
    rows.forEach((row, i) => {
      const station = i < rows.length / 2 ? 'A' : 'B'
      const h = i < rows.length / 2 ? i : i - Math.ceil(rows.length / 2)
      const time = new Date(T0 + h * HOUR + (row.offHour === 0 ? 30 * 60_000 : 0))
      const record: HourlyRecord = { station, time, pm25: 20, [row.key]: row.value }
      records.push(record)
      if (row.twice === 0) records.push({ ...record, pm25: 21 })
    })
    return records
  })

describe('bad hourly input in the engine', () => {
  it(
    'gives the issues of aggregateStationDays, all of them, by every path',
    async () => {
      await fc.assert(
        fc.asyncProperty(hours, async (records) => {
          const expected = issuesOf(() => aggregateStationDays(records))
          expect(issuesOf(() => stationDaysOf(records))).toEqual(expected)
          // one city per station: the stations come one after the other
          expect(issuesOf(() => aggregateAir(records, { cityOf: (s) => s }))).toEqual(expected)
          const stream = await streamIssues(records)
          expect(stream.issues).toEqual(expected)
          // the columns carry numbers only: compare where the records hold no other value
          expect(issuesOf(() => stationDaysOf(toColumns(records)))).toEqual(expected)
          if (expected !== null) {
            // every day handed on before the error was complete before the first bad record
            const firstBad = Math.min(...expected.map((i) => i.path[0] as number))
            const dateOf = (t: Date) => new Date(t.getTime() + 7 * HOUR).toISOString().slice(0, 10)
            for (const day of stream.days) {
              let last = -1
              records.forEach((r, i) => {
                if (r.station === day.station && dateOf(r.time as Date) === day.date) last = i
              })
              expect(last).toBeLessThan(firstBad)
            }
          }
        }),
        { ...PARAMS, numRuns: Math.max(50, Math.floor(PARAMS.numRuns / 2)) },
      )
    },
    TIMEOUT,
  )

  it('lists several bad records in record order, with the file line of each', () => {
    const at = (h: number) => new Date(T0 + h * HOUR)
    const records: HourlyRecord[] = [
      { station: 'A', time: at(0), pm25: 10 },
      { station: 'A', time: at(1), pm25: -1, so2: Infinity },
      { station: 'A', time: at(2), pm25: 10 },
      { station: 'A', time: at(3), co: 200 },
      { station: 'A', time: at(4), o3: -3 },
    ]
    const expected = issuesOf(() => aggregateStationDays(records))
    expect(expected?.map((i) => [i.code, i.path])).toEqual([
      ['not_finite', [1, 'so2']],
      ['too_small', [1, 'pm25']],
      ['too_small', [4, 'o3']],
    ])
    expect(issuesOf(() => stationDaysOf(records))).toEqual(expected)
    const lines = Int32Array.of(2, 3, 4, 5, 6)
    const fromFile = issuesOf(() =>
      stationDaysOf({ ...toColumns(records), source: { file: 'hours.csv', lines } }),
    )
    expect(fromFile?.map((i) => [i.path, i.location?.line])).toEqual([
      [[1, 'so2'], 3],
      [[1, 'pm25'], 3],
      [[4, 'o3'], 6],
    ])
    // without a bad field, the CO bound; without that, the hours
    const co = records.map((r) => ({ ...r, pm25: 10, so2: null, o3: null }))
    expect(issuesOf(() => stationDaysOf(co))?.map((i) => [i.code, i.path])).toEqual([
      ['implausible', [3, 'co']],
    ])
  })

  it('stops reading at 100 issues of the records, and rejects with the same list in a stream', async () => {
    const records = Array.from({ length: 500 }, (_, h) => ({
      station: 'A',
      time: new Date(T0 + h * HOUR),
      pm25: -h - 1,
    }))
    let read = 0
    function* counted() {
      for (const r of records) {
        read++
        yield r
      }
    }
    const issues = issuesOf(() => stationDaysOf(counted()))
    expect(issues).toHaveLength(100)
    expect(read).toBe(100)
    expect(issues?.[99]?.path).toEqual([99, 'pm25'])
    await expect(aggregateAirStream(records, { cityOf: () => 'X' })).rejects.toThrow(/got -100\n/)
  })
})
