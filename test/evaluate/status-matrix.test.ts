import { describe, expect, it } from 'vitest'
import { eachDate } from '../../src/_lib/calendar.js'
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js'
import type { Observation, TargetStatus } from '../../src/index.js'
import { plan2022 } from '../../src/plans/2022/index.js'

const datesOf = (p: { start: string; end: string }) => eachDate(p.start, p.end)

/**
 * Every status each target kind can reach, one hand-made scenario per row. Statuses a kind
 * cannot reach are listed with the reason at the end.
 */
const air = (end: string, pm25: (i: number) => number): Observation[] =>
  datesOf({ start: '2022-01-01', end }).map(
    (date, i) =>
      ({
        kind: 'airDaily',
        scope: 'central-city',
        date,
        so2: 10,
        no2: 20,
        co: 0.5,
        pm10: 40,
        pm25: pm25(i),
        o3_1h: 80,
        o3_8h: 70,
      }) as Observation,
  )
// PM2.5 30 → AQI 43 (good); 90 → 119 (not good); 180 → 230 (heavy)
const goodUnless =
  (bad: (i: number) => boolean, value = 90) =>
  (i: number) =>
    bad(i) ? value : 30
const section = (id: string, NH3N: number, date = '2022-05-10'): Observation =>
  ({
    kind: 'waterSample',
    section: id,
    waterBody: 'river',
    date,
    values: { pH: 7.8, DO: 7, CODMn: 3.5, NH3N, TP: 0.08 },
  }) as Observation
const sections = (...nh3n: number[]) => nh3n.map((v, i) => section(`s${i}`, v))
const well = (
  source: string,
  level: 'prefecture' | 'county',
  nitrate: number,
  date = '2022-03-01',
): Observation =>
  ({
    kind: 'drinkingWaterSample',
    source,
    level,
    sourceType: 'groundwater',
    date,
    values: { pH: 7.5, nitrate },
  }) as Observation
const totals = (t2022: number, assigned: number): Observation[] => [
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2020, tonnes: 100 },
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2021, tonnes: 99 },
  { kind: 'emissionTotal', pollutant: 'NOx', year: 2022, tonnes: t2022 },
  {
    kind: 'emissionAssignment',
    pollutant: 'NOx',
    year: 2022,
    baseYear: 2020,
    reductionPercent: assigned,
  },
]
const farmland = (safe: number): Observation[] => [
  {
    kind: 'farmlandSafeUse',
    year: 2022,
    areaUnit: 'mu',
    lightProtected: 0,
    safeUseAchieved: safe,
    strictControlled: 0,
    totalContaminated: 100,
  },
]
const plots = (safe: number, unsafe: number, unknown = 0): Observation[] => [
  ...Array.from(
    { length: safe },
    (_, i) => ({ kind: 'landPlot', plot: `s${i}`, year: 2022, safeUse: true }) as Observation,
  ),
  ...Array.from(
    { length: unsafe },
    (_, i) => ({ kind: 'landPlot', plot: `u${i}`, year: 2022, safeUse: false }) as Observation,
  ),
  ...Array.from(
    { length: unknown },
    (_, i) => ({ kind: 'landPlot', plot: `n${i}`, year: 2022, safeUse: null }) as Observation,
  ),
]

type Row = readonly [
  target: string,
  status: TargetStatus,
  asOf: string,
  observations: Observation[],
  why: string,
]

