import { beforeAll, describe, expect, it } from 'vitest'
import { fileText, run } from '../../../_helpers/cli.js'
import { describeWithShared, sharedPath } from '../../../_helpers/shared.js'

const HEADER = 'timepoint,stationcode,area,so2,no2,co,o3,pm10,pm2_5'

/**
 * Hour-ending records of one natural day: 01:00 … 23:00 of `date`, then 00:00 of the next day.
 * SO2 10, NO2 20, CO 0.5, O3 60, PM10 40 every hour; PM2.5 from `pm25(hour)`.
 */
function day(
  station: string,
  area: string,
  date: string,
  next: string,
  pm25: (h: number) => number,
) {
  return Array.from({ length: 24 }, (_, i) => {
    const h = i + 1
    const stamp = h === 24 ? `${next}T00:00:00` : `${date}T${String(h).padStart(2, '0')}:00:00`
    return `${stamp},${station},${area},10,20,0.5,60,40,${pm25(h)}`
  })
}

const CITY_DAY = [
  HEADER,
  // Station A: 12 hours of 30 and 12 of 41: mean 35.5 → 36 (GB/T 8170, half to even).
  ...day('A', 'Jining', '2022-01-01', '2022-01-02', (h) => (h <= 12 ? 30 : 41)),
  // Station B: 40 every hour.
  ...day('B', 'Jining', '2022-01-01', '2022-01-02', () => 40),
].join('\n')

// The command loads its modules when it first runs: load them once before the timed tests.
beforeAll(() => import('../../../../src/cli/commands/air/index.js'), 60_000)

