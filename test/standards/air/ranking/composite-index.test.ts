import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  add,
  decimal,
  div,
  floor,
  mul,
  type Rational,
  rational,
  roundHalfEven,
  sub,
  toNumber,
} from '../../../../src/_lib/rational.js'
import {
  type AirDayInput,
  COMPOSITE_INDEX_LIMITS,
  compositeIndex,
  InputError,
  summarizeAirPeriod,
} from '../../../../src/standards/air/index.js'

/** Ten days whose statistics are set by hand (the arithmetic is in each test). */
function tenDays(overrides: Partial<Record<keyof AirDayInput, (number | null)[]>> = {}) {
  const base = {
    // mean 214 / 10 = 21.4
    pm25: [11, 13, 15, 17, 19, 23, 25, 27, 29, 35],
    // mean (30 + 48) × 10 / 2 / 10 = 39
    pm10: [30, 32, 34, 36, 38, 40, 42, 44, 46, 48],
    // mean 90 / 10 = 9
    so2: [8, 10, 8, 10, 8, 10, 8, 10, 8, 10],
    // mean 150 / 10 = 15
    no2: [10, 20, 10, 20, 10, 20, 10, 20, 10, 20],
    // sorted: X9 = 0.6, X10 = 0.8; P95: k = 1 + 9 × 0.95 = 9.55 → 0.6 + 0.55 × 0.2 = 0.71
    co: [0.3, 0.4, 0.5, 0.5, 0.4, 0.3, 0.5, 0.4, 0.6, 0.8],
    // sorted: X9 = 190, X10 = 210; P90: k = 1 + 9 × 0.9 = 9.1 → 190 + 0.1 × 20 = 192
    o3_8h: [100, 120, 140, 150, 160, 170, 175, 180, 190, 210],
    o3_1h: [120, 140, 160, 170, 180, 190, 195, 200, 210, 230],
    ...overrides,
  }
  return Array.from({ length: 10 }, (_, i) => ({
    date: `2022-07-${String(i + 1).padStart(2, '0')}`,
    so2: base.so2[i] ?? null,
    no2: base.no2[i] ?? null,
    co: base.co[i] ?? null,
    pm10: base.pm10[i] ?? null,
    pm25: base.pm25[i] ?? null,
    o3_1h: base.o3_1h[i] ?? null,
    o3_8h: base.o3_8h[i] ?? null,
  }))
}