const ROWS: readonly Row[] = [
  [
    'air.good-days-ratio',
    'met',
    '2022-12-31',
    air(
      '2022-12-31',
      goodUnless((i) => i % 13 === 0),
    ),
    '28 of 365 not good: 337 ≥ 335',
  ],
  [
    'air.good-days-ratio',
    'notMet',
    '2022-12-31',
    air(
      '2022-12-31',
      goodUnless((i) => i % 11 === 0),
    ),
    '34 not good: 331 < 335',
  ],
  [
    'air.good-days-ratio',
    'onTrack',
    '2022-06-30',
    air(
      '2022-06-30',
      goodUnless((i) => i % 20 === 0),
    ),
    '10 of 181 not good: 94.5 %',
  ],
  [
    'air.good-days-ratio',
    'atRisk',
    '2022-06-30',
    air(
      '2022-06-30',
      goodUnless((i) => i % 7 === 0),
    ),
    '26 of 181 not good: 85.6 %, 4 more allowed',
  ],
  [
    'air.good-days-ratio',
    'unreachable',
    '2022-06-30',
    air(
      '2022-06-30',
      goodUnless((i) => i % 5 === 0),
    ),
    '37 not good > 30 allowed',
  ],
  ['air.good-days-ratio', 'insufficientData', '2022-06-30', [], 'no data'],
  ['air.pm25-annual-mean', 'met', '2022-12-31', air('2022-12-31', () => 23), 'mean 23'],
  [
    'air.pm25-annual-mean',
    'notMet',
    '2022-12-31',
    air('2022-12-31', (i) => (i % 2 ? 23 : 24)),
    'mean 23.5 → 24',
  ],
  ['air.pm25-annual-mean', 'onTrack', '2022-06-30', air('2022-06-30', () => 20), 'mean 20 so far'],
  [
    'air.pm25-annual-mean',
    'atRisk',
    '2022-06-30',
    air('2022-06-30', () => 25),
    'mean 25, rest must stay below 22.02',
  ],
  [
    'air.pm25-annual-mean',
    'unreachable',
    '2022-10-27',
    air('2022-10-27', () => 30),
    '9000 > 23.5 × 365',
  ],
  [
    'air.pm25-annual-mean',
    'insufficientData',
    '2022-12-31',
    air('2022-06-30', () => 20),
    'half a year of data at year end',
  ],
  [
    'air.heavy-pollution-days-ratio',
    'met',
    '2022-12-31',
    air('2022-12-31', () => 30),
    'no heavy day',
  ],
  [
    'air.heavy-pollution-days-ratio',
    'notMet',
    '2022-03-31',
    air(
      '2022-03-31',
      goodUnless((i) => i === 40, 180),
    ),
    'one heavy day decides',
  ],
  [
    'air.heavy-pollution-days-ratio',
    'onTrack',
    '2022-03-31',
    air('2022-03-31', () => 30),
    'none so far',
  ],
  ['air.heavy-pollution-days-ratio', 'insufficientData', '2022-03-31', [], 'no data'],
  [
    'water.national-sections-class-i-iii',
    'met',
    '2022-12-31',
    sections(0.4, 0.8, 0.9, 1.0, 1.2, 2.5),
    '4 of 6',
  ],
  [
    'water.national-sections-class-i-iii',
    'notMet',
    '2022-12-31',
    sections(0.4, 0.8, 0.9, 1.1, 1.2, 2.5),
    '3 of 6',
  ],
  [
    'water.national-sections-class-i-iii',
    'onTrack',
    '2022-06-30',
    sections(0.4, 0.8, 0.9, 1.0, 1.2, 2.5),
    '4 of 6 so far',
  ],
  [
    'water.national-sections-class-i-iii',
    'atRisk',
    '2022-06-30',
    sections(0.4, 0.8, 0.9, 1.1, 1.2, 2.5),
    '3 of 6 so far',
  ],
  ['water.national-sections-class-i-iii', 'insufficientData', '2022-12-31', [], 'no sections'],
  [
    'water.national-sections-worse-than-v',
    'met',
    '2022-12-31',
    sections(0.4, 0.8, 0.9, 1.0, 1.2, 2.5),
    '1 of 6',
  ],
  [
    'water.national-sections-worse-than-v',
    'notMet',
    '2022-12-31',
    sections(0.4, 0.8, 0.9, 1.0, 2.2, 2.5),
    '2 of 6',
  ],
  [
    'water.national-sections-worse-than-v',
    'onTrack',
    '2022-06-30',
    sections(0.4, 0.8, 0.9, 1.0, 1.2, 2.5),
    '1 of 6 so far',
  ],
  [
    'water.national-sections-worse-than-v',
    'atRisk',
    '2022-06-30',
    sections(0.4, 0.8, 0.9, 1.0, 2.2, 2.5),
    '2 of 6 so far',
  ],
  [
    'water.drinking-water-prefecture',
    'met',
    '2022-12-31',
    [well('a', 'prefecture', 5)],
    'class Ⅲ or better',
  ],
  [
    'water.drinking-water-prefecture',
    'notMet',
    '2022-12-31',
    [well('a', 'prefecture', 5), well('b', 'prefecture', 25)],
    'nitrate 25: class Ⅳ',
  ],
  [
    'water.drinking-water-prefecture',
    'onTrack',
    '2022-06-30',
    [well('a', 'prefecture', 5)],
    'meets so far',
  ],
  [
    'water.drinking-water-prefecture',
    'atRisk',
    '2022-06-30',
    [well('b', 'prefecture', 25)],
    'annual mean can still fall',
  ],
  [
    'water.drinking-water-county',
    'insufficientData',
    '2022-12-31',
    [well('a', 'prefecture', 5)],
    'no county source',
  ],
  ['emissions.nox', 'met', '2023-03-31', totals(95, 4), '5 % ≥ 4 %'],
  ['emissions.nox', 'notMet', '2023-03-31', totals(97, 4), '3 % < 4 %'],
  ['emissions.nox', 'onTrack', '2022-09-30', totals(95, 4), 'provisional 5 %'],
  ['emissions.nox', 'atRisk', '2022-09-30', totals(97, 4), 'provisional 3 %'],
  ['emissions.nox', 'insufficientData', '2023-03-31', totals(95, 4).slice(0, 3), 'no assignment'],
  ['soil.farmland-safe-use', 'met', '2022-12-31', farmland(98), '98 %'],
  ['soil.farmland-safe-use', 'notMet', '2022-12-31', farmland(97), '97 %'],
  ['soil.farmland-safe-use', 'onTrack', '2022-06-30', farmland(99), '99 % so far'],
  ['soil.farmland-safe-use', 'atRisk', '2022-06-30', farmland(90), '90 % so far'],
  ['soil.farmland-safe-use', 'insufficientData', '2022-12-31', [], 'no record'],
  ['soil.contaminated-land-safe-use', 'met', '2022-12-31', plots(9, 1), '90 %'],
  ['soil.contaminated-land-safe-use', 'notMet', '2022-12-31', plots(8, 2), '80 %'],
  [
    'soil.contaminated-land-safe-use',
    'onTrack',
    '2022-06-30',
    plots(9, 0, 1),
    '100 % of determined',
  ],
  [
    'soil.contaminated-land-safe-use',
    'atRisk',
    '2022-06-30',
    plots(8, 1, 1),
    '88.9 %, 90 % if the last is safe',
  ],
  [
    'soil.contaminated-land-safe-use',
    'unreachable',
    '2022-06-30',
    plots(7, 3, 1),
    'at best 8 of 11',
  ],
  [
    'soil.contaminated-land-safe-use',
    'insufficientData',
    '2022-12-31',
    plots(8, 1, 1),
    'the undetermined plot decides',
  ],
]