describe('airCommand from hourly records', () => {
  it('computes station days, the city day and its AQI', async () => {
    const { code, stdout, stderr } = await run(['air', 'hours.csv', '--json'], {
      files: { 'hours.csv': `${CITY_DAY}\n` },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(
      out.stations.map((s: { station: string; date: string; pm25: number }) => [
        s.station,
        s.date,
        s.pm25,
      ]),
    ).toEqual([
      ['A', '2022-01-01', 36],
      ['B', '2022-01-01', 40],
    ])
    const [city] = out.cities
    expect(city.city).toBe('Jining')
    expect(city.stations).toEqual(['A', 'B'])
    // City PM2.5 (36 + 40) / 2 = 38 → IAQI 50 + 50/40 × 3 = 53.75 → 54; the other IAQIs are
    // lower (PM10 40 → 40, O3 8-hour 60 → 30, NO2 20 → 25): AQI 54, 良, primary PM2.5.
    expect(city.days).toHaveLength(1)
    expect(city.days[0]).toMatchObject({
      date: '2022-01-01',
      pm25: 38,
      o3_1h: 60,
      o3_8h: 60,
      aqi: { aqi: 54, level: 2, category: { zh: '良', en: 'Good' }, primaryPollutants: ['pm25'] },
    })
    expect(city.summary.raw).toMatchObject({ validDays: 1, goodDays: 1, heavyDays: 0 })
    expect(out.options).toMatchObject({
      input: 'hourly',
      timestamp: 'hour-ending',
      standard: 'HJ633-2012',
    })
  })

  it('prints the city table and period statistics as text', async () => {
    const { stdout } = await run(['air', 'hours.csv', '--stations'], {
      files: { 'hours.csv': `${CITY_DAY}\n` },
    })
    expect(stdout).toContain('2 stations, 1 city, 2 station days (from hourly records)')
    // Station A: PM2.5 36 → 50 + 50/40 × 1 = 51.25 → 52.
    expect(stdout).toMatch(/Jining +A +2022-01-01 +10 +20 +0\.5 +40 +36 +60 +60 +52 +2 良 +PM2\.5/)
    expect(stdout).toContain('Jining: 2 stations (A, B)')
    expect(stdout).toMatch(/2022-01-01 +10 +20 +0\.5 +40 +38 +60 +60 +54 +2 良 +PM2\.5/)
    expect(stdout).toContain('raw: 1 valid day · good 1 (100.0 %) · heavy 0 (0.0 %)')
    expect(stdout).toContain('this is a shorter period')
  })

  it('reads hour-beginning timestamps with --timestamp', async () => {
    const { stdout } = await run(['air', 'hours.csv', '--json', '--timestamp', 'hour-beginning'], {
      files: { 'hours.csv': `${CITY_DAY}\n` },
    })
    // Hour-beginning: 01:00…23:00 are 23 hours of 1 January, 00:00 of the 2nd begins that day.
    const days = JSON.parse(stdout).stations.filter((s: { station: string }) => s.station === 'B')
    expect(days.map((d: { date: string; pm25: number | null }) => [d.date, d.pm25])).toEqual([
      ['2022-01-01', 40],
      ['2022-01-02', null],
    ])
    expect(days[1].hours.gaps.pm25).toBe('tooFewHours')
  })

  it('aggregates several days as they stream, station by station', async () => {
    const rows = [
      ...day('A', 'Jining', '2022-01-01', '2022-01-02', () => 30),
      ...day('A', 'Jining', '2022-01-02', '2022-01-03', () => 50),
      ...day('A', 'Jining', '2022-01-03', '2022-01-04', () => 80),
      ...day('B', 'Jining', '2022-01-01', '2022-01-02', () => 40),
    ]
    const { stdout } = await run(['air', 'h.csv', '--json'], {
      files: { 'h.csv': `${HEADER}\n${rows.join('\n')}\n` },
    })
    const out = JSON.parse(stdout)
    expect(
      out.stations.map(
        (s: { station: string; date: string; pm25: number }) => `${s.station} ${s.date} ${s.pm25}`,
      ),
    ).toEqual(['A 2022-01-01 30', 'A 2022-01-02 50', 'A 2022-01-03 80', 'B 2022-01-01 40'])
    // City days: (30 + 40) / 2 = 35, then A alone: 50, 80.
    expect(out.cities[0].days.map((d: { pm25: number }) => d.pm25)).toEqual([35, 50, 80])
  })

  it('maps stations to cities with --city-of, keeps one city with --city, leaves out stations', async () => {
    const csv = CITY_DAY.replace(/,Jining,/g, ',,')
    const { stdout } = await run(
      ['air', 'h.csv', '--json', '--city-of', 'A=North', '--city-of', '*=South', '--city', 'South'],
      { files: { 'h.csv': `${csv}\n` } },
    )
    const out = JSON.parse(stdout)
    expect(out.cities.map((c: { city: string }) => c.city)).toEqual(['South'])
    expect(out.stations.map((s: { station: string }) => s.station)).toEqual(['B'])
    const excluded = await run(['air', 'h.csv', '--json', '--exclude-station', 'A'], {
      files: { 'h.csv': `${CITY_DAY}\n` },
    })
    const json = JSON.parse(excluded.stdout)
    expect(json.cities[0].stations).toEqual(['B'])
    expect(json.cities[0].days[0].pm25).toBe(40)
    expect(json.stations[0]).toMatchObject({ station: 'A', excluded: true })
  })

  it('writes one city’s days as airDaily observations for evaluate', async () => {
    const { code, io } = await run(
      ['air', 'h.csv', '--observations', '--scope', 'central-city', '--out', 'days.jsonl'],
      { files: { 'h.csv': `${CITY_DAY}\n` } },
    )
    expect(code).toBe(0)
    expect(JSON.parse(fileText(io, 'days.jsonl') ?? '')).toEqual({
      kind: 'airDaily',
      date: '2022-01-01',
      scope: 'central-city',
      so2: 10,
      no2: 20,
      co: 0.5,
      pm10: 40,
      pm25: 38,
      o3_1h: 60,
      o3_8h: 60,
    })
  })

  it('reads a CNEMC file whose ozone columns are swapped as the archive, and says so', async () => {
    // o3 (90) above o3_24h (40): the day's 1-hour maximum is never below the latest hour, so
    // this is the archive's reading (docs/guides/reading-data.md, the CNEMC layouts).
    const csv = 'timepoint,stationcode,area,o3,o3_24h,pm2_5\n2022-01-02T00:00:00,A,X,90,40,20\n'
    const { code, stderr } = await run(['air', 'a.csv'], { files: { 'a.csv': csv } })
    expect(code).toBe(0)
    expect(stderr).toContain('note: a.csv: read as the CNEMC archive of 2022')
    expect(stderr).toContain(
      'note: a.csv: no column for so2, no2, co, pm10: those pollutants are missing in every record',
    )
    expect(stderr).toContain('no station day has 20 valid hours')
  })

  it('reads a file that looks like the archive as the export with --no-cnemc-archive', async () => {
    // 24 hours of 2022-01-02 with o3 (90) always above o3_24h (40): the data look like the
    // archive, whose hourly O3 is its o3_24h column (40); the export's hourly O3 is o3 (90).
    const rows = Array.from({ length: 24 }, (_, h) => {
      const stamp =
        h === 23 ? '2022-01-03T00:00:00' : `2022-01-02T${String(h + 1).padStart(2, '0')}:00:00`
      return `${stamp},A,X,90,40,20`
    })
    const csv = ['timepoint,stationcode,area,o3,o3_24h,pm2_5', ...rows].join('\n')
    const day = async (flags: string[]) => {
      const r = await run(['air', 'a.csv', '--json', ...flags], { files: { 'a.csv': csv } })
      expect(r.code).toBe(0)
      return { stderr: r.stderr, o3: JSON.parse(r.stdout).stations[0].o3_1h }
    }
    const told = await day([])
    expect(told.stderr).toContain('read as the CNEMC archive')
    expect(told.o3).toBe(40)
    const forced = await day(['--no-cnemc-archive'])
    expect(forced.stderr).not.toContain('CNEMC archive')
    expect(forced.o3).toBe(90)
    const both = await run(['air', 'a.csv', '--cnemc-archive', '--no-cnemc-archive'], {
      files: { 'a.csv': csv },
    })
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('give --cnemc-archive or --no-cnemc-archive, not both')
  })

  it('names file, line and column of bad records, with the library reader’s messages', async () => {
    const csv = [
      HEADER,
      '2022-01-01T01:00:00,A,X,10,20,0.5,60,40,12a',
      '2022-01-01T01:30:00,A,X,10,20,0.5,60,40,1',
      'soon,A,X,10,20,0.5,60,40,1',
      '2022-01-01T02:00:00,A,X,10,20,800,60,40,1',
      '2022-01-01T03:00:00,A,X,10,-2,0.5,60,40,1',
      '2022-01-01T04:00:00,,X,10,2,0.5,60,40,1',
    ].join('\n')
    const { code, stderr, stdout } = await run(['air', 's.csv'], { files: { 's.csv': csv } })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `${[
        's.csv:2:41: pm2_5: expected a non-negative number (µg/m³), got "12a"',
        's.csv:3:1: timepoint: expected a timestamp on the hour, got "2022-01-01T01:30:00"',
        's.csv:4:1: timepoint: expected a timestamp on the hour such as 2022-01-02T00:00 or 2026-02-26T2000, got "soon"',
        's.csv:5:31: co: expected a 1-hour CO concentration of at most 150 mg/m³, got 800 (CO is in mg/m³: was it µg/m³?)',
        's.csv:6:28: no2: expected a non-negative number (µg/m³), got -2',
        's.csv:7:21: stationcode: expected a station code, got nothing',
      ].join('\n')}\n`,
    )
  })

  it('gives the same message as the library reader for the same bad value', async () => {
    const { readHourlyCsv, isInputError } = await import('../../../../src/standards/air/index.js')
    const csv = `${HEADER}\n2022-01-01T01:00:00,A,X,10,20,0.5,60,40,12a\n`
    let library = ''
    try {
      await readHourlyCsv(csv, { file: 's.csv' })
    } catch (error) {
      if (isInputError(error)) library = error.issues[0]?.message.en ?? ''
    }
    const { stderr } = await run(['air', 's.csv'], { files: { 's.csv': csv } })
    expect(library).not.toBe('')
    // the library's issue as the library's formatter prints it, with the cell's column
    expect(stderr).toBe(`s.csv:2:41: pm2_5: ${library}\n`)
  })

  it('refuses a second record for a station and hour', async () => {
    const csv = [
      HEADER,
      '2022-01-01T05:00:00,A,X,10,2,0.5,60,40,1',
      '2022-01-01T05:00:00,A,X,10,2,0.5,60,40,1',
    ].join('\n')
    const { code, stderr } = await run(['air', 's.csv'], { files: { 's.csv': csv } })
    expect(code).toBe(2)
    expect(stderr).toBe(
      's.csv:3: time: expected a unique station and hour, got 2022-01-01 4:00–5:00 (a second record for station A)\n',
    )
  })

  it('requires each station’s records in time order', async () => {
    // 1 January is complete once A's records reach a later day; a late record of it is refused.
    const rows = [
      ...day('A', 'X', '2022-01-01', '2022-01-02', () => 30),
      ...day('A', 'X', '2022-01-02', '2022-01-03', () => 30),
      ...day('A', 'X', '2022-01-03', '2022-01-04', () => 30),
      '2022-01-01T05:00:00,A,X,10,20,0.5,60,40,1',
    ]
    const { code, stderr } = await run(['air', 'h.csv'], {
      files: { 'h.csv': `${HEADER}\n${rows.join('\n')}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      "h.csv:74: time: expected each station's records in time order, day by day, got 2022-01-01 4:00 after 2022-01-03\n",
    )
  })

  it('asks for the city of a station when the input has none', async () => {
    const { code, stderr } = await run(['air', '-'], {
      stdin: '{"time":"2022-01-01T01:00:00","station":"A","pm25":3}\n',
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      "<stdin>:1: expected the city of the station, got nothing (station A: add an area column, or --city-of A=CITY (--city-of '*=CITY' for all))\n",
    )
  })

  it('locates a bad JSON record at its line and field', async () => {
    const { code, stderr } = await run(['air', '-', '--city-of', '*=X'], {
      stdin: '{"time":"2022-01-01T01:00:00","station":"A","pm25":3}\n{"station":"A"}\n',
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      '<stdin>:2: time: expected a timestamp on the hour such as 2022-01-02T00:00 or 2026-02-26T2000, got nothing\n',
    )
  })

  it.each([
    [['h.csv', '--json', '--observations'], 'give --json or --observations, not both'],
    [['h.csv', '--scope', 'x'], '--scope applies with --observations'],
    [['h.csv', '--observations', '--scope', 'Bad Scope'], '--scope must be an id'],
    [['h.csv', '--city-of', 'A'], '--city-of needs STATION=CITY (got "A")'],
    [['h.csv', '--dust-day', '2022-13-01'], '--dust-day must be a date YYYY-MM-DD'],
    [['h.csv', '--city', 'Nowhere'], 'no station of Nowhere in the input (cities: Jining)'],
    [['-', '-'], 'standard input (-) can be read only once'],
    [[], 'missing argument'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stderr } = await run(['air', ...args], { files: { 'h.csv': `${CITY_DAY}\n` } })
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('needs one city for --observations', async () => {
    const csv = CITY_DAY.replace(/^(.*),B,Jining,/gm, '$1,B,Other,')
    const { code, stderr } = await run(['air', 'h.csv', '--observations'], {
      files: { 'h.csv': `${csv}\n` },
    })
    expect(code).toBe(2)
    expect(stderr).toContain(
      '--observations needs exactly one city; choose one with --city (cities: Jining, Other)',
    )
  })
})

describe('airCommand --daily-input', () => {
  const DAILY = [
    'date,station,city,so2,no2,co,pm10,pm25,o3_1h,o3_8h',
    // 1 January: both stations; PM2.5 (70 + 90) / 2 = 80 → IAQI 107 (see aqi), 轻度污染.
    '2022-01-01,A,X,10,20,0.5,40,70,80,70',
    '2022-01-01,B,X,10,20,0.5,40,90,80,70',
    // 2 January: A alone, PM2.5 30 → 43, O3 8-hour 70 → 35, PM10 40 → 40: AQI 43, 优.
    '2022-01-02,A,X,10,20,0.5,40,30,80,70',
  ].join('\n')

  it('reads the plain daily layout and computes the period figures', async () => {
    const { code, stdout } = await run(['air', 'd.csv', '--daily-input', '--json'], {
      files: { 'd.csv': `${DAILY}\n` },
    })
    expect(code).toBe(0)
    const [city] = JSON.parse(stdout).cities
    expect(city.days.map((d: { aqi: { aqi: number } }) => d.aqi.aqi)).toEqual([107, 43])
    // 1 good day of 2 = 50 %; PM2.5 mean (80 + 30) / 2 = 55.
    expect(city.summary.raw.goodDaysRatio.published).toBe(50)
    expect(city.summary.raw.pollutants.pm25.mean.published).toBe(55)
  })

  it('deducts dust days given with --dust-day', async () => {
    const { stdout } = await run(['air', 'd.csv', '--daily-input', '--dust-day', '2022-01-01'], {
      files: { 'd.csv': `${DAILY}\n` },
    })
    expect(stdout).toContain('raw: 2 valid days · good 1 (50.0 %) · heavy 0 (0.0 %)')
    expect(stdout).toContain('dust days deducted: 1 valid day · good 1 (100.0 %)')
  })

  it('reads only the record that closes each day when there is no day column', async () => {
    const csv = [
      'timepoint,stationcode,area,so2_24h,no2_24h,co_24h,pm10_24h,pm2_5_24h,o3_24h,o3_8h_24h',
      '2022-01-01T23:00:00,A,X,1,1,0.1,1,99,1,1',
      '2022-01-02T00:00:00,A,X,10,20,0.5,40,30,80,70',
    ].join('\n')
    const { stdout, stderr } = await run(['air', 'c.csv', '--daily-input', '--json'], {
      files: { 'c.csv': csv },
    })
    expect(stderr).toContain('1 records at other hours were skipped')
    expect(JSON.parse(stdout).stations).toMatchObject([
      { station: 'A', date: '2022-01-01', pm25: 30, o3_1h: 80, o3_8h: 70 },
    ])
  })

  it('rejects a station day given twice and a bad date', async () => {
    const csv = `${DAILY}\n2022-01-02,A,X,1,1,0.1,1,1,1,1\n2022-02-30,A,X,1,1,0.1,1,1,1,1\n`
    const { code, stderr } = await run(['air', 'd.csv', '--daily-input'], {
      files: { 'd.csv': csv },
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'd.csv:5: date: expected one record per station and day, got A 2022-01-02 (also given at d.csv:4)\n' +
        'd.csv:6: date: expected a valid date YYYY-MM-DD, got "2022-02-30"\n',
    )
  })
})

describeWithShared(
  'airCommand on the national platform’s January 2022 station data',
  'fixtures/cnemc/inner-mongolia-stations-2022-01.csv',
  () => {
    const path = sharedPath('fixtures/cnemc/inner-mongolia-stations-2022-01.csv')
    const args = ['air', path, '--daily-input', '--cnemc-archive', '--city', '乌兰察布市']

    it('reproduces Ulanqab’s published January: 29 good days of 31 (93.5 %), PM2.5 32 µg/m³', async () => {
      const { code, stdout } = await run([...args, '--json'], { disk: true })
      expect(code).toBe(0)
      const [city] = JSON.parse(stdout).cities
      expect(city.city).toBe('乌兰察布市')
      expect(city.stations).toEqual(['2197A', '3034A', '3285A', '3421A'])
      expect(city.summary.raw).toMatchObject({
        validDays: 31,
        goodDays: 29,
        goodDaysRatio: { published: 93.5 },
      })
      expect(city.summary.raw.pollutants.pm25.mean.published).toBe(32)
      // The two lightly polluted days (fixture README / ulanqab-january test).
      expect(
        city.days
          .filter((d: { aqi: { aqi: number } }) => d.aqi.aqi > 100)
          .map((d: { date: string }) => d.date),
      ).toEqual(['2022-01-21', '2022-01-22'])
    })

    it('tells the archive from its data without --cnemc-archive, with a note', async () => {
      // Read as the export, January's O3-8h came out as mean 43 and P90 65; the archive's
      // reading (fixture README: o3_8h is the day's maximum 8-hour O3) gives 62 and 73.
      const flagged = await run([...args, '--json'], { disk: true })
      const told = await run(args.filter((a) => a !== '--cnemc-archive').concat('--json'), {
        disk: true,
      })
      expect(told.code).toBe(0)
      expect(told.stderr).toContain('swapped as in the CNEMC archive')
      const [city] = JSON.parse(told.stdout).cities
      expect(city.summary.raw.pollutants.o3_8h.mean.published).toBe(62)
      expect(city.summary.raw.pollutants.o3_8h.percentile.value.published).toBe(73)
      expect(JSON.parse(told.stdout).cities).toEqual(JSON.parse(flagged.stdout).cities)
    })

    it('prints the same figures as text', async () => {
      const { stdout } = await run(args, { disk: true })
      expect(stdout).toContain('乌兰察布市: 4 stations (2197A, 3034A, 3285A, 3421A)')
      expect(stdout).toContain('raw: 31 valid days · good 29 (93.5 %) · heavy 0 (0.0 %)')
      expect(stdout).toMatch(/PM2\.5 +31 +32 +P95/)
    })

    it('feeds evaluate: the good-days target as of 31 January is 93.5 %', async () => {
      const days = await run([...args, '--observations'], { disk: true })
      const { stdout } = await run(['evaluate', '-', '--as-of', '2022-01-31', '--format', 'json'], {
        stdin: days.stdout,
      })
      const target = JSON.parse(stdout).targets.find(
        (t: { target: string }) => t.target === 'air.good-days-ratio',
      )
      expect(target.actual.published).toBe(93.5)
      expect(target.status).toBe('onTrack')
    })

    it('reads all six cities, leaving out the background station 2204A', async () => {
      const { stdout } = await run(
        ['air', path, '--daily-input', '--cnemc-archive', '--exclude-station', '2204A', '--json'],
        {
          disk: true,
        },
      )
      const out = JSON.parse(stdout)
      expect(out.stations).toHaveLength(496) // 16 stations × 31 days
      expect(out.cities).toHaveLength(6)
      const alxa = out.cities.find((c: { city: string }) => c.city === '阿拉善盟')
      expect(alxa.stations).toEqual(['2205A', '2206A'])
    })
  },
)
