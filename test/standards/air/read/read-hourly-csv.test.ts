import { describe, expect, it } from 'vitest'
import { NOT_MEASURED } from '../../../../src/standards/air/columns.js'
import { readHourlyCsv } from '../../../../src/standards/air/read/read-hourly-csv.js'
import { chunked, cst, gzip } from './_helpers.js'

const PLAIN =
  'station,time,so2,no2,co,o3,pm10,pm25\n2197A,2022-01-02T01:00,8,30,0.6,52,70,41\n3034A,2022-01-02T01:00,,NA,/,--,null,0\n'

describe('readHourlyCsv', () => {
  describe('the plain layout', () => {
    it('returns the six pollutants, station codes and the instants of the stamps', async () => {
      const t = await readHourlyCsv(PLAIN, { file: 'a.csv' })
      expect(t.layout).toBe('plain')
      expect(t.length).toBe(2)
      expect(t.stations).toEqual(['2197A', '3034A'])
      expect(Array.from(t.station)).toEqual([0, 1])
      expect(Array.from(t.time)).toEqual([cst(2022, 1, 2, 1), cst(2022, 1, 2, 1)])
      expect([t.so2[0], t.no2[0], t.co[0], t.o3[0], t.pm10[0], t.pm25[0]]).toEqual([
        8, 30, 0.6, 52, 70, 41,
      ])
      expect(t.source).toEqual({ file: 'a.csv', lines: Int32Array.from([2, 3]) })
      expect(t.published).toEqual({})
      expect(t.notes).toEqual([])
      expect(t.stationInfo).toEqual([
        { city: null, name: null },
        { city: null, name: null },
      ])
    })

    it('reads the no-value texts as missing (NaN) or not measured, never as zero', async () => {
      const t = await readHourlyCsv(PLAIN)
      expect(t.so2[1]).toBeNaN() // empty
      expect(t.no2[1]).toBeNaN() // NA
      expect(t.co[1]).toBe(NOT_MEASURED) // /
      expect(t.o3[1]).toBeNaN() // --
      expect(t.pm10[1]).toBeNaN() // null
      expect(t.pm25[1]).toBe(0) // a real zero stays zero
    })

    it('reads Chinese headers, units in brackets and columns in any order', async () => {
      const csv =
        '监测时间,PM2.5浓度(μg/m³),站点编码,一氧化碳(mg/m3),细颗粒物(PM2.5)_不读,城市,点位名称\n' +
        '2022-01-02 01:00,41,2197A,0.6,x,乌兰察布市,集宁新区\n'
      const t = await readHourlyCsv(csv)
      expect(t.stations).toEqual(['2197A'])
      expect(t.pm25[0]).toBe(41)
      expect(t.co[0]).toBe(0.6)
      expect(t.so2[0]).toBeNaN()
      expect(t.stationInfo).toEqual([{ city: '乌兰察布市', name: '集宁新区' }])
      expect(t.notes.map((n) => n.code)).toEqual(['missing-columns'])
      expect(t.notes[0]?.message.en).toBe(
        'no column for so2, no2, o3, pm10: those pollutants are missing in every record',
      )
    })

    it('reads a bracketed second name of the same field', async () => {
      const t = await readHourlyCsv(
        '站点编码,时间,细颗粒物(PM2.5),二氧化硫(SO2)\nA,2022-01-02T01,3,4\n',
      )
      expect([t.pm25[0], t.so2[0]]).toEqual([3, 4])
    })

    it('reads quoted cells, CRLF, a byte-order mark and blank lines alike', async () => {
      const csv =
        '\uFEFFstation,time,pm25\r\n"2197A","2022-01-02T01:00","41"\r\n\r\n"3034A",2022-01-02T02:00," 7 "\r\n'
      const t = await readHourlyCsv(csv)
      expect(t.stations).toEqual(['2197A', '3034A'])
      expect(Array.from(t.pm25)).toEqual([41, 7])
      expect(Array.from(t.source.lines)).toEqual([2, 4])
    })

    it('reads GBK bytes, told from the bytes', async () => {
      // 站点编码,监测时间,PM2.5,城市 / 2197A,2022-01-02T01:00,41,乌兰察布市 in GBK
      const gbk = (t: string) => {
        const table: Record<string, number[]> = {
          站点编码: [0xd5, 0xbe, 0xb5, 0xe3, 0xb1, 0xe0, 0xc2, 0xeb],
          监测时间: [0xbc, 0xe0, 0xb2, 0xe2, 0xca, 0xb1, 0xbc, 0xe4],
          城市: [0xb3, 0xc7, 0xca, 0xd0],
          乌兰察布市: [0xce, 0xda, 0xc0, 0xbc, 0xb2, 0xec, 0xb2, 0xbc, 0xca, 0xd0],
        }
        return t
          .split(/(站点编码|监测时间|城市|乌兰察布市)/)
          .flatMap((part) => table[part] ?? [...new TextEncoder().encode(part)])
      }
      const bytes = Uint8Array.from(
        gbk('站点编码,监测时间,PM2.5,城市\n2197A,2022-01-02T01:00,41,乌兰察布市\n'),
      )
      expect(new TextDecoder('gbk').decode(bytes)).toContain('乌兰察布市')
      const t = await readHourlyCsv(bytes)
      expect(t.encoding).toBe('gbk')
      expect(t.pm25[0]).toBe(41)
      expect(t.stationInfo[0]?.city).toBe('乌兰察布市')
    })

    it('reads gzip-compressed input as it streams, in any chunks', async () => {
      const packed = await gzip(PLAIN)
      const t = await readHourlyCsv(chunked(packed, 7))
      expect(t.compressed).toBe(true)
      expect(t.length).toBe(2)
      expect(t.pm25[0]).toBe(41)
    })

    it('reads alike when the chunks end inside a cell, a quote, a CRLF or the byte-order mark', async () => {
      const csv =
        '\uFEFFstation,time,pm25\r\n"21""97A",2022-01-02T01:00,"41"\r\n3034A,2022-01-02T02:00,7.5\r\n'
      const whole = await readHourlyCsv(csv)
      for (const size of [1, 2, 3, 5, 8, 13]) {
        const t = await readHourlyCsv(chunked(csv, size))
        expect(t.stations).toEqual(['21"97A', '3034A'])
        expect(Array.from(t.pm25)).toEqual(Array.from(whole.pm25))
        expect(Array.from(t.time)).toEqual(Array.from(whole.time))
      }
    })

    it('reads the published columns a plain file has', async () => {
      const t = await readHourlyCsv(
        'station,time,aqi,pm25,pm2_5_24h,primarypollutant\nA,2022-01-02T01,58,41,33,细颗粒物(PM2.5)\nA,2022-01-02T02,40,20,33,\n',
      )
      expect(Array.from(t.published.aqi ?? [])).toEqual([58, 40])
      expect(Array.from(t.published.pm25_24h ?? [])).toEqual([33, 33])
      expect(t.published.primaryPollutant?.texts).toEqual(['细颗粒物(PM2.5)'])
      expect(Array.from(t.published.primaryPollutant?.index ?? [])).toEqual([0, -1])
    })

    it('echoes the options with their defaults', async () => {
      const t = await readHourlyCsv(PLAIN, { maxIssues: 3 })
      expect(t.options).toEqual({
        file: '<input>',
        layout: 'auto',
        encoding: 'auto',
        timeZone: 'Asia/Shanghai',
        allowEmpty: false,
        maxIssues: 3,
        batchSize: 65_536,
        maxPlausibleCo: 150,
      })
    })
  })

  describe('the CNEMC layouts', () => {
    const HEADER =
      'timepoint,stationcode,area,positionname,primarypollutant,aqi,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,co,co_24h'

    it('reads the export: o3 the hour, o3_24h the 24-hour maximum (o3_24h never below o3)', async () => {
      const t = await readHourlyCsv(
        `${HEADER}\n2022-01-02T10:00:00,2197A,乌兰察布市,集宁新区,,30,12,20,40,55,35,38,0.5,0.6\n2022-01-02T11:00:00,2197A,乌兰察布市,集宁新区,,30,12,20,45,55,37,38,0.5,0.6\n`,
      )
      expect(t.layout).toBe('cnemc')
      expect(Array.from(t.o3)).toEqual([40, 45])
      expect(Array.from(t.published.o3_1hMax24h ?? [])).toEqual([55, 55])
      expect(Array.from(t.published.o3_8hMoving ?? [])).toEqual([35, 37])
      expect(Array.from(t.published.o3_8hDayMax ?? [])).toEqual([38, 38])
      expect(t.notes.map((n) => n.code)).toEqual(['cnemc-export', 'missing-columns'])
    })

    it('reads the archive of 2022 when o3 is never below o3_24h, with a note', async () => {
      const t = await readHourlyCsv(
        `${HEADER}\n2022-01-02T00:00:00,2197A,乌兰察布市,集宁新区,,30,12,20,61,15,58,40,0.5,0.6\n2022-01-03T00:00:00,2197A,乌兰察布市,集宁新区,,30,12,20,50,50,45,45,0.5,0.6\n`,
      )
      expect(t.layout).toBe('cnemc-archive')
      expect(Array.from(t.o3)).toEqual([15, 50])
      expect(Array.from(t.published.o3_1hMax24h ?? [])).toEqual([61, 50])
      expect(Array.from(t.published.o3_8hMoving ?? [])).toEqual([40, 45])
      expect(Array.from(t.published.o3_8hDayMax ?? [])).toEqual([58, 45])
      expect(t.notes[0]?.code).toBe('cnemc-archive')
      expect(t.notes[0]?.message.en).toContain(
        'in the 2 records with both o3 and o3_24h, o3 is never below o3_24h (above it in 1)',
      )
    })

    it('reads an archive file as the export when the layout is forced, and the other way round', async () => {
      const archive = `${HEADER}\n2022-01-02T00:00:00,2197A,,,,30,12,20,61,15,58,40,0.5,0.6\n`
      expect((await readHourlyCsv(archive, { layout: 'cnemc' })).o3[0]).toBe(61)
      const exported = `${HEADER}\n2022-01-02T00:00:00,2197A,,,,30,12,20,15,61,40,58,0.5,0.6\n`
      expect((await readHourlyCsv(exported, { layout: 'cnemc-archive' })).o3[0]).toBe(61)
    })

    it('reads the 2026 feed: o3_24h repeats o3 or is empty, o3_8h never below o3_8h_24h', async () => {
      const header =
        'timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h'
      const t = await readHourlyCsv(
        `${header}\n2026-03-02T1500,2197A,113.1306,40.9924,乌兰察布市,集宁新区,,40,NA,50,20,18,90,90,85,80,10,12,/,/,0.4,0.5\n2026-02-27T1700,2197A,113.1306,40.9924,乌兰察布市,集宁新区,,64,77,59,46,37,100,,89,89,16,19,8,6,1.0,0.8\n`,
      )
      expect(t.layout).toBe('cnemc-2026')
      expect(Array.from(t.time)).toEqual([cst(2026, 3, 2, 15), cst(2026, 2, 27, 17)])
      expect(Array.from(t.o3)).toEqual([90, 100])
      expect(t.published.o3_1hMax24h).toBeUndefined()
      expect(Array.from(t.published.o3_8hDayMax ?? [])).toEqual([85, 89])
      expect(Array.from(t.published.o3_8hMoving ?? [])).toEqual([80, 89])
      expect(t.pm10[0]).toBeNaN()
      expect(t.so2[0]).toBe(NOT_MEASURED)
      expect(t.published.so2_24h?.[0]).toBe(NOT_MEASURED)
      expect(t.notes[0]?.code).toBe('cnemc-2026')
    })

    it('tells the 2026 feed from the 8-hour columns alone', async () => {
      const t = await readHourlyCsv(
        'timepoint,stationcode,o3,o3_8h,o3_8h_24h\n2026-03-02T1500,A,90,85,80\n',
      )
      expect(t.layout).toBe('cnemc-2026')
      expect(t.published.o3_8hDayMax?.[0]).toBe(85)
    })

    it('falls back on the export reading, with a note, when no record tells the columns apart', async () => {
      const t = await readHourlyCsv(
        `${HEADER}\n2022-01-02T00:00:00,2197A,,,,30,12,20,50,50,45,45,0.5,0.6\n`,
      )
      expect(t.layout).toBe('cnemc')
      expect(t.o3[0]).toBe(50)
      expect(t.notes[0]?.code).toBe('ozone-undetermined')
    })
  })

  describe('the wide layout', () => {
    const TYPES = [
      'AQI',
      'PM2.5',
      'PM2.5_24h',
      'PM10',
      'PM10_24h',
      'SO2',
      'SO2_24h',
      'NO2',
      'NO2_24h',
      'O3',
      'O3_24h',
      'O3_8h',
      'O3_8h_24h',
      'CO',
      'CO_24h',
    ]
    const hour = (date: string, h: number, a: (t: number) => string, b: (t: number) => string) =>
      TYPES.map((type, t) => `${date},${h},${type},${a(t)},${b(t)}`).join('\r\n')

    it('returns one record per station and hour, the 15 types as pollutants and published figures', async () => {
      const csv = `date,hour,type,1001A,1002A\r\n${hour(
        '20190113',
        0,
        (t) => (t >= 13 ? `1.${t - 10}` : String(100 + t)),
        () => '',
      )}\r\n${hour(
        '20190113',
        1,
        (t) => (t >= 13 ? `2.${t - 10}` : String(200 + t)),
        (t) => (t === 13 ? '1.5' : ''),
      )}\r\n`
      const t = await readHourlyCsv(csv)
      expect(t.layout).toBe('wide')
      expect(t.rows).toBe(30)
      // 1002A has no cell at hour 0, so three records: 1001A 0h, 1001A 1h, 1002A 1h
      expect(t.length).toBe(3)
      expect(t.stations).toEqual(['1001A', '1002A'])
      expect(Array.from(t.station)).toEqual([0, 0, 1])
      expect(Array.from(t.time)).toEqual([
        cst(2019, 1, 13, 0),
        cst(2019, 1, 13, 1),
        cst(2019, 1, 13, 1),
      ])
      expect(Array.from(t.source.lines)).toEqual([2, 17, 17])
      expect([t.pm25[0], t.pm10[0], t.so2[0], t.no2[0], t.o3[0], t.co[0]]).toEqual([
        101, 103, 105, 107, 109, 1.3,
      ])
      const p = t.published
      expect([
        p.aqi?.[1],
        p.pm25_24h?.[1],
        p.o3_1hMax24h?.[1],
        p.o3_8hMoving?.[1],
        p.o3_8hDayMax?.[1],
        p.co_24h?.[1],
      ]).toEqual([200, 202, 210, 211, 212, 2.4])
      expect(t.co[2]).toBe(1.5)
      expect(t.pm25[2]).toBeNaN()
    })

    it('reads files concatenated with their headers, with stations that change', async () => {
      const csv = `date,hour,type,1001A\n20190113,0,PM2.5,5\ndate,hour,type,1002A,1001A\n20190114,0,PM2.5,6,7\n`
      const t = await readHourlyCsv(csv)
      expect(t.stations).toEqual(['1001A', '1002A'])
      expect(Array.from(t.station)).toEqual([0, 1, 0])
      expect(Array.from(t.pm25)).toEqual([5, 6, 7])
    })
  })
})