describe('every status of every target kind', () => {
  it.each(ROWS)('%s is %s as of %s', (target, status, asOf, observations, why) => {
    const r = evaluatePlan(plan2022, observations, { asOf }).targets.find(
      (t) => t.target === target,
    )
    expect(r?.status, why).toBe(status)
    expect(r?.options.comparison).toMatch(/^GB\/T 8170 rounding to \d decimals? before comparing$/)
  })

  it('covers every status a kind can reach', () => {
    // Not applicable: heavy days are never `unreachable` or `atRisk` (the first heavy day is final:
    // notMet); emission totals, farmland areas and surface-source annual means can always still
    // change within the year, so they are never `unreachable` (every-sampling drinking water is,
    // see its own tests).
    const byTarget = new Map<string, Set<string>>()
    for (const [t, s] of ROWS) byTarget.set(t, (byTarget.get(t) ?? new Set()).add(s))
    expect(byTarget.get('air.good-days-ratio')?.size).toBe(6)
    expect(byTarget.get('air.pm25-annual-mean')?.size).toBe(6)
    expect(byTarget.get('soil.contaminated-land-safe-use')?.size).toBe(6)
  })
})

describe('englishCount', () => {
  it('puts the counted noun in the singular for one', async () => {
    const { englishCount } = await import('../../src/evaluate/_count-target.js')
    expect(englishCount(1, 'sections worse than class V')).toBe('section worse than class V')
    expect(englishCount(1, 'good days')).toBe('good day')
    expect(englishCount(2, 'good days')).toBe('good days')
    expect(englishCount(1, 'class I–III sections')).toBe('class I–III section')
  })
})
