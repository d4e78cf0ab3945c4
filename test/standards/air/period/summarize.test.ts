import { describe, expect, it } from 'vitest'
import { AirDailyObservationSchema } from '../../../../src/schemas/observation/index.js'
import { InputError, summarizeAirPeriod } from '../../../../src/standards/air/index.js'

// IAQIs of the base values: SO2 10 → 4, NO2 20 → 25, CO 0.5 → 13, PM10 40 → 40, O3 80 → 25,
// O3-8h 60 → 30
const base = { so2: 10, no2: 20, co: 0.5, pm10: 40, o3_1h: 80, o3_8h: 60 }
const day = (date: string, pm25: number | null, extra: object = {}) => ({
  ...base,
  date,
  pm25,
  ...extra,
})

// PM2.5 30 → 43 (good); 160 → 200 + 10×100/100 = 210 (heavy); null (missing); 80 → 106.25 →
// 107; 20 → 28.6 → 29, AQI 40 (good). 2022-03-06 has no record; 2022-02-28 is outside.
const march = [
  day('2022-03-01', 30),
  day('2022-03-02', 160),
  day('2022-03-03', null),
  day('2022-03-04', 80),
  day('2022-03-05', 20),
  day('2022-02-28', 10),
]
const period = { start: '2022-03-01', end: '2022-03-06' }

