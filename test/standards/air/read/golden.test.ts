import { createReadStream, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { NOT_MEASURED } from '../../../../src/standards/air/columns.js'
import { readHourlyCsv } from '../../../../src/standards/air/read/read-hourly-csv.js'
import type { HourlyTable } from '../../../../src/standards/air/read/types.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'
import { cst } from './_helpers.js'

// Every count and cell below was read from the raw files with Python's csv module, not by
// these readers; the rows are quoted from the files.

const ARCHIVE = 'fixtures/cnemc/inner-mongolia-stations-2022-01.csv'
const FEED = 'fixtures/cnemc-2026/cnemc_2026_beijing_inner_mongolia.csv.gz'
const DAY = 'fixtures/quotsoft-2019/china_sites_20190113.csv.gz'
const YEAR = 'fixtures/quotsoft-2019/china_sites_2019_beijing_inner_mongolia.csv.gz'

const indexOf = (t: HourlyTable, station: string, time: number) => {
  const s = t.stations.indexOf(station)
  for (let i = 0; i < t.length; i++) if (t.station[i] === s && t.time[i] === time) return i
  throw new Error(`no record of ${station} at ${new Date(time).toISOString()}`)
}
// The large files take seconds on a loaded machine, more under coverage.
const SLOW = 120_000

const count = (a: Float64Array, test: (v: number) => boolean) =>
  a.reduce((n, v) => (test(v) ? n + 1 : n), 0)

describeWithShared('readHourlyCsv on the CNEMC archive of January 2022', ARCHIVE, () => {
  const read = (layout?: 'cnemc') =>
    readHourlyCsv(createReadStream(sharedPath(ARCHIVE)), {
      file: 'archive.csv',
      ...(layout ? { layout } : {}),
    })

  it('detects the swapped ozone columns from the data, with a note', async () => {
    const t = await read()
    expect(t.layout).toBe('cnemc-archive')
    expect(t.notes.map((n) => n.code)).toEqual(['cnemc-archive'])
    // 494 rows have both o3 and o3_24h (2 have o3_24h empty); o3 > o3_24h in 482, equal in 12
    expect(t.notes[0]?.message.en).toContain(
      'in the 494 records with both o3 and o3_24h, o3 is never below o3_24h (above it in 482)',
    )
  })

  it('returns the 496 station-days of 16 stations, their cells as published', async () => {
    const t = await read()
    expect([t.length, t.rows, t.stations.length]).toEqual([496, 496, 16])
    // line 2: 2022-01-02T00:00:00,2022-01-01,2192A,呼伦贝尔市,区环保局,,24,24,29,16,16,67,59,62,57,5,10,5,8,0.1,0.1
    const i = 0
    expect(t.stations[t.station[i] as number]).toBe('2192A')
    expect(t.stationInfo[t.station[i] as number]).toEqual({ city: '呼伦贝尔市', name: '区环保局' })
    expect(t.time[i]).toBe(cst(2022, 1, 2, 0))
    expect([t.pm10[i], t.pm25[i], t.o3[i], t.no2[i], t.so2[i], t.co[i]]).toEqual([
      24, 16, 59, 5, 5, 0.1,
    ])
    const p = t.published
    expect([
      p.aqi?.[i],
      p.pm10_24h?.[i],
      p.pm25_24h?.[i],
      p.no2_24h?.[i],
      p.so2_24h?.[i],
      p.co_24h?.[i],
    ]).toEqual([24, 29, 16, 10, 8, 0.1])
    expect([p.o3_1hMax24h?.[i], p.o3_8hDayMax?.[i], p.o3_8hMoving?.[i]]).toEqual([67, 62, 57])
    expect(p.primaryPollutant?.index[i]).toBe(-1)
  })

  it('reads a quoted primary pollutant and the blank AQI of 3034A on the file of 01-02', async () => {
    const t = await read()
    // line 26: …,2204A,阿拉善盟,西城区西花园(对照点),"颗粒物(PM10),细颗粒物(PM2.5)",77,104,…,189,13,111,40,…
    const k = indexOf(t, '2204A', cst(2022, 1, 3, 0))
    expect(t.source.lines[k]).toBe(26)
    const primary = t.published.primaryPollutant
    expect(primary?.texts[primary.index[k] as number]).toBe('颗粒物(PM10),细颗粒物(PM2.5)')
    expect([t.published.aqi?.[k], t.pm10[k], t.o3[k]]).toEqual([77, 104, 13])
    // line 13: 2022-01-02T00:00:00,2022-01-01,3034A,乌兰察布市,光明街小学,,,52,…
    const blank = indexOf(t, '3034A', cst(2022, 1, 2, 0))
    expect(t.published.aqi?.[blank]).toBeNaN()
    expect(t.pm10[blank]).toBe(52)
    // 11 rows have an empty aqi (lines 13, 41, 201, 235, 301, 307, 426, 429, 430, 482, 487)
    expect(count(t.published.aqi as Float64Array, Number.isNaN)).toBe(11)
  })

  it('reads the file as the export when forced: o3 is then the 24-hour maximum', async () => {
    const t = await read('cnemc')
    expect(t.layout).toBe('cnemc')
    expect(t.o3[0]).toBe(67)
    expect(t.notes).toEqual([])
  })
})

describeWithShared('readHourlyCsv on the CNEMC feed of 2026', FEED, () => {
  const table = readHourlyCsv(createReadStream(sharedPath(FEED)), { file: 'feed.csv.gz' })

  it(
    'returns its 242,559 station-hours of 69 stations, read as the 2026 feed, not as the archive',
    async () => {
      const t = await table
      expect([t.length, t.stations.length, t.compressed, t.encoding]).toEqual([
        242_559,
        69,
        true,
        'utf-8',
      ])
      expect(t.layout).toBe('cnemc-2026')
      expect(t.notes.map((n) => n.code)).toEqual(['cnemc-2026'])
      expect(t.published.o3_1hMax24h).toBeUndefined()
    },
    SLOW,
  )

  it(
    'reads cells of the file exactly',
    async () => {
      const t = await table
      // line 2: 2026-02-26T2000,2205A,105.699,38.8409,阿拉善盟,蒙二幼,颗粒物(PM10),66,82,77,21,17,83,,90,89,11,9,11,10,0.5,0.5
      expect(t.time[0]).toBe(cst(2026, 2, 26, 20))
      expect(t.stationInfo[t.station[0] as number]).toEqual({ city: '阿拉善盟', name: '蒙二幼' })
      expect([t.pm10[0], t.pm25[0], t.o3[0], t.no2[0], t.so2[0], t.co[0]]).toEqual([
        82, 21, 83, 11, 11, 0.5,
      ])
      const p = t.published
      expect([
        p.aqi?.[0],
        p.pm10_24h?.[0],
        p.pm25_24h?.[0],
        p.o3_8hDayMax?.[0],
        p.o3_8hMoving?.[0],
      ]).toEqual([66, 77, 17, 90, 89])
      // line 242560: 2026-07-24T1900,4311A,…,35,18,19,16,12,109,109,116,116,9,10,3,3,0.2,0.3
      const last = t.length - 1
      expect(t.time[last]).toBe(cst(2026, 7, 24, 19))
      expect(t.stations[t.station[last] as number]).toBe('4311A')
      expect([t.o3[last], p.o3_8hDayMax?.[last], p.o3_8hMoving?.[last], t.co[last]]).toEqual([
        109, 116, 116, 0.2,
      ])
    },
    SLOW,
  )

  it(
    'counts the no-value states: empty and NA are missing, "/" not measured',
    async () => {
      const t = await table
      // empty + NA per column in the raw file; this copy of the feed holds no "/" cell at all
      const missing = {
        pm10: 144 + 10_342,
        pm25: 108 + 2_889,
        o3: 113 + 3_265,
        no2: 106 + 3_201,
        so2: 103 + 3_011,
        co: 96 + 2_379,
      }
      for (const [key, n] of Object.entries(missing)) {
        const column = t[key as keyof typeof missing]
        expect(count(column, Number.isNaN), key).toBe(n)
        expect(
          count(column, (v) => v === NOT_MEASURED),
          key,
        ).toBe(0)
      }
      expect(count(t.published.aqi as Float64Array, Number.isNaN)).toBe(166 + 8_226)
      expect(count(t.published.o3_8hDayMax as Float64Array, Number.isNaN)).toBe(960 + 69_865)
    },
    SLOW,
  )
})

describeWithShared('readHourlyCsv on a whole national day file of 2019', DAY, () => {
  it(
    'returns the 34,883 station-hours of 1,605 stations in 360 rows',
    async () => {
      const t = await readHourlyCsv(readFileSync(sharedPath(DAY)), { file: 'day.csv.gz' })
      expect([t.layout, t.rows, t.stations.length, t.length]).toEqual(['wide', 360, 1605, 34_883])
      expect(t.stations.at(-1)).toBe('3169A')
      const at = (station: string, hour: number) => indexOf(t, station, cst(2019, 1, 13, hour))
      expect(t.published.aqi?.[at('1001A', 0)]).toBe(500)
      expect(t.pm25[at('1001A', 0)]).toBe(526)
      expect(t.co[at('1003A', 12)]).toBe(0.6)
      expect(t.published.o3_8hDayMax?.[at('1001A', 23)]).toBe(48)
      expect(t.so2[at('2197A', 5)]).toBe(16)
      expect(t.no2[at('3034A', 13)]).toBe(38)
    },
    SLOW,
  )
})

describeWithShared('readHourlyCsv on every hour of 2019 for 60 stations', YEAR, () => {
  it(
    'returns the 463,148 station-hours of 8,427 hours in 126,980 rows',
    async () => {
      const t = await readHourlyCsv(createReadStream(sharedPath(YEAR)), { file: 'year.csv.gz' })
      expect([t.rows, t.stations.length, t.length]).toEqual([126_980, 60, 463_148])
      // the file has 8,467 hours; in 40 of them (20190208 6时 …) every cell is empty: no record
      expect(new Set(t.time).size).toBe(8_427)
      expect(t.o3[indexOf(t, '2197A', cst(2019, 7, 5, 14))]).toBe(150)
    },
    SLOW,
  )
})