function caught(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('compositeIndex', () => {
  it('returns the national worked example 21/35+39/70+9/60+15/40+192/160+0.7/4 = 3.06 from published concentrations', () => {
    const ci = compositeIndex(summarizeAirPeriod(tenDays()))
    // Cᵢ as published (GB/T 8170): PM2.5 21.4 → 21, CO 0.71 → 0.7
    expect(ci.subIndices.pm25?.value).toBe('21')
    expect(ci.subIndices.co?.value).toBe('0.7')
    expect(ci.subIndices.o3_8h?.value).toBe('192')
    // Iᵢ: 0.6, 0.5571428…, 0.15, 0.375, 1.2, 0.175
    expect(ci.subIndices.pm25?.index.exact).toBe('0.6')
    expect(ci.subIndices.pm10?.index.exact).toBe('0.5571428571')
    expect(ci.subIndices.so2?.index.published).toBe(0.15)
    expect(ci.subIndices.no2?.index.published).toBe(0.38) // 0.375: 7 is odd, up
    expect(ci.subIndices.co?.index.published).toBe(0.18) // 0.175: 7 is odd, up
    // Σ = 0.6 + 0.5571428… + 0.15 + 0.375 + 1.2 + 0.175 = 3.0571428… → 3.06
    expect(ci.index?.exact).toBe('3.0571428571')
    expect(ci.index?.published).toBe(3.06)
    expect(ci.status).toBe('ok')
    expect(ci.maxIndex?.published).toBe(1.2)
    expect(ci.primaryPollutants).toEqual(['o3_8h'])
    expect(ci.meetsLimits).toBe(false) // O3 192 > 160
  })

  it('sums the exact single-item indices, not the rounded ones', () => {
    // rounded first: 0.60 + 0.56 + 0.15 + 0.38 + 1.20 + 0.18 = 3.07; the example prints 3.06
    const ci = compositeIndex(summarizeAirPeriod(tenDays()))
    const roundedFirst = Object.values(ci.subIndices).reduce(
      (s, x) => s + (x?.index.published ?? 0),
      0,
    )
    expect(Math.round(roundedFirst * 100) / 100).toBe(3.07)
    expect(ci.index?.published).toBe(3.06)
  })

  it('divides the exact statistics when roundConcentrations is false', () => {
    const ci = compositeIndex(summarizeAirPeriod(tenDays()), { roundConcentrations: false })
    // 21.4/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.71/4
    // = 0.6114286 + 0.5571429 + 0.15 + 0.375 + 1.2 + 0.1775 = 3.0710714… → 3.07
    expect(ci.subIndices.pm25?.value).toBe('21.4')
    expect(ci.subIndices.co?.value).toBe('0.71')
    expect(ci.index?.exact).toBe('3.0710714286')
    expect(ci.index?.published).toBe(3.07)
    expect(ci.options.roundConcentrations).toBe(false)
  })

  it('rounds the index half to even on the exact value (GB/T 8170)', () => {
    const zero = { so2: 0, co: 0, pm10: 0, pm25: 0, o3_1h: 0, o3_8h: 0 }
    const one = (no2: number) =>
      compositeIndex(summarizeAirPeriod([{ date: '2022-01-01', ...zero, no2 }])).index
    // 5/40 = 0.125 → 0.12 (2 is even); 7/40 = 0.175 → 0.18 (7 is odd); 9/40 = 0.225 → 0.22
    expect(one(5)?.published).toBe(0.12)
    expect(one(7)?.published).toBe(0.18)
    expect(one(9)?.published).toBe(0.22)
    // an index of zero is a figure, not missing data
    expect(one(0)?.published).toBe(0)
  })

  it('returns 6.00 and meetsLimits when every statistic equals its limit, false one unit above', () => {
    const at = { so2: 60, no2: 40, co: 4, pm10: 70, pm25: 35, o3_1h: 200, o3_8h: 160 }
    const ci = compositeIndex(summarizeAirPeriod([{ date: '2022-01-01', ...at }]))
    expect(ci.index?.published).toBe(6)
    expect(ci.meetsLimits).toBe(true)
    // every Iᵢ is 1.00: all six are primary
    expect(ci.primaryPollutants).toEqual(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3_8h'])
    const over = compositeIndex(summarizeAirPeriod([{ date: '2022-01-01', ...at, pm25: 36 }]))
    // 5 + 36/35 = 6.0285714… → 6.03
    expect(over.index?.published).toBe(6.03)
    expect(over.meetsLimits).toBe(false)
    expect(over.primaryPollutants).toEqual(['pm25'])
  })

  it('names every pollutant that shares the largest published index', () => {
    // PM10 77/70 = 1.10 beside PM2.5 38/35 = 1.0857 → 1.09: PM10 alone
    // PM10 77/70 = 1.10 beside PM2.5 39/35 = 1.1143 → 1.11: PM2.5 alone
    const day = { so2: 10, no2: 20, co: 1, o3_1h: 100, o3_8h: 80 }
    const ci = (pm10: number, pm25: number) =>
      compositeIndex(summarizeAirPeriod([{ date: '2022-01-01', ...day, pm10, pm25 }]))
    expect(ci(77, 38).primaryPollutants).toEqual(['pm10'])
    expect(ci(77, 39).primaryPollutants).toEqual(['pm25'])
    // PM2.5 mean (38 + 39) / 2 = 38.5 unrounded: 77/70 = 1.1 and 38.5/35 = 1.1 exactly, a tie
    expect(
      compositeIndex(
        summarizeAirPeriod([
          { date: '2022-01-01', ...day, pm10: 77, pm25: 38 },
          { date: '2022-01-02', ...day, pm10: 77, pm25: 39 },
        ]),
        { roundConcentrations: false },
      ).primaryPollutants,
    ).toEqual(['pm10', 'pm25'])
  })

  it('returns insufficient data, never zero, when a pollutant has no data in the period', () => {
    const days = tenDays({ co: Array(10).fill(null) })
    const ci = compositeIndex(summarizeAirPeriod(days))
    expect(ci.status).toBe('insufficientData')
    expect(ci.index).toBeNull()
    expect(ci.maxIndex).toBeNull()
    expect(ci.meetsLimits).toBeNull()
    expect(ci.primaryPollutants).toEqual([])
    expect(ci.missing).toEqual(['co'])
    expect(ci.subIndices.co).toBeNull()
    // the other five are still there
    expect(ci.subIndices.pm25?.index.exact).toBe('0.6')
  })

  it('keeps a pollutant with data on some days only', () => {
    // CO on two days: 0.3 and 0.8; P95: k = 1 + 1 × 0.95 = 1.95 → 0.3 + 0.95 × 0.5 = 0.775 → 0.8
    const co = [0.3, 0.8, null, null, null, null, null, null, null, null]
    const ci = compositeIndex(summarizeAirPeriod(tenDays({ co })))
    expect(ci.subIndices.co?.concentration.exact).toBe('0.775')
    expect(ci.subIndices.co?.value).toBe('0.8')
    expect(ci.status).toBe('ok')
  })

  it('uses the dust-deducted concentrations by default and the raw ones when asked', () => {
    // dust on 2022-07-10 (PM2.5 35, PM10 48): deducted PM2.5 mean 179 / 9 = 19.888… → 20,
    // PM10 342 / 9 = 38 → 38
    const summary = summarizeAirPeriod(tenDays(), { dustDates: ['2022-07-10'] })
    const deducted = compositeIndex(summary)
    expect(deducted.concentrationBasis).toBe('deducted')
    expect(deducted.subIndices.pm25?.value).toBe('20')
    expect(deducted.subIndices.pm10?.value).toBe('38')
    // 20/35 + 38/70 + 0.15 + 0.375 + 1.2 + 0.175 = 0.5714286 + 0.5428571 + 1.9 = 3.0142857 → 3.01
    expect(deducted.index?.published).toBe(3.01)
    const raw = compositeIndex(summary, { concentrationBasis: 'raw' })
    expect(raw.concentrationBasis).toBe('raw')
    expect(raw.index?.published).toBe(3.06)
    // without dust dates there is nothing to deduct: the result says raw
    expect(compositeIndex(summarizeAirPeriod(tenDays())).concentrationBasis).toBe('raw')
  })

  it('takes the limits of the edition in force on the first day, or the one asked for', () => {
    const days = tenDays().map((d) => ({ ...d, date: d.date.replace('2022-07', '2026-07') }))
    const ci = compositeIndex(summarizeAirPeriod(days, { standard: 'HJ633-2026' }))
    expect(ci.edition).toBe('GB3095-2026-transitional')
    // PM2.5 21/30 = 0.7, PM10 39/60 = 0.65: 0.7 + 0.65 + 0.15 + 0.375 + 1.2 + 0.175 = 3.25
    expect(ci.subIndices.pm25?.limit).toBe(30)
    expect(ci.index?.exact).toBe('3.25')
    const final = compositeIndex(summarizeAirPeriod(tenDays()), { edition: 'GB3095-2026' })
    // SO2 9/20 = 0.45, NO2 15/30 = 0.5, PM10 39/50 = 0.78, PM2.5 21/25 = 0.84, 1.2, 0.175
    // = 3.945 → 3.94 (4 is even)
    expect(final.index?.exact).toBe('3.945')
    expect(final.index?.published).toBe(3.94)
  })

  it('rejects a summary whose CO or O3 statistic is another percentile', () => {
    const summary = summarizeAirPeriod(tenDays(), { percentiles: { co: 98 } })
    const e = caught(() => compositeIndex(summary))
    expect(e.issues[0].code).toBe('invalid_value')
    expect(e.issues[0].path).toEqual(['summary', 'raw', 'pollutants', 'co', 'percentile', 'p'])
    expect(e.issues[0].received).toBe('98')
    expect(e.issues[0].expected.zh).toContain('第 95 百分位数')
  })

  it('rejects a value that is not a period summary, naming the part that is missing', () => {
    const e = caught(() => compositeIndex({ period: { start: '2022-01-01' } } as never))
    expect(e.issues.map((i) => i.path.join('.'))).toContain('summary.period.end')
  })

  it('rejects a misspelt option with a hint', () => {
    const summary = summarizeAirPeriod(tenDays())
    const e = caught(() => compositeIndex(summary, { roundConcentration: false } as never))
    expect(e.issues[0].code).toBe('unrecognized_keys')
    expect(e.issues[0].hint?.en).toBe('did you mean roundConcentrations?')
  })

  it('does not change the summary', () => {
    const summary = summarizeAirPeriod(tenDays(), { dustDates: ['2022-07-01'] })
    const copy = structuredClone(summary)
    compositeIndex(summary)
    compositeIndex(summary, { concentrationBasis: 'raw', roundConcentrations: false })
    expect(summary).toEqual(copy)
  })

  it('echoes the limits of its edition table', () => {
    const ci = compositeIndex(summarizeAirPeriod(tenDays()))
    for (const [p, s] of Object.entries(ci.subIndices)) {
      expect(s?.limit).toBe(COMPOSITE_INDEX_LIMITS['GB3095-2012'].limits[p as 'so2'])
    }
  })
})

// The composite index computed straight from the daily values, by the rule's text, without the
// library's period summary: means of the days with a value, the HJ 663 percentile
// (k = 1 + (n − 1)·p%, X(s) + (X(s+1) − X(s))·(k − s)), GB/T 8170 rounding, Σ Cᵢ / Sᵢ.
function byHand(days: readonly Record<string, number | null | string>[]): Rational | null {
  const limits = { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3_8h: 160 } as const
  let sum = rational(0n)
  for (const [key, limit] of Object.entries(limits)) {
    const values = days
      .map((d) => d[key])
      .filter((v): v is number => typeof v === 'number')
      .map((v) => decimal(v))
    if (values.length === 0) return null
    let c: Rational
    if (key === 'co' || key === 'o3_8h') {
      const p = key === 'co' ? 95n : 90n
      const sorted = [...values].sort((a, b) => toNumber(sub(a, b)))
      const k = add(rational(1n), mul(rational(BigInt(sorted.length - 1)), rational(p, 100n)))
      const s = Number(floor(k))
      const xs = sorted[s - 1] as Rational
      const next = sorted[s] ?? xs
      c = add(xs, mul(sub(next, xs), sub(k, rational(BigInt(s)))))
      c = roundHalfEven(c, key === 'co' ? 1 : 0)
    } else {
      c = values.reduce((a, b) => add(a, b), rational(0n))
      c = roundHalfEven(div(c, rational(BigInt(values.length))), 0)
    }
    sum = add(sum, div(c, rational(BigInt(limit))))
  }
  return sum
}

describe('compositeIndex of a period summary', () => {
  it('equals the index computed by hand from the daily values (property, fixed seed)', () => {
    const value = (max: number, scale = 1) =>
      fc.option(
        fc.integer({ min: 0, max }).map((v) => v / scale),
        { nil: null, freq: 8 },
      )
    const day = fc.record({
      so2: value(200),
      no2: value(150),
      co: value(60, 10),
      pm10: value(400),
      pm25: value(300),
      o3_1h: value(300),
      o3_8h: value(280),
    })
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 31 }), (values) => {
        const days = values.map((v, i) => ({
          date: `2022-03-${String(i + 1).padStart(2, '0')}`,
          ...v,
        }))
        const ci = compositeIndex(summarizeAirPeriod(days))
        const expected = byHand(days)
        if (expected === null) return ci.index === null && ci.status === 'insufficientData'
        return ci.index !== null && ci.index.published === toNumber(roundHalfEven(expected, 2))
      }),
      { seed: 20190101, numRuns: 150 },
    )
  }, 60_000)
})