describe('summarizeAirPeriod', () => {
  it('counts valid, good and heavy days and says which days are left out and why', () => {
    const s = summarizeAirPeriod(march, { period })
    expect(s.period).toEqual({ start: '2022-03-01', end: '2022-03-06', days: 6 })
    expect(s.outsidePeriod).toEqual(['2022-02-28'])
    expect(s.raw.validDays).toBe(4)
    expect(s.raw.goodDays).toBe(2)
    expect(s.raw.heavyDays).toBe(1)
    expect(s.raw.goodDaysRatio).toEqual({ value: 50, exact: '50', published: 50, precision: 1 })
    expect(s.raw.heavyDaysRatio?.published).toBe(25)
    expect(s.raw.excluded.map((e) => [e.reason, e.items])).toEqual([
      ['noData', ['2022-03-06']],
      ['missingIndicator', ['2022-03-03']],
    ])
    expect(s.deducted).toBeNull()
    expect(s.verdictBasis).toBe('raw')
    expect(s.ruleSet).toBe('cn-air-2012')
  })

  it('returns one record per day with AQI, level, primary pollutants and validity', () => {
    const s = summarizeAirPeriod(march, { period })
    expect(
      s.days.map((d) => [d.date, d.aqi, d.level, d.primaryPollutants, d.valid, d.reason]),
    ).toEqual([
      ['2022-03-01', 43, 1, [], true, null],
      ['2022-03-02', 210, 5, ['pm25'], true, null],
      ['2022-03-03', 40, 1, [], false, 'missingIndicator'],
      ['2022-03-04', 107, 3, ['pm25'], true, null],
      ['2022-03-05', 40, 1, [], true, null],
    ])
    expect(s.days[2]?.missing).toEqual(['pm25'])
    expect(s.days.every((d) => d.dust === false)).toBe(true)
  })

  it('shares one frozen list per list of pollutants between the day records', () => {
    const s = summarizeAirPeriod(march, { period })
    const [d1, d2, d3, d4] = s.days
    // 03-02 and 03-04 both have PM2.5 as primary pollutant; 03-01 and 03-03 none
    expect(d2?.primaryPollutants).toBe(d4?.primaryPollutants)
    expect(d1?.primaryPollutants).toBe(d3?.primaryPollutants)
    expect(Object.isFrozen(d2?.primaryPollutants)).toBe(true)
    expect(Object.isFrozen(d3?.missing)).toBe(true)
    // the next summary gets the same lists, unchanged
    expect(summarizeAirPeriod(march, { period }).days[1]?.primaryPollutants).toEqual(['pm25'])
  })

  it('gives each pollutant its exact sum, count, mean and percentile', () => {
    const s = summarizeAirPeriod(march, { period })
    const pm25 = s.raw.pollutants.pm25
    // 30 + 160 + 80 + 20 = 290 over 4 days = 72.5 → 72 (half to even)
    expect(pm25.count).toBe(4)
    expect(pm25.sum).toBe('290')
    expect(pm25.mean).toEqual({ value: 72.5, exact: '72.5', published: 72, precision: 0 })
    // P95 of 20, 30, 80, 160: k = 1 + 3×0.95 = 3.85 → 80 + 80×0.85 = 148
    expect(pm25.percentile).toEqual({
      p: 95,
      value: { value: 148, exact: '148', published: 148, precision: 0 },
    })
    // CO 0.5 × 5 days: sum 2.5, published to one decimal
    expect(s.raw.pollutants.co.sum).toBe('2.5')
    expect(s.raw.pollutants.co.mean?.published).toBe(0.5)
    expect(s.raw.pollutants.o3_1h.percentile).toBeNull()
    expect(s.raw.pollutants.o3_8h.percentile?.p).toBe(90)
    expect(s.raw.pollutants.so2.percentile?.p).toBe(98)
  })

  it('keeps sums exact where floating point would not', () => {
    const s = summarizeAirPeriod([
      day('2022-01-01', 10, { co: 0.1 }),
      day('2022-01-02', 10, { co: 0.2 }),
    ])
    expect(s.raw.pollutants.co.sum).toBe('0.3') // 0.1 + 0.2 is 0.30000000000000004 in doubles
    expect(s.raw.pollutants.co.mean?.exact).toBe('0.15')
    expect(s.raw.pollutants.co.mean?.published).toBe(0.2) // 0.15 → 0.2 (1 is odd)
  })

  describe('with dust dates (decision 7)', () => {
    const dustDates = ['2022-03-02', '2022-03-05']

    it('returns raw and deducted figures and uses the deducted ones by default', () => {
      const s = summarizeAirPeriod(march, { period, dustDates })
      expect(s.raw.validDays).toBe(4)
      expect(s.verdictBasis).toBe('deducted')
      // excludeDays: 03-02 and 03-05 leave numerator and denominator: valid 03-01, 03-04; good 1
      expect(s.deducted?.validDays).toBe(2)
      expect(s.deducted?.goodDays).toBe(1)
      expect(s.deducted?.heavyDays).toBe(0)
      expect(s.deducted?.goodDaysRatio?.published).toBe(50)
      expect(s.deducted?.excluded.find((e) => e.reason === 'dustDay')?.items).toEqual(dustDates)
      // PM values of dust dates leave the statistics: PM2.5 30 + 80 = 110 over 2
      expect(s.deducted?.pollutants.pm25.sum).toBe('110')
      expect(s.deducted?.pollutants.pm25.mean?.published).toBe(55)
      // other pollutants keep every day
      expect(s.deducted?.pollutants.so2.count).toBe(5)
      expect(s.days.filter((d) => d.dust).map((d) => d.date)).toEqual(dustDates)
      expect(
        summarizeAirPeriod(march, { period, dustDates, verdictBasis: 'raw' }).verdictBasis,
      ).toBe('raw')
    })

    it('can deduct only the dust days above 100', () => {
      // 03-02 (210) leaves, 03-05 (40) stays: valid 3, good 2 → 66.7 %
      const s = summarizeAirPeriod(march, {
        period,
        dustDates,
        dustRatioMethod: 'excludeExceedingDays',
      })
      expect(s.deducted?.validDays).toBe(3)
      expect(s.deducted?.goodDays).toBe(2)
      expect(s.deducted?.goodDaysRatio?.published).toBe(66.7)
      expect(s.deducted?.pollutants.pm25.sum).toBe('110')
    })

    it('can recompute dust days without PM', () => {
      // without PM both dust days have AQI 30 (O3-8h): valid 4, good 3 (03-01, 03-02, 03-05)
      const s = summarizeAirPeriod(march, {
        period,
        dustDates,
        dustRatioMethod: 'recomputeWithoutPm',
      })
      expect(s.deducted?.validDays).toBe(4)
      expect(s.deducted?.goodDays).toBe(3)
      expect(s.deducted?.goodDaysRatio?.published).toBe(75)
      expect(s.days.find((d) => d.date === '2022-03-02')?.aqiWithoutPm).toBe(30)
      expect(s.days.find((d) => d.date === '2022-03-01')).not.toHaveProperty('aqiWithoutPm')
      // a dust day missing another indicator still does not count
      const gap = summarizeAirPeriod([day('2022-03-02', 160, { so2: null })], {
        dustDates: ['2022-03-02'],
        dustRatioMethod: 'recomputeWithoutPm',
      })
      expect(gap.deducted?.validDays).toBe(0)
      expect(gap.deducted?.goodDaysRatio).toBeNull()
      // and is left out of the deducted figures for the missing SO2, not as a dust day
      expect(gap.deducted?.excluded.map((e) => [e.reason, e.items])).toEqual([
        ['missingIndicator', ['2022-03-02']],
      ])
      expect(gap.days[0]).toMatchObject({ dust: true, aqiWithoutPm: 30, missing: ['so2'] })
    })
  })

  it('applies HJ 633-2026 with its six indicators and the §5.3.1 valid-day option', () => {
    const days = [
      { ...day('2022-03-01', 30), o3_1h: undefined },
      day('2022-03-02', null),
      day('2022-03-03', null, { pm10: 200 }),
    ]
    const s = summarizeAirPeriod(days, { standard: 'HJ633-2026' })
    expect(s.ruleSet).toBe('cn-air-2026')
    // 03-01 is complete without o3_1h; 03-02 is withheld; 03-03 is published (131) but incomplete
    expect(s.days.map((d) => [d.aqi, d.valid, d.reason])).toEqual([
      [43, true, null],
      [null, false, 'aqiWithheld'],
      [131, false, 'missingIndicator'],
    ])
    const published = summarizeAirPeriod(days, { standard: 'HJ633-2026', validDay: 'publishedAqi' })
    expect(published.raw.validDays).toBe(2)
    expect(published.raw.goodDays).toBe(1)
  })

  it('reports annual validity: 324 days a year, 27 a month, 25 in February', () => {
    const keep = (required: (month: number) => number) => {
      const out = []
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= required(m); d++) {
          out.push(day(`2022-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 20))
        }
      }
      return out
    }
    const year = { start: '2022-01-01', end: '2022-12-31' }
    // every month at its minimum: 11 × 27 + 25 = 322 < 324
    const minimal = summarizeAirPeriod(
      keep((m) => (m === 2 ? 25 : 27)),
      { period: year },
    )
    const v = minimal.raw.pollutants.pm25.validity
    expect(v.days).toBe(322)
    expect(v.requiredDays).toBe(324)
    expect(v.shortMonths).toEqual([])
    expect(v.met).toBe(false)
    expect(v.months[1]).toEqual({ month: '2022-02', days: 25, required: 25 })
    // 28 a month but only 24 in February: 11 × 28 + 24 = 332 ≥ 324, February short
    const shortFeb = summarizeAirPeriod(
      keep((m) => (m === 2 ? 24 : 28)),
      { period: year },
    ).raw.pollutants.pm25.validity
    expect(shortFeb.days).toBe(332)
    expect(shortFeb.shortMonths).toEqual(['2022-02'])
    expect(shortFeb.met).toBe(false)
    const enough = summarizeAirPeriod(
      keep((m) => (m === 2 ? 25 : 28)),
      { period: year },
    ).raw.pollutants
    expect(enough.pm25.validity.met).toBe(true)
    // CO and O3 have no annual rule in GB 3095 表4
    expect(enough.co.validity.applies).toBe(false)
    expect(enough.co.validity.met).toBeNull()
    // the no-data days are listed
    expect(minimal.raw.excluded[0]?.count).toBe(365 - 322)
  })

  it('accepts daily air observations as they are', () => {
    const observation = AirDailyObservationSchema.parse({
      kind: 'airDaily',
      date: '2022-01-01',
      ...base,
      pm25: 30,
    })
    expect(summarizeAirPeriod([observation]).raw.goodDays).toBe(1)
  })

  it('lets percentiles be changed or turned off', () => {
    const s = summarizeAirPeriod(march, { period, percentiles: { pm25: 50, so2: null } })
    // P50 of 20, 30, 80, 160: k = 2.5 → 30 + 50×0.5 = 55
    expect(s.raw.pollutants.pm25.percentile?.value.published).toBe(55)
    expect(s.raw.pollutants.so2.percentile).toBeNull()
  })

  it('throws clear errors for duplicate dates, bad dust dates, bad options and nothing to summarise', () => {
    expect(() => summarizeAirPeriod([day('2022-01-01', 1), day('2022-01-01', 2)])).toThrow(
      /2022-01-01 is also given at \[0\][\s\S]*at \[1\]\.date/,
    )
    expect(() => summarizeAirPeriod([day('2022-01-01', 1)], { dustDates: ['2022-13-01'] })).toThrow(
      InputError,
    )
    expect(() => summarizeAirPeriod([], {})).toThrow(/no days given/)
    expect(() =>
      summarizeAirPeriod([day('2022-01-01', 1)], {
        period: { start: '2022-02-01', end: '2022-01-01' },
      }),
    ).toThrow(/end must not be before start/)
    expect(() => summarizeAirPeriod([day('2022-01-01', 1, { co: 300 })])).toThrow(/implausible/)
    expect(() => summarizeAirPeriod([{ ...day('2022-01-01', 1), pm25: '1' } as never])).toThrow(
      /\[0\]\.pm25/,
    )
    // an empty period is fine when given
    expect(
      summarizeAirPeriod([], { period: { start: '2022-01-01', end: '2022-01-02' } }).raw.excluded[0]
        ?.count,
    ).toBe(2)
  })
})
